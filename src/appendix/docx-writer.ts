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
  FileChild,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  StringValueElement,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  XmlComponent,
} from 'docx';
import type { IXmlableObject, ITableOptions, ParagraphChild } from 'docx';
import { CHART_OUTLINE } from '../checklist/statistics';
import type { GroupKey } from '../checklist/statistics-schema';
import type { Case } from '../checklist/schema';
import { serializeCase } from '../storage/envelope';
import { toCustomProperties } from './embed';
import type { AnswerContent, AppendixModel, Block, ChartBlock, TableBlock } from './model';
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

function cell(
  text: string,
  opts: { header?: boolean; width: number; keepNext?: boolean },
): TableCell {
  return new TableCell({
    width: { size: opts.width, type: WidthType.DXA },
    margins: { top: 30, bottom: 30, left: 100, right: 100 },
    ...(opts.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: GREY } } : {}),
    children: textParagraphs(text, opts.header ? { bold: true } : {}, {
      style: 'TableText',
      ...(opts.keepNext ? { keepNext: true } : {}),
    }),
  });
}

/** Tables up to this many rows are kept on one page (keep-with-next on all but the last row). */
const KEEP_TOGETHER_ROWS = 16;

type Border = {
  style: (typeof BorderStyle)[keyof typeof BorderStyle];
  size: number;
  color: string;
};

/** The same border on every edge of a table or cell (and between cells, for tables). */
function allBorders(b: Border) {
  return { top: b, bottom: b, left: b, right: b, insideHorizontal: b, insideVertical: b };
}

const BORDERS = allBorders({ style: BorderStyle.SINGLE, size: 4, color: '808080' });

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

/**
 * A table with a title and description (w:tblCaption, w:tblDescription: the table's alt
 * text in Word's Table Properties, read by screen readers). The docx package has no option
 * for them, so they are appended to the table properties, where the schema puts them last.
 */
class DescribedTable extends Table {
  constructor(options: ITableOptions, caption: string, description = '') {
    super(options);
    const props: unknown = this.root[0];
    if (props instanceof XmlComponent) {
      if (caption) props.addChildElement(new StringValueElement('w:tblCaption', xmlSafe(caption)));
      if (description) {
        props.addChildElement(new StringValueElement('w:tblDescription', xmlSafe(description)));
      }
    }
  }
}

// ---- tables as XML text ----------------------------------------------------------------------
//
// A docx `TableCell` is a tree of a dozen objects (properties, width, margins, paragraph, run,
// text), and the package then turns each into an intermediate object before writing XML: at the
// statistics limits (50 tables of 500 rows) that took gigabytes. The data tables are therefore
// written as XML text in one pass, the same elements docx writes (cell margins once per table
// instead of per cell), and handed to the package as one element whose content is that text.

