import { describe, expect, it } from 'vitest';
import { cellNumber, parseCell, validateCell } from '../../src/checklist/statistics/cell';
import { chartAltText, chartModel } from '../../src/checklist/statistics/chart';
import {
  computeRow,
  computeTable,
  isSubsetRow,
  looksLikeSubset,
  tableGroups,
} from '../../src/checklist/statistics/compute';
import {
  formatGap,
  formatNumber,
  formatPercent,
  formatRatio,
  formatValue,
} from '../../src/checklist/statistics/format';
import type { Translate } from '../../src/checklist/statistics/format';
import {
  ABOUT_EQUAL_PP,
  autoSentence,
  effectiveSentence,
  renderSentence,
} from '../../src/checklist/statistics/sentence';
import { statTableSchema } from '../../src/checklist/statistics-schema';
import type { GroupKey, StatTable, StatUnit } from '../../src/checklist/statistics-schema';
import { testI18n } from '../helpers/i18n';

const NBSP = '\u00a0';

function table(
  unit: StatUnit,
  rows: [string, Partial<Record<GroupKey, string>>][],
  extra: Partial<StatTable> = {},
): StatTable {
  return {
    id: 't1',
    indicator: 'Deltagare',
    unit,
    period: '2019',
    source: 'Egen uppföljning',
    breakdown: '',
    groups: ['women', 'men'],
    rows: rows.map(([label, values], i) => ({ id: `r${i}`, label, values })),
    sentence: null,
    ...extra,
  };
}

async function translator(lng: 'sv' | 'en'): Promise<Translate> {
  const i18n = await testI18n(lng);
  return (key, params) => i18n.t(key, params ?? {});
}

describe('parseCell', () => {
  it.each([
    ['1234', 1234],
    ['1 234', 1234],
    [`1${NBSP}234`, 1234],
    ['1\u2009234,5', 1234.5],
    ['1\u202f234\u202f567', 1234567],
    ['1 234,5', 1234.5],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['−3', -3],
    ['-3,5', -3.5],
    ['+7', 7],
    ['0', 0],
    ['-0', 0],
    ['0,5', 0.5],
    [',5', 0.5],
    ['1,23E+06', 1230000],
    ['  42  ', 42],
    ['1 234 kr', 1234],
  ])('reads %j as %d', (raw, value) => {
    const p = parseCell(raw);
    expect(p.kind).toBe('number');
    if (p.kind === 'number') expect(p.value).toBe(value);
  });

  it('reads a percent sign and remembers it', () => {
    expect(parseCell('12,5 %')).toMatchObject({ kind: 'number', value: 12.5, percentSign: true });
    expect(parseCell(`62${NBSP}%`)).toMatchObject({ value: 62, percentSign: true });
    expect(parseCell('62%')).toMatchObject({ value: 62, percentSign: true });
  });

  it('reads a single separator followed by three digits as a decimal and flags it as ambiguous', () => {
    expect(parseCell('1,234')).toMatchObject({ kind: 'number', value: 1.234, ambiguous: true });
    expect(parseCell('1.234')).toMatchObject({ kind: 'number', value: 1.234, ambiguous: true });
    expect(parseCell('0,125')).toMatchObject({ value: 0.125, ambiguous: false });
    expect(parseCell('1,5')).toMatchObject({ value: 1.5, ambiguous: false });
  });

  it('tells empty cells and missing markers from unreadable text', () => {
    expect(parseCell('')).toEqual({ kind: 'empty' });
    expect(parseCell('   ')).toEqual({ kind: 'empty' });
    expect(parseCell(undefined)).toEqual({ kind: 'empty' });
    expect(parseCell('..')).toEqual({ kind: 'missing' });
    expect(parseCell('–')).toEqual({ kind: 'missing' });
    for (const bad of ['abc', '12 3', '1 2345', '1,2,3', '#DIV/0!', '12abc', '1,234.567,8', '%']) {
      expect(parseCell(bad)).toEqual({ kind: 'invalid' });
    }
  });
});

