/** Page geometry, text paragraphs, cells, borders and column widths shared by the parts of the Word writer. */
import {
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  StringValueElement,
  Tab,
  Table,
  TableCell,
  TextRun,
  WidthType,
  XmlComponent,
} from 'docx';
import type { ITableOptions, ParagraphChild } from 'docx';
import { toParagraphs, xmlSafe } from '../sanitize';

export const FONT = 'Arial';
export const A4 = { width: 11906, height: 16838 };
export const MARGIN = 1418; // 2.5 cm
/** Top and bottom margin, with the page header and footer 1 cm from the edge. */
export const MARGIN_Y = 1134; // 2 cm
export const CONTENT_WIDTH = A4.width - 2 * MARGIN;
export const GREY = 'D9D9D9';

/** The paragraph styles of a chart (its cells and its text alternative), in every document. */
export const CHART_STYLES = [
  {
    id: 'ChartText',
    name: 'Chart Text',
    basedOn: 'Normal',
    run: { size: 16 },
    paragraph: { spacing: { before: 0, after: 0, line: 220, lineRule: LineRuleType.AUTO } },
  },
  {
    id: 'ChartAlt',
    name: 'Chart Text Alternative',
    basedOn: 'Normal',
    run: { size: 18, italics: true },
    // The text alternative is never split across a page break.
    paragraph: { spacing: { before: 60, after: 120 }, keepLines: true },
  },
];

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
}

/** Text with real Word line breaks and tabs; blank lines become new paragraphs. */
export function textParagraphs(
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

export function cell(
  text: string,
  opts: { header?: boolean; width: number; keepNext?: boolean; columnSpan?: number },
): TableCell {
  return new TableCell({
    width: { size: opts.width, type: WidthType.DXA },
    ...(opts.columnSpan ? { columnSpan: opts.columnSpan } : {}),
    margins: { top: 30, bottom: 30, left: 100, right: 100 },
    ...(opts.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: GREY } } : {}),
    children: textParagraphs(text, opts.header ? { bold: true } : {}, {
      style: 'TableText',
      ...(opts.keepNext ? { keepNext: true } : {}),
    }),
  });
}

/** Tables up to this many rows are kept on one page (keep-with-next on all but the last row). */
export const KEEP_TOGETHER_ROWS = 16;

type Border = {
  style: (typeof BorderStyle)[keyof typeof BorderStyle];
  size: number;
  color: string;
};

/** The same border on every edge of a table or cell (and between cells, for tables). */
export function allBorders(b: Border) {
  return { top: b, bottom: b, left: b, right: b, insideHorizontal: b, insideVertical: b };
}

export const BORDERS = allBorders({ style: BorderStyle.SINGLE, size: 4, color: '808080' });

/** Column widths in twips from relative weights. */
export function widths(weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((CONTENT_WIDTH * w) / sum));
}

/**
 * The longest run of characters between plain spaces (a no-break space joins); a short cell
 * ("Före 2024-12-15", "2025") counts as one word, so it is never broken.
 */
function longestWord(s: string): number {
  if ([...s].length <= 16 && !s.includes('\n')) return [...s].length;
  return Math.max(0, ...s.split(/[ \t\n]+/).map((w) => [...w].length));
}

/**
 * Column widths from the content: every column first gets room for its longest word
 * (about 120 twips a character at 10 pt, plus cell margins) so no word breaks mid-word, a
 * figure column for its longest figure whole (its cells never wrap), then the rest of the
 * line is shared by how much text each column holds.
 */
export function autoWidths(head: string[], rows: string[][], numeric: boolean[] = []): number[] {
  const cols = head.map((h, i) => {
    const cells = rows.map((r) => r[i] ?? '');
    const figure = numeric[i] ? Math.max(0, ...cells.map((c) => [...c].length)) : 0;
    const word = Math.max(longestWord(h), figure, ...cells.map(longestWord));
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
export class DescribedTable extends Table {
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
