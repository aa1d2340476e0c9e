/**
 * The top of the case list: its heading and intro. The case list renders it, and so does the
 * prerendered first paint (src/app/first-paint.tsx), so the two cannot drift apart.
 */
import { useTranslation } from 'react-i18next';

export function CaseListIntro() {
  const { t } = useTranslation('cases');
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
    </>
  );
}
