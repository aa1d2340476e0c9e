/**
 * The organisation's Word template on the settings screen: whether the deployed template is used,
 * or what exactly is wrong with it (then the appendix keeps the built-in look).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateResult } from '../../appendix/template/inspect';

export function TemplateStatus({ path }: { path: string | undefined }) {
  const { t } = useTranslation('settings');
  const [result, setResult] = useState<{ path: string; r: TemplateResult } | null>(null);
  useEffect(() => {
    if (!path) return;
    let live = true;
    void import('../../appendix/template/load')
      .then(({ loadTemplate }) => loadTemplate(path))
      .then((r) => {
        if (live) setResult({ path, r });
      });
    return () => {
      live = false;
    };
  }, [path]);

  if (!path) return <dd>{t('template.none')}</dd>;
  const r = result?.path === path ? result.r : null;
  return (
    <dd>
      <code>{path}</code>{' '}
      <span role="status">
        {!r ? (
          t('template.checking')
        ) : r.ok ? (
          t('template.used')
        ) : (
          <span className="error-message">
            {t(`template.problems.${r.problem.code}`, { detail: r.problem.detail })}{' '}
            {t('template.fallback')}
          </span>
        )}
      </span>
    </dd>
  );
}
