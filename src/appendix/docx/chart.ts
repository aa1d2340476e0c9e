import {
  AlignmentType,
  BorderStyle,
  FileChild,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { GroupKey } from '../../checklist/statistics-schema';
import { CHART_OUTLINE, seriesStyle } from '../chart-palette';
import type { ChartBlock } from '../model/types';
import { CONTENT_WIDTH, DescribedTable, allBorders, textParagraphs } from './layout';

// ---- the chart: a borderless table of shaded cells --------------------------------------------

/** Resolution of the bars: the bar area is this many grid columns. */
const CHART_STEPS = 40;
const CHART_NAME_WIDTH = 1100;
/** The kön+ row labels' column, when the chart has more than one row. */
const CHART_LABEL_WIDTH = 2000;
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
        ...(opts.space ? { spacing: { before: 40 } } : {}),
        children: text ? [new TextRun({ text, ...(opts.bold ? { bold: true } : {}) })] : [],
      }),
    ],
  });
}

/**
 * A horizontal grouped bar chart as a borderless table: per kön+ row its label in a first
 * column beside its bars (merged down over them), then per group the group name, a bar (cells
 * shaded in the group's colour and pattern, as long as the value relative to the largest one)
 * and the value right beside it. Word and LibreOffice draw it the same; the table's
 * description is the chart's text alternative.
 */
function chartTable(ch: ChartBlock): Table {
  const showLabels = ch.rows.length > 1;
  const labelWidth = showLabels ? CHART_LABEL_WIDTH : 0;
  const step = Math.floor(
    (CONTENT_WIDTH - labelWidth - CHART_NAME_WIDTH - CHART_VALUE_WIDTH) / CHART_STEPS,
  );
  const valueWidth = CONTENT_WIDTH - labelWidth - CHART_NAME_WIDTH - step * CHART_STEPS;
  const grid = [
    ...(showLabels ? [labelWidth] : []),
    CHART_NAME_WIDTH,
    ...Array<number>(CHART_STEPS).fill(step),
    valueWidth,
  ];
  // Every bar keeps with the next, the last one with the text alternative under the chart.
  const keep = () => true;
  const rows: TableRow[] = [];
  ch.rows.forEach((r, i) => {
    r.bars.forEach((b, barIndex) => {
      const steps = b.fraction > 0 ? Math.max(1, Math.round(b.fraction * CHART_STEPS)) : 0;
      const keepNext = keep();
      const space = showLabels && i > 0 && barIndex === 0;
      const cells: TableCell[] = [];
      if (showLabels) {
        cells.push(
          new TableCell({
            width: { size: labelWidth, type: WidthType.DXA },
            verticalMerge: barIndex === 0 ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
            children: [
              new Paragraph({
                style: 'ChartText',
                keepNext,
                ...(space ? { spacing: { before: 40 } } : {}),
                children: barIndex === 0 ? [new TextRun({ text: r.label, bold: true })] : [],
              }),
            ],
          }),
        );
      }
      cells.push(chartCell(b.groupName, 1, CHART_NAME_WIDTH, { keepNext, align: 'right', space }));
      if (steps > 0) {
        cells.push(
          new TableCell({
            width: { size: step * steps, type: WidthType.DXA },
            ...(steps > 1 ? { columnSpan: steps } : {}),
            // A dark outline so even the light bars stand out against white (WCAG 1.4.11).
            borders: BAR_BORDERS,
            shading: {
              type: SHADING[b.group],
              color: hex(seriesStyle[b.group].ink),
              fill: hex(seriesStyle[b.group].fill),
            },
            children: [new Paragraph({ style: 'ChartText', keepNext, children: [] })],
          }),
        );
      }
      const rest = CHART_STEPS - steps + 1;
      cells.push(chartCell(b.text, rest, step * (rest - 1) + valueWidth, { keepNext, space }));
      rows.push(new TableRow({ cantSplit: true, children: cells }));
    });
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

export function chartBlock(ch: ChartBlock): FileChild[] {
  return [
    ...textParagraphs(ch.caption, { bold: true }, { style: 'Caption', keepNext: true }),
    chartTable(ch),
    ...textParagraphs(ch.altText, {}, { style: 'ChartAlt' }),
  ];
}
