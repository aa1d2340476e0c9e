/**
 * A follow-up chart (src/format/followup/chart.ts) in the Word report, drawn as the appendix
 * draws its charts (src/appendix/docx/chart.ts): a borderless table of shaded cells. Per row the
 * label, then the bar: segment cells spanning grid columns in proportion to their fraction,
 * shaded in the palette's colours and patterns (src/appendix/chart-palette.ts) with a dark
 * outline, and the share at the end. A legend row comes first when there is more than one
 * kind. The caption is above, the text alternative below (also the table's description), and
 * all of it is kept on one page (keep-with-next, rows that never split).
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  ShadingType,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { FileChild } from 'docx';
import type { ChartPattern } from '../chart-palette';
import { CHART_OUTLINE, followupStyle } from '../chart-palette';
import type { SegmentKind, ShareChart, ShareRow } from '../../format/followup/chart';
import { xmlSafe } from '../sanitize';
import { CONTENT_WIDTH, DescribedTable, allBorders, textParagraphs } from './layout';

/** The bar area is this many grid columns. */
export const SHARE_STEPS = 40;
const LABEL_WIDTH = 2550;
const VALUE_MIN = 1150;
const STEP = Math.floor((CONTENT_WIDTH - LABEL_WIDTH - VALUE_MIN) / SHARE_STEPS);
const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - STEP * SHARE_STEPS;
const LEGEND_SWATCH = 2;
const LEGEND_NAME = 11;

const NO_BORDERS = allBorders({ style: BorderStyle.NONE, size: 0, color: 'auto' });
const { top, bottom, left, right } = allBorders({
  style: BorderStyle.SINGLE,
  size: 4,
  color: CHART_OUTLINE.replace(/^#/, ''),
});
const OUTLINE = { top, bottom, left, right };

/**
 * Word's shading for a palette pattern: a solid fill, thin diagonal stripes or a 10 % dot
 * screen in the ink colour. Word draws the pattern; LibreOffice blends it into one colour, and
 * the fills' lightness still separates the kinds in greyscale.
 */
const SHADING: Record<ChartPattern, (typeof ShadingType)[keyof typeof ShadingType]> = {
  none: ShadingType.CLEAR,
  hatch: ShadingType.THIN_DIAGONAL_STRIPE,
  dots: ShadingType.PERCENT_10,
  cross: ShadingType.THIN_DIAGONAL_CROSS,
  horizontal: ShadingType.HORIZONTAL_STRIPE,
};

const hex = (colour: string) => colour.replace(/^#/, '').toUpperCase();

/**
 * Grid columns per fraction, together exactly `steps` when the fractions add up to 1: each
 * share rounded down, the columns left over to the largest remainders, and a count above zero
 * never drawn as nothing (it takes a column from the widest segment).
 */
export function spans(fractions: readonly number[], steps = SHARE_STEPS): number[] {
  const raw = fractions.map((f) => f * steps);
  const out = raw.map(Math.floor);
  const total = Math.round(raw.reduce((a, b) => a + b, 0));
  let left = total - out.reduce((a, b) => a + b, 0);
  const byRemainder = raw
    .map((r, i) => ({ i, rest: r - Math.floor(r) }))
    .sort((a, b) => b.rest - a.rest);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    out[i]!++;
    left--;
  }
  fractions.forEach((f, i) => {
    if (f <= 0 || out[i] !== 0) return;
    const widest = out.indexOf(Math.max(...out));
    if (out.reduce((a, b) => a + b, 0) < steps) out[i] = 1;
    else if (out[widest]! > 1) {
      out[widest]!--;
      out[i] = 1;
    }
  });
  return out;
}

function textCell(
  text: string,
  span: number,
  width: number,
  opts: { bold?: boolean; align?: 'right' } = {},
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(span > 1 ? { columnSpan: span } : {}),
    children: [
      new Paragraph({
        style: 'ChartText',
        keepNext: true,
        ...(opts.align === 'right' ? { alignment: AlignmentType.RIGHT } : {}),
        children: text
          ? [new TextRun({ text: xmlSafe(text), ...(opts.bold ? { bold: true } : {}) })]
          : [],
      }),
    ],
  });
}

