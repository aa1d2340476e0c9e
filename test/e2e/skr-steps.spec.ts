/**
 * End to end: SKR's five steps held strictly, on the trainers' exercise "sjukresor"
 * (unjustified differences, no measures proposed).
 * - The Word appendix made by the app's own export code says "Könsfördelning", keeps the
 *   "varav" row out of the total, and marks step 4 as not met with the reason.
 * - A secretary opening that appendix sees "återremitteras ... i steg 4" and, for step 4 in
 *   SKR's checklist for politicians, "Nej" with the reason and the officer's stated reason.
 * - In the demo, the statistics editor shows the sex composition, the subset toggle
 *   pre-ticked for the "varav" row and the rates; axe finds no violations there.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolations } from './helpers/axe';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';

const TITLE = 'Höjd egenavgift för sjukresor med taxi från 2026';
const NO_MEASURES = 'Osakliga skillnader finns men inga åtgärder föreslås.';

/** The visible text of word/document.xml, paragraph by paragraph. */
async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/[\u00a0\u202f]/g, ' ');
}

test.describe('differences without measures (sjukresor)', () => {
  let docx = '';

  test.beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'ulk-skr-'));
    docx = join(dir, 'sjukresor.docx');
    // The CLI is the app's own export code run in Node.
    execFileSync(
      'npx',
      [
        'tsx',
        'scripts/appendix-cli.ts',
        'public/examples/sjukresor.sv.json',
        docx,
        '--config',
        'public/config.json',
      ],
      { stdio: 'pipe' },
    );
  });

  test('the Word appendix shows "Könsfördelning", leaves the varav row out of the total, and step 4 not met', async () => {
    const text = await docxText(docx);
    expect(text).toContain('Könsfördelning (andel kvinnor)');
    expect(text).toContain('Andel av kvinnorna');
    // The total is 1 900 + 4 400 women: the 2 100 aged 80 and older are inside the 4 400.
    expect(text).toMatch(/Totalt\n6 300\n3 900\n10 200\n61,8 %/);
    expect(text).toContain('Underlaget bör kompletteras: steg 4 är inte uppfyllt.');
    expect(text).toContain(`${NO_MEASURES} Handläggarens skäl: Högkostnadsskyddet`);
    expect(text).not.toContain('Underlaget ger förutsättningar för ett jämställt beslut');
  });

  test('the review screen says the case can be sent back in step 4, and why', async ({ page }) => {
    await page.goto('./#/review');
    await page.getByLabel('Välj en bilaga eller en ärendefil').setInputFiles(docx);
    const conclusion = page.getByRole('region', { name: 'Slutsats' });
    await expect(conclusion).toContainText(
      'Ärendet kan återremitteras för komplettering i steg 4.',
    );
    await expect(conclusion).toContainText(
      'Ett av de fem stegen för jämställda beslutsunderlag är inte uppfyllt.',
    );
    await expect(conclusion).not.toContainText('Underlaget kan gå vidare.');

    const step4 = page.getByRole('row', { name: /Åtgärder föreslås mot osakliga skillnader\./ });
    await expect(step4.getByRole('cell').nth(1)).toHaveText('Nej');
    await expect(step4).toContainText(NO_MEASURES);
    await expect(step4).toContainText('Handläggarens skäl: Högkostnadsskyddet för sjukresor');
    for (const q of [
      'Det framgår om ärendet berör kvinnor och män, flickor och pojkar.',
      'Förslaget är analyserat mot jämställdhetsmålen.',
    ]) {
      await expect(
        page.getByRole('row', { name: new RegExp(q.replace('.', '\\.')) }),
      ).toContainText('Ja');
    }
    await expectNoAxeViolations(page);
  });

  test('the statistics editor shows the sex composition, the pre-ticked varav row and the rates', async ({
    page,
  }) => {
    await page.goto('./#/demo');
    await page.getByRole('button', { name: /^Starta demo.*sjukresor/i }).click();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    const demoId = decodeURIComponent(new URL(page.url()).hash.replace('#/case/', ''));
    await page.evaluate(
      (h) => {
        window.location.hash = h;
      },
      `#/case/${encodeURIComponent(demoId)}/page/b2-tables`,
    );
    const grid = page.getByRole('table', {
      name: 'Värden för Personer som gjort minst en sjukresa med taxi',
    });
    await expect(
      grid.getByRole('columnheader', { name: 'Könsfördelning: andel kvinnor' }),
    ).toBeVisible();
    await expect(grid.getByRole('columnheader', { name: 'Andel av kvinnor' })).toBeVisible();
    await expect(
      grid.getByRole('checkbox', { name: /^Varav-rad: varav 80 år och äldre ingår i raden ovan/ }),
    ).toBeChecked();
    await expect(
      grid.getByRole('checkbox', { name: /^Varav-rad: 65 år och äldre/ }),
    ).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Jämför med målgruppen/ })).toBeChecked();
    const sum = grid.locator('tfoot tr');
    await expect(sum).toContainText(/6\s300/);
    await expect(page.locator('.stat-sentence-auto').first()).toContainText(
      'en skillnad på 5,3 procentenheter',
    );
    await expect(page.locator('.stat-sentence-auto').first()).not.toContainText('80 år');
    await expectNoAxeViolations(page);
  });
});
