/**
 * End to end in Chromium: the app in proportion on a phone (375 px) and a projector
 * (1024x768). The case list is a list of cards with status and actions in view, the
 * statistics grid reaches every column, presentation mode keeps the header and the demo
 * band small, the demo says "Exemplet är återställt" after a reset, and the save line shows
 * only inside a case (in English when the UI is English).
 */
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { seedCase } from './helpers/seed';

const CASE_ID = 'e2e-small-case';
const PHONE = { width: 375, height: 800 };
const PROJECTOR = { width: 1024, height: 768 };

async function seed(page: Page) {
  await seedCase(page, CASE_ID, {
    'a.title': 'Fysisk aktivitet på recept',
    'a.dnr': 'RS 2026-00123',
    'b1.affects': 'ja',
    'b2.split': 'ja',
  });
}

/** The element's box lies inside the viewport's width (nothing cut off at either side). */
async function expectInsideViewport(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  const width = page.viewportSize()!.width;
  expect(box, 'the element is rendered').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
}

async function expectNoSideScroll(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(width);
}

async function startDemo(page: Page) {
  await page.goto('./#/demo');
  await page.getByRole('button', { name: /^Starta demo.*snöröjning/ }).click();
  const banner = page.getByRole('region', { name: 'DEMO – ingenting sparas' });
  await expect(banner).toBeVisible();
  return banner;
}

test('the case list at 375 px: cards with the status and the actions in view, no side scroll, axe clean', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await seed(page);
  await page.goto('./');
  const row = page.getByRole('row', { name: /Fysisk aktivitet på recept/ });
  await expect(row).toBeVisible();
  // Still a table to assistive technology: a row with a row header and cells.
  await expect(row.getByRole('rowheader')).toHaveText('Fysisk aktivitet på recept');
  const status = row.getByText(/Jämställdhet: bör kompletteras/);
  await expect(status).toBeVisible();
  for (const target of [
    row.getByRole('rowheader'),
    row.getByText('RS 2026-00123'),
    status,
    row.getByRole('link', { name: 'Öppna ärendet Fysisk aktivitet på recept' }),
    row.getByRole('button', { name: 'Kopiera ärendet Fysisk aktivitet på recept' }),
    row.getByRole('button', { name: 'Radera ärendet Fysisk aktivitet på recept' }),
  ]) {
    await expect(target).toBeVisible();
    await expectInsideViewport(page, target);
  }
  // Each cell shows its column's name in the card.
  await expect(row.getByText('Dnr', { exact: true })).toBeVisible();
  await expect(row.getByText('Status', { exact: true })).toBeVisible();
  await expectNoSideScroll(page);
  await expectNoAxeViolations(page);

  // Above 600 px it is a real table with its column headers in view.
  await page.setViewportSize(PROJECTOR);
  await expect(page.getByRole('columnheader', { name: 'Status' })).toBeVisible();
  await expect(row.getByText('Dnr', { exact: true })).toBeHidden();
  await expectNoAxeViolations(page);
});

test('statistics editing at 375 px reaches every column of the grid without a side scroll', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await seed(page);
  await page.goto(`./#/case/${CASE_ID}/page/b2-tables`);
  await page.getByRole('button', { name: 'Lägg till en tabell' }).click();
  await page.getByRole('textbox', { name: 'Namn på rad 1', exact: true }).fill('Borås');
  await page.getByRole('textbox', { name: 'Kvinnor, Borås', exact: true }).fill('1204');
  await page.getByRole('textbox', { name: 'Män, Borås', exact: true }).fill('796');

  const grid = page.getByRole('table', { name: /Värden för/ });
  const headers = await grid.getByRole('columnheader').allTextContents();
  expect(headers).toEqual(
    expect.arrayContaining(['Kvinnor', 'Män', 'Totalt', 'Könsfördelning: andel kvinnor']),
  );
  const row = grid
    .getByRole('row')
    .filter({ has: page.getByRole('textbox', { name: 'Kvinnor, Borås' }) });
  // Every cell of the row (inputs, computed values, the remove button) lies inside the screen.
  const cells = row.getByRole('cell');
  expect(await cells.count()).toBe(headers.length);
  for (let i = 0; i < headers.length; i++) await expectInsideViewport(page, cells.nth(i));
  // Each computed value is shown under its column's name.
  await expect(row.getByText('Könsfördelning: andel kvinnor')).toBeVisible();
  await expect(row.getByText(/60,2\s%/)).toBeVisible();
  for (const name of ['Namn på rad 1', 'Kvinnor, Borås', 'Män, Borås']) {
    await expectInsideViewport(page, page.getByRole('textbox', { name, exact: true }));
  }
  await expectInsideViewport(page, row.getByRole('button', { name: 'Ta bort Borås' }));
  // The grid needs no scroll region of its own, and the page no side scroll.
  const wrap = await page
    .locator('.stat-grid-wrap')
    .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(wrap.scroll).toBeLessThanOrEqual(wrap.client + 1);
  await expectNoSideScroll(page);
  await expectNoAxeViolations(page);
});

