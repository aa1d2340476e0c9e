import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/checklist/schema';
import { renderDocx } from '../../src/appendix/docx-writer';
import { buildAppendix } from '../../src/appendix/model';
import type { AnswerContent } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { readAppendix } from '../../src/appendix/read-appendix';
import { examplesDir, loadExample, shippedContext } from '../helpers/appendix-fixtures';

// These tests open the produced file in LibreOffice. They FAIL when soffice is missing:
// `npm test` (scripts/ensure-system-deps.mjs) installs libreoffice-writer-nogui for them.
const work = mkdtempSync(join(tmpdir(), 'ulk-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function soffice(): string {
  for (const p of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice']) {
    if (existsSync(p)) return p;
  }
  try {
    return execFileSync('which', ['soffice'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** Convert with LibreOffice; it exits 0 even on failure, so the output file is checked. */
function convert(input: string, to: string, ext: string): string {
  const bin = soffice();
  expect(bin, 'soffice (libreoffice-writer-nogui) must be installed').not.toBe('');
  const outDir = mkdtempSync(join(work, 'out-'));
  execFileSync(
    bin,
    [
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      outDir,
      input,
    ],
    { timeout: 120_000, stdio: 'pipe' },
  );
  const out = join(outDir, input.replace(/^.*\//, '').replace(/\.docx$/, `.${ext}`));
  expect(existsSync(out), `LibreOffice produced no ${ext} for ${input}`).toBe(true);
  return out;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function answerTexts(a: AnswerContent): string[] {
  switch (a.kind) {
    case 'text':
    case 'unanswered':
      return [a.text];
    case 'list':
      return a.items;
    case 'tables':
      return a.tables.flatMap((t) => [
        ...t.head,
        ...t.rows.flat(),
        ...t.notes,
        ...(t.chart ? [t.chart.caption, t.chart.altText] : []),
      ]);
  }
}

/** PDF to text with poppler's pdftotext, in layout mode so a table row stays on one line. */
function pdfText(pdf: string): string {
  const out = pdf.replace(/\.pdf$/, '.txt');
  execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, out], {
    timeout: 60_000,
    stdio: 'pipe',
  });
  expect(existsSync(out), `pdftotext produced no text for ${pdf}`).toBe(true);
  return readFileSync(out, 'utf8');
}

/** Text without any whitespace: line wrapping in the PDF cannot break a comparison. */
const squash = (s: string) => s.replace(/\s+/g, '');

async function writeDocx(c: Case, name: string, lng: 'sv' | 'en' = 'sv'): Promise<string> {
  const t = nodeTranslator(lng);
  const model = buildAppendix(c, { t, lng, ctx: shippedContext() });
  const path = join(work, name);
  writeFileSync(path, await renderDocx(model, c));
  // The label "Bilaga 5" is in the page header, which LibreOffice's text export leaves out;
  // the page-count test reads it in the PDF.
  const texts = [
    model.caseTitle,
    ...model.header.fields.map((f) => f.value),
    ...model.verdict.rows.flatMap((r) => [r.label, r.statusText, r.comment]),
    ...answerTexts(model.conclusion.answer),
    ...model.parts.flatMap((p) =>
      p.subsections.flatMap((s) =>
        s.blocks.flatMap((b) =>
          b.kind === 'qa'
            ? [b.heading, ...answerTexts(b.answer)]
            : b.kind === 'paragraph'
              ? [b.text]
              : [],
        ),
      ),
    ),
  ].filter((s) => s.trim() !== '');
  writeFileSync(`${path}.expected.json`, JSON.stringify(texts));
  return path;
}

describe('the appendix in LibreOffice', () => {
  it('shows the statistics, the sex composition, the percentage gap and the chart text alternative in a PDF', async () => {
    for (const lng of ['sv', 'en'] as const) {
      const c = loadExample(`far-niva1.${lng}.json`);
      const docx = await writeDocx(c, `far-${lng}.docx`, lng);
      const text = pdfText(convert(docx, 'pdf', 'pdf'));
      const flat = squash(text);
      const model = buildAppendix(c, { t: nodeTranslator(lng), lng, ctx: shippedContext() });
      const stats = model.parts
        .flatMap((p) => p.subsections.flatMap((s) => s.blocks))
        .flatMap((b) =>
          b.kind === 'qa' && b.answer.kind === 'tables' && b.questionId === 'b2.tables'
            ? b.answer.tables
            : [],
        );
      expect(stats).toHaveLength(2);
      // Every figure of the tables, computed ones included.
      for (const cellText of stats.flatMap((t) => t.rows.flat())) {
        expect(flat).toContain(squash(cellText));
      }
      // Named figures of the first table: Halmstad, total, sex composition (share of women).
      // A count table without a base population has no gap: the composition is not one.
      const norm = text.replace(/\s+/g, ' ');
      if (lng === 'sv') {
        expect(flat).toContain(squash('Könsfördelning (andel kvinnor)'));
        expect(norm).toMatch(/Halmstad 412 198 610 67,5 %/);
        expect(norm).toMatch(/Totalt 1 273 625 1 898 67,1 %/);
        expect(norm).not.toMatch(/\+35/);
      } else {
        expect(flat).toContain(squash('Sex composition (share of women)'));
        expect(norm).toMatch(/Halmstad 412 198 610 67\.5%/);
        expect(norm).toMatch(/Total 1,273 625 1,898 67\.1%/);
        expect(norm).not.toMatch(/\+35/);
      }
      // The charts: caption and the whole text alternative.
      for (const t of stats) {
        expect(flat).toContain(squash(t.chart!.caption));
        expect(flat).toContain(squash(t.chart!.altText));
      }
    }
  }, 240_000);

  it('shows "Könsfördelning", the rate gap and step 4 as not met for differences without measures', async () => {
    const docx = await writeDocx(loadExample('sjukresor.sv.json'), 'sjukresor.docx');
    const text = pdfText(convert(docx, 'pdf', 'pdf'));
    const flat = squash(text);
    expect(flat).toContain(squash('Könsfördelning (andel kvinnor)'));
    expect(flat).toContain(squash('Andel av kvinnorna'));
    // The total row leaves the "varav 80 år och äldre" row out: 1 900 + 4 400 women.
    expect(text.replace(/\s+/g, ' ')).toMatch(/Totalt 6 300 3 900 10 200 61,8 %/);
    expect(flat).toContain(squash('en skillnad på 5,3 procentenheter'));
    // Page one: step 4 is not met, with the reason; the stated reason does not change that.
    expect(flat).toContain(squash('Osakliga skillnader finns men inga åtgärder föreslås.'));
    expect(flat).toContain(squash('Underlaget bör kompletteras: steg 4 är inte uppfyllt.'));
  }, 240_000);

  it('opens, and every answer text of the case is in it', async () => {
    for (const file of [
      'ungdomsmottagning.sv.json',
      'plan-jamstalldhet-2022.sv.json',
      'sjukresor.sv.json',
    ]) {
      const docx = await writeDocx(loadExample(file), file.replace('.json', '.docx'));
      const txt = norm(readFileSync(convert(docx, 'txt:Text (encoded):UTF8', 'txt'), 'utf8'));
      const expected = JSON.parse(readFileSync(`${docx}.expected.json`, 'utf8')) as string[];
      expect(expected.length).toBeGreaterThan(50);
      const missing = expected.filter((s) => !txt.includes(norm(s)));
      expect(missing).toEqual([]);
    }
  }, 240_000);

  it('lays out every example appendix in at most 6 pages, and a case where nothing applies in 1', async () => {
    const index = JSON.parse(readFileSync(`${examplesDir}index.json`, 'utf8')) as {
      file: string;
      lang: 'sv' | 'en';
    }[];
    const dir = mkdtempSync(join(work, 'pages-'));
    const docs: string[] = [];
    for (const { file, lang } of index) {
      const c = loadExample(file);
      const model = buildAppendix(c, { t: nodeTranslator(lang), lng: lang, ctx: shippedContext() });
      const path = join(dir, file.replace(/\.json$/, '.docx'));
      writeFileSync(path, await renderDocx(model, c));
      docs.push(path);
    }
    // One soffice call for all of them (a start of LibreOffice is most of the time).
    const bin = soffice();
    expect(bin, 'soffice (libreoffice-writer-nogui) must be installed').not.toBe('');
    execFileSync(
      bin,
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...docs,
      ],
      { timeout: 200_000, stdio: 'pipe' },
    );
    const pages = Object.fromEntries(
      docs.map((d) => {
        const pdf = d.replace(/\.docx$/, '.pdf');
        expect(existsSync(pdf), `LibreOffice produced no PDF for ${d}`).toBe(true);
        const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
        return [d.replace(/^.*\//, ''), Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])];
      }),
    );
    for (const [file, n] of Object.entries(pages)) expect(n, file).toBeLessThanOrEqual(6);
    expect(pages['delegationsordning.sv.docx']).toBe(1);
    expect(pages['delegationsordning.en.docx']).toBe(1);
    // The page header carries the Dnr and the label on page one as on the others.
    const first = pdfText(join(dir, 'delegationsordning.sv.pdf'));
    expect(first).toMatch(/Dnr RS\/77\/2025\s+Bilaga 1/);
  }, 240_000);

  it('still restores the case after LibreOffice saves the file again as .docx, and the text reads as unchanged', async () => {
    const c = loadExample('snorojning.sv.json');
    const docx = await writeDocx(c, 'roundtrip.docx');
    const again = convert(docx, 'docx:MS Word 2007 XML', 'docx');
    const bytes = readFileSync(again);
    expect(bytes.length).toBeGreaterThan(1000);
    const r = await readAppendix(new Uint8Array(bytes));
    expect(r).toEqual({
      status: 'ok',
      case: c,
      migrated: false,
      text: { status: 'unchanged', parts: [] },
    });
    expect(r.status === 'ok' && r.text.status === 'unchanged').toBe(true);

    // The re-saved file, then edited: one word of step 3 changed, as a reader would in Word.
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('färre fallolyckor');
    zip.file('word/document.xml', xml.replace('färre fallolyckor', 'fler fallolyckor'));
    const edited = await readAppendix(await zip.generateAsync({ type: 'uint8array' }));
    expect(edited.status === 'ok' && edited.text).toEqual({
      status: 'edited',
      parts: [{ heading: expect.stringMatching(/^Steg 3\b/) as unknown }],
    });
  }, 240_000);

  it('reads every example in both languages as unchanged after a LibreOffice re-save', async () => {
    const files = ['far-niva1', 'ungdomsmottagning', 'transportplan', 'sjukresor'].flatMap((n) => [
      `${n}.sv.json`,
      `${n}.en.json`,
    ]);
    for (const file of files) {
      const lng = file.endsWith('.en.json') ? 'en' : 'sv';
      const docx = await writeDocx(loadExample(file), file.replace('.json', '.docx'), lng);
      const again = readFileSync(convert(docx, 'docx:MS Word 2007 XML', 'docx'));
      const r = await readAppendix(new Uint8Array(again));
      expect(r.status === 'ok' && r.text, file).toEqual({ status: 'unchanged', parts: [] });
    }
  }, 480_000);
});
