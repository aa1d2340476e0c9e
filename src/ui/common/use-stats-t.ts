/**
 * The `stats` translation function as the pure statistics module expects it, and the UI
 * language narrowed to the two languages the number formatting knows.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lng, Params, Translate } from '../../checklist/statistics/format';

export function useStatsT(): { t: Translate; lng: Lng } {
  const { t, i18n } = useTranslation('stats');
  const lng: Lng = (i18n.resolvedLanguage ?? i18n.language ?? 'sv').startsWith('en') ? 'en' : 'sv';
  const tr = useCallback<Translate>(
    (key: string, params?: Params) => {
      const k = key.startsWith('stats:') ? key : `stats:${key}`;
      return String(t(k, params ?? {}));
    },
    // `lng` is listed so consumers re-render with the new language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, lng],
  );
  return { t: tr, lng };
}