describe('validateCell', () => {
  it('accepts an ordinary number and an empty cell', () => {
    expect(validateCell('1 234', 'count')).toBeNull();
    expect(validateCell('', 'count')).toBeNull();
    expect(validateCell('..', 'percent')).toBeNull();
  });

  it('reports text in a number cell as an error with a message key', () => {
    expect(validateCell('många', 'count')).toEqual({
      code: 'notANumber',
      key: 'stats:validation.notANumber',
      severity: 'error',
    });
  });

  it('reports a negative count, percentage or number of days but allows negative kronor', () => {
    expect(validateCell('-5', 'count')?.code).toBe('negative');
    expect(validateCell('-5', 'percent')?.code).toBe('negative');
    expect(validateCell('-5', 'days')?.code).toBe('negative');
    expect(validateCell('-5', 'kronor')).toBeNull();
  });

  it('reports absurd sizes above 1e12 in any unit', () => {
    expect(validateCell('2 000 000 000 000', 'kronor')?.code).toBe('tooLarge');
    expect(validateCell('1 000 000 000 000', 'kronor')).toBeNull();
  });

  it('reports a percentage over 100 only for the percent unit', () => {
    expect(validateCell('100,5', 'percent')?.code).toBe('percentOver100');
    expect(validateCell('100', 'percent')).toBeNull();
    expect(validateCell('150', 'count')).toBeNull();
  });

  it('warns about a percent sign in a count table, a fractional count and an ambiguous separator', () => {
    expect(validateCell('12 %', 'count')).toMatchObject({
      code: 'percentSignWrongUnit',
      severity: 'warning',
    });
    expect(validateCell('12,5', 'count')).toMatchObject({ code: 'notWhole', severity: 'warning' });
    expect(validateCell('1,234', 'kronor')).toMatchObject({
      code: 'ambiguousSeparator',
      severity: 'warning',
    });
  });

  it('keeps values with an error out of the maths but counts values with a warning', () => {
    expect(cellNumber('-5', 'count')).toBeNull();
    expect(cellNumber('abc', 'count')).toBeNull();
    expect(cellNumber('12,5', 'count')).toBe(12.5);
  });
});

