/**
 * End to end: a personnummer in an answer is listed on the export screen before the Word file is
 * made, with a link to its question; marking it as intended is stored in the case and the export
 * says what the appendix contains. A Dnr and a date give no warning.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { seedCase } from './helpers/seed';

const CASE_ID = 'e2e-publish-case';

test('a valid personnummer in an answer is warned about before export and can be marked as intended', async ({
  page,
}) => {
  await seedCase(page, CASE_ID, {
    'a.title': 'Bidrag till föreningen',
    'a.dnr': 'RS 2026-00123',
    'a.date': '2026-01-15',
    'a.proposal': 'Sökande är Anna Andersson, 811218-9876, som bor i Östby.',
  });
  await page.goto(`./#/case/${CASE_ID}/preview`);
  const check = page.getByRole('region', { name: 'Kontroll före publicering' });
  await expect(check).toContainText('Personnummer 811218-9876');
  await expect(check).toContainText('1 uppgift i svaren kan vara en personuppgift.');
  // Neither the Dnr nor the date is listed.
  await expect(check.getByRole('listitem')).toHaveCount(1);
  await expectNoAxeViolations(page);

  const box = check.getByRole('checkbox', { name: /Avsiktligt: 811218-9876/ });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(
    page.getByText('Bilagan innehåller 1 personnummer som du har godkänt för publicering.'),
  ).toBeVisible();

  // The mark is stored in the case: it survives a reload.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /Avsiktligt: 811218-9876/ })).toBeChecked();

  // The link goes to the question's page.
  const link = page.getByRole('link', { name: /Ändra i frågan/ });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/case/${CASE_ID}/page/`));
  await expect(page.getByRole('textbox', { name: /Vilket beslut föreslås/ }).first()).toHaveValue(
    /811218-9876/,
  );
});

test('a case without personal data says so on the export screen', async ({ page }) => {
  await seedCase(page, 'e2e-publish-clean', {
    'a.title': 'Ny simhall',
    'a.dnr': 'RS 2026-00123',
    'a.proposal': 'Budget 12 500 000 kronor år 2026, beslut 2026-03-04.',
  });
  await page.goto('./#/case/e2e-publish-clean/preview');
  await expect(page.getByRole('region', { name: 'Kontroll före publicering' })).toContainText(
    'Inga personnummer',
  );
});