const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => escText(s).replace(/"/g, '&quot;');

/** The run properties of a style, as XML. */
function rPrXml(style: RunStyle): string {
  const props = (style.bold ? '<w:b/><w:bCs/>' : '') + (style.italics ? '<w:i/><w:iCs/>' : '');
  return props ? `<w:rPr>${props}</w:rPr>` : '';
}

/** `textParagraphs` as XML text: paragraphs, <w:br/> between lines, <w:tab/> for tabs. */
function textParagraphsXml(text: string, style: RunStyle, pPr: string): string {
  const rPr = rPrXml(style);
  let out = '';
  for (const lines of toParagraphs(text)) {
    out += `<w:p>${pPr}`;
    lines.forEach((pieces, lineIndex) => {
      if (pieces.length === 0 && lineIndex > 0) out += `<w:r>${rPr}<w:br/></w:r>`;
      pieces.forEach((p, i) => {
        const brk = lineIndex > 0 && i === 0 ? '<w:br/>' : '';
        out +=
          p.kind === 'tab'
            ? `<w:r>${rPr}${brk}<w:tab/></w:r>`
            : `<w:r>${rPr}${brk}<w:t xml:space="preserve">${escText(p.text)}</w:t></w:r>`;
      });
    });
    out += '</w:p>';
  }
  return out;
}

const BORDER_XML = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((edge) => `<w:${edge} w:val="single" w:color="808080" w:sz="4"/>`)
  .join('');
const CELL_MARGIN_XML =
  '<w:tblCellMar><w:top w:type="dxa" w:w="30"/><w:left w:type="dxa" w:w="100"/>' +
  '<w:bottom w:type="dxa" w:w="30"/><w:right w:type="dxa" w:w="100"/></w:tblCellMar>';
const HEADER_SHADING = `<w:shd w:fill="${GREY}" w:color="auto" w:val="clear"/>`;
const P_PR = '<w:pPr><w:pStyle w:val="TableText"/></w:pPr>';
const P_PR_KEEP = '<w:pPr><w:pStyle w:val="TableText"/><w:keepNext/></w:pPr>';

/**
 * A docx body element whose content is ready XML text: the package writes the text as it is
 * (a value that is not a string or an object is written with `String()`, unescaped, which
 * docx 9's XML writer does by design of its xml-package compatibility), inside `rootKey`.
 */
class RawXmlElement extends FileChild {
  private readonly inner: string;
  constructor(rootKey: string, inner: string) {
    super(rootKey);
    this.inner = inner;
  }
  override prepForXml(): IXmlableObject {
    const inner = this.inner;
    const content = Object.assign(() => inner, { toString: () => inner });
    return { [this.rootKey]: content };
  }
}

/**
 * A data table with a header row that repeats on each page, written as XML text. Its caption is
 * the table's title for screen readers (w:tblCaption). Short tables are kept on one page.
 */
function table(
  head: string[],
  rows: string[][],
  colWeights?: number[],
  caption = '',
  keepTogether = rows.length <= KEEP_TOGETHER_ROWS,
): FileChild {
  const w = colWeights ? widths(colWeights) : autoWidths(head, rows);
  const tcPr = w.map((width) => `<w:tcW w:type="dxa" w:w="${width}"/>`);
  const headTcPr = tcPr.map((p) => `<w:tcPr>${p}${HEADER_SHADING}</w:tcPr>`);
  const bodyTcPr = tcPr.map((p) => `<w:tcPr>${p}</w:tcPr>`);
  const safeCaption = xmlSafe(caption);
  const parts: string[] = [
    `<w:tblPr><w:tblW w:type="dxa" w:w="${CONTENT_WIDTH}"/><w:tblBorders>${BORDER_XML}</w:tblBorders>` +
      CELL_MARGIN_XML +
      (safeCaption ? `<w:tblCaption w:val="${escAttr(safeCaption)}"/>` : '') +
      '</w:tblPr>',
    `<w:tblGrid>${w.map((x) => `<w:gridCol w:w="${x}"/>`).join('')}</w:tblGrid>`,
    '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' +
      head
        .map(
          (h, i) => `<w:tc>${headTcPr[i]}${textParagraphsXml(h, { bold: true }, P_PR_KEEP)}</w:tc>`,
        )
        .join('') +
      '</w:tr>',
  ];
  rows.forEach((r, rowIndex) => {
    const pPr = keepTogether && rowIndex < rows.length - 1 ? P_PR_KEEP : P_PR;
    let row = '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    for (let i = 0; i < head.length; i++) {
      row += `<w:tc>${bodyTcPr[i]}${textParagraphsXml(r[i] ?? '', {}, pPr)}</w:tc>`;
    }
    parts.push(row + '</w:tr>');
  });
  return new RawXmlElement('w:tbl', parts.join(''));
}

// ---- the chart: a borderless table of shaded cells --------------------------------------------

/** Resolution of the bars: the bar area is this many grid columns. */
const CHART_STEPS = 40;
const CHART_NAME_WIDTH = 1500;
const CHART_VALUE_WIDTH = 1400;
const NO_BORDERS = allBorders({ style: BorderStyle.NONE, size: 0, color: 'auto' });

/**
 * Word shading per group. The fills are the app's series colours; the patterns are chosen
 * so the bars also separate in greyscale where LibreOffice blends a pattern into one
 * colour: grey levels about 54 (women), 109 (girls), 151 (men), 185 (boys), 217 (other).
 * Word draws the patterns themselves (stripes, dots), a second cue besides lightness.
 */
