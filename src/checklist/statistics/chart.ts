/**
 * The chart of a statistics table as geometry (grouped bars in SVG user units, axis ticks,
 * legend positions), its title and its text alternative. Pure maths and wording keys: the
 * colours and patterns of the series belong to the renderers (src/appendix/chart-palette.ts).
 */
import { computeTable, round } from './compute';
import { formatNumber, formatPercent, formatValue } from './format';
import type { Lng, Translate } from './format';
import { effectiveSentence } from './sentence';
import type { GroupKey, StatTable, StatUnit } from '../statistics-schema';

/**
 * The appendix draws a table's chart only up to this many rows (chart categories): a chart of
 * hundreds of bars is unreadable and would make the Word file huge; above it the appendix says
 * that the chart is left out and why, and the table carries every value.
 */
export const CHART_MAX_ROWS = 25;

export interface ChartBar {
  rowId: string;
  group: GroupKey;
  value: number | null;
  /** The value as printed above the bar; "–" when missing. */
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  textX: number;
  textY: number;
}

export interface ChartCategory {
  rowId: string;
  /** The row label, shortened to fit; empty when the row has no label. */
  label: string;
  fullLabel: string;
  x: number;
  width: number;
  labelX: number;
  labelY: number;
}

export interface ChartModel {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  groups: GroupKey[];
  categories: ChartCategory[];
  bars: ChartBar[];
  ticks: { value: number; y: number; text: string }[];
  legend: { group: GroupKey; x: number; y: number }[];
  unit: StatUnit;
  /** True when no row has a value to draw. */
  empty: boolean;
}

function niceStep(range: number, count: number): number {
  const raw = range / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10;
  return nice * mag;
}

const LABEL_MAX = 18;

/**
 * Grouped bars: one category per non-blank row, one bar per group (women and men side by
 * side, then girls, boys, other when in the table). Negative and missing values get no bar,
 * only a "–" (the table and text alternative carry them). Coordinates are in SVG user units;
 * the chart widens with the number of rows so bars never get thinner than 20 units.
 */
export function chartModel(table: StatTable, lng: Lng = 'sv'): ChartModel {
  const stats = computeTable(table);
  const groups = stats.groups;
  const rows = stats.rows.filter((r) => !r.blank);
  const drawable = (v: number | null | undefined): v is number => v != null && v >= 0;
  const fmt = (v: number) =>
    table.unit === 'percent' ? formatPercent(v, lng, 1) : formatNumber(v, lng, 1);
  const texts = rows
    .flatMap((r) => groups.map((g) => r.values[g]))
    .filter(drawable)
    .map(fmt);
  const longest = Math.max(1, ...texts.map((s) => s.length));
  const barW = Math.max(20, Math.ceil(longest * 6.2) + 4);
  const barGap = 2;
  const catGap = 20;
  const left = 64;
  const right = 16;
  const top = 40;
  const plotH = 220;
  const bottom = 48;
  const catW = groups.length * barW + (groups.length - 1) * barGap;
  const plotW = Math.max(420, rows.length * (catW + catGap) + catGap);
  const legendStep = 110;
  const width = Math.max(left + plotW + right, 16 + groups.length * legendStep);
  const height = top + plotH + bottom;

  const max = Math.max(0, ...rows.flatMap((r) => groups.map((g) => r.values[g])).filter(drawable));
  const step = max > 0 ? niceStep(max, 4) : 1;
  const axisMax = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const yOf = (v: number) => top + plotH - (v / axisMax) * plotH;
  const ticks = [];
  for (let v = 0; v <= axisMax + step / 1e6; v += step) {
    const value = round(v, 10);
    ticks.push({ value, y: yOf(value), text: fmt(value) });
  }

  const offset = left + (plotW - rows.length * (catW + catGap) + catGap) / 2;
  const categories: ChartCategory[] = [];
  const bars: ChartBar[] = [];
  rows.forEach((r, i) => {
    const x0 = offset + i * (catW + catGap);
    const full = r.label.trim();
    categories.push({
      rowId: r.rowId,
      label: full.length > LABEL_MAX ? `${full.slice(0, LABEL_MAX - 1)}…` : full,
      fullLabel: full,
      x: x0,
      width: catW,
      labelX: x0 + catW / 2,
      labelY: top + plotH + 18,
    });
    groups.forEach((g, j) => {
      const v = r.values[g];
      const x = x0 + j * (barW + barGap);
      const h = drawable(v) ? (v / axisMax) * plotH : 0;
      const y = top + plotH - h;
      bars.push({
        rowId: r.rowId,
        group: g,
        value: v ?? null,
        text: drawable(v) ? fmt(v) : '–',
        x,
        y,
        width: barW,
        height: h,
        textX: x + barW / 2,
        textY: y - 4,
      });
    });
  });
  const legend = groups.map((group, i) => ({ group, x: 16 + i * legendStep, y: 16 }));
  return {
    width,
    height,
    plot: { left, top, width: plotW, height: plotH },
    groups,
    categories,
    bars,
    ticks,
    legend,
    unit: table.unit,
    empty: bars.every((b) => b.height === 0 && b.value == null),
  };
}

