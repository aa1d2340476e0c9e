import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Each screen sets the document title "<screen> – Underlagskollen" (WCAG 2.4.2). */
export function useDocumentTitle(title: string) {
  const { t } = useTranslation('common');
  useEffect(() => {
    document.title = title ? `${title} – ${t('appName')}` : t('appName');
  }, [title, t]);
}
