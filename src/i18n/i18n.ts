/**
 * i18next set-up. Every user-facing string lives in locales/<lng>/<namespace>.json;
 * Swedish is the source of truth. Each JSON file is one namespace named after the file.
 *
 * To keep the first load small, only the namespaces the shell and the case list
 * need are bundled (`eagerNamespaces`, Swedish); every other namespace, and all of
 * English, is a lazy chunk fetched through a tiny backend when a screen asks for it
 * (react-i18next suspends until it arrives).
 */
import i18next from 'i18next';
import type { BackendModule, i18n as I18n, Resource, ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readUiLanguage, writeUiLanguage } from '../storage/ui-language';

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

/** Bundled with the first load: the shell, the case list, storage messages and status words. */
export const eagerNamespaces = ['common', 'cases', 'storage', 'rules'] as const;

const svEager = import.meta.glob<ResourceKey>(
  [
    '../../locales/sv/common.json',
    '../../locales/sv/cases.json',
    '../../locales/sv/storage.json',
    '../../locales/sv/rules.json',
  ],
  { eager: true, import: 'default' },
);
const lazyFiles = import.meta.glob<ResourceKey>('../../locales/*/*.json', { import: 'default' });

function nsOf(path: string): string {
  return path.replace(/^.*\/([^/]+)\.json$/, '$1');
}
function lngOf(path: string): string {
  return path.replace(/^.*\/locales\/([^/]+)\/[^/]+\.json$/, '$1');
}

const loaders = new Map<string, () => Promise<ResourceKey>>(
  Object.entries(lazyFiles).map(([path, load]) => [`${lngOf(path)}/${nsOf(path)}`, load]),
);

/** Every namespace there is (from the Swedish files). */
export const namespaces = [...loaders.keys()]
  .filter((k) => k.startsWith('sv/'))
  .map((k) => k.slice(3));

const lazyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(lng, ns, callback) {
    const load = loaders.get(`${lng}/${ns}`);
    if (!load) {
      callback(new Error(`No locale file ${lng}/${ns}`), false);
      return;
    }
    load().then(
      (data) => callback(null, data),
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), false),
    );
  },
};

export function storedLanguage(): Language {
  return readUiLanguage();
}

/** Whether every namespace of a language is loaded (an export or a preview may use any of them). */
export function isLanguageLoaded(instance: I18n, lng: Language): boolean {
  return namespaces.every((ns) => instance.hasResourceBundle(lng, ns));
}

/** Load every namespace of a language (used before an export in that language). */
export async function loadLanguage(instance: I18n, lng: Language): Promise<void> {
  await instance.loadLanguages(lng);
  const missing = namespaces.filter((ns) => !instance.hasResourceBundle(lng, ns));
  await Promise.all(
    missing.map(async (ns) => {
      const load = loaders.get(`${lng}/${ns}`);
      if (load) instance.addResourceBundle(lng, ns, await load(), true, true);
    }),
  );
}

export async function setLanguage(instance: I18n, lng: Language): Promise<void> {
  await instance.changeLanguage(lng);
  writeUiLanguage(lng);
}

/** Keep <html lang> in step with the UI language (WCAG 3.1.1). */
function syncHtmlLang(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

export interface InitOptions {
  /** Load every namespace up front (tests, and tools that render everything). */
  preloadAll?: boolean;
}

export async function initI18n(
  lng: Language = storedLanguage(),
  options: InitOptions = {},
): Promise<I18n> {
  const resources: Resource = { sv: {} };
  for (const [path, data] of Object.entries(svEager)) resources.sv![nsOf(path)] = data;
  const instance = i18next.createInstance();
  instance.use(lazyBackend).use(initReactI18next);
  await instance.init({
    resources,
    lng,
    fallbackLng: 'sv',
    supportedLngs: [...languages],
    ns: [...eagerNamespaces],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    partialBundledLanguages: true,
    react: { useSuspense: true },
  });
  instance.on('languageChanged', syncHtmlLang);
  syncHtmlLang(lng);
  if (options.preloadAll) {
    await loadLanguage(instance, 'sv');
    if (lng !== 'sv') await loadLanguage(instance, lng);
  } else if (lng !== 'sv') {
    await instance.loadNamespaces([...eagerNamespaces]);
  }
  return instance;
}
