/**
 * Quarantine: the raw text of a corrupt case record, set aside under
 * `ulk:quarantine:<id>:<ms>[-n]` so that a save can never overwrite it. A quarantined record is
 * never overwritten and removed only by deleteAll() ("delete all my data").
 */
import type { StorageLike } from './memory-storage';
import { QUARANTINE_KEY_PREFIX, allKeys, caseKey, classifyStorageError } from './storage-keys';
import type { StorageFault } from './storage-keys';

export interface QuarantineEntry {
  key: string;
  id: string;
  /** When it was set aside (ISO), from the key. */
  at: string | null;
  bytes: number;
}

function parseQuarantineKey(key: string): { id: string; at: string | null } {
  const rest = key.slice(QUARANTINE_KEY_PREFIX.length);
  const cut = rest.lastIndexOf(':');
  if (cut < 0) return { id: rest, at: null };
  const ms = Number(rest.slice(cut + 1).replace(/-\d+$/, ''));
  return {
    id: rest.slice(0, cut),
    at: Number.isFinite(ms) ? new Date(ms).toISOString() : null,
  };
}

/** Move a corrupt record aside. Returns the new key, or the fault (the record stays in place). */
export function quarantine(
  s: StorageLike,
  id: string,
  text: string,
  now: Date,
): string | StorageFault {
  try {
    const base = `${QUARANTINE_KEY_PREFIX}${id}:${now.getTime()}`;
    let key = base;
    for (let n = 1; s.getItem(key) !== null; n++) key = `${base}-${n}`;
    s.setItem(key, text);
    s.removeItem(caseKey(id));
    return key;
  } catch (e) {
    return classifyStorageError(e);
  }
}

export function quarantineFailed(result: string | StorageFault): result is StorageFault {
  return result === 'quota' || result === 'unavailable';
}

export function listQuarantineIn(s: StorageLike): QuarantineEntry[] {
  return allKeys(s)
    .filter((k) => k.startsWith(QUARANTINE_KEY_PREFIX))
    .map((key) => ({ key, ...parseQuarantineKey(key), bytes: (s.getItem(key) ?? '').length }))
    .sort((a, b) => a.key.localeCompare(b.key));
}