describe('computeRow', () => {
  it('computes the total and the sex composition for counts, but no gap or ratio without a base population', () => {
    const s = computeTable(table('count', [['', { women: '62', men: '38' }]])).rows[0]!;
    expect(s.total).toBe(100);
    expect(s.shares).toEqual({ women: 62, men: 38 });
    // 62 % women is the composition of the row, not a difference between women and men.
    expect(s.gapPp.womenMen).toBeNull();
    expect(s.ratio.womenMen).toBeNull();
    expect(s.rates).toEqual({});
    expect(s.gapPp.girlsBoys).toBeNull();
    expect(s.ratio.girlsBoys).toBeNull();
  });

  it('computes the rate gap from the base population: share of the women against share of the men', () => {
    // 120 of 5 000 women (2.4 %) and 80 of 4 000 men (2 %): a gap of 0.4 percentage points,
    // although the composition is 60 % women.
    const t = table('count', [['', { women: '120', men: '80' }]], { withBase: true });
    t.rows[0]!.base = { women: '5 000', men: '4000' };
    const s = computeTable(t).rows[0]!;
    expect(s.shares.women).toBe(60);
    expect(s.base).toEqual({ women: 5000, men: 4000 });
    expect(s.rates).toEqual({ women: 2.4, men: 2 });
    expect(s.gapPp.womenMen).toBe(0.4);
    expect(s.ratio.womenMen).toBeCloseTo(1.2, 10);
  });

  it('computes the rate gap from the rates as printed, so the printed figures add up', () => {
    // 2/3 = 66.666..% and 1/3 = 33.333..%: printed 66.7 and 33.3, gap 33.4 (not 33.3).
    const t = table('count', [['', { women: '2', men: '1' }]], { withBase: true });
    t.rows[0]!.base = { women: '3', men: '3' };
    const s = computeTable(t).rows[0]!;
    expect(formatPercent(s.rates.women!, 'sv')).toBe(`66,7${NBSP}%`);
    expect(formatPercent(s.rates.men!, 'sv')).toBe(`33,3${NBSP}%`);
    expect(s.gapPp.womenMen).toBe(33.4);
  });

  it('gives no rate without the base, with a zero base, or when the count exceeds the base', () => {
    const t = table(
      'count',
      [
        ['A', { women: '5', men: '5' }],
        ['B', { women: '5', men: '5' }],
        ['C', { women: '5', men: '5' }],
      ],
      { withBase: true },
    );
    t.rows[0]!.base = { women: '10' };
    t.rows[1]!.base = { women: '0', men: '10' };
    t.rows[2]!.base = { women: '4', men: '10' };
    const rows = computeTable(t).rows;
    expect(rows.map((r) => r.rates.women)).toEqual([50, null, null]);
    expect(rows.map((r) => r.gapPp.womenMen)).toEqual([null, null, null]);
  });

  it('ignores a stored base population while the table does not use one, or is not a count', () => {
    const t = table('count', [['', { women: '120', men: '80' }]]);
    t.rows[0]!.base = { women: '5000', men: '4000' };
    expect(computeTable(t).rows[0]!.gapPp.womenMen).toBeNull();
    const pct = table('percent', [['', { women: '12', men: '10' }]], { withBase: true });
    pct.rows[0]!.base = { women: '5000', men: '4000' };
    expect(computeTable(pct).rows[0]!.gapPp.womenMen).toBe(2);
  });

  it('gives no shares, gap or ratio when both groups are zero', () => {
    const s = computeTable(table('count', [['', { women: '0', men: '0' }]])).rows[0]!;
    expect(s.total).toBe(0);
    expect(s.shares).toEqual({ women: null, men: null });
    expect(s.gapPp.womenMen).toBeNull();
    expect(s.ratio.womenMen).toBeNull();
  });

  it("gives a share of 100 % and 0 % when one group is zero, and no rate ratio when men's rate is zero", () => {
    const s = computeTable(table('count', [['', { women: '5', men: '0' }]])).rows[0]!;
    expect(s.shares).toEqual({ women: 100, men: 0 });
    expect(s.gapPp.womenMen).toBeNull();
    const based = table('count', [['', { women: '5', men: '0' }]], { withBase: true });
    based.rows[0]!.base = { women: '10', men: '10' };
    const b = computeTable(based).rows[0]!;
    expect(b.gapPp.womenMen).toBe(50);
    expect(b.ratio.womenMen).toBeNull();
  });

  it('computes nothing from a single group when the other is missing', () => {
    const s = computeTable(table('count', [['', { women: '40' }]])).rows[0]!;
    expect(s.missing).toEqual(['men']);
    expect(s.blank).toBe(false);
    expect(s.total).toBeNull();
    expect(s.shares).toEqual({ women: null, men: null });
    expect(s.gapPp.womenMen).toBeNull();
    expect(s.ratio.womenMen).toBeNull();
  });

  it('treats an unreadable or invalid cell like a missing one', () => {
    const s = computeTable(table('count', [['', { women: 'abc', men: '-3' }]])).rows[0]!;
    expect(s.values).toEqual({ women: null, men: null });
    expect(s.blank).toBe(true);
    expect(s.total).toBeNull();
  });

  it('includes girls, boys and other in the total and compares girls with boys', () => {
    const t = table(
      'count',
      [['', { women: '30', men: '20', girls: '30', boys: '10', other: '10' }]],
      {
        groups: ['women', 'men', 'girls', 'boys', 'other'],
      },
    );
    const s = computeTable(t).rows[0]!;
    expect(s.total).toBe(100);
    expect(s.shares).toEqual({ women: 30, men: 20, girls: 30, boys: 10, other: 10 });
    expect(s.gapPp).toEqual({ womenMen: null, girlsBoys: null });
    const based = { ...t, withBase: true };
    based.rows = [{ ...t.rows[0]!, base: { women: '100', men: '100', girls: '60', boys: '40' } }];
    const b = computeTable(based).rows[0]!;
    expect(b.gapPp).toEqual({ womenMen: 10, girlsBoys: 25 });
    expect(b.ratio.girlsBoys).toBe(2);
  });

  it('ignores values of groups the table does not have', () => {
    const s = computeTable(table('count', [['', { women: '1', men: '1', girls: '98' }]])).rows[0]!;
    expect(s.total).toBe(2);
    expect(s.values.girls).toBeUndefined();
  });

  it('has no total or shares for percentages; the gap is the difference of the values', () => {
    const s = computeTable(table('percent', [['', { women: '12,5 %', men: '8,25' }]])).rows[0]!;
    expect(s.total).toBeNull();
    expect(s.shares).toEqual({});
    expect(s.gapPp.womenMen).toBe(4.25);
    expect(s.ratio.womenMen).toBeCloseTo(12.5 / 8.25, 10);
  });

  it('has totals but no shares or gap for kronor and days, and only a ratio for other units', () => {
    const kr = computeTable(table('kronor', [['', { women: '27 400', men: '31 200' }]])).rows[0]!;
    expect(kr.total).toBe(58600);
    expect(kr.shares).toEqual({});
    expect(kr.gapPp.womenMen).toBeNull();
    expect(kr.ratio.womenMen).toBeCloseTo(27400 / 31200, 10);
    const other = computeTable(table('other', [['', { women: '3,2', men: '4' }]])).rows[0]!;
    expect(other.total).toBeNull();
    expect(other.ratio.womenMen).toBeCloseTo(0.8, 10);
  });

  it('adds large numbers exactly and avoids binary noise in totals', () => {
    const big = computeTable(table('kronor', [['', { women: '999 999 999 999', men: '1' }]]))
      .rows[0]!;
    expect(big.total).toBe(1e12);
    const small = computeTable(table('days', [['', { women: '0,1', men: '0,2' }]])).rows[0]!;
    expect(small.total).toBe(0.3);
  });

  it('always has women and men as columns, in canonical order', () => {
    expect(tableGroups({ groups: ['other', 'girls'] })).toEqual(['women', 'men', 'girls', 'other']);
    expect(tableGroups({ groups: [] })).toEqual(['women', 'men']);
    expect(
      computeRow({ unit: 'count', groups: [] }, { id: 'x', label: '', values: {} }).missing,
    ).toEqual(['women', 'men']);
  });
});

