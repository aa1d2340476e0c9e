/**
 * Computing a sex-disaggregated table: totals over the rows that are not subsets ("varav"),
 * the sex composition of count rows, rates against a base population per sex, gaps in
 * percentage points and ratios. Pure: no React, no browser APIs, so the UI, the live preview
 * and the Word appendix share it.
 */
import { cellNumber } from './cell';
import { groupKeys } from '../statistics-schema';
import type { GroupKey, StatRow, StatTable, StatUnit } from '../statistics-schema';

/**
 * Units whose values can be added up into a total. Kronor and days are read as amounts
 * (paid out, days of care); for an average or a median the officer should choose "other"
 * (the UI says so), because a sum of averages means nothing. Percentages never add up.
 */
export const summableUnits: readonly StatUnit[] = ['count', 'kronor', 'days'];
/** Shares of the total only make sense for counts of people or cases. */
export const shareUnits: readonly StatUnit[] = ['count'];

export const pairs = {
  womenMen: ['women', 'men'],
  girlsBoys: ['girls', 'boys'],
} as const satisfies Record<string, readonly [GroupKey, GroupKey]>;
export type PairKey = keyof typeof pairs;
export const pairKeys = Object.keys(pairs) as PairKey[];

/** The table's columns in canonical order; women and men are always included. */
export function tableGroups(table: Pick<StatTable, 'groups'>): GroupKey[] {
  return groupKeys.filter((g) => g === 'women' || g === 'men' || table.groups.includes(g));
}

export interface RowStats {
  rowId: string;
  label: string;
  /** The row is a subset of the row above ("varav ..."): never added into the total. */
  subset: boolean;
  /** Parsed values of the table's groups (null: empty, missing or in error). */
  values: Partial<Record<GroupKey, number | null>>;
  /** Groups of the table without a usable value. */
  missing: GroupKey[];
  /** True when no group has a usable value (a blank row is left out of table figures). */
  blank: boolean;
  /** Sum of all the table's groups; null unless summable and every group has a value. */
  total: number | null;
  /**
   * Counts only: each group's share of the row's total in percent (0-100), i.e. the row's
   * sex composition (könsfördelning). Not a difference between women and men: the same
   * composition says nothing about whether women or men do something more often.
   */
  shares: Partial<Record<GroupKey, number | null>>;
  /** Counts with a base population: the parsed base per group (null when not given). */
  base: Partial<Record<GroupKey, number | null>>;
  /**
   * Counts with a base population: the rate per group in percent, value / base × 100 (the
   * share of the women who ..., the share of the men who ...). Null without a base, or when
   * the value exceeds the base (impossible for a share of people).
   */
  rates: Partial<Record<GroupKey, number | null>>;
  /**
   * First minus second of a pair in percentage points: the values for percent units, the
   * rates (rounded to one decimal, as printed, so the printed figures add up) for counts with
   * a base population; null for counts without one (a composition is not a gap).
   */
  gapPp: Record<PairKey, number | null>;
  /**
   * First divided by second of a pair: the values for amounts and percentages, the rates for
   * counts with a base population; null when either is missing or negative or the divisor 0.
   */
  ratio: Record<PairKey, number | null>;
}

export interface TableStats {
  unit: StatUnit;
  groups: GroupKey[];
  /** Counts with a base population per sex: rates and their gap are computed. */
  withBase: boolean;
  rows: RowStats[];
  /**
   * Column sums over non-blank rows that are not subsets ("varav" rows), with their shares
   * and gaps: summable units, 2+ such rows only.
   */
  total: RowStats | null;
}

/** Round away binary noise (0.1 + 0.2) and to a number of decimals. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
  return r === 0 ? 0 : r;
}

const subsetLabel = /^\s*(?:varav|därav|of which|thereof)(?![\p{L}\p{N}])/iu;

/** A label that names a subset of the row above: "varav med ledsagare", "Därav ...", "of which ...". */
export function looksLikeSubset(label: string): boolean {
  return subsetLabel.test(label.normalize('NFC'));
}

/**
 * Whether a row is a subset of the row above: the officer's own choice (`subset`), else read
 * from the label (`looksLikeSubset`). The first row has nothing above it, so it never is.
 */
export function isSubsetRow(rows: readonly StatRow[], index: number): boolean {
  const row = rows[index];
  if (!row || index === 0) return false;
  return row.subset ?? looksLikeSubset(row.label);
}

/** Whether a table's rates are computed: counts, with the officer's base population per sex. */
export function tableHasBase(table: Pick<StatTable, 'unit' | 'withBase'>): boolean {
  return table.unit === 'count' && table.withBase === true;
}

