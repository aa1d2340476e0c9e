/**
 * Which computed columns a statistics table has, by its unit and whether the officer gave a
 * base population per sex. Decided here once; the grid of the editor and the tables of the
 * appendix (Word and preview) both read it. Pure: no React, no browser APIs.
 *
 * - A total per row (and a total row): units that add up (counts, kronor, days).
 * - The sex composition (each group's share of the row): counts only. It is never a gap:
 *   the same composition says nothing about whether women or men do something more often.
 * - Rates (value / base population) and their base: counts with a base population.
 * - A gap in percentage points: the rates of a count table, or the values of a percent table.
 * - A ratio: every unit except a count table without a base population.
 */
import { pairKeys, shareUnits, summableUnits, tableHasBase } from './compute';
import type { PairKey } from './compute';
import type { StatTable } from '../statistics-schema';

export interface StatColumns {
  total: boolean;
  shares: boolean;
  /** The base population inputs and the rates per group. */
  rates: boolean;
  gap: boolean;
  ratio: boolean;
  /** The pairs compared by the gap and the ratio: women-men, girls-boys when both are in the table. */
  pairs: PairKey[];
}

export function statColumns(
  table: Pick<StatTable, 'unit' | 'groups'> & Partial<Pick<StatTable, 'withBase'>>,
): StatColumns {
  const shares = shareUnits.includes(table.unit);
  const rates = tableHasBase(table);
  const hasGirlsBoys = table.groups.includes('girls') && table.groups.includes('boys');
  return {
    total: summableUnits.includes(table.unit),
    shares,
    rates,
    gap: rates || table.unit === 'percent',
    ratio: !shares || rates,
    pairs: hasGirlsBoys ? pairKeys : ['womenMen'],
  };
}

/**
 * The same columns as the appendix prints them on an A4 page: the share of the women only
 * (the men's is the rest), women against men only, a count table's rates with their gap as a
 * second table of the same rows, and a ratio only where no gap in percentage points is printed
 * (amounts: kronor, days, other units).
 */
export interface AppendixStatColumns {
  total: boolean;
  shareWomen: boolean;
  /** A second table: base women, base men, rate women, rate men, gap. */
  rateTable: boolean;
  /** The gap in percentage points in the table itself (percent units). */
  gap: boolean;
  ratio: boolean;
}

export function appendixStatColumns(
  table: Pick<StatTable, 'unit' | 'groups'> & Partial<Pick<StatTable, 'withBase'>>,
): AppendixStatColumns {
  const c = statColumns(table);
  return {
    total: c.total,
    shareWomen: c.shares,
    rateTable: c.rates,
    gap: c.gap && !c.rates,
    ratio: c.ratio && !c.gap,
  };
}