describe('computeTable totals', () => {
  it('sums the rows per group and computes shares of the grand total', () => {
    const s = computeTable(
      table('count', [
        ['Kungsbacka', { women: '40', men: '31' }],
        ['Varberg', { women: '70', men: '53' }],
        ['', {}],
      ]),
    );
    expect(s.total?.values).toEqual({ women: 110, men: 84 });
    expect(s.total?.total).toBe(194);
    expect(s.total?.shares.women).toBeCloseTo((110 / 194) * 100, 10);
  });

  it('gives no column total when a row lacks the figure', () => {
    const s = computeTable(
      table('count', [
        ['A', { women: '1', men: '2' }],
        ['B', { men: '2' }],
      ]),
    );
    expect(s.total?.values).toEqual({ women: null, men: 4 });
    expect(s.total?.total).toBeNull();
  });

  it('has no table total for one row or for percentages', () => {
    expect(computeTable(table('count', [['A', { women: '1', men: '2' }]])).total).toBeNull();
    expect(
      computeTable(
        table('percent', [
          ['A', { women: '1', men: '2' }],
          ['B', { women: '1', men: '2' }],
        ]),
      ).total,
    ).toBeNull();
  });
});

describe('subset rows ("varav")', () => {
  const travel = () =>
    table('count', [
      ['Färdtjänstresor', { women: '900', men: '600' }],
      ['varav med ledsagare', { women: '200', men: '100' }],
      ['Sjukresor', { women: '300', men: '300' }],
    ]);

  it.each([
    ['varav med ledsagare', true],
    ['Därav kvinnor över 80', true],
    ['  VARAV: nya', true],
    ['of which escorted', true],
    ['Thereof new', true],
    ['Varavsamtal', false],
    ['Resor, varav nya', false],
    ['Sjukresor', false],
  ])('reads "%s" as a subset label: %s', (label, expected) => {
    expect(looksLikeSubset(label)).toBe(expected);
  });

  it('never adds a subset row into the total', () => {
    const s = computeTable(travel());
    expect(s.rows.map((r) => r.subset)).toEqual([false, true, false]);
    expect(s.total?.values).toEqual({ women: 1200, men: 900 });
    expect(s.total?.total).toBe(2100);
  });

  it('lets the officer unmark a detected row and mark any other row; the first row never is one', () => {
    const t = travel();
    t.rows[1]!.subset = false;
    t.rows[2]!.subset = true;
    expect(computeTable(t).rows.map((r) => r.subset)).toEqual([false, false, true]);
    expect(computeTable(t).total?.values).toEqual({ women: 1100, men: 700 });
    const first = table('count', [
      ['varav A', { women: '1', men: '1' }],
      ['B', { women: '1', men: '1' }],
    ]);
    expect(isSubsetRow(first.rows, 0)).toBe(false);
    expect(computeTable(first).total?.values).toEqual({ women: 2, men: 2 });
  });

  it('never names a subset row as a group in the sentence, nor counts it', async () => {
    const t = await translator('sv');
    const tab = table(
      'count',
      [
        ['Färdtjänstresor', { women: '900', men: '600' }],
        ['varav med ledsagare', { women: '10', men: '90' }],
        ['Sjukresor', { women: '300', men: '300' }],
      ],
      { withBase: true },
    );
    tab.rows[0]!.base = { women: '3000', men: '3000' };
    tab.rows[1]!.base = { women: '3000', men: '3000' };
    tab.rows[2]!.base = { women: '3000', men: '2000' };
    const parts = autoSentence(tab, 'sv');
    const rows = parts.find((p) => p.key.startsWith('stats:sentence.rows.'));
    expect(rows?.params.rows).toBe('två');
    const text = renderSentence(parts, t);
    expect(text).not.toContain('ledsagare');
    // The largest rate gap among the real groups: Färdtjänstresor (30 % against 20 %).
    expect(text).toContain(`Störst skillnad finns för Färdtjänstresor: 30${NBSP}% för kvinnor`);
  });

  it('keeps the subset choice, the base population and withBase when a table is stored and read back', () => {
    const t = table('count', [['Resor', { women: '10', men: '5' }]], { withBase: true });
    t.rows[0] = { ...t.rows[0]!, subset: false, base: { women: '1 000', men: '900' } };
    expect(statTableSchema.parse(JSON.parse(JSON.stringify(t)))).toEqual(t);
  });

  it('still reads a stored table from before, without the subset, base and withBase fields', () => {
    const old = {
      id: 't1',
      indicator: 'Resor',
      unit: 'count',
      period: '2024',
      source: '',
      breakdown: '',
      groups: ['women', 'men'],
      rows: [
        { id: 'r1', label: 'Resor', values: { women: '10', men: '5' } },
        { id: 'r2', label: 'varav nattetid', values: { women: '2', men: '1' } },
        { id: 'r3', label: 'Övriga', values: { women: '1', men: '1' } },
      ],
      sentence: null,
    };
    const parsed = statTableSchema.parse(old);
    expect(parsed.rows[1]).toEqual(old.rows[1]);
    expect(computeTable(parsed).total?.values).toEqual({ women: 11, men: 6 });
  });
});

