/**
 * A statistics table in the appendix model: the figures with their computed columns (from
 * src/appendix/statistics-columns.ts), a count table's rates as a second table, and the
 * chart, as bars by row for Word and as the SVG geometry for the preview, both from the
 * domain's `chartModel`, so the two draw the same values.
 */
import { cellNumber, parseCell } from '../../checklist/statistics/cell';
import { CHART_MAX_ROWS, chartModel, chartTexts } from '../../checklist/statistics/chart';
import { looksLikeSubset } from '../../checklist/statistics/compute';
import { formatValue } from '../../checklist/statistics/format';
import type { StatTable } from '../../checklist/types';
import { xmlSafe } from '../sanitize';
import { deriveStatColumns } from '../statistics-columns';
import { sanitizeParams, tx } from './text';
import type {
  AppendixOptions,
  ChartBarBlock,
  ChartBlock,
  ChartRowBlock,
  TableBlock,
} from './types';

/**
 * A statistics table as model tables: the figures with their computed columns, and for a
 * count table with a base population a second table of the rates (same rows) before the
 * sentence, so both fit an A4 page.
 */
export function statTableBlocks(
  table: StatTable,
  index: number,
  opts: AppendixOptions,
): TableBlock[] {
  const { t, lng } = opts;
  const unit =
    table.unit === 'other' && table.unitOther?.trim()
      ? table.unitOther.trim()
      : t(`appendix:stats.units.${table.unit}`);
  const indicator = table.indicator.trim() || t('appendix:stats.untitled');
  const params = sanitizeParams({ indicator, unit, period: table.period.trim() });
  const caption = table.period.trim()
    ? tx(t, 'appendix:stats.caption', params)
    : tx(t, 'appendix:stats.captionNoPeriod', params);
  // Women and men are always columns; other groups as the officer chose, in canonical order.
  const groups = (['women', 'men', 'girls', 'boys', 'other'] as const).filter(
    (g) => g === 'women' || g === 'men' || table.groups.includes(g),
  );
  const derived = deriveStatColumns(table, t, lng);
  const head = [
    table.breakdown.trim() ? xmlSafe(table.breakdown.trim()) : tx(t, 'appendix:stats.category'),
    ...groups.map((g) => tx(t, `appendix:stats.groups.${g}`)),
    ...derived.head.map(xmlSafe),
  ];
  const rowLabel = (label: string, i: number) => {
    if (label === '') return tx(t, 'appendix:stats.allRows');
    // A row the officer marked as a subset says so unless its label already does ("varav ...").
    return derived.subset[i] && !looksLikeSubset(label)
      ? tx(t, 'appendix:stats.subsetRow', { label: xmlSafe(label) })
      : xmlSafe(label);
  };
  const labels = table.rows.map((r, i) => rowLabel(r.label.trim(), i));
  const rows = table.rows.map((r, i) => [
    labels[i] ?? '',
    ...groups.map((g) => statCell(r.values[g], table.unit, opts)),
    ...(derived.rows[i] ?? []).map(xmlSafe),
  ]);
  if (derived.totalRow) {
    rows.push(
      [tx(t, 'appendix:stats.total'), ...derived.totalRow.groups, ...derived.totalRow.computed].map(
        xmlSafe,
      ),
    );
  }
  const notes: string[] = [];
  if (table.source.trim()) {
    notes.push(tx(t, 'appendix:stats.source', sanitizeParams({ source: table.source.trim() })));
  }
  const id = xmlSafe(table.id) || `table-${index + 1}`;
  const chartResult = chartBlock(table, id, opts);
  const chart = chartResult?.kind === 'chart' ? chartResult : null;
  const chartOmitted = chartResult?.kind === 'omitted' ? chartResult.text : null;
  const chartParts = {
    ...(chart ? { chart } : {}),
    ...(chartOmitted ? { chartOmitted } : {}),
  };
  const numeric = head.map((_, i) => i > 0);
  const sentence = derived.sentence ? [xmlSafe(derived.sentence)] : [];
  const rates = derived.rates;
  if (!rates) {
    return [
      {
        id,
        caption,
        head,
        rows: rows.map(wholeFigures),
        numeric,
        notes: [...notes, ...sentence],
        ...chartParts,
      },
    ];
  }
  const rateRows = table.rows.map((_, i) => [
    labels[i] ?? '',
    ...(rates.rows[i] ?? []).map(xmlSafe),
  ]);
  if (rates.totalRow)
    rateRows.push([tx(t, 'appendix:stats.total'), ...rates.totalRow.map(xmlSafe)]);
  return [
    { id, caption, head, rows: rows.map(wholeFigures), numeric, notes, ...chartParts },
    {
      id: `${id}-rates`,
      caption: tx(t, 'appendix:stats.rateCaption', sanitizeParams({ indicator })),
      head: [head[0] ?? '', ...rates.head.map(xmlSafe)],
      rows: rateRows.map(wholeFigures),
      numeric: [false, ...rates.head.map(() => true)],
      notes: sentence,
    },
  ];
}

