/**
 * The .docx writer: renders an AppendixModel with the `docx` package. This is
 * the ONLY module that imports `docx`; the app loads it through a dynamic
 * `import()` at export time so it stays out of the first load.
 *
 * Layout: A4, Arial 11 pt (metric-compatible Liberation Sans on Linux). Page one:
 * the "Bilaga N" label, title, case header table, verdict table (its header row
 * repeats across pages), the verdict sentences and the officer's concluding
 * assessment. Each part then starts on a new page with Heading 1/Heading 2 styles.
 * Footer: Dnr and "Sida X av Y". The case envelope is embedded as custom
 * document properties (see embed.ts).
 *
 * Works in Node and the browser (Packer.toArrayBuffer).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { ParagraphChild } from 'docx';
import type { Case } from '../checklist/schema';
import { serializeCase } from '../storage/envelope';
import { toCustomProperties } from './embed';
import type { AnswerContent, AppendixModel, Block, TableBlock } from './model';
import { toParagraphs, xmlSafe } from './sanitize';

const FONT = 'Arial';
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1418; // 2.5 cm
const CONTENT_WIDTH = A4.width - 2 * MARGIN;
const GREY = 'D9D9D9';

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
}

/** Text with real Word line breaks and tabs; blank lines become new paragraphs. */
function textParagraphs(
  text: string,
  style: RunStyle = {},
  paraOpts: { style?: string; keepNext?: boolean } = {},
): Paragraph[] {
  return toParagraphs(text).map((lines) => {
    const children: ParagraphChild[] = [];
    lines.forEach((pieces, lineIndex) => {
      if (pieces.length === 0 && lineIndex > 0) children.push(new TextRun({ ...style, break: 1 }));
      pieces.forEach((p, i) => {
        const brk = lineIndex > 0 && i === 0 ? { break: 1 } : {};
        children.push(
          p.kind === 'tab'
            ? new TextRun({ ...style, ...brk, children: [new Tab()] })
            : new TextRun({ ...style, ...brk, text: p.text }),
        );
      });
    });
    return new Paragraph({
      children,
      ...(paraOpts.style ? { style: paraOpts.style } : {}),
      ...(paraOpts.keepNext ? { keepNext: true } : {}),
    });
  });
}

function cell(text: string, opts: { header?: boolean; width: number }): TableCell {
  return new TableCell({
    width: { size: opts.width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(opts.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: GREY } } : {}),
    children: textParagraphs(text, opts.header ? { bold: true } : {}, { style: 'TableText' }),
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

/** Column widths in twips from relative weights. */
function widths(weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((CONTENT_WIDTH * w) / sum));
}

function longestWord(s: string): number {
  return Math.max(0, ...s.split(/\s+/).map((w) => [...w].length));
}

/**
 * Column widths from the content: every column first gets room for its longest word
 * (about 120 twips a character at 10 pt, plus cell margins) so no word breaks mid-word,
 * then the rest of the line is shared by how much text each column holds.
 */
function autoWidths(head: string[], rows: string[][]): number[] {
  const cols = head.map((h, i) => {
    const cells = rows.map((r) => r[i] ?? '');
    const word = Math.max(longestWord(h), ...cells.map(longestWord));
    const avg = cells.length
      ? cells.reduce((n, c) => n + Math.min(c.length, 400), 0) / cells.length
      : 0;
    return { min: Math.min(word * 120 + 240, CONTENT_WIDTH * 0.45), want: Math.max(avg, word) };
  });
  const minSum = cols.reduce((n, c) => n + c.min, 0);
  if (minSum >= CONTENT_WIDTH) return widths(cols.map((c) => c.min));
  const extra = CONTENT_WIDTH - minSum;
  const wantSum = cols.reduce((n, c) => n + c.want, 0) || 1;
  return cols.map((c) => Math.floor(c.min + (extra * c.want) / wantSum));
}

function table(head: string[], rows: string[][], colWeights?: number[]): Table {
  const w = colWeights ? widths(colWeights) : autoWidths(head, rows);
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: w,
    borders: BORDERS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: head.map((h, i) => cell(h, { header: true, width: w[i] ?? 1000 })),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            children: head.map((_h, i) => cell(r[i] ?? '', { width: w[i] ?? 1000 })),
          }),
      ),
    ],
  });
}

