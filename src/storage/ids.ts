/**
 * The one id generator (cases, rows of every list, write tokens, tabs), and fresh ids for the
 * rows of a case read from a file.
 *
 * The schema requires the ids of statistics tables and rows, measures and
 * consultations to be safe (see checklist/ids.ts) and unique within their list:
 * two measures with one id would be typed into and removed together. A file
 * made by hand or by another program may break that; rather than refusing the
 * whole case, an import gives such rows fresh ids (nothing the officer wrote
 * changes) and the UI says so. Stored records are never repaired silently: a
 * stored record that fails the schema is set aside like any corrupt one.
 */
import { isSafeId } from '../checklist/ids';
import { questionById } from '../checklist/question-bank';
import { isRecord } from '../format/versioned-json';

export type NewId = () => string;

let counter = 0;

/**
 * A random id from the safe set (checklist/ids.ts), unique across tabs and imported cases: a
 * random UUID, or (where `crypto.randomUUID` is missing) time, a counter and random digits.
 */
export function newId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  counter += 1;
  return `id-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Give duplicate or unsafe ids in one list fresh ones; returns the new list and how many. */
function freshenList(items: unknown[], makeId: NewId): { items: unknown[]; count: number } {
  const seen = new Set<string>();
  let count = 0;
  const out = items.map((item) => {
    if (!isRecord(item) || typeof item.id !== 'string') return item;
    if (isSafeId(item.id) && !seen.has(item.id)) {
      seen.add(item.id);
      return item;
    }
    let id = makeId();
    while (seen.has(id)) id = makeId();
    seen.add(id);
    count += 1;
    return { ...item, id };
  });
  return { items: out, count };
}

const listKinds = new Set(['statistics', 'measures', 'consultations']);

/**
 * The raw case of an envelope (before validation) with fresh ids where a list
 * holds a duplicate or unsafe one. Returns the same object when nothing changed.
 */
export function freshenImportedIds(
  rawCase: unknown,
  makeId: NewId = newId,
): { case: unknown; count: number } {
  if (!isRecord(rawCase) || !isRecord(rawCase.answers)) return { case: rawCase, count: 0 };
  let total = 0;
  const answers: Record<string, unknown> = { ...rawCase.answers };
  for (const [key, value] of Object.entries(rawCase.answers)) {
    const kind = questionById.get(key)?.kind;
    if (!kind || !listKinds.has(kind) || !Array.isArray(value)) continue;
    const list = freshenList(value, makeId);
    let items = list.items;
    total += list.count;
    if (kind === 'statistics') {
      items = items.map((table) => {
        if (!isRecord(table) || !Array.isArray(table.rows)) return table;
        const rows = freshenList(table.rows, makeId);
        total += rows.count;
        return rows.count > 0 ? { ...table, rows: rows.items } : table;
      });
    }
    answers[key] = items;
  }
  if (total === 0) return { case: rawCase, count: 0 };
  return { case: { ...rawCase, answers }, count: total };
}
