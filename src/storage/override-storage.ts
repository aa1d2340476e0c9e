/**
 * Local overrides of the organisation's settings, kept in this browser beside the cases.
 *
 * The only code in src/config that touches browser storage (it may move to src/storage/).
 * Storage can be disabled or full: every access is wrapped, and the overrides then live in
 * memory for the rest of the session. Stored data carries a version; unreadable data is
 * ignored (the deployed settings apply) but never overwritten until the user saves.
 */
import { parseOverrides } from '../config/config-schema';
import type { LocalOverrides } from '../config/config-schema';

export const OVERRIDES_KEY = 'ulk:settings:overrides';
const FORMAT_VERSION = 1;

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
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
    const { version, overrides } = raw as { version?: unknown; overrides?: unknown };
    // Written by a newer build: do not guess at its meaning.
    if (typeof version !== 'number' || version > FORMAT_VERSION) return null;
    return parseOverrides(overrides);
  } catch {
    return null;
  }
}

/** Save (or clear, with null). Returns false when only the session keeps them. */
export function writeOverrides(overrides: LocalOverrides | null): boolean {
  try {
    if (overrides) {
      localStorage.setItem(OVERRIDES_KEY, JSON.stringify({ version: FORMAT_VERSION, overrides }));
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
