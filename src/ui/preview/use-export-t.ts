/**
 * Translation for the EXPORT language, which the officer chooses at export and which is
 * independent of the UI language. English is loaded on demand (src/i18n/i18n.ts); until
 * its bundle is there the hook reports `loading` and keeps the last ready translator, so
 * the preview never flashes raw keys or the wrong language mid-sentence.
 */
import { useEffect, useMemo, useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ExportLanguage, Translate } from '../../appendix/model';
import { isLanguageLoaded as allLoaded, loadLanguage } from '../../i18n/i18n';

export type ExportTState = 'ready' | 'loading' | 'failed';

export function isLanguageLoaded(i18n: I18n, lng: ExportLanguage): boolean {
  return allLoaded(i18n, lng);
}

/** A plain `(key, params) => string` bound to one language, whatever the UI language is. */
export function fixedTranslator(i18n: I18n, lng: ExportLanguage): Translate {
  const fixed = i18n.getFixedT(lng) as unknown as (key: string, params?: object) => unknown;
  return (key, params) => String(fixed(key, params ?? {}));
}

export interface ExportT {
  /** The language `t` translates into (the chosen one once loaded, else the previous one). */
  lng: ExportLanguage;
  t: Translate;
  state: ExportTState;
}

export function useExportT(wanted: ExportLanguage): ExportT {
  const { i18n } = useTranslation();
  const [shown, setShown] = useState<ExportLanguage>(() =>
    isLanguageLoaded(i18n, wanted) ? wanted : i18n.language === 'en' ? 'en' : 'sv',
  );
  const [state, setState] = useState<ExportTState>('ready');

  useEffect(() => {
    if (isLanguageLoaded(i18n, wanted)) {
      setShown(wanted);
      setState('ready');
      return;
    }
    let cancelled = false;
    setState('loading');
    loadLanguage(i18n, wanted).then(
      () => {
        if (cancelled) return;
        setShown(wanted);
        setState('ready');
      },
      () => {
        if (!cancelled) setState('failed');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [i18n, wanted]);

  const t = useMemo(() => fixedTranslator(i18n, shown), [i18n, shown]);
  return { lng: shown, t, state };
}
