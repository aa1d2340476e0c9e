/**
 * The UI language the user chose, under `ulk:language` ('sv' or 'en'). public/shell.js (a classic
 * script that runs before the app) reads the same key for the prerendered first paint.
 */
export const LANGUAGE_KEY = 'ulk:language';

export type StoredLanguage = 'sv' | 'en';

/** The stored choice; Swedish when none is stored or storage cannot be read. */
export function readUiLanguage(): StoredLanguage {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

/** Remember the choice; when storage is disabled it lasts for this session only. */
export function writeUiLanguage(lng: StoredLanguage): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, lng);
  } catch {
    // Storage may be disabled; the choice then lasts for this session only.
  }
}