describe('formatting', () => {
  it('formats numbers with a no-break space and decimal comma in Swedish', () => {
    expect(formatNumber(1234567.5, 'sv')).toBe(`1${NBSP}234${NBSP}567,5`);
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
  });

  it('rounds to the given number of decimals', () => {
    expect(formatNumber(2.345, 'sv')).toBe('2,35');
    expect(formatNumber(1 / 3, 'en', 1)).toBe('0.3');
    expect(formatPercent(62.46, 'sv')).toBe(`62,5${NBSP}%`);
    expect(formatPercent(62.46, 'en')).toBe('62.5%');
    expect(formatPercent(50, 'sv')).toBe(`50${NBSP}%`);
  });

  it('formats gaps with a sign, ratios with two decimals and kronor with the currency', () => {
    expect(formatGap(24, 'sv')).toBe('+24');
    expect(formatGap(-3.5, 'sv')).toBe('\u22123,5');
    expect(formatGap(-3.5, 'en')).toBe('-3.5');
    expect(formatGap(0, 'en')).toBe('0');
    expect(formatRatio(0.878, 'sv')).toBe('0,88');
    expect(formatRatio(1.5, 'en')).toBe('1.50');
    expect(formatValue(27400, 'kronor', 'sv')).toBe(`27${NBSP}400${NBSP}kr`);
    expect(formatValue(27400, 'kronor', 'en')).toBe(`SEK${NBSP}27,400`);
    expect(formatValue(12.5, 'percent', 'sv')).toBe(`12,5${NBSP}%`);
    expect(formatValue(3, 'days', 'en')).toBe('3');
  });
});

