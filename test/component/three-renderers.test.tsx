/**
 * One model, three renderers: for each fact of page one and of the body, the live preview
 * (rendered with Testing Library), the Word document's XML and the summary texts for the
 * tjänsteskrivelse, all made from the same case, state the same thing. Where a renderer does
 * not carry a fact at all (the summary texts have no tables or charts), the test says so.
 */
import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/appendix/docx-writer';
import { buildAppendix, summaryTexts } from '../../src/appendix/model';
import type { AppendixModel, SummaryText, TableBlock } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { list } from '../../src/checklist/question-bank';
import { chartModel } from '../../src/checklist/statistics/chart';
import { computeTable } from '../../src/checklist/statistics/compute';
import { formatValue } from '../../src/checklist/statistics/format';
import type { Case } from '../../src/checklist/schema';
import type { StatTable } from '../../src/checklist/types';
import { AppendixView } from '../../src/ui/preview/AppendixView';
import { loadExample, shippedContext, unzipText } from '../helpers/appendix-fixtures';

const LABEL = 'Förhandsgranskning av bilagan';
/** Spaces of any kind as one plain space, so "1 840" in Word and in HTML compare equal. */
const norm = (s: string) => s.replace(/\s+/gu, ' ').trim();

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const runText = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1] ?? '')).join('');

interface Word {
  /** Every paragraph's text, in order. */
  paragraphs: string[];
  /** Every table row as its cells' texts. */
  rows: string[][];
}

function readWord(xml: string): Word {
  const body = xml.replace(/<w:tab\/>/g, '\t');
  return {
    paragraphs: body.split('</w:p>').map((p) => norm(runText(p))),
    rows: body
      .split('<w:tr')
      .slice(1)
      .map((r) => r.split('</w:tr>')[0]!.split('</w:tc>').slice(0, -1).map(runText).map(norm)),
  };
}

interface Rendered {
  c: Case;
  model: AppendixModel;
  word: Word;
  summary: SummaryText[];
}

async function renderAll(file: string): Promise<Rendered> {
  const c = loadExample(file);
  const model = buildAppendix(c, { t: nodeTranslator('sv'), lng: 'sv', ctx: shippedContext() });
  const xml = await unzipText(await renderDocx(model, c), 'word/document.xml');
  return { c, model, word: readWord(xml), summary: summaryTexts(model) };
}

function renderPreview(model: AppendixModel): HTMLElement {
  render(<AppendixView model={model} label={LABEL} />);
  return screen.getByRole('article', { name: LABEL });
}

const wordHasParagraph = (w: Word, text: string) => w.paragraphs.includes(norm(text));
const summaryOf = (r: Rendered, id: SummaryText['id']) =>
  norm(r.summary.find((s) => s.id === id)!.text);

function statTables(model: AppendixModel): TableBlock[] {
  return model.parts.flatMap((p) =>
    p.subsections.flatMap((s) =>
      s.blocks.flatMap((b) =>
        b.kind === 'qa' && b.questionId === 'b2.tables' && b.answer.kind === 'tables'
          ? b.answer.tables
          : [],
      ),
    ),
  );
}

const examples = [
  'sjukresor.sv.json',
  'snorojning.sv.json',
  'transportplan.sv.json',
  'delegationsordning.sv.json',
  'plan-jamstalldhet-2022.sv.json',
];

