/**
 * Ids of cases, statistics tables and rows, measures and consultations.
 *
 * An id ends up in storage keys, in the URL and in React keys, so it is drawn
 * from a safe character set (ASCII letters, digits and `-_.:`) and is unique
 * within its list: two rows with one id would be edited and removed together.
 * Pure, so the schema, the storage module and the UI share one definition.
 */
import { limits } from './limits';

export const SAFE_ID = /^[A-Za-z0-9_.:-]+$/;

export function isSafeId(id: unknown): id is string {
  return typeof id === 'string' && id.length <= limits.id && SAFE_ID.test(id);
}

/** Message of the custom issue a duplicate id raises (format/case-envelope.ts turns it into a code). */
export const DUPLICATE_ID = 'ulk:duplicate_id';

/** Indexes of items whose id was already used by an earlier item of the list. */
export function duplicateIdIndexes(items: readonly { id: string }[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  items.forEach((item, i) => {
    if (seen.has(item.id)) out.push(i);
    else seen.add(item.id);
  });
  return out;
}

/** Message of the custom issue an over-deep unknown answer raises. */
export const TOO_DEEP = 'ulk:too_deep';

/** Deepest nesting an answer of a key unknown to this build may have (stat tables need 4). */
export const MAX_UNKNOWN_DEPTH = 32;

/** Whether a JSON value nests deeper than `max` (iterative: a hostile depth cannot overflow the stack). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (d >= max) return true;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return false;
}