test('presentation mode at 1024x768: the header and the demo band leave the content in the upper third', async ({
  page,
}) => {
  await page.setViewportSize(PROJECTOR);
  await startDemo(page);
  await page.getByRole('button', { name: 'Presentationsläge' }).click();
  await expect(page.locator('html')).toHaveClass(/presentation/);
  const heights = await page.evaluate(() => ({
    header: document.querySelector('.app-header')!.getBoundingClientRect().height,
    band: document.querySelector('.demo-banner')!.getBoundingClientRect().bottom,
    h1: document.querySelector('main h1')!.getBoundingClientRect().top,
  }));
  // Measured before this change: header 200 px, header + band 370 px, the h1 at 477 px.
  // The bound: the screen's heading starts in the upper third (768 / 3 = 256 px), so the
  // header and the band together take at most a quarter of the screen (192 px).
  expect(heights.band).toBeLessThanOrEqual(192);
  expect(heights.h1).toBeLessThan(768 / 3);
  // Everything in the header is still there and usable.
  await expect(
    page.getByRole('navigation').getByRole('link', { name: 'Inställningar' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  await expectNoSideScroll(page);
});

test('"Återställ exemplet" says visibly that the example is reset, and the heading gets focus', async ({
  page,
}) => {
  const banner = await startDemo(page);
  const id = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/case\//, ''));
  await page.goto(`./#/case/${encodeURIComponent(id)}/page/a-arende`);
  await page.getByRole('textbox', { name: 'Vad heter ärendet?' }).fill('Ändrat under kursen');
  await banner.getByRole('button', { name: 'Återställ exemplet' }).click();
  const confirmation = banner.getByRole('status');
  await expect(confirmation).toHaveText('Exemplet är återställt.');
  await expect(confirmation.getByText('Exemplet är återställt.')).toBeVisible();
  // The reset leads to the task list: focus on its heading, the confirmation just above.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Ändrat under kursen');
});

test('the save line: absent on the case list, review and in the demo; inside a case, in the UI language', async ({
  page,
}) => {
  await seed(page);
  const statusLine = page.locator('.status-line');
  await page.goto(`./#/case/${CASE_ID}/page/a-arende`);
  await page.getByLabel('Vilket diarienummer har ärendet?').fill('RS 2026-00124');
  await expect(statusLine).toHaveText(/^Sparat kl\. \d\d:\d\d$/);

  await page.getByRole('link', { name: 'Mina ärenden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mina ärenden' })).toBeVisible();
  await expect(statusLine).toBeEmpty();
  await page.getByRole('navigation').getByRole('link', { name: 'Granska bilaga' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(statusLine).toBeEmpty();

  // In English, inside the case: the line and its clock in English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto(`./#/case/${CASE_ID}/page/a-arende`);
  await page.getByLabel('What is the registry number of the case?').fill('RS 2026-00125');
  await expect(statusLine).toHaveText(/^Saved at \d\d:\d\d( [AP]M)?$/);

  // The demo saves nothing, so it says nothing about saving.
  await page.getByRole('button', { name: 'Svenska' }).click();
  const banner = await startDemo(page);
  const id = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/case\//, ''));
  await page.goto(`./#/case/${encodeURIComponent(id)}/page/a-arende`);
  await page.getByRole('textbox', { name: 'Vad heter ärendet?' }).fill('Ändrat i demon');
  await page.waitForTimeout(1500);
  await expect(banner).toBeVisible();
  await expect(statusLine).toBeEmpty();
});
