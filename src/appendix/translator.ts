/**
 * A synchronous `t` for one language over already-loaded locale resources, for code
 * that builds an appendix outside React: the Node CLI and tests (node-i18n.ts reads
 * the files with fs) and the bench page (which bundles them). No fs, no browser API.
 */
import i18next from 'i18next';
import type { Resource } from 'i18next';
import type { ExportLanguage, Translate } from './model';

export function translatorFromResources(resources: Resource, lng: ExportLanguage): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng,
    fallbackLng: 'sv',
    ns: Object.keys(resources.sv ?? {}),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  const fixed = instance.getFixedT(lng);
  return (key, params) => String(fixed(key, params ?? {}));
}
