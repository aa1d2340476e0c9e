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
import { A4, BORDERS, CONTENT_WIDTH, FONT, MARGIN, cell, textParagraphs, widths } from './layout';
import { table } from './table-xml';
import { chartBlock } from './chart';
import type { LoadedTemplate } from '../template/inspect';

/** A two-column key/value table without a header row (the case header fields). */
function fieldTable(fields: { label: string; value: string }[]): Table {
  const w = widths([1.2, 2.4]);
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
              margins: { top: 30, bottom: 30, left: 100, right: 100 },
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' },
              children: textParagraphs(f.label, { bold: true }, { style: 'TableText' }),
            }),
            cell(f.value, { width: w[1]! }),
          ],
        }),
    ),
  });
}

function tableBlock(tb: TableBlock): FileChild[] {
  const out: FileChild[] = [];
  if (tb.caption)
    out.push(...textParagraphs(tb.caption, { bold: true }, { style: 'Caption', keepNext: true }));
  if (tb.rows.length > 0) out.push(table(tb.head, tb.rows, undefined, tb.caption));
  for (const n of tb.notes) out.push(...textParagraphs(n, {}, { style: 'TableNote' }));
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
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: model.label, bold: true, size: 28 })],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: model.title })] }),
    ...textParagraphs(model.caseTitle, { bold: true }, { style: 'Subtitle' }),
    ...textParagraphs(model.subtitle, { italics: true }),
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
      model.verdict.rows.some((r) => r.comment.trim() !== '') ? [3.2, 1.9, 2.9] : [4.6, 2, 1.4],
      '',
      false,
    ),
    // The officer's own assessment is a heading of its own, not part of the tool's table.
    heading(model.conclusion.heading, 1),
    ...answer(model.conclusion.answer),
  ];

  const partsContent: FileChild[] = model.parts.flatMap((part, i) => [
    heading(part.heading, 1, i === 0),
    ...part.subsections.flatMap((sub) => [
      ...(sub.heading ? [heading(sub.heading, 2)] : []),
      ...sub.blocks.flatMap(block),
    ]),
  ]);

  // The decision, once recorded: a short section after the parts (kept minimal on purpose).
  const decisionContent: FileChild[] = model.decision
    ? [heading(model.decision.heading, 1), fieldTable(model.decision.fields)]
    : [];

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
          paragraph: { spacing: { before: 300, after: 140 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 26, bold: true, color: '000000', language: lang },
          paragraph: { spacing: { before: 220, after: 100 }, keepNext: true },
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
          id: 'ChartText',
          name: 'Chart Text',
          basedOn: 'Normal',
          run: { size: 16 },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
        {
          id: 'ChartAlt',
          name: 'Chart Text Alternative',
          basedOn: 'Normal',
          run: { size: 18, italics: true },
          paragraph: { spacing: { before: 80, after: 200 } },
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
          default: new Footer({ children: footerParagraphs(model) }),
          first: new Footer({ children: footerParagraphs(model) }),
        },
        children: [...pageOne, ...partsContent, ...decisionContent],
      },
    ],
  });
}

/**
 * The footer's paragraphs: the Dnr with "Sida X av Y", then the organisation's footer text with
 * its paragraphs and line breaks. docx components must not be shared between parts, so the
 * default and the first-page footer each call this for a fresh set.
 */
function footerParagraphs(model: AppendixModel): Paragraph[] {
  return [
    new Paragraph({
      style: 'Footer',
      tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
      children: [
        new TextRun({ text: model.footer.dnr }),
        new TextRun({ children: [new Tab()] }),
        ...pageRuns(model.footer.pageTemplate),
      ],
    }),
    ...(model.footer.orgText ? textParagraphs(model.footer.orgText, {}, { style: 'Footer' }) : []),
  ];
}