const SHADING: Record<GroupKey, (typeof ShadingType)[keyof typeof ShadingType]> = {
  women: ShadingType.CLEAR,
  girls: ShadingType.PERCENT_10,
  men: ShadingType.THIN_DIAGONAL_STRIPE,
  boys: ShadingType.PERCENT_10,
  other: ShadingType.CLEAR,
};
const { top, bottom, left, right } = allBorders({
  style: BorderStyle.SINGLE,
  size: 4,
  color: CHART_OUTLINE.replace(/^#/, ''),
});
/** A cell has no inside edges. */
const BAR_BORDERS = { top, bottom, left, right };

const hex = (colour: string) => colour.replace(/^#/, '').toUpperCase();

function chartCell(
  text: string,
  span: number,
  width: number,
  opts: { bold?: boolean; keepNext: boolean; align?: 'left' | 'right'; space?: boolean },
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(span > 1 ? { columnSpan: span } : {}),
    children: [
      new Paragraph({
        style: 'ChartText',
        keepNext: opts.keepNext,
        ...(opts.align === 'right' ? { alignment: AlignmentType.RIGHT } : {}),
        ...(opts.space ? { spacing: { before: 100 } } : {}),
        children: text ? [new TextRun({ text, ...(opts.bold ? { bold: true } : {}) })] : [],
      }),
    ],
  });
}

/**
 * A horizontal grouped bar chart as a borderless table: per kön+ row a small label, then
 * per group the group name, a bar (cells shaded in the group's colour and pattern, as long
 * as the value relative to the largest one) and the value right beside it. Word and
 * LibreOffice draw it the same; the table's description is the chart's text alternative.
 */
function chartTable(ch: ChartBlock): Table {
  const step = Math.floor((CONTENT_WIDTH - CHART_NAME_WIDTH - CHART_VALUE_WIDTH) / CHART_STEPS);
  const valueWidth = CONTENT_WIDTH - CHART_NAME_WIDTH - step * CHART_STEPS;
  const grid = [CHART_NAME_WIDTH, ...Array<number>(CHART_STEPS).fill(step), valueWidth];
  const showLabels = ch.rows.length > 1;
  const total = ch.rows.reduce((n, r) => n + r.bars.length + (showLabels ? 1 : 0), 0);
  let done = 0;
  const keep = () => ++done < total;
  const rows: TableRow[] = [];
  ch.rows.forEach((r, i) => {
    if (showLabels) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            chartCell(r.label, CHART_STEPS + 2, CONTENT_WIDTH, {
              bold: true,
              keepNext: keep(),
              space: i > 0,
            }),
          ],
        }),
      );
    }
    for (const b of r.bars) {
      const steps = b.fraction > 0 ? Math.max(1, Math.round(b.fraction * CHART_STEPS)) : 0;
      const keepNext = keep();
      const cells = [chartCell(b.groupName, 1, CHART_NAME_WIDTH, { keepNext, align: 'right' })];
      if (steps > 0) {
        cells.push(
          new TableCell({
            width: { size: step * steps, type: WidthType.DXA },
            ...(steps > 1 ? { columnSpan: steps } : {}),
            // A dark outline so even the light bars stand out against white (WCAG 1.4.11).
            borders: BAR_BORDERS,
            shading: { type: SHADING[b.group], color: hex(b.ink), fill: hex(b.fill) },
            children: [new Paragraph({ style: 'ChartText', keepNext, children: [] })],
          }),
        );
      }
      const rest = CHART_STEPS - steps + 1;
      cells.push(chartCell(b.text, rest, step * (rest - 1) + valueWidth, { keepNext }));
      rows.push(new TableRow({ cantSplit: true, children: cells }));
    }
  });
  return new DescribedTable(
    {
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: grid,
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      margins: { top: 10, bottom: 10, left: 60, right: 60 },
      rows,
    },
    ch.caption,
    ch.altText,
  );
}

function chartBlock(ch: ChartBlock): FileChild[] {
  return [
    ...textParagraphs(ch.caption, { bold: true }, { style: 'Caption', keepNext: true }),
    chartTable(ch),
    ...textParagraphs(ch.altText, {}, { style: 'ChartAlt' }),
  ];
}

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
        children: [...pageOne, ...partsContent],
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

/** Render the appendix to .docx bytes (Node and browser). */
export async function renderDocx(
  model: AppendixModel,
  caseForEmbedding: Case,
  opts: RenderOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const doc = buildDocument(model, caseForEmbedding, opts);
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
