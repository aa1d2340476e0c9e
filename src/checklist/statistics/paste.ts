/**
 * Pasting from a spreadsheet: the TSV splitter, header detection, the paste parser and
 * merging pasted rows into a table, and a fresh table. Pure: no React, no browser APIs.
 * Problems are reported as i18n keys in the `stats` namespace; callers translate.
 */
import { limits } from '../limits';
import { parseCell } from './cell';
import { groupKeys } from '../statistics-schema';
import type { GroupKey, StatRow, StatTable } from '../statistics-schema';

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
