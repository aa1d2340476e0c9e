/**
 * Statistics maths for sex-disaggregated tables (SKR step 2, kön+). Pure: no React,
 * no browser APIs, so the UI, the live preview and the Word appendix share it.
 *
 * Sections: parsing a cell, validating a cell, computing totals/shares/gaps/ratios,
 * number formatting, the auto-written sentence, the TSV paste parser and merge, and
 * the chart model + text alternative.
 *
 * Invariants:
 * - Cells are stored as raw text; nothing here rewrites what the officer typed.
 * - A cell is interpreted the same way whatever the UI language, so a stored case
 *   never changes meaning when the language is switched.
 * - Every user-facing text is an i18n key in the `stats` namespace (fully qualified,
 *   e.g. `stats:validation.negative`) with params; callers translate.
 */
import { limits } from './limits';
import { groupKeys } from './statistics-schema';
import type { GroupKey, StatRow, StatTable, StatUnit } from './statistics-schema';

export type Lng = 'sv' | 'en';
export type Params = Record<string, string | number>;
/** A translation function as i18next's `t`, narrowed to what this module needs. */
export type Translate = (key: string, params?: Params) => string;

// ---- parsing a cell --------------------------------------------------------------------------

export type ParsedCell =
  | { kind: 'empty' }
  /** An explicit "no value" marker such as SCB's ".." or a dash. */
  | { kind: 'missing' }
  | { kind: 'invalid' }
  | {
      kind: 'number';
      value: number;
      /** The text ended with "%". */
      percentSign: boolean;
      /** A single "," or "." followed by exactly three digits, e.g. "1,234": read as a decimal. */
      ambiguous: boolean;
    };

/** SCB and spreadsheets mark unavailable figures with these; they count as missing, not as errors. */
const missingMarkers = new Set(['..', '.', '-', '–', '—', '…', '...', 'n/a', 'na', 'saknas']);

/**
 * Read a number typed or pasted in Swedish or English style.
 *
 * Accepted: "1234", "1 234" (any Unicode space, incl. no-break and thin space, as a thousands
 * separator in groups of three), "1 234,5", "1234.5", "1.234,5", "1,234.5", "1,234,567",
 * "12,5 %", "−3" (Unicode minus), "1,23E+06" (Excel scientific), trailing "kr"/"SEK".
 *
 * The ambiguous case: a single separator ("," or ".") is ALWAYS the decimal separator, so
 * "1,234" is 1.234 and "1.234" is 1.234. Reason: Swedish spreadsheets copy decimals with a
 * comma and never group thousands with a comma, and English ones copy "1234.5" unless the
 * cell is formatted with grouping, in which case numbers of four digits or more carry the
 * separator and, above 999 999, two of them. Both separators present: the last one is the
 * decimal separator. Two or more of the same separator: thousands grouping. Such a cell is
 * flagged `ambiguous` so the UI can say how it was read.
 */
