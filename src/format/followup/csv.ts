/**
 * The follow-up as CSV that Swedish Excel opens as it is: UTF-8 with a BOM, semicolons, decimal
 * comma, CRLF, every field quoted, and a cell that starts with = + - @ (or a tab or CR) led by
 * an apostrophe so Excel never runs it as a formula. One row per group and measure (long
 * form: easy to filter and pivot), with the cases behind each count by Dnr (else title).
 */
import type { FollowupGroup } from './aggregate';
import { groupMeasures, shareOf } from './measures';
import type { FollowupTranslate } from './measures';

export const CSV_BOM = '\uFEFF';

/** One cell, quoted, with the formula-injection guard. */
export function csvCell(value: string | number): string {
  let s = typeof value === 'number' ? String(value) : value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** A number with a decimal comma (Swedish Excel); integers as they are. */
export function decimalComma(n: number): string {
  return String(n).replace('.', ',');
}

export function followupCsv(groups: readonly FollowupGroup[], t: FollowupTranslate): string {
  const rows: string[][] = [
    ['committee', 'year', 'measure', 'count', 'share', 'cases'].map((k) => t(`followup:csv.${k}`)),
  ];
  for (const g of groups) {
    const committee = g.committee || t('followup:report.noCommittee');
    const year = g.year === null ? t('followup:report.noYear') : String(g.year);
    const total = g.cases.length;
    for (const m of groupMeasures(g, t)) {
      rows.push([
        committee,
        year,
        m.label,
        String(m.cases.length),
        decimalComma(shareOf(m.cases.length, total)),
        m.cases.map((c) => c.dnr || c.title).join(', '),
      ]);
    }
  }
  return CSV_BOM + rows.map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