function statsFromValues(
  rowId: string,
  label: string,
  unit: StatUnit,
  groups: GroupKey[],
  values: Partial<Record<GroupKey, number | null>>,
  base: Partial<Record<GroupKey, number | null>> | null,
  subset: boolean,
): RowStats {
  const missing = groups.filter((g) => values[g] == null);
  const blank = missing.length === groups.length;
  const total =
    summableUnits.includes(unit) && missing.length === 0
      ? round(
          groups.reduce((s, g) => s + (values[g] ?? 0), 0),
          10,
        )
      : null;
  const shares: Partial<Record<GroupKey, number | null>> = {};
  const rates: Partial<Record<GroupKey, number | null>> = {};
  if (shareUnits.includes(unit)) {
    for (const g of groups) {
      const v = values[g];
      shares[g] = total != null && total > 0 && v != null ? (v / total) * 100 : null;
      if (base) {
        const b = base[g];
        rates[g] = v != null && b != null && b > 0 && v <= b ? (v / b) * 100 : null;
      }
    }
  }
  const gapPp = {} as Record<PairKey, number | null>;
  const ratio = {} as Record<PairKey, number | null>;
  for (const key of pairKeys) {
    const [a, b] = pairs[key];
    const inTable = groups.includes(a) && groups.includes(b);
    // Counts compare rates (never the composition); other units their values.
    const from = shareUnits.includes(unit) ? rates : values;
    const va = inTable ? (from[a] ?? null) : null;
    const vb = inTable ? (from[b] ?? null) : null;
    if (unit === 'percent') {
      gapPp[key] = va != null && vb != null ? round(va - vb, 10) : null;
    } else if (shareUnits.includes(unit)) {
      gapPp[key] = va != null && vb != null ? round(round(va, 1) - round(vb, 1), 1) : null;
    } else {
      gapPp[key] = null;
    }
    ratio[key] = va != null && vb != null && va >= 0 && vb > 0 ? va / vb : null;
  }
  return {
    rowId,
    label,
    subset,
    values,
    missing,
    blank,
    total,
    shares,
    base: base ?? {},
    rates,
    gapPp,
    ratio,
  };
}

function parsedBase(
  table: Pick<StatTable, 'unit' | 'withBase'>,
  groups: GroupKey[],
  row: StatRow,
): Partial<Record<GroupKey, number | null>> | null {
  if (!tableHasBase(table)) return null;
  const base: Partial<Record<GroupKey, number | null>> = {};
  for (const g of groups) base[g] = cellNumber(row.base?.[g], 'count');
  return base;
}

/**
 * One row's figures. `subset` says whether the row is a subset of the row above (see
 * `isSubsetRow`, which needs the whole table); computeTable passes it.
 */
export function computeRow(
  table: Pick<StatTable, 'unit' | 'groups'> & Partial<Pick<StatTable, 'withBase'>>,
  row: StatRow,
  subset = false,
): RowStats {
  const groups = tableGroups(table);
  const values: Partial<Record<GroupKey, number | null>> = {};
  for (const g of groups) values[g] = cellNumber(row.values[g], table.unit);
  return statsFromValues(
    row.id,
    row.label,
    table.unit,
    groups,
    values,
    parsedBase(table, groups, row),
    subset,
  );
}

export function computeTable(
  table: Pick<StatTable, 'unit' | 'groups' | 'rows'> & Partial<Pick<StatTable, 'withBase'>>,
): TableStats {
  const groups = tableGroups(table);
  const withBase = tableHasBase(table);
  const rows = table.rows.map((r, i) => computeRow(table, r, isSubsetRow(table.rows, i)));
  // A "varav" row is already counted in the row above: adding it again would count it twice.
  const used = rows.filter((r) => !r.blank && !r.subset);
  let total: RowStats | null = null;
  if (summableUnits.includes(table.unit) && used.length >= 2) {
    // A column total is only honest when every row has the figure.
    const sum = (pick: (r: RowStats) => number | null | undefined): number | null =>
      used.every((r) => pick(r) != null)
        ? round(
            used.reduce((s, r) => s + (pick(r) ?? 0), 0),
            10,
          )
        : null;
    const sums: Partial<Record<GroupKey, number | null>> = {};
    const baseSums: Partial<Record<GroupKey, number | null>> = {};
    for (const g of groups) {
      sums[g] = sum((r) => r.values[g]);
      baseSums[g] = sum((r) => r.base[g]);
    }
    total = statsFromValues(
      'total',
      '',
      table.unit,
      groups,
      sums,
      withBase ? baseSums : null,
      false,
    );
  }
  return { unit: table.unit, groups, withBase, rows, total };
}
