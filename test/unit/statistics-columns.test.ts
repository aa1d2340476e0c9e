import { describe, expect, it } from 'vitest';
import { appendixStatColumns, statColumns } from '../../src/checklist/statistics/columns';
import type { StatTable, StatUnit } from '../../src/checklist/statistics-schema';

const table = (
  unit: StatUnit,
  withBase = false,
  groups: StatTable['groups'] = ['women', 'men'],
): Pick<StatTable, 'unit' | 'groups' | 'withBase'> => ({ unit, groups, withBase });

describe('statColumns', () => {
  it.each([
    // unit, base, total, shares, rates, gap, ratio
    ['count', false, true, true, false, false, false],
    ['count', true, true, true, true, true, true],
    ['percent', false, false, false, false, true, true],
    ['kronor', false, true, false, false, false, true],
    ['days', false, true, false, false, false, true],
    ['other', false, false, false, false, false, true],
  ] as const)(
    'gives a %s table (base population: %s) its total, composition, rates, gap and ratio columns',
    (unit, withBase, total, shares, rates, gap, ratio) => {
      expect(statColumns(table(unit, withBase))).toEqual({
        total,
        shares,
        rates,
        gap,
        ratio,
        pairs: ['womenMen'],
      });
    },
  );

  it('never gives a count table without a base population a gap: its composition is no gap', () => {
    expect(statColumns(table('count')).gap).toBe(false);
    expect(appendixStatColumns(table('count')).gap).toBe(false);
  });

  it('ignores a base population outside count tables', () => {
    expect(statColumns(table('kronor', true)).rates).toBe(false);
  });

  it('compares girls and boys too when the table has both', () => {
    expect(statColumns(table('percent', false, ['girls', 'boys'])).pairs).toEqual([
      'womenMen',
      'girlsBoys',
    ]);
    expect(statColumns(table('percent', false, ['girls'])).pairs).toEqual(['womenMen']);
  });
});

describe('appendixStatColumns', () => {
  it.each([
    // unit, base, total, shareWomen, rateTable, gap, ratio
    ['count', false, true, true, false, false, false],
    ['count', true, true, true, true, false, false],
    ['percent', false, false, false, false, true, false],
    ['kronor', false, true, false, false, false, true],
    ['days', false, true, false, false, false, true],
    ['other', false, false, false, false, false, true],
  ] as const)(
    'prints a %s table (base population: %s) with the columns that fit an A4 page',
    (unit, withBase, total, shareWomen, rateTable, gap, ratio) => {
      expect(appendixStatColumns(table(unit, withBase))).toEqual({
        total,
        shareWomen,
        rateTable,
        gap,
        ratio,
      });
    },
  );
});