export function parseCell(raw: string | undefined): ParsedCell {
  let s = (raw ?? '').trim();
  if (s === '') return { kind: 'empty' };
  if (missingMarkers.has(s.toLowerCase())) return { kind: 'missing' };

  let percentSign = false;
  const pct = /\s*%$/u.exec(s);
  if (pct) {
    percentSign = true;
    s = s.slice(0, pct.index);
  } else {
    s = s.replace(/\s*(kr|sek|:-)$/iu, '');
  }
  s = s.trim();

  let sign = 1;
  if (/^[-\u2212+]/u.test(s)) {
    if (s[0] !== '+') sign = -1;
    s = s.slice(1).trim();
  }

  let exponent = 0;
  const exp = /^(.*?)[eE]([+-]?\d{1,3})$/u.exec(s);
  if (exp) {
    s = exp[1] ?? '';
    exponent = Number(exp[2]);
  }

  // Spaces of any kind are only allowed as thousands separators in groups of three.
  if (/\s/u.test(s)) {
    const spaced = s.replace(/\s+/gu, ' ');
    if (!/^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/u.test(spaced)) return { kind: 'invalid' };
    s = spaced.replace(/ /gu, '');
  }

  const commas = (s.match(/,/gu) ?? []).length;
  const dots = (s.match(/\./gu) ?? []).length;
  let normal: string;
  let ambiguous = false;
  if (/^\d+$/u.test(s)) {
    normal = s;
  } else if (commas > 0 && dots > 0) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const g = group === '.' ? '\\.' : ',';
    const d = decimal === '.' ? '\\.' : ',';
    if (!new RegExp(`^\\d{1,3}(?:${g}\\d{3})+${d}\\d+$`, 'u').test(s)) return { kind: 'invalid' };
    normal = s.split(group).join('').replace(decimal, '.');
  } else if (commas + dots === 1) {
    if (!/^\d*[.,]\d+$/u.test(s)) return { kind: 'invalid' };
    ambiguous = /^[1-9]\d{0,2}[.,]\d{3}$/u.test(s);
    normal = s.replace(',', '.');
  } else if (commas > 1 || dots > 1) {
    if (commas > 0 && dots > 0) return { kind: 'invalid' };
    const sep = commas > 1 ? ',' : '.';
    const g = sep === '.' ? '\\.' : ',';
    if (!new RegExp(`^\\d{1,3}(?:${g}\\d{3})+$`, 'u').test(s)) return { kind: 'invalid' };
    normal = s.split(sep).join('');
  } else {
    return { kind: 'invalid' };
  }

  const value = sign * Number(normal) * 10 ** exponent;
  if (!Number.isFinite(value)) return { kind: 'invalid' };
  return { kind: 'number', value: value === 0 ? 0 : value, percentSign, ambiguous };
}

// ---- validating a cell -----------------------------------------------------------------------

/** Beyond this a figure is certainly a typing or paste error (Sweden's GDP is ~6e12 kronor). */
export const ABSURD_SIZE = 1e12;

export type CellIssueCode =
  | 'notANumber'
  | 'tooLarge'
  | 'negative'
  | 'percentOver100'
  | 'percentSignWrongUnit'
  | 'notWhole'
  | 'ambiguousSeparator';

export interface CellIssue {
  code: CellIssueCode;
  /** i18n key, e.g. `stats:validation.negative`. */
  key: string;
  /** An error keeps the value out of the computations; a warning does not. Both still save. */
  severity: 'error' | 'warning';
}

const issue = (code: CellIssueCode, severity: CellIssue['severity']): CellIssue => ({
  code,
  key: `stats:validation.${code}`,
  severity,
});

/** Units where a negative value is impossible (a person count, a share, a number of days). */
const nonNegativeUnits: readonly StatUnit[] = ['count', 'percent', 'days'];

/** The most important problem with a cell for its unit, or null. Empty cells have no problem. */
export function validateCell(raw: string | undefined, unit: StatUnit): CellIssue | null {
  const p = parseCell(raw);
  if (p.kind === 'empty' || p.kind === 'missing') return null;
  if (p.kind === 'invalid') return issue('notANumber', 'error');
  if (Math.abs(p.value) > ABSURD_SIZE) return issue('tooLarge', 'error');
  if (p.value < 0 && nonNegativeUnits.includes(unit)) return issue('negative', 'error');
  if (unit === 'percent' && p.value > 100) return issue('percentOver100', 'error');
  if (p.percentSign && unit !== 'percent') return issue('percentSignWrongUnit', 'warning');
  if (unit === 'count' && !Number.isInteger(p.value)) return issue('notWhole', 'warning');
  if (p.ambiguous) return issue('ambiguousSeparator', 'warning');
  return null;
}

/** The value a cell contributes to the maths: null when empty, missing or in error. */
export function cellNumber(raw: string | undefined, unit: StatUnit): number | null {
  const p = parseCell(raw);
  if (p.kind !== 'number') return null;
  return validateCell(raw, unit)?.severity === 'error' ? null : p.value;
}

// ---- computing -------------------------------------------------------------------------------

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

// ---- formatting ------------------------------------------------------------------------------

const locale = (lng: Lng) => (lng === 'en' ? 'en-GB' : 'sv-SE');

/**
 * Formatters are costly to create (an appendix of ten tables formats a thousand
 * numbers), so each language + options pair is made once and reused.
 */
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(lng: Lng, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lng}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(lng), options);
    formatters.set(key, f);
  }
  return f;
}

