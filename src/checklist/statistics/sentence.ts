/**
 * The auto-written sentence on differences and similarities between women and men (and
 * girls and boys) of a statistics table, as i18n keys with params. Pure: no React, no
 * browser APIs. Texts are keys in the `stats` namespace; callers translate.
 */
import { computeTable, pairKeys, pairs, round, tableHasBase } from './compute';
import type { PairKey, RowStats } from './compute';
import { formatNumber, formatPercent, formatValue } from './format';
import type { Lng, Params, Translate } from './format';
import type { StatTable, StatUnit } from '../statistics-schema';
import { countWord } from '../sentences';

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
    // "In all three groups" (or "in both groups") reads better than "in 3, in 0 and in 0", and a
    // mixed result names only the outcomes that occur. Counts under 13 are words (countWord).
    const all = (v: 'women' | 'men' | 'equal') => (compared.length === 2 ? `${v}Two` : v);
    const variant =
      women === compared.length
        ? all('women')
        : men === compared.length
          ? all('men')
          : equal === compared.length
            ? all('equal')
            : equal === 0
              ? 'mixedNoEqual'
              : men === 0
                ? 'mixedNoMen'
                : women === 0
                  ? 'mixedNoWomen'
                  : 'mixed';
    const rowsKey = kind === 'count' ? 'count' : kind === 'rate' ? 'rate' : 'value';
    const word = (n: number) => countWord(n, lng);
    parts.push({
      key: `stats:sentence.rows.${rowsKey}.${variant}`,
      params: {
        rows: word(compared.length),
        women: word(women),
        men: word(men),
        equal: word(equal),
      },
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
