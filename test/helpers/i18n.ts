/**
 * Test helpers: a real i18next instance with the real locale files (Swedish by
 * default, every namespace loaded), so component tests assert what a user reads.
 */
import { initI18n } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/i18n';

export async function testI18n(lng: Language = 'sv') {
  return initI18n(lng, { preloadAll: true });
}
