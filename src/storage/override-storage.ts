/**
 * Local overrides of the organisation's settings, kept in this browser beside the cases.
 *
 * The only code in src/config that touches browser storage (it may move to src/storage/).
 * Storage can be disabled or full: every access is wrapped, and the overrides then live in
 * memory for the rest of the session. Stored data carries a version (the record,
 * `{ version, overrides }`, is known by its key and has no format marker); unreadable data and
 * data from a newer build are ignored (the deployed settings apply) but never overwritten until
 * the user saves.
 */
import { parseOverrides } from '../config/config-schema';
import type { LocalOverrides } from '../config/config-schema';
import { encodeVersioned, parseVersioned } from '../format/versioned-json';
import type { VersionedFormat } from '../format/versioned-json';

export const OVERRIDES_KEY = 'ulk:settings:overrides';

const overridesFormat: VersionedFormat<LocalOverrides | null> = {
  format: null,
  version: 1,
  dataField: 'overrides',
  validate: (overrides) => ({ ok: true, value: parseOverrides(overrides) }),
};

let memory: LocalOverrides | null = null;
let memoryUsed = false;

export function readOverrides(): LocalOverrides | null {
  if (memoryUsed) return memory;
  let text: string | null;
  try {
    text = localStorage.getItem(OVERRIDES_KEY);
  } catch {
    return memory;
  }
  if (text === null) return null;
  const decoded = parseVersioned(overridesFormat, text);
  // Written by a newer build (too-new): do not guess at its meaning.
  return decoded.status === 'ok' || decoded.status === 'migrated' ? decoded.value : null;
}

/** Save (or clear, with null). Returns false when only the session keeps them. */
export function writeOverrides(overrides: LocalOverrides | null): boolean {
  try {
    if (overrides) {
      localStorage.setItem(
        OVERRIDES_KEY,
        JSON.stringify(encodeVersioned(overridesFormat, { overrides })),
      );
    } else {
      localStorage.removeItem(OVERRIDES_KEY);
    }
    memoryUsed = false;
    memory = null;
    return true;
  } catch {
    memoryUsed = true;
    memory = overrides;
    return false;
  }
}

/** For tests: forget the in-memory fallback. */
export function resetOverrideMemory(): void {
  memory = null;
  memoryUsed = false;
}
