/**
 * End to end in Chromium: sex-disaggregated statistics in step 2. A block copied
 * from a spreadsheet is pasted into the table, both through the "Klistra in från Excel" box
 * and as a real paste event into a cell; the officer sees the rows, the computed shares in
 * Swedish formatting (the sex composition of each row), the chart with its text alternative,
 * what could not be read, and nothing typed before is lost.
 */
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { seedCase } from './helpers/seed';

const CASE_ID = 'e2e-statistics-case';

async function openTablesPage(page: Page) {
  await seedCase(page, CASE_ID, {
    'a.title': 'Fysisk aktivitet på recept',
    'b1.affects': 'ja',
    'b2.split': 'ja',
  });
  await page.goto(`./#/case/${CASE_ID}/page/b2-tables`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Lägg in den könsuppdelade statistiken' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Lägg till en tabell' }).click();
  await expect(page.getByLabel('Indikator (vad som mäts)')).toBeFocused();
}

const cell = (page: Page, name: string): Locator =>
  page.getByRole('textbox', { name, exact: true });

/** Intl formats Swedish numbers with no-break spaces ("1\u00a0204", "62,5\u00a0%"). */
const plainSpaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** The computed cells of a row, in column order, as shown (spaces made plain). */
async function rowTexts(page: Page, label: string): Promise<string[]> {
  const row = page.locator('.stat-grid tbody tr').filter({
    has: page.locator(`input[value="${label}"]`),
  });
  await expect(row).toHaveCount(1);
  return (await row.locator('td.stat-computed').allInnerTexts()).map(plainSpaces);
}

/** The FaR nivå 1 participants per municipality, split by sex, as Excel copies them (TSV). */
const farBlock = [
  'Kommun\tKvinnor\tMän',
  'Borås\t1 204\t796',
  'Vårgårda\t45\t27',
  'Herrljunga\tx3\t12',
  'Ulricehamn\t310\t190',
].join('\n');

