/** The Word document of an appendix model: page one, the parts, styles, footers and the embedded case. */
import {
  AlignmentType,
  BorderStyle,
  Document,
  FileChild,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
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
import type { Case } from '../../checklist/schema';
import { serializeCase } from '../../format/case-envelope';
import { toCustomProperties } from '../embed';
import type { AnswerContent, AppendixModel, Block, TableBlock } from '../model/types';
import { xmlSafe } from '../sanitize';
import {
  A4,
  BORDERS,
  CHART_STYLES,
  CONTENT_WIDTH,
  FONT,
  KEEP_TOGETHER_ROWS,
  MARGIN,
  MARGIN_Y,
  cell,
  textParagraphs,
  widths,
} from './layout';
import { table } from './table-xml';
import { chartBlock } from './chart';
import type { LoadedTemplate } from '../template/inspect';

/**
 * The case header fields as a key/value table without a header row, two fields to a row
 * (label, value, label, value) so page one keeps room for the verdict.
 */
function fieldTable(fields: { label: string; value: string }[]): Table {
  const w = widths([2.35, 2.15, 2.35, 2.15]);
  const label = (text: string, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 30, bottom: 30, left: 100, right: 100 },
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' },
      children: textParagraphs(text, { bold: true }, { style: 'TableText' }),
    });
  const pairs: { label: string; value: string }[][] = [];
  for (let i = 0; i < fields.length; i += 2) pairs.push(fields.slice(i, i + 2));
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: w,
    borders: BORDERS,
    rows: pairs.map(
      (pair) =>
        new TableRow({
          cantSplit: true,
          children: [0, 1].flatMap((j) => {
            const f = pair[j];
            // A last field alone on its row takes the whole row (its value does not wrap).
            if (pair.length === 1 && f) {
              return j === 0
                ? [
                    label(f.label, w[0]!),
                    cell(f.value, { width: w[1]! + w[2]! + w[3]!, columnSpan: 3 }),
                  ]
                : [];
            }
            const lw = w[j * 2]!;
            const vw = w[j * 2 + 1]!;
            return f ? [label(f.label, lw), cell(f.value, { width: vw })] : [];
          }),
        }),
    ),
  });
}

/**
 * A table with its caption, notes and chart. A table that fits a page is kept on one page with
 * its caption, and with its notes and chart when it has one (keep-with-next down to the chart's
 * last bar), so a table and its chart never land on different pages.
 */
function tableBlock(tb: TableBlock): FileChild[] {
  const out: FileChild[] = [];
  const keep = tb.rows.length <= KEEP_TOGETHER_ROWS;
  const keepOn = keep && tb.chart != null;
  if (tb.caption)
    out.push(...textParagraphs(tb.caption, { bold: true }, { style: 'Caption', keepNext: true }));
  if (tb.rows.length > 0) {
    out.push(
      table(tb.head, tb.rows, undefined, tb.caption, keep, {
        numeric: tb.numeric,
        keepLast: keepOn && tb.notes.length > 0 ? true : keepOn,
      }),
    );
  }
  for (const n of tb.notes)
    out.push(...textParagraphs(n, {}, { style: 'TableNote', keepNext: keepOn }));
  if (tb.chart) out.push(...chartBlock(tb.chart));
  if (tb.chartOmitted) out.push(...textParagraphs(tb.chartOmitted, {}, { style: 'ChartAlt' }));
  return out;
}

