/**
 * End to end: the preview page builds the Word appendix in the browser and hands it
 * over as a download; the file is a real .docx with the title in word/document.xml
 * and the case embedded in docProps/custom.xml (read back with the shared embed code).
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Download, Page } from '@playwright/test';
import JSZip from 'jszip';
import { fromCustomProperties, parseCustomXml } from '../../src/appendix/embed';
import { seedCase } from './helpers/seed';

const CASE_ID = 'e2e-export-case';
const answers = {
  'a.title': 'Ny simhall i Östby',
  'a.dnr': 'KS 2026/12',
  'a.officer': 'Anna Andersson',
  'b1.affects': 'ja',
  'b3.women': 'Kvinnor simmar oftare på morgonen.',
};

interface Docx {
  fileName: string;
  documentXml: string;
  stylesXml: string;
  customXml: string;
}

/** A short failure message instead of the whole document XML. */
function expectIn(xml: string, text: string, present = true) {
  expect(xml.includes(text), `${present ? 'contains' : 'does not contain'} ${text}`).toBe(present);
}

async function exportDocx(page: Page, path: string): Promise<Docx> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^(Ladda ner bilagan \(Word\))$/ }).click(),
  ]);
  const d: Download = download;
  await d.saveAs(path);
  const zip = await JSZip.loadAsync(await readFile(path));
  const documentXml = await zip.file('word/document.xml')?.async('string');
  const stylesXml = await zip.file('word/styles.xml')?.async('string');
  const customXml = await zip.file('docProps/custom.xml')?.async('string');
  if (!documentXml || !stylesXml || !customXml) throw new Error('a part of the .docx is missing');
  return { fileName: d.suggestedFilename(), documentXml, stylesXml, customXml };
}

function embeddedCase(customXml: string): { id: string; answers: Record<string, unknown> } {
  const embedded = fromCustomProperties(parseCustomXml(customXml));
  if (embedded.status !== 'ok') throw new Error(`embedded case: ${embedded.status}`);
  const envelope = JSON.parse(embedded.json) as {
    case: { id: string; answers: Record<string, unknown> };
  };
  return envelope.case;
}

test('exports the appendix of a stored case as a Word file in Swedish and in English', async ({
  page,
}, testInfo) => {
  await seedCase(page, CASE_ID, answers);
  await page.goto(`./#/case/${CASE_ID}/preview`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Förhandsgranska och exportera bilagan' }),
  ).toBeVisible();
  const preview = page.getByRole('article', { name: 'Förhandsgranskning av bilagan' });
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText(
    'Jämställdhet, barnets rättigheter och nationella minoriteter',
  );
  await expect(page.getByText(/frågor är obesvarade/)).toBeVisible();
  const axe = await new AxeBuilder({ page })
    .include('main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
    [],
  );

  const sv = await exportDocx(page, testInfo.outputPath('bilaga-sv.docx'));
  expect(sv.fileName).toBe('KS-2026-12_Ny-simhall-i-Ostby.docx');
  expectIn(sv.documentXml, 'Jämställdhet, barnets rättigheter och nationella minoriteter');
  expectIn(sv.documentXml, 'Ny simhall i Östby');
  expectIn(sv.documentXml, 'Ej besvarad');
  expectIn(sv.stylesXml, 'w:val="sv-SE"');
  const embedded = embeddedCase(sv.customXml);
  expect(embedded.id).toBe(CASE_ID);
  expect(embedded.answers).toEqual(answers);
  await expect(page.getByRole('status').filter({ hasText: 'Bilagan är nedladdad' })).toHaveText(
    'Bilagan är nedladdad: KS-2026-12_Ny-simhall-i-Ostby.docx',
  );

  await page.getByRole('radio', { name: 'English' }).check();
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText(
    "Gender equality, children's rights and national minorities",
  );
  // The page stays in the UI language; only the appendix changes.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Förhandsgranska och exportera bilagan',
  );

  const en = await exportDocx(page, testInfo.outputPath('bilaga-en.docx'));
  expect(en.fileName).toBe('KS-2026-12_Ny-simhall-i-Ostby.docx');
  expectIn(en.documentXml, 'Gender equality');
  expectIn(en.documentXml, 'national minorities');
  expectIn(en.documentXml, 'Not answered');
  expectIn(en.documentXml, 'Ej besvarad', false);
  expectIn(en.stylesXml, 'w:val="en-GB"');
  expect(embeddedCase(en.customXml).answers).toEqual(answers);
});

test('a new case from the home page can be exported straight away', async ({ page }, testInfo) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Nytt ärende' }).first().click();
  await expect(page).toHaveURL(/#\/case\/[^/]+$/);
  const id = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/case\//, ''));

  await page.goto(`./#/case/${encodeURIComponent(id)}/preview`);
  const preview = page.getByRole('article', { name: 'Förhandsgranskning av bilagan' });
  await expect(preview.getByText('Ej besvarad').first()).toBeVisible();

  const docx = await exportDocx(page, testInfo.outputPath('bilaga-new.docx'));
  expect(docx.fileName).toBe('bilaga.docx');
  expectIn(docx.documentXml, 'Jämställdhet, barnets rättigheter och nationella minoriteter');
  expectIn(docx.documentXml, 'Ej besvarad');
  expect(embeddedCase(docx.customXml).id).toBe(id);
});