test('a block pasted in the "Klistra in från Excel" box fills the table with the sex composition and a chart; typed values are kept', async ({
  page,
}) => {
  await openTablesPage(page);
  await page.getByLabel('Indikator (vad som mäts)').fill('Deltagare i FaR nivå 1');
  await page.getByLabel('Period', { exact: true }).fill('2025');
  // A row typed by hand before the paste.
  await cell(page, 'Namn på rad 1').fill('Alingsås');
  await cell(page, 'Kvinnor, Alingsås').fill('150');
  await cell(page, 'Män, Alingsås').fill('90');

  await page.getByLabel('Klistra in från Excel').fill(farBlock);
  await page.getByRole('button', { name: 'Lägg till i tabellen' }).click();

  const notice = page.locator('.stat-notice');
  await expect(notice).toBeFocused();
  await expect(notice).toContainText('4 rader inklistrade.');
  await expect(notice).toContainText('1 sak behöver kontrolleras:');
  await expect(notice.getByRole('listitem')).toHaveText(
    /kolumn \d+: ”x3” kunde inte läsas som ett tal\. Texten har lagts in i cellen så att du kan rätta den\./,
  );
  // The paste box is emptied once its content is in the table.
  await expect(page.getByLabel('Klistra in från Excel')).toHaveValue('');

  // The typed row is untouched and first; the pasted rows follow in order.
  await expect(cell(page, 'Namn på rad 1')).toHaveValue('Alingsås');
  await expect(cell(page, 'Kvinnor, Alingsås')).toHaveValue('150');
  await expect(cell(page, 'Män, Alingsås')).toHaveValue('90');
  for (const [n, name] of ['Borås', 'Vårgårda', 'Herrljunga', 'Ulricehamn'].entries()) {
    await expect(cell(page, `Namn på rad ${n + 2}`)).toHaveValue(name);
  }
  await expect(cell(page, 'Kvinnor, Borås')).toHaveValue('1 204');
  await expect(cell(page, 'Män, Borås')).toHaveValue('796');
  // The unreadable cell keeps its text, says so at the cell, and is left out of the sums.
  await expect(cell(page, 'Kvinnor, Herrljunga')).toHaveValue('x3');
  await expect(cell(page, 'Kvinnor, Herrljunga')).toHaveAttribute('aria-invalid', 'true');
  await expect(cell(page, 'Kvinnor, Herrljunga')).toHaveAccessibleDescription(
    /^Inte ett tal\. Skriv t\.ex\. 1 234 eller 12,5\./,
  );

  // Columns: Totalt, then the sex composition (Könsfördelning: andel kvinnor, andel män). A count
  // table without a base population has no gap or ratio: the composition is not a difference.
  await expect(
    page.getByRole('columnheader', { name: 'Könsfördelning: andel kvinnor' }),
  ).toBeVisible();
  expect(await rowTexts(page, 'Alingsås')).toEqual(['240', '62,5 %', '37,5 %']);
  expect(await rowTexts(page, 'Borås')).toEqual(['2 000', '60,2 %', '39,8 %']);
  // A row with a value missing has no total or composition (a partial total would mislead).
  expect(await rowTexts(page, 'Herrljunga')).toEqual(['–', '–', '–']);
  const sum = page.locator('.stat-grid tfoot tr');
  await expect(sum.locator('th')).toHaveText('Summa');
  // Men: 90 + 796 + 27 + 12 + 190 = 1 115. Women: one value is unreadable, so no partial sum.
  expect((await sum.locator('td').allInnerTexts()).slice(0, 2).map(plainSpaces)).toEqual([
    '–',
    '1 115',
  ]);
  // Corrected, the cell counts again: 150 + 1 204 + 45 + 3 + 310 = 1 712.
  await cell(page, 'Kvinnor, Herrljunga').fill('3');
  await expect(cell(page, 'Kvinnor, Herrljunga')).not.toHaveAttribute('aria-invalid', 'true');
  expect((await sum.locator('td').allInnerTexts()).slice(0, 2).map(plainSpaces)).toEqual([
    '1 712',
    '1 115',
  ]);
  expect(await rowTexts(page, 'Herrljunga')).toEqual(['15', '20 %', '80 %']);

  // The chart: an image with an accessible name and the figures in words as its description.
  const chart = page.getByRole('img', { name: 'Deltagare i FaR nivå 1, 2025' });
  await expect(chart).toBeVisible();
  expect(await chart.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
  await expect(chart).toHaveAccessibleDescription(
    /^Stapeldiagram: Deltagare i FaR nivå 1, 2025 \(antal\)\. Staplar för kvinnor, män per rad\./,
  );
  await expect(chart).toHaveAccessibleDescription(/Alingsås: kvinnor 150, män 90\./);
  await expect(chart).toHaveAccessibleDescription(/Borås: kvinnor 1\s204, män 796\./);
  await expect(chart).toHaveAccessibleDescription(/Herrljunga: kvinnor 3, män 12\./);
  // A bar per readable value, with the value printed next to it.
  await expect(chart.locator('text', { hasText: /^1\s204$/ })).toHaveCount(1);

  // Undo puts the table back as it was before the paste.
  await notice.getByRole('button', { name: 'Ångra inklistringen' }).click();
  await expect(page.getByText('Inklistringen är ångrad.')).toBeVisible();
  await expect(cell(page, 'Namn på rad 2')).toHaveCount(0);
  await expect(cell(page, 'Kvinnor, Alingsås')).toHaveValue('150');
  await expect(chart).toHaveAccessibleDescription(/Alingsås: kvinnor 150, män 90\./);
  await expect(chart).not.toHaveAccessibleDescription(/Borås/);
});

test('a clipboard paste into a cell fills the rows from that cell, reads decimal commas, and keeps the row typed before', async ({
  page,
}) => {
  await openTablesPage(page);
  await page.getByLabel('Indikator (vad som mäts)').fill('Andel som fullföljer FaR');
  await page.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Procent' });
  await page.getByLabel('Kön+-variabel (vad raderna delas upp efter)').fill('Ålder');
  await cell(page, 'Namn på rad 1').fill('16–24 år');
  await cell(page, 'Kvinnor, 16–24 år').fill('45,5');
  await cell(page, 'Män, 16–24 år').fill('38,2');
  await page.getByRole('button', { name: 'Lägg till rad' }).click();
  await expect(cell(page, 'Namn på rad 2')).toBeFocused();

  // As Excel puts a copied block on the clipboard: labels, tabs, Swedish decimal commas.
  const block = '25–44 år\t61,0\t49,9\r\n45–64 år\t72,25\tsaknas?\r\n';
  await cell(page, 'Namn på rad 2').evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, block);

  const notice = page.locator('.stat-notice');
  await expect(notice).toContainText('2 rader inklistrade.');
  await expect(notice.getByRole('listitem')).toHaveText(/”saknas\?” kunde inte läsas som ett tal/);
  // The row typed before the paste is kept as it was.
  await expect(cell(page, 'Namn på rad 1')).toHaveValue('16–24 år');
  await expect(cell(page, 'Kvinnor, 16–24 år')).toHaveValue('45,5');
  await expect(cell(page, 'Män, 16–24 år')).toHaveValue('38,2');
  await expect(cell(page, 'Namn på rad 2')).toHaveValue('25–44 år');
  await expect(cell(page, 'Kvinnor, 25–44 år')).toHaveValue('61,0');
  await expect(cell(page, 'Män, 25–44 år')).toHaveValue('49,9');
  await expect(cell(page, 'Kvinnor, 45–64 år')).toHaveValue('72,25');
  await expect(cell(page, 'Män, 45–64 år')).toHaveValue('saknas?');

  // Percentages: no total and no shares, but the gap in percentage points and the ratio.
  await expect(page.getByRole('columnheader', { name: /Könsfördelning/ })).toHaveCount(0);
  expect(await rowTexts(page, '16–24 år')).toEqual(['+7,3', '1,19']);
  expect(await rowTexts(page, '25–44 år')).toEqual(['+11,1', '1,22']);
  expect(await rowTexts(page, '45–64 år')).toEqual(['–', '–']);

  const chart = page.getByRole('img', { name: 'Andel som fullföljer FaR' });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(/16–24 år: kvinnor 45,5\s%, män 38,2\s%\./);
  await expect(chart).toHaveAccessibleDescription(
    /45–64 år: kvinnor 72,25\s%, män uppgift saknas\./,
  );

  // A single value pasted into a cell is an ordinary paste into that cell.
  await cell(page, 'Män, 45–64 år').fill('');
  await cell(page, 'Män, 45–64 år').evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', '70,1');
    const event = new ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
    });
    el.dispatchEvent(event);
    (el as HTMLElement).dataset.pasteDefaultPrevented = String(event.defaultPrevented);
  });
  await expect(cell(page, 'Män, 45–64 år')).toHaveAttribute(
    'data-paste-default-prevented',
    'false',
  );
});
