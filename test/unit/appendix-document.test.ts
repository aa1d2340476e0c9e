/**
 * The Word appendix reads as a document, not a printout of the form: over every shipped example
 * in Swedish and English, no heading is a question or an instruction of the form (the list is
 * the question bank's labels), no optional item is printed as "not answered", every figure of
 * a statistics table is right-aligned and never broken by a plain space, and a part that does
 * not apply is stated once, with its reason.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/appendix/docx-writer';
import { buildAppendix } from '../../src/appendix/model';
import type { AppendixModel, TableBlock } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { allQuestions } from '../../src/checklist/question-bank';
import { examplesDir, loadExample, shippedContext, unzipText } from '../helpers/appendix-fixtures';

const index = JSON.parse(readFileSync(`${examplesDir}index.json`, 'utf8')) as {
  file: string;
  lang: 'sv' | 'en';
}[];
const ctx = shippedContext();
const sv = nodeTranslator('sv');
const en = nodeTranslator('en');

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const text = (xml: string) =>
  unescape([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
const paragraphs = (xml: string) => xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? [];
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What the reader sees as headings: heading styles, item headings, an inline answer's lead. */
function headings(xml: string): string[] {
  return paragraphs(xml).flatMap((p) => {
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? '';
    if (/^(Title|Heading\d|ItemHeading|Caption)$/.test(style)) return [norm(text(p))];
    if (style === 'InlineAnswer') {
      const lead = /<w:r><w:rPr><w:b\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/.exec(p)?.[1] ?? '';
      return [norm(unescape(lead)).replace(/:$/, '')];
    }
    return [];
  });
}

/** Every question and instruction of the form, in both languages. */
const formTexts = new Set(
  allQuestions.flatMap((q) => [sv(`questions:${q.labelKey}`), en(`questions:${q.labelKey}`)]),
);

async function produce(file: string, lng: 'sv' | 'en') {
  const c = loadExample(file);
  const model = buildAppendix(c, { t: nodeTranslator(lng), lng, ctx });
  const xml = await unzipText(await renderDocx(model, c), 'word/document.xml');
  return { model, xml };
}

function statTables(model: AppendixModel): TableBlock[] {
  return model.parts
    .flatMap((p) => p.subsections.flatMap((s) => s.blocks))
    .flatMap((b) => (b.kind === 'qa' && b.answer.kind === 'tables' ? b.answer.tables : []))
    .filter((t) => t.numeric?.some(Boolean));
}

describe('every item of the bank has a noun heading for the appendix', () => {
  it.each([
    ['sv', sv],
    ['en', en],
  ] as const)('in %s, never the question itself', (_lng, t) => {
    // A journey-only question (the choice of the child-rights road) is never printed.
    for (const q of allQuestions.filter((x) => !x.journeyOnly)) {
      const heading = t(`appendix:headings.${q.id}`);
      expect(heading, q.id).not.toMatch(/^headings\.|^appendix:/);
      expect(heading, q.id).not.toBe(t(`questions:${q.labelKey}`));
      expect(heading, q.id).not.toMatch(/\?$/);
    }
  });
});

describe.each(index)('the Word appendix of $file', ({ file, lang }) => {
  it('has no heading that is a question or an instruction of the form', async () => {
    const { xml } = await produce(file, lang);
    const found = headings(xml);
    expect(found.length).toBeGreaterThan(5);
    for (const h of found) {
      expect(formTexts.has(h), h).toBe(false);
      expect(h, 'a heading is not a question').not.toMatch(/\?$/);
    }
    expect(text(xml)).not.toContain('Lägg in den könsuppdelade statistiken');
  });

  it('prints no placeholder for an optional item', async () => {
    const { xml } = await produce(file, lang);
    expect(text(xml)).not.toMatch(/frivillig|\(optional|optional part/i);
  });

  it('right-aligns every figure and never breaks one with a plain space', async () => {
    const { model, xml } = await produce(file, lang);
    const tables = statTables(model);
    for (const tb of tables) {
      for (const row of tb.rows) {
        row.forEach((cell, i) => {
          if (tb.numeric?.[i]) expect(cell, `${tb.id} ${cell}`).not.toMatch(/\d \S|\S \d/);
        });
      }
    }
    // In the file: each figure cell is a right-aligned paragraph in a cell that does not wrap.
    const figureCells = (xml.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).filter(
      (c) => c.includes('<w:pStyle w:val="TableText"/>') && c.includes('<w:jc w:val="right"/>'),
    );
    const expected = tables.reduce(
      (n, tb) => n + (tb.rows.length + 1) * (tb.numeric ?? []).filter(Boolean).length,
      0,
    );
    expect(figureCells.length).toBeGreaterThanOrEqual(expected);
    for (const c of figureCells) {
      expect(c).toContain('<w:noWrap/>');
      expect(text(c)).not.toMatch(/\d \d/);
    }
  });
});

describe('a case where nothing applies (Nej / Nej / Nej, with reasons)', () => {
  it.each(['delegationsordning.sv.json', 'delegationsordning.en.json'])(
    '%s states each part that does not apply once, with its reason',
    async (file) => {
      const lang = file.endsWith('.en.json') ? 'en' : 'sv';
      const c = loadExample(file);
      const { model, xml } = await produce(file, lang);
      // Outside the verdict table, the reason of each part is printed once: in its sentence.
      const prose = norm(text(xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')));
      for (const id of ['b1.noReason', 'c.noReason']) {
        const reason = norm(String(c.answers[id]));
        expect(reason.length, id).toBeGreaterThan(20);
        expect(prose.split(reason).length - 1, id).toBe(1);
      }
      // Steps 2-5 and Part C have no body; the body follows on page one.
      expect(model.parts.map((p) => p.id)).toEqual(['A', 'D']);
      expect(xml).not.toContain('<w:pageBreakBefore/>');
      const stepHeadings = headings(xml).filter((h) => /^(Steg|Step) \d/.test(h));
      expect(stepHeadings).toEqual([]);
    },
  );
});