/**
 * A row with its figures kept whole: a plain space inside a figure ("1 840", "67,5 %",
 * "1 984 / 6") becomes a no-break space, so a narrow column never breaks a number. The row
 * label (first cell) is text and may wrap.
 */
function wholeFigures(row: string[]): string[] {
  return row.map((cell, i) => (i === 0 ? cell : keepFigureWhole(cell)));
}

/** A short figure cell keeps all its spaces; in a longer one, the spaces beside a digit. */
function keepFigureWhole(text: string): string {
  return text.length <= 24
    ? text.replace(/ /g, '\u00a0')
    : text.replace(/(?<=\d) | (?=\d)/g, '\u00a0');
}

/**
 * A typed or pasted cell in the export language's number format ("1 840" in Swedish,
 * "1,840" in English). Missing-value markers such as SCB's ".." stay as written; a cell
 * that cannot be read (or is impossible for the unit) keeps its text, marked.
 */
function statCell(raw: string | undefined, unit: StatTable['unit'], opts: AppendixOptions): string {
  const { t, lng } = opts;
  const text = (raw ?? '').trim();
  const parsed = parseCell(text);
  if (parsed.kind === 'empty') return tx(t, 'appendix:header.empty');
  if (parsed.kind === 'missing') return xmlSafe(text);
  const value = cellNumber(text, unit);
  if (value == null) return tx(t, 'appendix:stats.unreadable', { raw: xmlSafe(text) });
  return xmlSafe(formatValue(value, unit, lng));
}

/**
 * The chart of a statistics table as model content; null when no row has a value, and a
 * notice instead of the chart when the table has more rows than `CHART_MAX_ROWS`.
 */
function chartBlock(
  table: StatTable,
  id: string,
  opts: AppendixOptions,
): ChartBlock | { kind: 'omitted'; text: string } | null {
  const { t, lng } = opts;
  const cm = chartModel(table, lng);
  const drawn = cm.bars.filter((b) => b.value != null && b.value >= 0);
  if (cm.categories.length === 0 || drawn.length === 0) return null;
  if (cm.categories.length > CHART_MAX_ROWS) {
    return {
      kind: 'omitted',
      text: tx(t, 'appendix:chart.omitted', { rows: cm.categories.length, max: CHART_MAX_ROWS }),
    };
  }
  const max = Math.max(0, ...drawn.map((b) => b.value ?? 0));
  const words = chartTexts(table, t, lng);
  const title = xmlSafe(words.title);
  // Bars by row in one pass (a filter per row was quadratic at 500 rows).
  const barsByRow = new Map<string, typeof cm.bars>();
  for (const b of cm.bars) {
    const list = barsByRow.get(b.rowId);
    if (list) list.push(b);
    else barsByRow.set(b.rowId, [b]);
  }
  const rows: ChartRowBlock[] = cm.categories.map((cat) => ({
    rowId: xmlSafe(cat.rowId),
    label: cat.fullLabel ? xmlSafe(cat.fullLabel) : tx(t, 'appendix:stats.allRows'),
    bars: (barsByRow.get(cat.rowId) ?? []).map((b): ChartBarBlock => {
      const drawable = b.value != null && b.value >= 0;
      return {
        group: b.group,
        groupName: tx(t, `appendix:stats.groups.${b.group}`),
        value: b.value,
        text: xmlSafe(b.text),
        fraction: drawable && max > 0 ? (b.value ?? 0) / max : 0,
      };
    }),
  }));
  return {
    kind: 'chart',
    id: `${id}-chart`,
    title,
    caption: tx(t, 'appendix:chart.caption', { title }),
    altText: xmlSafe(words.description),
    rows,
    svg: {
      geometry: {
        ...cm,
        categories: cm.categories.map((c) => ({
          ...c,
          label: xmlSafe(c.label),
          fullLabel: xmlSafe(c.fullLabel),
        })),
      },
      legend: Object.fromEntries(
        Object.entries(words.legend).map(([g, name]) => [g, xmlSafe(name)]),
      ),
      axisLabel: xmlSafe(words.axisLabel),
      breakdown: xmlSafe(words.breakdown),
    },
  };
}
