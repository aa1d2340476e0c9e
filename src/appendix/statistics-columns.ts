/**
 * The computed columns of a statistics table in the appendix (totals, share of
 * women, gap in percentage points, ratio) and its total row, from the shared
 * statistics maths in src/checklist/statistics.ts, formatted for the export language.
 */
import {
  computeTable,
  effectiveSentence,
  formatGap,
  formatPercent,
  formatRatio,
  formatValue,
  summableUnits,
  shareUnits,
} from '../checklist/statistics';
import type { RowStats } from '../checklist/statistics';
import type { StatTable } from '../checklist/statistics-schema';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface DerivedStatColumns {
  /** Headers of the computed columns, after the group columns. */
  head: string[];
  /** Computed cells per table row, same order as `table.rows`. */
  rows: string[][];
  /** The column totals row (group values then computed cells), or null. */
  totalRow: { groups: string[]; computed: string[] } | null;
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
  const withTotal = summableUnits.includes(unit);
  const withShare = shareUnits.includes(unit);
  const withGap = withShare || unit === 'percent';
  const withRatio = !withGap;
  const dash = t('appendix:header.empty');
  const head = [
    ...(withTotal ? [t('appendix:stats.total')] : []),
    ...(withShare ? [t('appendix:stats.shareWomen')] : []),
    ...(withGap ? [t('appendix:stats.gapPp')] : []),
    ...(withRatio ? [t('appendix:stats.ratio')] : []),
  ];
  const computed = (r: RowStats): string[] => [
    ...(withTotal ? [r.total != null ? formatValue(r.total, unit, lng) : dash] : []),
    ...(withShare ? [r.shares.women != null ? formatPercent(r.shares.women, lng) : dash] : []),
    ...(withGap ? [r.gapPp.womenMen != null ? formatGap(r.gapPp.womenMen, lng) : dash] : []),
    ...(withRatio ? [r.ratio.womenMen != null ? formatRatio(r.ratio.womenMen, lng) : dash] : []),
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
    totalRow: total
      ? {
          groups: stats.groups.map((g) => {
            const v = total.values[g];
            return v != null ? formatValue(v, unit, lng) : dash;
          }),
          computed: computed(total),
        }
      : null,
    sentence,
  };
}
