/**
 * i18next set-up. Every user-facing string lives in locales/<lng>/<namespace>.json;
 * Swedish is the source of truth and bundled; English is loaded on demand so the
 * first load stays small. Each JSON file is one namespace named after the file.
 */
import i18next from 'i18next';
import type { i18n as I18n, Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

const svFiles = import.meta.glob<Record<string, unknown>>('../../locales/sv/*.json', {
  eager: true,
  import: 'default',
});
const enFiles = import.meta.glob<Record<string, unknown>>('../../locales/en/*.json', {
  import: 'default',
});

function nsOf(path: string): string {
  return path.replace(/^.*\/([^/]+)\.json$/, '$1');
}

export const namespaces = Object.keys(svFiles).map(nsOf);

const LANGUAGE_KEY = 'ulk:language';

export function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(LANGUAGE_KEY);
    return v === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

export async function loadLanguage(instance: I18n, lng: Language): Promise<void> {
  if (lng === 'sv' || instance.hasResourceBundle('en', 'common')) return;
  await Promise.all(
    Object.entries(enFiles).map(async ([path, load]) => {
      instance.addResourceBundle('en', nsOf(path), await load(), true, true);
    }),
  );
}

export async function setLanguage(instance: I18n, lng: Language): Promise<void> {
  await loadLanguage(instance, lng);
  await instance.changeLanguage(lng);
  try {
    localStorage.setItem(LANGUAGE_KEY, lng);
  } catch {
    // Storage may be disabled; the choice then lasts for this session only.
  }
}

/** Keep <html lang> in step with the UI language (WCAG 3.1.1). */
function syncHtmlLang(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

export async function initI18n(lng: Language = storedLanguage()): Promise<I18n> {
  const resources: Resource = { sv: {} };
  for (const [path, data] of Object.entries(svFiles)) resources.sv![nsOf(path)] = data;
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  await instance.init({
    resources,
    lng: 'sv',
    fallbackLng: 'sv',
    ns: namespaces,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    partialBundledLanguages: true,
  });
  instance.on('languageChanged', syncHtmlLang);
  syncHtmlLang('sv');
  if (lng !== 'sv') await setLanguage(instance, lng);
  return instance;
}
