/**
 * Number formatting of statistics for the export or UI language, and the translation types
 * the statistics modules share. Pure: no React, no browser APIs.
 */
import type { StatUnit } from '../statistics-schema';

export type Lng = 'sv' | 'en';
export type Params = Record<string, string | number>;
/** A translation function as i18next's `t`, narrowed to what the statistics modules need. */
export type Translate = (key: string, params?: Params) => string;

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
