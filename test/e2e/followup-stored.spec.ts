/**
 * The follow-up screen with the cases stored in this browser (issue 14, "optionally add the
 * cases stored in this browser"): three example cases and a damaged record are in
 * localStorage (as test/e2e/case-index.spec.ts seeds them); ticking the option counts them
 * through the same reader as files, names them "I webbläsaren: <title>" in the lists behind
 * the numbers, lists the damaged record with its reason, and a picked file of the same case
 * (changed later) counts once.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';

const names = ['far-niva1', 'snorojning', 'ungdomskort'];
const envelopes = names.map(
  (n) =>
    JSON.parse(readFileSync(`public/examples/${n}.sv.json`, 'utf8')) as {
      case: { id: string; updatedAt: string; answers: Record<string, unknown> };
    },
);
const titleOf = (i: number) => envelopes[i]!.case.answers['a.title'] as string;

let work = '';
test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ulk-followup-stored-'));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the cases stored in this browser are counted on request, once beside a file of the same case', async ({
  page,
}) => {
  await page.goto('./#/');
  await page.evaluate(
    (records) => {
      localStorage.clear();
      for (const [k, v] of Object.entries(records)) localStorage.setItem(k, v);
    },
    {
      ...Object.fromEntries(envelopes.map((e) => [`ulk:case:${e.case.id}`, JSON.stringify(e)])),
      'ulk:case:trasig': '{"format":"underlagskollen-case","version":1,"case":{',
    },
  );
  await page.reload();
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Uppföljning' })
    .click();
  const option = page.getByRole('checkbox', {
    name: 'Räkna även ärendena som sparats i den här webbläsaren (4 st)',
  });
  await expect(option).not.toBeChecked();
  await option.check();

  const result = page.getByRole('heading', { level: 2, name: 'Resultat' });
  await expect(result).toBeFocused({ timeout: 30_000 });
  await expect(
    page.getByText(
      '0 filer lästa och 4 sparade ärenden i webbläsaren lästa, 3 ärenden räknade, ' +
        '1 fil eller sparat ärende räknades inte.',
    ),
  ).toBeVisible();
  const rejected = page.getByRole('region', {
    name: 'Filer och sparade ärenden som inte räknades (1)',
  });
  await expect(
    rejected.getByRole('row', { name: /I webbläsaren: ärende utan titel/ }),
  ).toContainText('Filen är skadad och kunde inte läsas');

  // Every number opens the cases behind it, named by where they are.
  const counts = page.getByRole('button', { name: /: Antal ärenden, .*, visa ärendena$/ });
  const groups = await counts.count();
  const listed: string[] = [];
  for (let i = 0; i < groups; i++) {
    await counts.nth(i).click();
    const region = page.getByRole('region', { name: /^Antal ärenden – / });
    listed.push(...(await region.locator('.followup-file').allTextContents()));
    await region.getByRole('button', { name: 'Stäng listan' }).click();
  }
  expect(listed.sort()).toEqual(names.map((_, i) => `I webbläsaren: ${titleOf(i)}`).sort());
  await expectNoAxeViolations(page);

  // The officer exported the first case later, after one more change: it counts once, the file.
  const later = structuredClone(envelopes[0]!);
  later.case.updatedAt = '2099-01-01T00:00:00.000Z';
  const file = join(work, 'far-senare.json');
  writeFileSync(file, JSON.stringify(later));
  await page.getByLabel('Välj filer').setInputFiles(file);
  await expect(
    page.getByText(
      '1 fil läst och 4 sparade ärenden i webbläsaren lästa, 3 ärenden räknade, ' +
        '2 filer eller sparade ärenden räknades inte.',
    ),
  ).toBeVisible({ timeout: 30_000 });
  await expect(
    page
      .getByRole('region', { name: 'Filer och sparade ärenden som inte räknades (2)' })
      .getByRole('row', { name: `I webbläsaren: ${titleOf(0)}` }),
  ).toContainText('Samma ärende finns i en nyare fil (far-senare.json); det räknas en gång.');

  // Unticked: the file alone, not read again.
  await page.getByRole('checkbox', { name: /Räkna även ärendena som sparats/ }).uncheck();
  await expect(page.getByText('1 fil läst, 1 ärende räknat, 0 filer räknades inte.')).toBeVisible();
});
