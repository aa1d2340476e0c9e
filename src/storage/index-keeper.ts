/**
 * Keeps the case-list index (case-index.ts) of one repository: reads it (parsed once per stored
 * text), checks it against the case records, patches it after a write and stores it.
 */
import { emptyContext } from '../checklist/types';
import type { RuleContext } from '../checklist/types';
import { INDEX_KEY, contextKey, parseIndex, peekRev, serializeIndex } from './case-index';
import type { CaseIndex } from './case-index';
import type { Case } from '../checklist/schema';
import { entryOf, indexEntry } from './case-record';
import type { StorageLike } from './memory-storage';
import { CASE_KEY_PREFIX, allKeys } from './storage-keys';

export function createIndexKeeper() {
  let ruleContext: RuleContext = emptyContext;
  /** The last index text read or written and its parsed form, to skip re-parsing it. */
  let cached: { text: string; index: CaseIndex } | null = null;

  function storedIndex(s: StorageLike): CaseIndex {
    const text = s.getItem(INDEX_KEY);
    if (text === null) return {};
    if (cached?.text === text) return cached.index;
    const index = parseIndex(text) ?? {};
    cached = { text, index };
    return index;
  }

  /** The index checked against every case record; `changed` when an entry had to be rebuilt. */
  function currentIndex(s: StorageLike): { index: CaseIndex; changed: boolean } {
    const stored = storedIndex(s);
    const ctx = contextKey(ruleContext);
    const index: CaseIndex = {};
    let changed = false;
    const keys = allKeys(s).filter((k) => k.startsWith(CASE_KEY_PREFIX));
    for (const key of keys) {
      const text = s.getItem(key);
      if (text === null) continue;
      const id = key.slice(CASE_KEY_PREFIX.length);
      const e = Object.hasOwn(stored, id) ? stored[id] : undefined;
      if (e && e.size === text.length && e.rev === peekRev(text) && e.ctx === ctx) {
        index[id] = e;
      } else {
        index[id] = indexEntry(id, text, ruleContext);
        changed = true;
      }
    }
    if (Object.keys(stored).length !== Object.keys(index).length) changed = true;
    return { index, changed };
  }

  /** Store the index; it is a cache, so a failure (storage full) only drops it. */
  function writeIndex(s: StorageLike, index: CaseIndex): void {
    const text = serializeIndex(index);
    try {
      s.setItem(INDEX_KEY, text);
      cached = { text, index };
    } catch {
      try {
        s.removeItem(INDEX_KEY);
      } catch {
        // Nothing more to do: readers check the index against the records anyway.
      }
      cached = null;
    }
  }

  /**
   * After a write of case `id` (text null = removed): patch its entry and store the index.
   * `written`: the envelope and case the text was made from, so the text is not decoded again.
   */
  function updateIndex(
    s: StorageLike,
    id: string,
    text: string | null,
    written?: { envelope: unknown; case: Case },
  ): void {
    try {
      const index = { ...storedIndex(s) };
      if (text === null) delete index[id];
      else if (written)
        index[id] = entryOf(
          text.length,
          written.envelope,
          { status: 'ok', case: written.case },
          ruleContext,
        );
      else index[id] = indexEntry(id, text, ruleContext);
      writeIndex(s, index);
    } catch {
      // The index is a cache; the next list rebuilds what is missing.
    }
  }

  return {
    setContext(ctx: RuleContext) {
      ruleContext = ctx;
    },
    current: currentIndex,
    /**
     * Store the checked index when an entry had to be rebuilt; `checked` is a check just made
     * (nothing written since), so the records are not read a second time.
     */
    repair(s: StorageLike, checked?: { index: CaseIndex; changed: boolean }) {
      const { index, changed } = checked ?? currentIndex(s);
      if (changed) writeIndex(s, index);
    },
    update: updateIndex,
    forget() {
      cached = null;
    },
  };
}
