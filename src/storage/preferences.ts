/**
 * A small store for app preferences under `ulk:prefs` (one JSON object).
 * Unknown or invalid fields are dropped field by field, never the whole
 * object; reading never throws and falls back to defaults. The UI language is
 * kept separately by src/i18n/i18n.ts under `ulk:language`.
 */
import * as z from 'zod/mini';
import { classifyStorageError, KEY_PREFIX } from './case-storage';
import type { StorageFault, StorageSource } from './case-storage';
import type { StorageLike } from './memory-storage';

export const PREFERENCES_KEY = `${KEY_PREFIX}prefs`;

export const preferencesSchema = z.object({
  /** The case that was open last, reopened on start. */
  lastCaseId: z.nullable(z.string().check(z.maxLength(100))),
  /** The user has read the short privacy note. */
  privacyNoteSeen: z.boolean(),
  /** Case list sort order. */
  caseListSort: z.enum(['updated', 'title', 'dnr']),
});

export type Preferences = z.infer<typeof preferencesSchema>;

export const defaultPreferences: Preferences = {
  lastCaseId: null,
  privacyNoteSeen: false,
  caseListSort: 'updated',
};

export type PreferencesWriteResult = { status: 'ok' } | { status: StorageFault };

export interface PreferenceStore {
  get(): Preferences;
  set(patch: Partial<Preferences>): PreferencesWriteResult;
  subscribe(listener: (p: Preferences) => void): () => void;
}

function readField<K extends keyof Preferences>(
  raw: Record<string, unknown>,
  key: K,
): Preferences[K] {
  const parsed = preferencesSchema.shape[key].safeParse(raw[key]);
  return parsed.success ? (parsed.data as Preferences[K]) : defaultPreferences[key];
}

export function createPreferenceStore(source: StorageSource): PreferenceStore {
  let memory: Preferences | null = null;
  const listeners = new Set<(p: Preferences) => void>();

  function storage(): StorageLike | null {
    try {
      return (typeof source === 'function' ? source() : source) ?? null;
    } catch {
      return null;
    }
  }

  function read(): Preferences {
    let raw: unknown = null;
    try {
      const text = storage()?.getItem(PREFERENCES_KEY);
      raw = text ? (JSON.parse(text) as unknown) : null;
    } catch {
      raw = null;
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      return { ...defaultPreferences };
    const r = raw as Record<string, unknown>;
    return {
      lastCaseId: readField(r, 'lastCaseId'),
      privacyNoteSeen: readField(r, 'privacyNoteSeen'),
      caseListSort: readField(r, 'caseListSort'),
    };
  }

  /** Storage wins; the in-memory copy covers a session without (working) storage. */
  function get(): Preferences {
    const stored = read();
    return memory ? { ...stored, ...memory } : stored;
  }

  return {
    get,
    set(patch) {
      const next = { ...get(), ...patch };
      memory = next;
      for (const l of listeners) l(next);
      const s = storage();
      if (!s) return { status: 'unavailable' };
      try {
        s.setItem(PREFERENCES_KEY, JSON.stringify(next));
        memory = null;
        return { status: 'ok' };
      } catch (e) {
        return { status: classifyStorageError(e) };
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
