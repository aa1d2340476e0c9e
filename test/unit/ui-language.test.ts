import { afterEach, describe, expect, it } from 'vitest';
import {
  LANGUAGE_KEY,
  decodeUiLanguage,
  readUiLanguage,
  writeUiLanguage,
} from '../../src/storage/ui-language';

describe('the stored UI language', () => {
  afterEach(() => localStorage.clear());

  it('is stored as a versioned record and read back', () => {
    writeUiLanguage('en');
    expect(JSON.parse(localStorage.getItem(LANGUAGE_KEY) ?? '')).toEqual({
      format: 'underlagskollen-ui-language',
      version: 1,
      language: 'en',
    });
    expect(readUiLanguage()).toBe('en');
    writeUiLanguage('sv');
    expect(readUiLanguage()).toBe('sv');
  });

  it('reads a newer build’s record when it names a language, as the first paint does', () => {
    const newer = { format: 'underlagskollen-ui-language', version: 9, language: 'en', x: 1 };
    expect(decodeUiLanguage(JSON.stringify(newer))).toBe('en');
  });

  it('falls back to Swedish for nothing stored, another value or a damaged record', () => {
    for (const text of [null, 'fr', '{"format":"underlagskollen-ui-language"', '{"version":1}']) {
      expect(decodeUiLanguage(text)).toBe('sv');
    }
  });
});
