/** Shown when a case route renders without that case open in the store. */
import { useTranslation } from 'react-i18next';
import { paths } from '../../routing/router';
import { useDocumentTitle } from '../../routing/use-document-title';

export function CaseNotOpen() {
  const { t } = useTranslation('checklist');
  useDocumentTitle(t('notOpen.title'));
  return (
    <>
      <h1>{t('notOpen.title')}</h1>
      <p>{t('notOpen.body')}</p>
      <p>
        <a href={paths.home()}>{t('notOpen.link')}</a>
      </p>
    </>
  );
}
