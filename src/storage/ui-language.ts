/**
 * The UI language the user chose, under `ulk:language`: a versioned record
 * `{ "format": "underlagskollen-ui-language", "version": 1, "language": "sv" | "en" }`.
 * Builds before the record had a version stored the bare value (`en` or `sv`); it still reads.
 * public/shell.js (a classic script that runs before the app) reads the same key, in both shapes,
 * for the prerendered first paint.
 */
import { encodeVersioned, isRecord, parseVersioned } from '../format/versioned-json';
import type { VersionedFormat } from '../format/versioned-json';

export const LANGUAGE_KEY = 'ulk:language';

export type StoredLanguage = 'sv' | 'en';

const isLanguage = (v: unknown): v is StoredLanguage => v === 'sv' || v === 'en';

const uiLanguageFormat: VersionedFormat<StoredLanguage> = {
  format: 'underlagskollen-ui-language',
  version: 1,
  validate: (record) =>
    isRecord(record) && isLanguage(record.language)
      ? { ok: true, value: record.language }
      : { ok: false, detail: 'no language' },
};

/** The language a stored value names; Swedish when there is none or it cannot be read. */
export function decodeUiLanguage(text: string | null): StoredLanguage {
  if (text === null) return 'sv';
  if (isLanguage(text)) return text; // the bare value of builds before the record had a version
  const decoded = parseVersioned(uiLanguageFormat, text);
  switch (decoded.status) {
    case 'ok':
    case 'migrated':
      return decoded.value;
    case 'too-new':
      // A newer build's record: only read (never guessed at), as public/shell.js reads it.
      return decoded.record.language === 'en' ? 'en' : 'sv';
    default:
      return 'sv';
  }
}

/** The stored choice; Swedish when none is stored or storage cannot be read. */
export function readUiLanguage(): StoredLanguage {
  try {
    return decodeUiLanguage(localStorage.getItem(LANGUAGE_KEY));
  } catch {
    return 'sv';
  }
}

/** Remember the choice; when storage is disabled it lasts for this session only. */
export function writeUiLanguage(lng: StoredLanguage): void {
  try {
    localStorage.setItem(
      LANGUAGE_KEY,
      JSON.stringify(encodeVersioned(uiLanguageFormat, { language: lng })),
    );
  } catch {
    // Storage may be disabled; the choice then lasts for this session only.
  }
}