describe('autoSentence', () => {
  it('describes a count without a base population by its sex composition, never as a difference', async () => {
    const t = await translator('sv');
    const parts = autoSentence(table('count', [['', { women: '62', men: '38' }]]), 'sv');
    expect(parts.map((p) => p.key)).toEqual(['stats:sentence.count.womenMen.women']);
    const text = renderSentence(parts, t);
    expect(text).toBe(`Kvinnorna är fler. Könsfördelning: 62${NBSP}% kvinnor och 38${NBSP}% män.`);
    expect(text).not.toMatch(/skillnad/i);
    const en = await translator('en');
    expect(
      renderSentence(autoSentence(table('count', [['', { women: '62', men: '38' }]]), 'en'), en),
    ).toBe('There are more women. Sex composition: 62% women and 38% men.');
  });

  it('bases the sentence on the rate gap when the officer gives a base population', async () => {
    const t = await translator('sv');
    // 60 % of the participants are women, but the share of the women reached (2 %) is lower
    // than the share of the men (4 %).
    const tab = table('count', [['', { women: '120', men: '80' }]], { withBase: true });
    tab.rows[0]!.base = { women: '6000', men: '2000' };
    const parts = autoSentence(tab, 'sv');
    expect(parts.map((p) => p.key)).toEqual(['stats:sentence.rate.womenMen.men']);
    expect(renderSentence(parts, t)).toBe(
      `Andelen är högre bland männen: 4${NBSP}% av männen mot 2${NBSP}% av kvinnorna, en skillnad på 2 procentenheter.`,
    );
  });

  it('says men are in the majority in English, with the singular for one percentage point', async () => {
    const t = await translator('en');
    const text = renderSentence(
      autoSentence(table('percent', [['', { women: '10', men: '11' }]]), 'en'),
      t,
    );
    // 10 vs 11: 1 pp apart but 9 % apart relatively → about equal.
    expect(text).toBe(
      'The proportion is about equal among women and men: 10% against 11% (a difference under 3 percentage points).',
    );
    const text2 = renderSentence(
      autoSentence(table('percent', [['', { women: '2', men: '3' }]]), 'en'),
      t,
    );
    expect(text2).toBe(
      'The proportion is higher among men: 3% against 2% among women, a difference of 1 percentage point.',
    );
  });

  it(`calls shares about equal under ${ABOUT_EQUAL_PP} percentage points and not at it`, () => {
    const equal = autoSentence(table('count', [['', { women: '509', men: '491' }]]), 'sv');
    expect(equal[0]?.key).toBe('stats:sentence.count.womenMen.equal');
    const notEqual = autoSentence(table('count', [['', { women: '515', men: '485' }]]), 'sv');
    expect(notEqual[0]?.key).toBe('stats:sentence.count.womenMen.women');
  });

  it('describes amounts with the ratio of women to men', async () => {
    const t = await translator('sv');
    const text = renderSentence(
      autoSentence(table('kronor', [['', { women: '27 400', men: '31 200' }]]), 'sv'),
      t,
    );
    expect(text).toBe(
      `Värdet är högre för män: 31${NBSP}200${NBSP}kr mot 27${NBSP}400${NBSP}kr för kvinnor. Kvinnornas värde motsvarar 88${NBSP}% av männens.`,
    );
  });

  it('adds a sentence about girls and boys when the table has both', () => {
    const parts = autoSentence(
      table('count', [['', { women: '50', men: '50', girls: '10', boys: '30' }]], {
        groups: ['women', 'men', 'girls', 'boys'],
      }),
      'sv',
    );
    expect(parts.map((p) => p.key)).toEqual([
      'stats:sentence.count.womenMen.equal',
      'stats:sentence.count.girlsBoys.boys',
    ]);
  });

  it('summarises several rows and names the row with the largest gap', async () => {
    const t = await translator('sv');
    const tab = table('percent', [
      ['16–24 år', { women: '40', men: '20' }],
      ['25–64 år', { women: '30', men: '30' }],
      ['65+ år', { women: '10', men: '15' }],
    ]);
    expect(renderSentence(autoSentence(tab, 'sv'), t)).toBe(
      'Av tre grupper är värdet högre för kvinnor i en, högre för män i en och ungefär lika i en. ' +
        `Störst skillnad finns för 16–24 år: 40${NBSP}% för kvinnor mot 20${NBSP}% för män.`,
    );
  });

  it('compares the table totals first when rows can be added up', () => {
    const parts = autoSentence(
      table('count', [
        ['A', { women: '30', men: '10' }],
        ['B', { women: '10', men: '30' }],
      ]),
      'sv',
    );
    // A composition has no "largest difference": no row is named.
    expect(parts.map((p) => p.key)).toEqual([
      'stats:sentence.count.womenMen.equal',
      'stats:sentence.rows.count.mixedNoEqual',
    ]);
  });

  it('has nothing to say without values for both women and men', () => {
    expect(autoSentence(table('count', [['', { women: '5' }]]), 'sv')).toEqual([]);
    expect(autoSentence(table('count', [['', { women: '0', men: '0' }]]), 'sv')).toEqual([]);
  });

  it("prefers the officer's own sentence, even an empty one", async () => {
    const t = await translator('sv');
    const tab = table('count', [['', { women: '62', men: '38' }]]);
    expect(effectiveSentence({ ...tab, sentence: 'Egen text.' }, t, 'sv')).toBe('Egen text.');
    expect(effectiveSentence({ ...tab, sentence: '' }, t, 'sv')).toBe('');
    expect(effectiveSentence(tab, t, 'sv')).toMatch(/^Kvinnorna är fler/);
  });
});