describe.each(examples)('the preview, the Word file and the summary texts of %s', (file) => {
  let r: Rendered;
  beforeAll(async () => {
    r = await renderAll(file);
  });

  it('state each step and part with the same verdict and comment', () => {
    const preview = renderPreview(r.model);
    const table = within(preview).getByRole('table', { name: r.model.verdict.heading });
    for (const row of r.model.verdict.rows) {
      const tr = within(table).getByRole('rowheader', { name: row.label }).closest('tr')!;
      const cells = within(tr)
        .getAllByRole('cell')
        .map((td) => norm(td.textContent ?? ''));
      expect(cells, row.id).toEqual([norm(row.statusText), norm(row.comment)]);
      const wordRow = r.word.rows.find((w) => w[0] === norm(row.label));
      expect(wordRow, row.id).toEqual([norm(row.label), norm(row.statusText), norm(row.comment)]);
    }
    // The summary paragraph of each part carries the part's verdict sentence.
    const [gender, child, minorities] = r.model.verdict.sentences;
    expect(summaryOf(r, 'gender')).toContain(norm(gender!));
    expect(summaryOf(r, 'child')).toContain(norm(child!));
    expect(summaryOf(r, 'minorities')).toContain(norm(minorities!));
  });

  it('state the conclusion per part (SKR, child rights, minorities) in the same words', () => {
    const preview = renderPreview(r.model);
    const ids = ['gender', 'child', 'minorities'] as const;
    r.model.verdict.sentences.forEach((sentence, i) => {
      expect(within(preview).getAllByText(sentence).length, ids[i]).toBeGreaterThan(0);
      expect(wordHasParagraph(r.word, sentence), ids[i]).toBe(true);
      expect(summaryOf(r, ids[i]!)).toContain(norm(sentence));
    });
  });

  it("print the officer's concluding assessment alike (the summary texts leave it to the appendix)", () => {
    const answer = r.model.conclusion.answer;
    expect(answer.kind).toBe('text');
    const text = answer.kind === 'text' ? answer.text : '';
    expect(text).toBe(String(r.c.answers['s.conclusion']).trim());
    const preview = renderPreview(r.model);
    const heading = within(preview).getByRole('heading', { name: r.model.conclusion.heading });
    expect(norm(heading.nextElementSibling?.textContent ?? '')).toBe(norm(text));
    const at = r.word.paragraphs.indexOf(norm(r.model.conclusion.heading));
    expect(at).toBeGreaterThan(-1);
    expect(r.word.paragraphs.slice(at + 1).join(' ')).toContain(norm(text));
    for (const s of r.summary) expect(norm(s.text)).not.toContain(norm(text));
  });

  it('state the Sami consultation duty alike when the appendix has something to say of it', () => {
    const sami = r.model.summaryFacts.sami;
    const preview = renderPreview(r.model);
    if (sami === '') {
      expect(r.model.verdict.samiWarning).toBeNull();
      expect(preview.querySelector('.preview-warning')).toBeNull();
      return;
    }
    expect(within(preview).getAllByText(sami).length).toBeGreaterThan(0);
    expect(wordHasParagraph(r.word, sami)).toBe(true);
    expect(summaryOf(r, 'minorities')).toContain(norm(sami));
    if (r.model.verdict.samiWarning) {
      // A duty not met is a warning on page one too, in the preview and in Word.
      expect(within(preview).getAllByText(r.model.verdict.samiWarning).length).toBe(2);
      const pageOne = r.word.paragraphs.slice(
        0,
        r.word.paragraphs.indexOf(norm(r.model.parts[0]!.heading)),
      );
      expect(pageOne).toContain(norm(r.model.verdict.samiWarning));
    }
  });

  it("print a statistics table's totals as the statistics maths computes them (not in the summary texts)", () => {
    const raw = list<StatTable>(r.c.answers, 'b2.tables');
    const preview = renderPreview(r.model);
    for (const table of statTables(r.model).filter((t) => !t.id.endsWith('-rates'))) {
      const source = raw.find((t) => t.id === table.id)!;
      const total = computeTable(source).total;
      const totalRow = table.rows.find((row) => row[0] === 'Totalt');
      if (!total) {
        expect(totalRow, table.id).toBeUndefined();
        continue;
      }
      // The women's and the men's column totals, formatted as the export language writes them.
      expect(totalRow!.slice(1, 3)).toEqual([
        formatValue(total.values.women!, source.unit, 'sv'),
        formatValue(total.values.men!, source.unit, 'sv'),
      ]);
      const html = within(preview).getByRole('table', { name: table.caption });
      const tr = within(html).getByRole('rowheader', { name: 'Totalt' }).closest('tr')!;
      expect([...tr.children].map((c) => norm(c.textContent ?? ''))).toEqual(totalRow!.map(norm));
      const wordRows = r.word.rows.filter((w) => w[0] === 'Totalt');
      expect(wordRows, table.id).toContainEqual(totalRow!.map(norm));
      for (const s of r.summary) expect(s.text).not.toContain(totalRow![1]!);
    }
  });

  it("draw a chart's bar values as the chart maths computes them", () => {
    const raw = list<StatTable>(r.c.answers, 'b2.tables');
    const preview = renderPreview(r.model);
    for (const table of statTables(r.model).filter((t) => t.chart)) {
      const chart = table.chart!;
      const expected = chartModel(
        raw.find((t) => `${t.id}-chart` === chart.id)!,
        'sv',
      ).bars.map((b) => norm(b.text));
      expect(chart.rows.flatMap((row) => row.bars.map((b) => norm(b.text)))).toEqual(expected);
      const svg = within(preview).getByRole('img', { name: chart.title });
      const svgTexts = [...svg.querySelectorAll('text')].map((t) => norm(t.textContent ?? ''));
      for (const v of expected) expect(svgTexts, chart.id).toContain(v);
      // In Word each bar is a row: (the kön+ row's label beside its first bar,) the group name,
      // the bar, then the value.
      const bars = chart.rows.flatMap((row) => row.bars);
      for (const b of bars) {
        expect(
          r.word.rows.some(
            (w) =>
              (w[0] === norm(b.groupName) || w[1] === norm(b.groupName)) &&
              w[w.length - 1] === norm(b.text),
          ),
          `${chart.id} ${b.group} ${b.text}`,
        ).toBe(true);
      }
    }
  });
});
