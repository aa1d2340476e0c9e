/**
 * The browser-storage keys of the app and the faults a storage access can meet.
 *
 * Keys (all prefixed `ulk:` so "delete all my data" can find them):
 * - `ulk:case:<id>`                 one envelope (see format/case-envelope.ts) per case
 * - `ulk:quarantine:<id>:<ms>[-n]`  the raw text of a corrupt record, set aside (quarantine.ts)
 */
import type { StorageLike } from './memory-storage';

export const KEY_PREFIX = 'ulk:';
export const CASE_KEY_PREFIX = 'ulk:case:';
export const QUARANTINE_KEY_PREFIX = 'ulk:quarantine:';

export const caseKey = (id: string): string => CASE_KEY_PREFIX + id;

export type StorageFault = 'quota' | 'unavailable';

/** QuotaExceededError and its legacy names/codes (WebKit 22, Firefox 1014). */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

export function classifyStorageError(e: unknown): StorageFault {
  return isQuotaError(e) ? 'quota' : 'unavailable';
}

export function allKeys(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k !== null) keys.push(k);
  }
  return keys;
}
