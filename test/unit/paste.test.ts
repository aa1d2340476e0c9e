import { describe, expect, it } from 'vitest';
import { computeTable } from '../../src/checklist/statistics/compute';
import {
  createTable,
  headerRole,
  mergePaste,
  parsePaste,
  splitTsv,
} from '../../src/checklist/statistics/paste';
import type { StatTable } from '../../src/checklist/statistics-schema';
import { statTableSchema } from '../../src/checklist/statistics-schema';

function ids() {
  let n = 0;
  return () => `id${++n}`;
}

/** The seeds' FaR nivå 1 figures per municipality (2019), split by sex (split invented). */
const farExcel =
  'Nivå 1 - Kommun\tKvinnor\tMän\tTotalt\r\n' +
  'Kungsbacka\t40\t31\t71\r\n' +
  'Varberg\t70\t53\t123\r\n' +
  'Falkenberg\t55\t39\t94\r\n' +
  'Halmstad\t15\t10\t25\r\n' +
  'Hylte\t0\t0\t0\r\n' +
  'Laholm\t14\t10\t24\r\n' +
  'Totalt i Halland\t194\t143\t337\r\n';

describe('splitTsv', () => {
  it('splits LF and CRLF rows and ignores the trailing line break', () => {
    expect(splitTsv('a\tb\nc\td\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(splitTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(splitTsv('a\rb')).toEqual([['a'], ['b']]);
  });

  it('keeps empty cells in place and drops blank lines', () => {
    expect(splitTsv('a\t\tc\n\n\t2\t\n')).toEqual([
      ['a', '', 'c'],
      ['', '2', ''],
    ]);
  });

  it('reads Excel quoted cells with embedded line breaks, tabs and doubled quotes', () => {
    expect(splitTsv('"Män\r\n16–24 år"\t12\n"Kvinnor ""unga"""\t"1\t2"\n')).toEqual([
      ['Män\n16–24 år', '12'],
      ['Kvinnor "unga"', '1\t2'],
    ]);
  });

  it('keeps a stray quote inside a cell as text', () => {
    expect(splitTsv('5" skärm\t3\n"oavslutad\t4')).toEqual([
      ['5" skärm', '3'],
      ['"oavslutad', '4'],
    ]);
  });
});

describe('headerRole', () => {
  it.each([
    ['Kvinnor', 'women'],
    ['kvinnor (antal)', 'women'],
    ['Män', 'men'],
    ['MEN', 'men'],
    ['Flickor', 'girls'],
    ['Pojkar', 'boys'],
    ['Annat/okänt', 'other'],
    ['Women', 'women'],
    ['Totalt', 'total'],
    ['Total', 'total'],
    ['Kommun', null],
    ['2019', null],
  ])('maps %j to %s', (text, role) => {
    expect(headerRole(text)).toBe(role);
  });
});

describe('parsePaste with a header row', () => {
  it('maps columns by their headers, takes the label column and ignores totals', () => {
    const r = parsePaste(farExcel);
    expect(r.hasHeader).toBe(true);
    expect(r.hasLabelColumn).toBe(true);
    expect(r.breakdownHint).toBe('Nivå 1 - Kommun');
    expect(r.groups).toEqual(['women', 'men']);
    expect(r.rows).toHaveLength(6);
    expect(r.rows[0]).toEqual({ label: 'Kungsbacka', values: { women: '40', men: '31' } });
    expect(r.problems).toEqual([
      {
        row: 8,
        column: 1,
        raw: 'Totalt i Halland',
        code: 'totalRowSkipped',
        key: 'stats:paste.problem.totalRowSkipped',
      },
    ]);
  });

  it('maps columns in any order, including girls, boys and other', () => {
    const r = parsePaste(
      'Ålder\tMän\tKvinnor\tPojkar\tFlickor\tAnnat/okänt\n0–17 år\t1\t2\t3\t4\t5\n',
    );
    expect(r.groups).toEqual(['men', 'women', 'boys', 'girls', 'other']);
    expect(r.rows[0]).toEqual({
      label: '0–17 år',
      values: { men: '1', women: '2', boys: '3', girls: '4', other: '5' },
    });
  });

  it('reports an unknown column and does not paste it', () => {
    const r = parsePaste('Kommun\tKvinnor\tMän\tKommentar\nA\t1\t2\tbra\n');
    expect(r.rows[0]?.values).toEqual({ women: '1', men: '2' });
    expect(r.problems).toEqual([
      expect.objectContaining({ row: 1, column: 4, raw: 'Kommentar', code: 'extraColumn' }),
    ]);
  });

  it('reads English headers and English numbers', () => {
    const r = parsePaste('Age\tWomen\tMen\n16-24\t1,234.5\t987\n');
    expect(r.groups).toEqual(['women', 'men']);
    expect(r.rows[0]).toEqual({ label: '16-24', values: { women: '1,234.5', men: '987' } });
    expect(r.problems).toEqual([]);
  });
});

describe('parsePaste without a header row', () => {
  it('fills women then men after a label column', () => {
    const r = parsePaste('Kungsbacka\t40\t31\nVarberg\t70\t53\n');
    expect(r.hasHeader).toBe(false);
    expect(r.hasLabelColumn).toBe(true);
    expect(r.rows).toEqual([
      { label: 'Kungsbacka', values: { women: '40', men: '31' } },
      { label: 'Varberg', values: { women: '70', men: '53' } },
    ]);
  });

  it('fills the target groups when the block has only numbers', () => {
    const r = parsePaste('12,5\t8,25\n', { targetGroups: ['men', 'girls'] });
    expect(r.hasLabelColumn).toBe(false);
    expect(r.rows).toEqual([{ label: '', values: { men: '12,5', girls: '8,25' } }]);
  });

  it('keeps decimal commas and Swedish spaced thousands as typed', () => {
    const r = parsePaste('Kvinnor 16–24 år\t1 234,5\t12,5 %\n');
    expect(r.rows[0]?.values).toEqual({ women: '1 234,5', men: '12,5 %' });
    expect(r.problems).toEqual([]);
  });

  it('keeps blank cells blank without a problem', () => {
    const r = parsePaste('A\t\t3\nB\t4\t\n');
    expect(r.rows).toEqual([
      { label: 'A', values: { women: '', men: '3' } },
      { label: 'B', values: { women: '4', men: '' } },
    ]);
    expect(r.problems).toEqual([]);
  });

  it('keeps garbage in the cell and reports where it is', () => {
    const r = parsePaste('A\t#DIV/0!\t3\nB\tmånga\t2\n');
    expect(r.rows[0]?.values.women).toBe('#DIV/0!');
    expect(r.problems).toEqual([
      expect.objectContaining({ row: 1, column: 2, raw: '#DIV/0!', code: 'notANumber' }),
      expect.objectContaining({ row: 2, column: 2, raw: 'många', code: 'notANumber' }),
    ]);
  });

  it('reports columns beyond the table', () => {
    const r = parsePaste('1\t2\t3\n');
    expect(r.rows[0]?.values).toEqual({ women: '1', men: '2' });
    expect(r.problems).toEqual([
      expect.objectContaining({ column: 3, raw: '3', code: 'extraColumn' }),
    ]);
  });

  it('shortens an overlong cell and says so', () => {
    const r = parsePaste(`A\t${'9'.repeat(150)}\t1\n`);
    expect(r.rows[0]?.values.women).toHaveLength(100);
    expect(r.problems.map((p) => p.code)).toContain('tooLong');
  });

  it('returns nothing for an empty paste', () => {
    expect(parsePaste('\r\n\n').rows).toEqual([]);
    expect(parsePaste('').problems).toEqual([]);
  });
});

describe('mergePaste', () => {
  it('fills a fresh table, switches on the pasted groups and proposes the breakdown', () => {
    const newId = ids();
    const merged = mergePaste(createTable(newId), parsePaste(farExcel), newId);
    expect(merged.rows.map((r) => r.label)).toEqual([
      'Kungsbacka',
      'Varberg',
      'Falkenberg',
      'Halmstad',
      'Hylte',
      'Laholm',
    ]);
    expect(merged.breakdown).toBe('Nivå 1 - Kommun');
    expect(statTableSchema.safeParse(merged).success).toBe(true);
    const stats = computeTable(merged);
    expect(stats.total?.values).toEqual({ women: 194, men: 143 });
    expect(stats.total?.total).toBe(337);
  });

  it('merges rows by label and appends the others without touching typed values', () => {
    const newId = ids();
    const table: StatTable = {
      ...createTable(newId),
      breakdown: 'Kommun',
      groups: ['women', 'men', 'other'],
      rows: [
        { id: 'a', label: 'Varberg', values: { women: '1', men: '2', other: '7' } },
        { id: 'b', label: 'Hylte', values: { women: '5' } },
      ],
    };
    const merged = mergePaste(
      table,
      parsePaste('Kommun\tKvinnor\tMän\nvarberg \t70\t\nLaholm\t14\t10\n'),
      newId,
    );
    expect(merged.breakdown).toBe('Kommun');
    expect(merged.groups).toEqual(['women', 'men', 'other']);
    expect(merged.rows).toEqual([
      { id: 'a', label: 'Varberg', values: { women: '70', men: '2', other: '7' } },
      { id: 'b', label: 'Hylte', values: { women: '5' } },
      { id: expect.any(String), label: 'Laholm', values: { women: '14', men: '10' } },
    ]);
    expect(table.rows[0]?.values.women).toBe('1'); // the input is not changed
  });

  it('pastes from a cell positionally, adding rows as needed', () => {
    const newId = ids();
    const table: StatTable = {
      ...createTable(newId),
      rows: [
        { id: 'a', label: 'A', values: { women: '1', men: '2' } },
        { id: 'b', label: 'B', values: { women: '3', men: '4' } },
      ],
    };
    const paste = parsePaste('30\n50\n70\n', { targetGroups: ['men'], labelColumn: false });
    const merged = mergePaste(table, paste, newId, { row: 1 });
    expect(merged.rows.map((r) => [r.label, r.values.women ?? '', r.values.men ?? ''])).toEqual([
      ['A', '1', '2'],
      ['B', '3', '30'],
      ['', '', '50'],
      ['', '', '70'],
    ]);
  });
});
