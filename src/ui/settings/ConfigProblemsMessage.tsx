/**
 * The administrator message: what is wrong in config.json, field by field. Renders nothing
 * when there is no problem. The app shell may also show it (e.g. on the start page).
 */
import { useTranslation } from 'react-i18next';
import type { ConfigProblem } from '../../config/config-schema';
import { Notice } from '../common/Notice';

interface ConfigProblemsMessageProps {
  problems: readonly ConfigProblem[];
  headingLevel?: 2 | 3;
}

export function ConfigProblemsMessage({ problems, headingLevel = 2 }: ConfigProblemsMessageProps) {
  const { t } = useTranslation('settings');
  if (problems.length === 0) return null;
  return (
    <Notice
      variant="error"
      heading={t('problems.heading')}
      headingLevel={headingLevel}
      headingId="config-problems-heading"
    >
      <p>{t('problems.intro')}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.path}-${i}`}>
            <strong>{t(p.severity === 'error' ? 'problems.error' : 'problems.warning')}</strong>{' '}
            {p.path ? <code>{p.path}</code> : t('problems.wholeFile')} {t(p.messageKey, p.params)}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