/** A two-column key/value table without a header row (the case header fields). */
function fieldTable(fields: { label: string; value: string }[]): Table {
  const w = widths([1, 2.4]);
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: w,
    borders: BORDERS,
    rows: fields.map(
      (f) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: w[0]!, type: WidthType.DXA },
              margins: { top: 60, bottom: 60, left: 100, right: 100 },
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' },
              children: textParagraphs(f.label, { bold: true }, { style: 'TableText' }),
            }),
            cell(f.value, { width: w[1]! }),
          ],
        }),
    ),
  });
}

function tableBlock(tb: TableBlock): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (tb.caption)
    out.push(...textParagraphs(tb.caption, { bold: true }, { style: 'Caption', keepNext: true }));
  if (tb.rows.length > 0) out.push(table(tb.head, tb.rows));
  for (const n of tb.notes) out.push(...textParagraphs(n, {}, { style: 'TableNote' }));
  if (tb.rows.length === 0 && tb.notes.length === 0) return out;
  return out;
}

function answer(a: AnswerContent): (Paragraph | Table)[] {
  switch (a.kind) {
    case 'text':
      return textParagraphs(a.text);
    case 'unanswered':
      return textParagraphs(a.text, { italics: true });
    case 'list':
      return a.items.map(
        (item) =>
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: xmlSafe(item) })] }),
      );
    case 'tables':
      return a.tables.flatMap(tableBlock);
  }
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'qa':
      return [
        ...textParagraphs(b.question, {}, { style: 'Question', keepNext: true }),
        ...answer(b.answer),
      ];
    case 'paragraph':
      if (b.tone === 'warning') return textParagraphs(b.text, { bold: true }, { style: 'Warning' });
      if (b.tone === 'status') return textParagraphs(b.text, { bold: true });
      return textParagraphs(b.text);
    case 'table':
      return tableBlock(b.table);
  }
}

function heading(text: string, level: 1 | 2, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: [new TextRun({ text: xmlSafe(text) })],
  });
}

/** "Sida {current} av {total}" -> runs with Word page fields. */
function pageRuns(template: string): ParagraphChild[] {
  return template
    .split(/(\{current\}|\{total\})/)
    .filter((s) => s !== '')
    .map((s) =>
      s === '{current}'
        ? new TextRun({ children: [PageNumber.CURRENT] })
        : s === '{total}'
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES] })
          : new TextRun({ text: s }),
    );
}

export interface RenderOptions {
  /** Time stamp of the embedded envelope (tests pass a fixed date). */
  now?: Date;
}