/** "1 234,5" in Swedish (no-break space, decimal comma), "1,234.5" in English. */
export function formatNumber(value: number, lng: Lng, maxFractionDigits = 2): string {
  return numberFormat(lng, { maximumFractionDigits: maxFractionDigits }).format(value);
}

/** A value on the 0-100 scale as a percentage: "62,5 %" / "62.5%". */
export function formatPercent(value: number, lng: Lng, maxFractionDigits = 1): string {
  return numberFormat(lng, {
    style: 'percent',
    maximumFractionDigits: maxFractionDigits,
  }).format(value / 100);
}

/** A signed gap in percentage points, the number only: "+24", "−3,5". */
export function formatGap(value: number, lng: Lng): string {
  return numberFormat(lng, {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** A ratio with two decimals: "0,88" / "0.88". */
export function formatRatio(value: number, lng: Lng): string {
  return numberFormat(lng, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/** A value in its unit: counts, days and other as numbers, percent with "%", kronor with "kr". */
export function formatValue(value: number, unit: StatUnit, lng: Lng): string {
  if (unit === 'percent') return formatPercent(value, lng, 2);
  if (unit === 'kronor') {
    return numberFormat(lng, {
      style: 'currency',
      currency: 'SEK',
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    }).format(value);
  }
  return formatNumber(value, lng);
}

// ---- the auto-written sentence ---------------------------------------------------------------

/**
 * "About equal": the two figures are less than 3 percentage points apart (shares for counts,
 * values for percent units) AND less than 10 % apart relative to the larger one. The second
 * condition stops "2 % vs 1 %" (1 pp, but twice as many) from being called equal. For kronor,
 * days and other units only the relative condition applies.
 */
export const ABOUT_EQUAL_PP = 3;
export const ABOUT_EQUAL_RELATIVE = 0.1;

export interface SentencePart {
  key: string;
  params: Params;
}

/**
 * count: a count table without a base population, described by its sex composition only;
 * rate: a count table with a base population, compared by rates; percent and amount: values.
 */
type SentenceKind = 'count' | 'rate' | 'percent' | 'amount';

function sentenceKind(table: Pick<StatTable, 'unit' | 'withBase'>): SentenceKind {
  if (table.unit === 'count') return tableHasBase(table) ? 'rate' : 'count';
  return table.unit === 'percent' ? 'percent' : 'amount';
}

function relativelyClose(a: number, b: number): boolean {
  const hi = Math.max(Math.abs(a), Math.abs(b));
  return hi === 0 || Math.abs(a - b) / hi < ABOUT_EQUAL_RELATIVE;
}

/** -1: first larger, 1: second larger, 0: about equal; null when not comparable. */
function compare(
  row: RowStats,
  kind: SentenceKind,
  pair: PairKey,
): { a: number; b: number; cmp: 0 | 1 | -1 } | null {
  const [ga, gb] = pairs[pair];
  const from = kind === 'count' ? row.shares : kind === 'rate' ? row.rates : row.values;
  const a = from[ga];
  const b = from[gb];
  if (a == null || b == null) return null;
  const rounded = kind === 'count' || kind === 'rate';
  const ra = rounded ? round(a, 1) : a;
  const rb = rounded ? round(b, 1) : b;
  const close =
    relativelyClose(ra, rb) && (kind === 'amount' || Math.abs(ra - rb) < ABOUT_EQUAL_PP);
  return { a: ra, b: rb, cmp: close ? 0 : ra > rb ? -1 : 1 };
}

function pairSentence(
  row: RowStats,
  unit: StatUnit,
  kind: SentenceKind,
  pair: PairKey,
  lng: Lng,
): SentencePart | null {
  const c = compare(row, kind, pair);
  if (!c) return null;
  const [ga, gb] = pairs[pair];
  const asPercent = kind === 'count' || kind === 'rate';
  const fmt = (v: number) => (asPercent ? formatPercent(v, lng) : formatValue(v, unit, lng));
  const params: Params = {
    a: fmt(c.a),
    b: fmt(c.b),
    threshold: formatNumber(ABOUT_EQUAL_PP, lng),
    relative: formatPercent(ABOUT_EQUAL_RELATIVE * 100, lng, 0),
  };
  if (kind === 'rate' || kind === 'percent') {
    params.gap = formatNumber(Math.abs(round(c.a - c.b, 10)), lng, 1);
    // Selects the plural form ("1 procentenhet" / "2 procentenheter"); {{gap}} is printed.
    params.count = Math.abs(round(c.a - c.b, 1));
  }
  const ratio = row.ratio[pair];
  if (kind === 'amount') {
    if (ratio == null && c.cmp !== 0) return null;
    params.ratio = ratio == null ? '' : formatPercent(ratio * 100, lng, 0);
  }
  const outcome = c.cmp === 0 ? 'equal' : c.cmp < 0 ? ga : gb;
  return { key: `stats:sentence.${kind}.${pair}.${outcome}`, params };
}

/**
 * Parts of a sentence on differences and similarities, to be translated and joined with a
 * space (`renderSentence`). Empty when there is nothing to compare yet.
 *
 * - One row, or a summable unit with several rows: compares the (total) row per pair.
 * - Two or more complete rows: also counts in how many rows each sex is higher and, except
 *   for a plain composition, names the row with the largest difference between women and men.
 * - A count table without a base population is described by its sex composition only; with
 *   one, by the rates (share of the women against share of the men) and their gap.
 * - A subset row ("varav ...") is never a group of its own here: it is already inside the
 *   row above, so it is neither counted nor named.
 */
export function autoSentence(table: StatTable, lng: Lng): SentencePart[] {
  const stats = computeTable(table);
  const kind = sentenceKind(table);
  const used = stats.rows.filter((r) => !r.blank && !r.subset);
  const parts: SentencePart[] = [];
  const summary = stats.total ?? (used.length === 1 ? used[0] : undefined);
  if (summary) {
    for (const pair of pairKeys) {
      const p = pairSentence(summary, table.unit, kind, pair, lng);
      if (p) parts.push(p);
    }
  }
  const compared = used
    .map((r) => ({ r, c: compare(r, kind, 'womenMen') }))
    .filter((x): x is { r: RowStats; c: NonNullable<ReturnType<typeof compare>> } => x.c != null);
  if (compared.length >= 2) {
    const women = compared.filter((x) => x.c.cmp < 0).length;
    const men = compared.filter((x) => x.c.cmp > 0).length;
    const equal = compared.length - women - men;
    // "In all 3 groups" reads better than "in 3, in 0 and in 0".
    const variant =
      women === compared.length
        ? 'women'
        : men === compared.length
          ? 'men'
          : equal === compared.length
            ? 'equal'
            : 'mixed';
    const rowsKey = kind === 'count' ? 'count' : kind === 'rate' ? 'rate' : 'value';
    parts.push({
      key: `stats:sentence.rows.${rowsKey}.${variant}`,
      params: { rows: compared.length, women, men, equal },
    });
    // A composition has no "largest difference": the rows only differ in who they are.
    const differing = kind === 'count' ? [] : compared.filter((x) => x.c.cmp !== 0);
    const size = (x: (typeof differing)[number]) =>
      Math.abs(x.c.a - x.c.b) / (kind === 'amount' ? Math.max(x.c.a, x.c.b) || 1 : 1);
    const largest = differing.reduce<(typeof differing)[number] | null>(
      (best, x) => (size(x) > (best ? size(best) : -1) ? x : best),
      null,
    );
    if (largest && largest.r.label.trim() !== '') {
      const fmt = (v: number) =>
        kind === 'rate' ? formatPercent(v, lng) : formatValue(v, table.unit, lng);
      parts.push({
        key: 'stats:sentence.largestGap',
        params: { label: largest.r.label.trim(), a: fmt(largest.c.a), b: fmt(largest.c.b) },
      });
    }
  }
  return parts;
}

export function renderSentence(parts: SentencePart[], t: Translate): string {
  return parts.map((p) => t(p.key, p.params)).join(' ');
}

/** The sentence the appendix prints: the officer's own, or the auto-written one. */
export function effectiveSentence(table: StatTable, t: Translate, lng: Lng): string {
  return table.sentence ?? renderSentence(autoSentence(table, lng), t);
}

// ---- the paste parser ------------------------------------------------------------------------

/**
 * Split a tab-separated block as spreadsheets put it on the clipboard: rows by CRLF, LF or
 * CR; a trailing line break ends the last row rather than adding an empty one; a cell that
 * starts with a double quote is quoted (Excel quotes cells holding a line break, tab or
 * quote, and doubles inner quotes). A stray quote inside an unquoted cell is kept as text.
 */
export function splitTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  const n = text.length;
  const endCell = () => {
    row.push(cell);
    cell = '';
    atCellStart = true;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < n) {
    const ch = text[i] as string;
    if (atCellStart && ch === '"') {
      // Quoted cell: read to the closing quote; "" is a literal quote.
      let j = i + 1;
      let quoted = '';
      let closed = false;
      while (j < n) {
        const c = text[j] as string;
        if (c === '"') {
          if (text[j + 1] === '"') {
            quoted += '"';
            j += 2;
            continue;
          }
          closed = true;
          j += 1;
          break;
        }
        quoted += c;
        j += 1;
      }
      const next = text[j];
      if (closed && (j >= n || next === '\t' || next === '\n' || next === '\r')) {
        cell = quoted.replace(/\r\n?/gu, '\n');
        i = j;
        atCellStart = false;
        continue;
      }
      // Not a well-formed quoted cell: take the quote literally.
    }
    atCellStart = false;
    if (ch === '\t') {
      endCell();
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i += 1;
    }
  }
  if (cell !== '' || row.length > 0) endRow();
  // Drop wholly empty rows (blank lines between blocks).
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

type ColumnRole = GroupKey | 'label' | 'total' | 'ignored';

const headerWords: Record<Exclude<ColumnRole, 'label' | 'ignored'>, string[]> = {
  women: ['kvinnor', 'kvinna', 'kv', 'k', 'women', 'woman', 'female', 'females'],
  men: ['män', 'man', 'men', 'male', 'males', 'm'],
  girls: ['flickor', 'flicka', 'tjejer', 'girls', 'girl'],
  boys: ['pojkar', 'pojke', 'killar', 'boys', 'boy'],
  other: ['annat', 'okänt', 'annan', 'övriga', 'other', 'unknown', 'ej', 'uppgift'],
  total: ['totalt', 'total', 'summa', 'samtliga', 'alla', 'sum', 'all', 'both', 'båda', 'totals'],
};

function firstWord(text: string): string {
  return (
    text
      .trim()
      .toLowerCase()
      .split(/[^\p{L}]+/u)[0] ?? ''
  ).normalize('NFC');
}

/** The column a header cell names, or null. Matches the first word: "Kvinnor (antal)" → women. */
export function headerRole(text: string): Exclude<ColumnRole, 'label' | 'ignored'> | null {
  const w = firstWord(text);
  if (w === '') return null;
  for (const [role, words] of Object.entries(headerWords)) {
    if (words.includes(w)) return role as Exclude<ColumnRole, 'label' | 'ignored'>;
  }
  return null;
}

/** A row label that names a total ("Totalt i Halland", "Summa"): computed, so not pasted. */
export function isTotalLabel(text: string): boolean {
  return headerRole(text) === 'total';
}

export type PasteProblemCode =
  'notANumber' | 'extraColumn' | 'totalRowSkipped' | 'tooLong' | 'tooManyRows';

export interface PasteProblem {
  /** 1-based row and column in the pasted block, as the officer sees it in the spreadsheet. */
  row: number;
  column: number;
  raw: string;
  code: PasteProblemCode;
  key: string;
}

export interface PastedRow {
  label: string;
  values: Partial<Record<GroupKey, string>>;
}

export interface PasteResult {
  hasHeader: boolean;
  hasLabelColumn: boolean;
  /** Groups named by the header (to switch on in the table). */
  groups: GroupKey[];
  /** The header text of the label column, e.g. "Kommun": a hint for the breakdown variable. */
  breakdownHint: string;
  rows: PastedRow[];
  problems: PasteProblem[];
}

const problem = (
  row: number,
  column: number,
  raw: string,
  code: PasteProblemCode,
): PasteProblem => ({
  row,
  column,
  raw,
  code,
  key: `stats:paste.problem.${code}`,
});

const isNumberish = (s: string) => {
  const k = parseCell(s).kind;
  return k === 'number' || k === 'empty' || k === 'missing';
};

export interface PasteOptions {
  /**
   * Groups to fill, in order, when the block has no header row (the table's columns from
   * the cell pasted into). Defaults to women, men.
   */
  targetGroups?: GroupKey[];
  /**
   * Whether a block without a header has a label column. Default: guessed (the first column
   * is a label column when any of its cells is text that is not a number).
   */
  labelColumn?: boolean;
}

/**
 * Read a pasted block into rows of raw cell text.
 *
 * Header detection: the first row is a header when at least one of its cells names a group
 * ("Kvinnor", "Män", "Flickor", "Pojkar", "Annat/okänt", "Women", "Men", ...) and none of
 * its cells is a number. Then each column goes where its header says; a "Totalt" column is
 * ignored (totals are computed); the first column, if its header names no group, is the row
 * label (the kön+ category) and its header a hint for the breakdown variable; other unknown
 * columns are reported.
 * Without a header the values fill `targetGroups` in order after an optional label column.
 * Rows labelled as totals ("Totalt i Halland") are skipped and reported.
 * Unreadable cells are KEPT as raw text (they show a message at the cell) and reported.
 */
export function parsePaste(text: string, options: PasteOptions = {}): PasteResult {
  const block = splitTsv(text);
  const problems: PasteProblem[] = [];
  const first = block[0] ?? [];
  const firstRoles = first.map(headerRole);
  const hasHeader =
    firstRoles.some((r) => r != null && r !== 'total') &&
    first.every((c) => parseCell(c).kind !== 'number');

  let roles: ColumnRole[];
  let hasLabelColumn: boolean;
  let breakdownHint = '';
  const width = Math.max(0, ...block.map((r) => r.length));
  if (hasHeader) {
    roles = [];
    const seen = new Set<ColumnRole>();
    for (let c = 0; c < width; c++) {
      const r = firstRoles[c] ?? null;
      if (c === 0 && r == null) roles.push('label');
      else if (r != null && !seen.has(r)) roles.push(r);
      else roles.push('ignored');
      if (r != null) seen.add(r);
    }
    hasLabelColumn = roles[0] === 'label';
    if (hasLabelColumn) breakdownHint = (first[0] ?? '').trim();
  } else {
    hasLabelColumn =
      options.labelColumn ??
      block.some((r) => !isNumberish(r[0] ?? '') && (r[0] ?? '').trim() !== '');
    const targets = options.targetGroups ?? ['women', 'men'];
    roles = [];
    for (let c = 0; c < width; c++) {
      const idx = hasLabelColumn ? c - 1 : c;
      roles.push(idx < 0 ? 'label' : (targets[idx] ?? 'ignored'));
    }
  }

  const body = hasHeader ? block.slice(1) : block;
  const rowOffset = hasHeader ? 2 : 1;
  for (let c = 0; c < width; c++) {
    if (roles[c] !== 'ignored') continue;
    const raw = hasHeader
      ? (first[c] ?? '')
      : (body.find((r) => (r[c] ?? '').trim() !== '')?.[c] ?? '');
    if ((hasHeader && raw.trim() !== '') || body.some((r) => (r[c] ?? '').trim() !== '')) {
      problems.push(problem(hasHeader ? 1 : rowOffset, c + 1, raw, 'extraColumn'));
    }
  }

  const rows: PastedRow[] = [];
  body.forEach((cells, i) => {
    const rowNo = i + rowOffset;
    const label = hasLabelColumn ? (cells[0] ?? '').trim() : '';
    if (label !== '' && isTotalLabel(label)) {
      problems.push(problem(rowNo, 1, label, 'totalRowSkipped'));
      return;
    }
    if (rows.length >= limits.statRows) {
      problems.push(problem(rowNo, 1, cells.join('\t').slice(0, limits.cell), 'tooManyRows'));
      return;
    }
    const values: Partial<Record<GroupKey, string>> = {};
    cells.forEach((raw, c) => {
      const role = roles[c];
      if (role == null || role === 'label' || role === 'total' || role === 'ignored') return;
      let v = raw.trim();
      if (v.length > limits.cell) {
        problems.push(problem(rowNo, c + 1, v.slice(0, 40), 'tooLong'));
        v = v.slice(0, limits.cell);
      }
      if (parseCell(v).kind === 'invalid') problems.push(problem(rowNo, c + 1, v, 'notANumber'));
      values[role] = v;
    });
    rows.push({ label: label.slice(0, limits.shortText), values });
  });

  const groups = roles.filter((r): r is GroupKey => (groupKeys as readonly string[]).includes(r));
  return { hasHeader, hasLabelColumn, groups, breakdownHint, rows, problems };
}

const rowIsEmpty = (r: StatRow) =>
  r.label.trim() === '' && Object.values(r.values).every((v) => (v ?? '').trim() === '');

export type NewId = () => string;

/**
 * Put pasted rows into a table; returns a new table (the input is not changed).
 *
 * - `at` given (paste into a cell): positional, like a spreadsheet. Pasted row i goes to
 *   table row `at.row + i`, rows are added as needed; a label column fills the row label.
 *   The caller offers Undo, because this overwrites what is in those cells.
 * - `at` omitted (the "paste from Excel" box): merge by label. A pasted row whose label
 *   equals an existing row's label (case and space insensitive) fills that row; other rows
 *   are appended after the existing ones, reusing wholly empty rows first. Nothing typed is
 *   overwritten except the cells of a matching row that the paste itself provides.
 * In both modes a pasted blank cell never clears a value, groups named by the header are
 * switched on, the breakdown hint fills an empty breakdown, and the row limit is respected.
 */
export function mergePaste(
  table: StatTable,
  paste: PasteResult,
  newId: NewId,
  at?: { row: number },
): StatTable {
  const rows = table.rows.map((r) => ({ ...r, values: { ...r.values } }));
  const fill = (target: StatRow, p: PastedRow, setLabel: boolean) => {
    if (setLabel && p.label !== '') target.label = p.label;
    for (const [g, v] of Object.entries(p.values) as [GroupKey, string][]) {
      if (v.trim() !== '') target.values[g] = v;
    }
  };
  const blankRow = (): StatRow => ({ id: newId(), label: '', values: {} });

  if (at) {
    paste.rows.forEach((p, i) => {
      const idx = at.row + i;
      if (idx >= limits.statRows) return;
      while (rows.length <= idx) rows.push(blankRow());
      fill(rows[idx] as StatRow, p, paste.hasLabelColumn);
    });
  } else {
    const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/gu, ' ');
    for (const p of paste.rows) {
      const match = p.label !== '' ? rows.find((r) => norm(r.label) === norm(p.label)) : undefined;
      const target = match ?? rows.find(rowIsEmpty);
      // A matching row keeps the label as the officer typed it.
      if (target) fill(target, p, !match);
      else if (rows.length < limits.statRows) {
        const r = blankRow();
        fill(r, p, true);
        rows.push(r);
      }
    }
  }
  const groups = groupKeys.filter((g) => table.groups.includes(g) || paste.groups.includes(g));
  return {
    ...table,
    groups,
    breakdown:
      table.breakdown.trim() === ''
        ? paste.breakdownHint.slice(0, limits.shortText)
        : table.breakdown,
    rows,
  };
}

/** A fresh, empty table with one blank row. */
export function createTable(newId: NewId): StatTable {
  return {
    id: newId(),
    indicator: '',
    unit: 'count',
    period: '',
    source: '',
    breakdown: '',
    groups: ['women', 'men'],
    rows: [{ id: newId(), label: '', values: {} }],
    sentence: null,
  };
}

// ---- the chart -------------------------------------------------------------------------------

export type ChartPattern = 'none' | 'hatch' | 'dots' | 'cross' | 'horizontal';

/**
 * Series styles: distinct lightness (readable in greyscale) plus a pattern on all but the
 * darkest, and a dark outline so even light bars meet 3:1 against white (WCAG 1.4.11).
 */
export const seriesStyle: Record<GroupKey, { fill: string; pattern: ChartPattern; ink: string }> = {
  women: { fill: '#1b3a6b', pattern: 'none', ink: '#1b3a6b' },
  men: { fill: '#f6b26b', pattern: 'hatch', ink: '#7a3e00' },
  girls: { fill: '#6a4c93', pattern: 'dots', ink: '#ffffff' },
  boys: { fill: '#a9d1ee', pattern: 'cross', ink: '#0b3a5b' },
  other: { fill: '#d9d9d9', pattern: 'horizontal', ink: '#333333' },
};
export const CHART_OUTLINE = '#222222';

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