function answer(a: AnswerContent): FileChild[] {
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

function block(b: Block): FileChild[] {
  switch (b.kind) {
    case 'qa':
      if (b.inline && (b.answer.kind === 'text' || b.answer.kind === 'unanswered')) {
        return [inlineAnswer(b.heading, b.answer.text, b.answer.kind === 'unanswered')];
      }
      return [
        ...textParagraphs(b.heading, {}, { style: 'ItemHeading', keepNext: true }),
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

/** "Heading: answer" on one line, the heading bold (a choice, a date, "Ej besvarad"). */
function inlineAnswer(head: string, text: string, unanswered: boolean): Paragraph {
  return new Paragraph({
    style: 'InlineAnswer',
    children: [
      new TextRun({ text: `${xmlSafe(head)}: `, bold: true }),
      new TextRun({ text: xmlSafe(text), ...(unanswered ? { italics: true } : {}) }),
    ],
  });
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
  /** The organisation's checked Word template (template/inspect.ts); absent: the built-in look. */
  template?: LoadedTemplate;
}

/** Build the Word document object (exposed for tests that inspect XML via Packer). */
export function buildDocument(
  model: AppendixModel,
  caseForEmbedding: Case,
  opts: RenderOptions = {},
): Document {
  const lang = { value: model.langTag };
  const pageOne: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: model.title })] }),
    ...textParagraphs(model.caseTitle, { bold: true }, { style: 'Subtitle' }),
    ...textParagraphs(model.subtitle, { italics: true }, { style: 'SubtitleNote' }),
    // The case title is printed just above, so its row is left out of the table here.
    fieldTable(model.header.fields.filter((f) => f.id !== 'case')),
    heading(model.verdict.heading, 1),
    ...model.verdict.sentences.flatMap((s) => textParagraphs(s, { bold: true })),
    ...(model.verdict.samiWarning
      ? textParagraphs(model.verdict.samiWarning, { bold: true }, { style: 'Warning' })
      : []),
    // The verdict table may break across pages rather than leave page one; its comment
    // column only takes room when there are comments.
    table(
      model.verdict.head,
      model.verdict.rows.map((r) => [r.label, r.statusText, r.comment]),
      model.verdict.rows.some((r) => r.comment.trim() !== '') ? [2.8, 1.4, 3.8] : [4.6, 2, 1.4],
      '',
      false,
    ),
    // The officer's own assessment is a heading of its own, not part of the tool's table.
    heading(model.conclusion.heading, 1),
    ...answer(model.conclusion.answer),
  ];

  // The body starts on a page of its own after the summary, unless it is short (a case where
  // gender equality and children do not apply): then it follows on page one.
  const partsContent: FileChild[] = model.parts.flatMap((part, i) => [
    heading(part.heading, 1, i === 0 && model.bodyOnNewPage),
    ...part.subsections.flatMap((sub) => [
      ...(sub.heading ? [heading(sub.heading, 2)] : []),
      ...sub.blocks.flatMap(block),
    ]),
  ]);

  // The decision, once recorded: a short section after the parts (kept minimal on purpose).
  const decisionContent: FileChild[] = model.decision
    ? [heading(model.decision.heading, 1), fieldTable(model.decision.fields)]
    : [];

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
          paragraph: { spacing: { after: 80, line: 250, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: FONT, size: 32, bold: true, color: '000000', language: lang },
          paragraph: { spacing: { after: 120 } },
        },
        heading1: {
          run: { font: FONT, size: 32, bold: true, color: '000000', language: lang },
          paragraph: { spacing: { before: 200, after: 100 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 26, bold: true, color: '000000', language: lang },
          paragraph: { spacing: { before: 200, after: 100 }, keepNext: true },
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
          id: 'SubtitleNote',
          name: 'Subtitle Note',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 20 },
          paragraph: { spacing: { after: 120 } },
        },
        {
          id: 'ItemHeading',
          name: 'Item Heading',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { bold: true },
          paragraph: { spacing: { before: 120, after: 40 }, keepNext: true },
        },
        {
          id: 'InlineAnswer',
          name: 'Inline Answer',
          basedOn: 'Normal',
          next: 'Normal',
          paragraph: { spacing: { before: 60, after: 60 } },
        },
        {
          id: 'TableText',
          name: 'Table Text',
          basedOn: 'Normal',
          run: { size: 20 },
          paragraph: { spacing: { after: 0, line: 228, lineRule: LineRuleType.AUTO } },
        },
        {
          id: 'Caption',
          name: 'caption',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 20, bold: true },
          paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
        },
        {
          id: 'TableNote',
          name: 'Table Note',
          basedOn: 'Normal',
          run: { size: 20 },
          paragraph: { spacing: { before: 60, after: 100 } },
        },
        ...CHART_STYLES,
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
          page: {
            size: A4,
            margin: {
              top: MARGIN_Y,
              bottom: MARGIN_Y,
              left: MARGIN,
              right: MARGIN,
              header: 567,
              footer: 567,
            },
          },
        },
        headers: {
          default: new Header({ children: [headerLine(model)] }),
        },
        footers: {
          default: new Footer({ children: footerParagraphs(model) }),
        },
        children: [...pageOne, ...partsContent, ...decisionContent],
      },
    ],
  });
}

/**
 * The page header of every page, as Swedish committee papers have it: the Dnr on the left and
 * the appendix label ("Bilaga 3") on the right, bold.
 */
function headerLine(model: AppendixModel): Paragraph {
  return new Paragraph({
    style: 'Header',
    tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
    children: [
      new TextRun({ text: model.pageHeader.dnr }),
      new TextRun({ children: [new Tab()] }),
      new TextRun({ text: model.pageHeader.label, bold: true, size: 24 }),
    ],
  });
}

/**
 * The footer's paragraphs: "Sida X av Y" on the right, then the organisation's footer text
 * with its paragraphs and line breaks.
 */
function footerParagraphs(model: AppendixModel): Paragraph[] {
  return [
    new Paragraph({
      style: 'Footer',
      alignment: AlignmentType.RIGHT,
      children: pageRuns(model.footer.pageTemplate),
    }),
    ...(model.footer.orgText ? textParagraphs(model.footer.orgText, {}, { style: 'Footer' }) : []),
  ];
}
