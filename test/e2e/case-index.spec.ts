/**
 * End to end in Chromium: many cases on one computer. The case list reads its index
 * (`ulk:index`, rebuilt from records an older build wrote), and when storage passes 80 % of
 * the quota it warns and archives the oldest cases to one backup file, removing them only after
 * the user confirms the file is saved; the file restores them.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';

function envelope(id: string, answers: Record<string, unknown>, updatedAt: string) {
  return {
    format: 'underlagskollen-case',
    version: 1,
    savedAt: updatedAt,
    case: { id, createdAt: updatedAt, updatedAt, answers },
  };
}

const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n, 10)).toISOString();
const pad = (n: number) => String(n).padStart(3, '0');

/** Records written straight into localStorage, as an older build would have, then reload. */
async function seed(page: Page, records: Record<string, string>) {
  await page.goto('./');
  await page.evaluate((r) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(r)) localStorage.setItem(k, v);
  }, records);
  await page.reload();
}

test('many cases written by an older build are all listed, from a rebuilt index', async ({
  page,
}) => {
  const records: Record<string, string> = {};
  for (let i = 0; i < 300; i++) {
    const id = `c${pad(i)}`;
    records[`ulk:case:${id}`] = JSON.stringify(
      envelope(id, { 'a.title': `Ärende ${pad(i)}`, 'a.dnr': `KS 2025/${i}` }, day(i)),
    );
  }
  await seed(page, records);
  // The list opens with the 50 most recently changed; the rest on request.
  await expect(page.getByRole('rowheader')).toHaveCount(50);
  await expect(page.getByRole('rowheader').first()).toHaveText('Ärende 299');
  await expect(page.getByText('Visar de 50 senast ändrade av 300 ärenden.')).toBeVisible();
  await page.getByRole('button', { name: 'Visa alla 300 ärenden' }).click();
  await expect(page.getByRole('rowheader')).toHaveCount(300);
  await expect(page.getByRole('rowheader').last()).toHaveText('Ärende 000');
  // Search reaches every case, not only the first rows.
  await page.reload();
  await page.getByLabel('Sök ärende').fill('Ärende 007');
  await expect(page.getByRole('rowheader')).toHaveText(['Ärende 007']);
  const indexed = await page.evaluate(() => {
    const text = localStorage.getItem('ulk:index');
    return text ? Object.keys((JSON.parse(text) as { entries: object }).entries).length : 0;
  });
  expect(indexed).toBe(300);
  await expect(page.getByRole('button', { name: 'Arkivera gamla ärenden till fil' })).toHaveCount(
    0,
  );
});

test('over 80 % full: the warning, the archive file first, removal after confirming, restore', async ({
  page,
}) => {
  // 24 cases of about 90,000 characters each: about 4.3 MB of 5 MiB (82 %).
  const records: Record<string, string> = {};
  for (let i = 0; i < 24; i++) {
    const id = `stor${pad(i)}`;
    records[`ulk:case:${id}`] = JSON.stringify(
      envelope(id, { 'a.title': `Stort ärende ${pad(i)}`, 'e.how': 'x'.repeat(90_000) }, day(i)),
    );
  }
  await seed(page, records);
  const warning = page.getByRole('region', { name: 'Webbläsarens lagring är nästan full' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('de som inte har ändrats på längst tid');
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    warning.getByRole('button', { name: 'Arkivera gamla ärenden till fil' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^underlagskollen-arkiv-\d{4}-\d\d-\d\d\.json$/);
  const path = await download.path();
  const file = JSON.parse(await readFile(path, 'utf8')) as {
    format: string;
    cases: { case: { id: string } }[];
  };
  expect(file.format).toBe('underlagskollen-backup');
  const archived = file.cases.map((c) => c.case.id).sort();
  // The oldest cases, and enough of them to come down to 60 %.
  expect(archived.length).toBeGreaterThanOrEqual(6);
  expect(archived).toEqual(Array.from({ length: archived.length }, (_, i) => `stor${pad(i)}`));
  // Nothing removed before the confirmation.
  await expect(page.getByRole('rowheader')).toHaveCount(24);
  await expectNoAxeViolations(page);

  await warning
    .getByRole('button', { name: 'Filen är sparad — ta bort ärendena från webbläsaren' })
    .click();
  await expect(page.getByRole('rowheader')).toHaveCount(24 - archived.length);
  await expect(page.getByRole('rowheader', { name: 'Stort ärende 000' })).toHaveCount(0);
  await expect(warning).toHaveCount(0);
  const left = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('ulk:case:')),
  );
  expect(left).toHaveLength(24 - archived.length);

  // The archive file restores them through the case list's import.
  await page.getByLabel('Välj en säkerhetskopia (.json)').setInputFiles(path);
  await expect(page.getByRole('rowheader')).toHaveCount(24);
  await expect(page.getByRole('rowheader', { name: 'Stort ärende 000' })).toBeVisible();
});
