/**
 * End to end: the review screen's first screenful. At 1280×800, after opening an appendix
 * (made with the CLI, the app's own export code), the conclusion's heading and text are
 * within the first viewport, above SKR's checklist; the case details are folded below. An
 * appendix whose text was edited in Word after export says so and names the part. axe finds
 * no WCAG 2.1 A/AA violations with a file open, the details folded or open.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';

const VIEWPORT = { width: 1280, height: 800 };
const FILE_LABEL = 'Välj en bilaga eller en ärendefil';
const DETAILS = 'Ärendets uppgifter, bedömning per del och vad som saknas';

// The three kinds of conclusion: can go on, send back (steps and parts), Sami block.
const EXAMPLES = ['snorojning', 'plan-jamstalldhet-2022', 'transportplan'] as const;

let dir = '';

test.use({ viewport: VIEWPORT });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ulk-first-screen-'));
  for (const name of EXAMPLES) {
    execFileSync(
      'npx',
      [
        'tsx',
        'scripts/appendix-cli.ts',
        `public/examples/${name}.sv.json`,
        join(dir, `${name}.docx`),
        '--config',
        'public/config.json',
      ],
      { stdio: 'pipe' },
    );
  }
  // The snow-clearing appendix, opened in Word and one word of step 3 changed.
  const zip = await JSZip.loadAsync(readFileSync(join(dir, 'snorojning.docx')));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('färre fallolyckor');
  zip.file('word/document.xml', xml.replace('färre fallolyckor', 'fler fallolyckor'));
  writeFileSync(join(dir, 'edited.docx'), await zip.generateAsync({ type: 'uint8array' }));
});

/** The element's box lies wholly within the first viewport (the page not scrolled). */
async function expectInFirstViewport(page: Page, el: Locator) {
  await expect(el).toBeVisible();
  const box = await el.boundingBox();
  const scrollY = await page.evaluate(() => window.scrollY);
  expect(box).not.toBeNull();
  expect(box!.y + scrollY).toBeGreaterThanOrEqual(0);
  expect(box!.y + scrollY + box!.height).toBeLessThanOrEqual(VIEWPORT.height);
}

async function open(page: Page, file: string) {
  await page.goto('./#/review');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Granska en mottagen bilaga' }),
  ).toBeVisible();
  await page.getByLabel(FILE_LABEL).setInputFiles(join(dir, file));
  await expect(page.getByRole('region', { name: 'Slutsats' })).toBeVisible();
}

for (const name of EXAMPLES) {
  test(`the conclusion of ${name} is in the first screenful at 1280×800`, async ({ page }) => {
    await open(page, `${name}.docx`);
    const conclusion = page.getByRole('region', { name: 'Slutsats' });
    await expectInFirstViewport(page, conclusion.getByRole('heading', { name: 'Slutsats' }));
    await expectInFirstViewport(page, conclusion.locator('.review-conclusion__text').first());
    // Focus is on the result's heading, and the checklist follows the conclusion.
    await expect(page.getByRole('heading', { level: 2, name: /^Mottagen bilaga:/ })).toBeFocused();
    const politicians = page.getByRole('heading', {
      name: 'SKR:s Checklista för jämställda beslut',
    });
    const [c, p] = await Promise.all([conclusion.boundingBox(), politicians.boundingBox()]);
    expect(p!.y).toBeGreaterThan(c!.y);
    // The case details are folded; the picker is a compact "open another file" below.
    await expect(page.getByRole('region', { name: 'Uppgifter om ärendet' })).toBeHidden();
    await expect(page.getByLabel(FILE_LABEL)).toHaveCount(0);
    await expect(page.getByLabel('Öppna en annan fil')).toBeAttached();
    await expect(
      page.getByText('Texten i Word-filen stämmer med de inbäddade svaren.'),
    ).toBeVisible();
    test.info().annotations.push({
      type: 'conclusion bottom (px)',
      description: String(Math.round(c!.y + c!.height)),
    });
    await page.screenshot({ path: test.info().outputPath(`${name}-1280x800.png`) });
  });
}

test('an appendix edited in Word after export says so and names the part', async ({ page }) => {
  await open(page, 'edited.docx');
  const notice = page.locator('.review-text-edited');
  await expect(notice).toContainText(
    'Texten i Word-filen har ändrats efter exporten: Steg 3. Konsekvenser för kvinnor och män, flickor och pojkar.',
  );
  await expect(notice).toContainText('Det som visas här bygger på de inbäddade svaren');
  await expect(notice).not.toContainText('Steg 1');
  await expectInFirstViewport(page, notice);
  const conclusion = page.getByRole('region', { name: 'Slutsats' });
  await expectInFirstViewport(page, conclusion.getByRole('heading', { name: 'Slutsats' }));
  await expectInFirstViewport(page, conclusion.locator('.review-conclusion__text').first());
  await expect(conclusion).toContainText('Underlaget kan gå vidare.');
  await page.screenshot({ path: test.info().outputPath('edited-1280x800.png') });
  await expectNoAxeViolations(page);
});

test('the review screen with a file open passes axe, details folded and open', async ({ page }) => {
  await open(page, 'transportplan.docx');
  await expectNoAxeViolations(page);
  // Open the details with the keyboard, as a keyboard user would.
  const summary = page.getByText(DETAILS);
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Uppgifter om ärendet' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Vad saknas' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({
    path: test.info().outputPath('transportplan-details-open.png'),
    fullPage: true,
  });
});