/** Build the Word document object (exposed for tests that inspect XML via Packer). */
export function buildDocument(
  model: AppendixModel,
  caseForEmbedding: Case,
  opts: RenderOptions = {},
): Document {
  const lang = { value: model.langTag };
  const pageOne: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: model.label, bold: true, size: 28 })],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: model.title })] }),
    ...textParagraphs(model.caseTitle, { bold: true }, { style: 'Subtitle' }),
    ...textParagraphs(model.subtitle, { italics: true }),
    fieldTable(model.header.fields),
    heading(model.verdict.heading, 1),
    ...model.verdict.sentences.flatMap((s) => textParagraphs(s, { bold: true })),
    ...(model.verdict.samiWarning
      ? textParagraphs(model.verdict.samiWarning, { bold: true }, { style: 'Warning' })
      : []),
    table(
      model.verdict.head,
      model.verdict.rows.map((r) => [r.label, r.statusText, r.comment]),
      [3, 1.6, 3],
    ),
    heading(model.conclusion.heading, 2),
    ...answer(model.conclusion.answer),
  ];

  const partsContent: (Paragraph | Table)[] = model.parts.flatMap((part, i) => [
    heading(part.heading, 1, i === 0),
    ...part.subsections.flatMap((sub) => [
      ...(sub.heading ? [heading(sub.heading, 2)] : []),
      ...sub.blocks.flatMap(block),
    ]),
  ]);

  const footerLine = new Paragraph({
    style: 'Footer',
    tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
    children: [
      new TextRun({ text: model.footer.dnr }),
      new TextRun({ children: [new Tab()] }),
      ...pageRuns(model.footer.pageTemplate),
    ],
  });
  const footerChildren = [
    footerLine,
    ...(model.footer.orgText ? textParagraphs(model.footer.orgText, {}, { style: 'Footer' }) : []),
  ];
  const headerLine = new Paragraph({
    style: 'Header',
    alignment: AlignmentType.RIGHT,
    children: [new TextRun({ text: [model.label, model.caseTitle].filter(Boolean).join(' – ') })],
  });

  return new Document({
    title: model.meta.title,
    subject: model.meta.subject,
    creator: model.meta.creator || model.label,
    lastModifiedBy: model.meta.creator || model.label,
    keywords: model.meta.keywords,
    description: model.meta.description,
    customProperties: toCustomProperties(serializeCase(caseForEmbedding, opts.now)),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: lang },
          paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: FONT, size: 40, bold: true, color: '000000', language: lang },
          paragraph: { spacing: { after: 120 } },
        },
        heading1: {
          run: { font: FONT, size: 32, bold: true, color: '000000', language: lang },
          paragraph: { spacing: { before: 360, after: 160 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 26, bold: true, color: '000000', language: lang },
          paragraph: { spacing: { before: 280, after: 120 }, keepNext: true },
        },
      },
      paragraphStyles: [
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 28 },
          paragraph: { spacing: { after: 120 } },
        },
        {
          id: 'Question',
          name: 'Question',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { bold: true },
          paragraph: { spacing: { before: 200, after: 60 }, keepNext: true },
        },
        {
          id: 'TableText',
          name: 'Table Text',
          basedOn: 'Normal',
          run: { size: 20 },
          paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
        {
          id: 'Caption',
          name: 'caption',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 20, bold: true },
          paragraph: { spacing: { before: 160, after: 60 }, keepNext: true },
        },
        {
          id: 'TableNote',
          name: 'Table Note',
          basedOn: 'Normal',
          run: { size: 20 },
          paragraph: { spacing: { before: 60, after: 160 } },
        },
        {
          id: 'Warning',
          name: 'Warning',
          basedOn: 'Normal',
          run: { bold: true },
          paragraph: {
            spacing: { before: 120, after: 160 },
            border: {
              top: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 },
              bottom: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 },
              left: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 },
              right: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 },
            },
          },
        },
        {
          id: 'Footer',
          name: 'footer',
          basedOn: 'Normal',
          run: { size: 18 },
          paragraph: { spacing: { after: 0 } },
        },
        {
          id: 'Header',
          name: 'header',
          basedOn: 'Normal',
          run: { size: 18 },
          paragraph: { spacing: { after: 0 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: A4,
            margin: {
              top: MARGIN,
              bottom: MARGIN,
              left: MARGIN,
              right: MARGIN,
              header: 708,
              footer: 708,
            },
          },
        },
        headers: {
          default: new Header({ children: [headerLine] }),
          first: new Header({ children: [] }),
        },
        footers: {
          default: new Footer({ children: footerChildren }),
          first: new Footer({ children: footerChildren.map(cloneFooter(model)) }),
        },
        children: [...pageOne, ...partsContent],
      },
    ],
  });
}

/** docx components must not be shared between parts; build a fresh footer for page one. */
function cloneFooter(model: AppendixModel) {
  return (_p: Paragraph, i: number): Paragraph =>
    i === 0
      ? new Paragraph({
          style: 'Footer',
          tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
          children: [
            new TextRun({ text: model.footer.dnr }),
            new TextRun({ children: [new Tab()] }),
            ...pageRuns(model.footer.pageTemplate),
          ],
        })
      : new Paragraph({ style: 'Footer', children: [new TextRun({ text: model.footer.orgText })] });
}

/** Render the appendix to .docx bytes (Node and browser). */
export async function renderDocx(
  model: AppendixModel,
  caseForEmbedding: Case,
  opts: RenderOptions = {},
): Promise<Uint8Array> {
  const doc = buildDocument(model, caseForEmbedding, opts);
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
