/**
 * One statistics cell (SKR step 2, kön+): reading a number typed or pasted in Swedish or
 * English style, and the most important problem with it for its unit. Pure: no React, no
 * browser APIs.
 *
 * Invariants:
 * - Cells are stored as raw text; nothing here rewrites what the officer typed.
 * - A cell is interpreted the same way whatever the UI language, so a stored case
 *   never changes meaning when the language is switched.
 * - Every user-facing text is an i18n key in the `stats` namespace (fully qualified,
 *   e.g. `stats:validation.negative`); callers translate.
 */
import type { StatUnit } from '../statistics-schema';

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
