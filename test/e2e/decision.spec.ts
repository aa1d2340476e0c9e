/**
 * End to end: the committee's decision (issue 14). The officer records an återremiss for step 4
 * on an example case; it survives a reload, shows on the task list and is printed in (and
 * embedded in) the exported appendix. The secretary opens that appendix on the review screen,
 * records a decision and saves a copy that reads back with it; the received file is unchanged.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { fromCustomProperties, parseCustomXml } from '../../src/appendix/embed';
import { expectNoAxeViolations } from './helpers/axe';
import { seedCase } from './helpers/seed';

const CASE_ID = 'e2e-decision-case';
interface Envelope {
  format: string;
  case: { id: string; answers: Record<string, unknown>; decision?: unknown };
}
/** A case file's case (the app's reader needs Vite's import of package.json; the copy is also re-opened on the review screen below). */
function caseOf(text: string): Envelope['case'] {
  const envelope = JSON.parse(text) as Envelope;
  expect(envelope.format).toBe('underlagskollen-case');
  return envelope.case;
}
const example = JSON.parse(readFileSync('public/examples/snorojning.sv.json', 'utf8')) as {
  case: { answers: Record<string, unknown> };
};

test('the officer records an återremiss, it is kept and exported; the secretary saves a copy with a decision', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await seedCase(page, CASE_ID, example.case.answers);
  await page.goto(`./#/case/${CASE_ID}`);
  const decisionRegion = page.getByRole('region', { name: 'Beslut', exact: true });
  await expect(decisionRegion).toContainText('Inget beslut är registrerat än.');
  await decisionRegion.getByRole('link', { name: 'Registrera beslutet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registrera beslutet' })).toBeVisible();

  // Nothing chosen, then an återremiss without a step: refused with the error summary focused.
  await page.getByRole('button', { name: 'Spara beslutet' }).click();
  const summary = page.getByRole('alert', { name: 'Det finns problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Välj vad nämnden beslutade');
  await page.getByRole('radio', { name: 'Återremiss' }).check();
  await page.getByRole('button', { name: 'Spara beslutet' }).click();
  await expect(summary).toContainText(
    'Välj minst ett steg eller en del som ärendet återremitterades för',
  );
  await expectNoAxeViolations(page);
  await summary.getByRole('link').click();
  await expect(page.getByRole('checkbox', { name: /^Steg 1/ })).toBeFocused();

  await page.getByRole('checkbox', { name: /^Steg 4/ }).check();
  await page.getByLabel('Beslutsdatum').fill('2026-03-17');
  await page.getByLabel('Protokollsparagraf').fill('§ 45');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Spara beslutet' }).click();

  // Back on the task list, and still there after a reload (autosave kept it).
  await expect(decisionRegion).toContainText('Återremiss');
  await page.reload();
  await expect(decisionRegion).toContainText('Återremitterat för');
  await expect(decisionRegion).toContainText('Steg 4');
  await expect(decisionRegion).toContainText('2026-03-17');
  await expect(decisionRegion).toContainText('§ 45');

  // The exported appendix prints the decision and embeds it.
  await page.goto(`./#/case/${CASE_ID}/preview`);
  await expect(page.getByRole('link', { name: 'Registrera nämndens beslut' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner bilagan (Word)' }).click(),
  ]);
  const docxPath = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(docxPath);
  const zip = await JSZip.loadAsync(await readFile(docxPath));
  const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  for (const text of ['Återremitterat för', 'Steg 4', '2026-03-17', '§ 45']) {
    expect(documentXml.includes(text), text).toBe(true);
  }
  const embedded = fromCustomProperties(
    parseCustomXml((await zip.file('docProps/custom.xml')?.async('string')) ?? ''),
  );
  if (embedded.status !== 'ok') throw new Error(embedded.status);
  const inDocx = caseOf(embedded.json);
  expect(inDocx.decision).toEqual({
    outcome: 'aterremiss',
    date: '2026-03-17',
    paragraph: '§ 45',
    steps: [4],
    parts: [],
  });

  // The secretary opens the appendix and records the decision taken at the next meeting.
  await page.goto('./#/review');
  await page.getByLabel('Välj en bilaga eller en ärendefil').setInputFiles(docxPath);
  const review = page.getByRole('region', { name: 'Nämndens beslut' });
  await expect(review).toContainText('Beslut som redan finns i filen:');
  await expect(review).toContainText('Återremiss');
  await review.getByRole('button', { name: 'Registrera beslut' }).click();
  await expect(review.getByRole('heading', { name: 'Nämndens beslut' })).toBeFocused();
  // The form starts from the decision in the file.
  await expect(review.getByRole('radio', { name: 'Återremiss' })).toBeChecked();
  await review.getByRole('radio', { name: 'Beslut enligt förslaget' }).check();
  await review.getByLabel('Beslutsdatum').fill('2026-04-14');
  await review.getByLabel('Protokollsparagraf').fill('§ 61');
  await expectNoAxeViolations(page);
  await review.getByRole('button', { name: 'Använd beslutet' }).click();
  await expect(review).toContainText(
    `Den mottagna filen ${download.suggestedFilename()} är oförändrad.`,
  );
  const [copyDownload] = await Promise.all([
    page.waitForEvent('download'),
    review.getByRole('button', { name: 'Spara en kopia med beslutet' }).click(),
  ]);
  expect(copyDownload.suggestedFilename()).toMatch(/-beslut\.json$/);
  await expect(review.getByRole('status')).toContainText('Originalfilen är oförändrad.');
  const copyPath = testInfo.outputPath(copyDownload.suggestedFilename());
  await copyDownload.saveAs(copyPath);
  const copy = caseOf(await readFile(copyPath, 'utf8'));
  expect(copy.decision).toEqual({
    outcome: 'enligt-forslaget',
    date: '2026-04-14',
    paragraph: '§ 61',
    steps: [],
    parts: [],
  });
  expect(copy.answers).toEqual(inDocx.answers);
  expect(copy.id).toBe(inDocx.id);

  // The copy opens on the review screen with its decision.
  await page.getByLabel('Öppna en annan fil').setInputFiles(copyPath);
  await expect(review).toContainText('Beslut enligt förslaget');
  await expect(review).toContainText('§ 61');
});