function shadedCell(kind: SegmentKind, span: number): TableCell {
  const s = followupStyle[kind];
  return new TableCell({
    width: { size: STEP * span, type: WidthType.DXA },
    ...(span > 1 ? { columnSpan: span } : {}),
    // A dark outline so even the light segments stand out against white (WCAG 1.4.11).
    borders: OUTLINE,
    shading: { type: SHADING[s.pattern], color: hex(s.ink), fill: hex(s.fill) },
    children: [new Paragraph({ style: 'ChartText', keepNext: true, children: [] })],
  });
}

/** The cells after the label: the bar and the value text. */
function barCells(row: ShareRow, stacked: boolean): TableCell[] {
  const counted = row.segments.filter((s) => s.count > 0);
  const cols = spans(counted.map((s) => s.fraction));
  const cells = counted.flatMap((s, i) => (cols[i]! > 0 ? [shadedCell(s.kind, cols[i]!)] : []));
  const used = cols.reduce((a, b) => a + b, 0);
  const rest = SHARE_STEPS - used;
  if (stacked) {
    // The share in the value column at the row's end, after an empty bar when there are no cases.
    if (rest > 0) cells.push(textCell('', rest, STEP * rest));
    cells.push(textCell(row.valueText, 1, VALUE_WIDTH));
  } else {
    // A decision's count right after its bar.
    cells.push(textCell(row.valueText, rest + 1, STEP * rest + VALUE_WIDTH));
  }
  return cells;
}

function legendRow(chart: ShareChart, name: string): TableRow | null {
  if (chart.legend.length === 0) return null;
  const cells: TableCell[] = [textCell(name, 1, LABEL_WIDTH, { align: 'right' })];
  let used = 0;
  for (const l of chart.legend) {
    cells.push(shadedCell(l.kind, LEGEND_SWATCH));
    cells.push(textCell(l.label, LEGEND_NAME, STEP * LEGEND_NAME));
    used += LEGEND_SWATCH + LEGEND_NAME;
  }
  const rest = SHARE_STEPS - used;
  cells.push(textCell('', rest + 1, STEP * rest + VALUE_WIDTH));
  return new TableRow({ cantSplit: true, children: cells });
}

/** A thin empty row, so the bars stand apart as in the screen's SVG. */
function gapRow(): TableRow {
  return new TableRow({
    cantSplit: true,
    height: { value: 50, rule: HeightRule.EXACT },
    children: [textCell('', SHARE_STEPS + 2, CONTENT_WIDTH)],
  });
}

/** The chart's caption, its table of shaded cells and its text alternative. */
export function shareChartBlock(chart: ShareChart, legendName: string): FileChild[] {
  const grid = [LABEL_WIDTH, ...Array<number>(SHARE_STEPS).fill(STEP), VALUE_WIDTH];
  const legend = legendRow(chart, legendName);
  const rows: TableRow[] = legend ? [legend] : [];
  for (const r of chart.rows) {
    if (rows.length > 0) rows.push(gapRow());
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          textCell(r.label, 1, LABEL_WIDTH, { align: 'right' }),
          ...barCells(r, chart.kind === 'parts'),
        ],
      }),
    );
  }
  return [
    ...textParagraphs(chart.title, { bold: true }, { style: 'Caption', keepNext: true }),
    new DescribedTable(
      {
        width: { size: CONTENT_WIDTH, type: WidthType.DXA },
        columnWidths: grid,
        layout: TableLayoutType.FIXED,
        borders: NO_BORDERS,
        margins: { top: 30, bottom: 30, left: 60, right: 60 },
        rows,
      },
      chart.title,
      chart.altText,
    ),
    ...textParagraphs(chart.altText, {}, { style: 'ChartAlt' }),
  ];
}