describe('chartModel', () => {
  const tab = table('count', [
    ['Kungsbacka', { women: '40', men: '31' }],
    ['Hylte', { women: '0', men: '' }],
    ['', {}],
  ]);

  it('draws one bar per group for each non-blank row, women first, with values printed', () => {
    const m = chartModel(tab, 'sv');
    expect(m.categories.map((c) => c.label)).toEqual(['Kungsbacka', 'Hylte']);
    expect(m.bars.map((b) => [b.group, b.text])).toEqual([
      ['women', '40'],
      ['men', '31'],
      ['women', '0'],
      ['men', '–'],
    ]);
    const [w, mn] = m.bars;
    expect(w!.x).toBeLessThan(mn!.x);
    expect(w!.height / mn!.height).toBeCloseTo(40 / 31, 10);
    expect(w!.y + w!.height).toBe(m.plot.top + m.plot.height);
  });

  it('puts the axis top at a round number above the largest value', () => {
    const m = chartModel(tab, 'sv');
    expect(m.ticks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40]);
    const big = chartModel(table('kronor', [['', { women: '1 234 567', men: '987 654' }]]), 'sv');
    expect(big.ticks.map((t) => t.value)).toEqual([0, 500_000, 1_000_000, 1_500_000]);
    expect(big.ticks.at(-1)!.text).toBe(`1${NBSP}500${NBSP}000`);
  });

  it('is empty when there is nothing to draw', () => {
    expect(chartModel(table('count', [['', {}]]), 'sv').empty).toBe(true);
  });

  it('shortens long labels and widens with many rows', () => {
    const many = table(
      'count',
      Array.from({ length: 30 }, (_, i) => [
        `Kommun nummer ${i} med långt namn`,
        { women: '1', men: '2' },
      ]),
    );
    const m = chartModel(many, 'sv');
    expect(m.categories[0]!.label.length).toBeLessThanOrEqual(18);
    expect(m.categories[0]!.fullLabel).toBe('Kommun nummer 0 med långt namn');
    expect(m.width).toBeGreaterThan(30 * 40);
  });
});

describe('chartAltText', () => {
  it('states every value in words, then the sentence', async () => {
    const t = await translator('sv');
    const text = chartAltText(
      table('count', [
        ['Kungsbacka', { women: '40', men: '31' }],
        ['Hylte', { women: '0', men: '' }],
      ]),
      t,
      'sv',
    );
    expect(text).toContain('Stapeldiagram: Deltagare, 2019 (antal).');
    expect(text).toContain('Kungsbacka: kvinnor 40, män 31.');
    expect(text).toContain('Hylte: kvinnor 0, män uppgift saknas.');
  });

  it('ends with the sentence on differences and similarities', async () => {
    const t = await translator('sv');
    const tab = table('count', [
      ['Kungsbacka', { women: '40', men: '31' }],
      ['Hylte', { women: '0', men: '1' }],
    ]);
    expect(chartAltText(tab, t, 'sv')).toMatch(/Hylte: kvinnor 0, män 1\. Kvinnorna är fler\. /);
    expect(chartAltText({ ...tab, sentence: 'Egen.' }, t, 'sv')).toMatch(/män 1\. Egen\.$/);
  });

  it('speaks English with English numbers', async () => {
    const t = await translator('en');
    const text = chartAltText(table('kronor', [['', { women: '27400', men: '31200' }]]), t, 'en');
    expect(text).toContain(`All: women SEK${NBSP}27,400, men SEK${NBSP}31,200.`);
  });
});

describe('schema', () => {
  it('accepts the tables built in these tests', () => {
    expect(statTableSchema.safeParse(table('count', [['A', { women: '1' }]])).success).toBe(true);
  });
});
