/**
 * The computed columns of a statistics table in the appendix (totals, the sex
 * composition of count rows, the rates and their gap when the officer gave a base
 * population, the gap of percentages, the ratio of amounts) and its total row, from
 * the shared statistics maths in src/checklist/statistics/, formatted for the export
 * language. Which columns a unit has is decided in src/checklist/statistics/columns.ts.
 * A count table's composition is never printed as a gap.
 */
import { appendixStatColumns } from '../checklist/statistics/columns';
import { computeTable } from '../checklist/statistics/compute';
import type { RowStats } from '../checklist/statistics/compute';
import { formatGap, formatPercent, formatRatio, formatValue } from '../checklist/statistics/format';
import { effectiveSentence } from '../checklist/statistics/sentence';
import type { StatTable } from '../checklist/statistics-schema';
import type { Translate } from './model/types';

export interface DerivedStatColumns {
  /** Headers of the computed columns, after the group columns. */
  head: string[];
  /** Computed cells per table row, same order as `table.rows`. */
  rows: string[][];
  /** Per table row: a subset of the row above ("varav"), left out of the total. */
  subset: boolean[];
  /** The column totals row (group values then computed cells), or null. */
  totalRow: { groups: string[]; computed: string[] } | null;
  /**
   * Counts with a base population: the rates, printed as a second table with the same rows
   * (one table of ten columns does not fit an A4 page): per row the women and men in the
   * target group, the share of the women, the share of the men and the gap between them.
   */
  rates: { head: string[]; rows: string[][]; totalRow: string[] | null } | null;
  /** The officer's sentence about differences and similarities, else the auto-written one. */
  sentence: string;
}

export function deriveStatColumns(
  table: StatTable,
  t: Translate,
  lng: 'sv' | 'en',
): DerivedStatColumns {
  const stats = computeTable(table);
  const unit = table.unit;
  const columns = appendixStatColumns(table);
  const withTotal = columns.total;
  const withShare = columns.shareWomen;
  // Counts: rates and their gap only from a base population; the composition is no gap.
  const withRates = columns.rateTable;
  const withGap = columns.gap;
  const withRatio = columns.ratio;
  const dash = t('appendix:header.empty');
  const head = [
    ...(withTotal ? [t('appendix:stats.total')] : []),
    ...(withShare ? [t('appendix:stats.shareWomen')] : []),
    ...(withGap ? [t('appendix:stats.gapPp')] : []),
    ...(withRatio ? [t('appendix:stats.ratio')] : []),
  ];
  const pct = (v: number | null | undefined) => (v != null ? formatPercent(v, lng) : dash);
  const num = (v: number | null | undefined) => (v != null ? formatValue(v, 'count', lng) : dash);
  const gap = (r: RowStats) => (r.gapPp.womenMen != null ? formatGap(r.gapPp.womenMen, lng) : dash);
  const computed = (r: RowStats): string[] => [
    ...(withTotal ? [r.total != null ? formatValue(r.total, unit, lng) : dash] : []),
    ...(withShare ? [pct(r.shares.women)] : []),
    ...(withGap ? [gap(r)] : []),
    ...(withRatio ? [r.ratio.womenMen != null ? formatRatio(r.ratio.womenMen, lng) : dash] : []),
  ];
  const rateCells = (r: RowStats): string[] => [
    num(r.base.women),
    num(r.base.men),
    pct(r.rates.women),
    pct(r.rates.men),
    gap(r),
  ];
  const total = stats.total;
  // The sentence keys live in the `stats` namespace; a missing bundle must not print raw keys.
  const tStats: Translate = (key, params) => {
    const out = t(key, params);
    return out === key || out === key.replace(/^[^:]+:/, '') ? '' : out;
  };
  let sentence = '';
  try {
    sentence = effectiveSentence(
      table,
      tStats as (k: string, p?: Record<string, string | number>) => string,
      lng,
    )
      .replace(/\s+/g, ' ')
      .trim();
  } catch {
    sentence = table.sentence ?? '';
  }
  return {
    head,
    rows: stats.rows.map(computed),
    subset: stats.rows.map((r) => r.subset),
    totalRow: total
      ? {
          groups: stats.groups.map((g) => {
            const v = total.values[g];
            return v != null ? formatValue(v, unit, lng) : dash;
          }),
          computed: computed(total),
        }
      : null,
    rates: withRates
      ? {
          head: [
            t('appendix:stats.baseWomen'),
            t('appendix:stats.baseMen'),
            t('appendix:stats.rateWomen'),
            t('appendix:stats.rateMen'),
            t('appendix:stats.gapPp'),
          ],
          rows: stats.rows.map(rateCells),
          totalRow: total ? rateCells(total) : null,
        }
      : null,
    sentence,
  };
}
