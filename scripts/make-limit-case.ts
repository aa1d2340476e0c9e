/**
 * Write a case at the statistics limits (and, with --all, every list at its cap)
 * for measuring the export with the CLI:
 *
 *   npx tsx scripts/make-limit-case.ts out.json [--tables=N] [--rows=N] [--all]
 *   /usr/bin/time -v npm run appendix -- out.json out.docx
 */
import { writeFileSync } from 'node:fs';
import { limits } from '../src/checklist/limits';
import { encodeCase } from '../src/format/case-envelope';
import { largeCase } from '../test/fixtures/large-case';
import type { Case } from '../src/checklist/schema';

export function limitCase(tables: number, rows: number, all: boolean): Case {
  const c = largeCase({ tables, rowsPerTable: rows });
  const answers = { ...c.answers };
  for (const t of (answers['b2.tables'] ?? []) as {
    groups: string[];
    rows: { values: Record<string, string> }[];
  }[]) {
    t.groups = ['women', 'men', 'girls', 'boys', 'other'];
    t.rows.forEach((r, i) => {
      r.values = {
        women: String(i * 7 + 3),
        men: String(i * 5 + 11),
        girls: String(i + 1),
        boys: String(i + 2),
        other: '1',
      };
    });
  }
  if (all) {
    const m = (i: number) => ({
      id: `m-${i}`,
      measure: 'Åtgärd '.repeat(200),
      responsible: 'Ansvarig',
      when: '2027',
      followUp: 'Uppföljning '.repeat(100),
    });
    answers['b4.measures'] = Array.from({ length: limits.measures }, (_, i) => m(i));
  }
  return { ...c, answers };
}

const [out, ...rest] = process.argv.slice(2);
if (out) {
  const num = (name: string, d: number) =>
    Number(rest.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? d);
  const c = limitCase(
    num('tables', limits.statTables),
    num('rows', limits.statRows),
    rest.includes('--all'),
  );
  writeFileSync(out, JSON.stringify(encodeCase(c)));
}