/** The unit as words, e.g. "antal" or the officer's own unit name for "other". */
export function unitText(table: Pick<StatTable, 'unit' | 'unitOther'>, t: Translate): string {
  const own = (table.unitOther ?? '').trim();
  return table.unit === 'other' && own !== '' ? own : t(`stats:unitsLower.${table.unit}`);
}

/** Short name of a chart: its indicator and period. */
export function chartTitle(table: StatTable, t: Translate): string {
  const indicator = table.indicator.trim() || t('stats:table.untitled');
  const period = table.period.trim();
  return period
    ? t('stats:chart.titleWithPeriod', { indicator, period })
    : t('stats:chart.title', { indicator });
}

/**
 * Text alternative of the chart, stating the data in words, for the app (SVG <desc>) and
 * the Word appendix (image alt text): what is drawn, every value by row and group, then the
 * sentence on differences and similarities (the officer's or the auto-written one).
 */
export function chartAltText(table: StatTable, t: Translate, lng: Lng): string {
  const stats = computeTable(table);
  const groups = stats.groups;
  const groupNames = groups.map((g) => t(`stats:groupsLower.${g}`)).join(', ');
  const parts = [
    t('stats:chart.altIntro', {
      title: chartTitle(table, t),
      unit: unitText(table, t),
      groups: groupNames,
    }),
  ];
  const rows = stats.rows.filter((r) => !r.blank);
  if (rows.length === 0) parts.push(t('stats:chart.altEmpty'));
  for (const r of rows) {
    const values = groups
      .map((g) => {
        const v = r.values[g];
        const text = v == null ? t('stats:chart.missing') : formatValue(v, table.unit, lng);
        return t('stats:chart.altValue', { group: t(`stats:groupsLower.${g}`), value: text });
      })
      .join(', ');
    const label = r.label.trim() || t('stats:table.allRow');
    parts.push(t('stats:chart.altRow', { label, values }));
  }
  const sentence = effectiveSentence(table, t, lng).trim();
  if (sentence !== '') parts.push(sentence);
  return parts.join(' ');
}

/** The words a drawn chart carries besides its bars: title, text alternative, legend, axis. */
export interface ChartTexts {
  title: string;
  /** `chartAltText`: every value in words. */
  description: string;
  /** Group names of the legend, e.g. "Kvinnor". */
  legend: Partial<Record<GroupKey, string>>;
  /** The value axis, e.g. "Antal". */
  axisLabel: string;
  /** The breakdown variable under the categories (may be empty). */
  breakdown: string;
}

export function chartTexts(table: StatTable, t: Translate, lng: Lng): ChartTexts {
  const legend: Partial<Record<GroupKey, string>> = {};
  for (const g of computeTable(table).groups) legend[g] = t(`stats:groups.${g}`);
  return {
    title: chartTitle(table, t),
    description: chartAltText(table, t, lng),
    legend,
    axisLabel: t('stats:chart.axisValue', { unit: unitText(table, t) }),
    breakdown: table.breakdown.trim(),
  };
}
