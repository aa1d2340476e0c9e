/**
 * "Registrera beslutet": after the meeting the officer records the committee's decision in
 * the open case (`case.decision`); autosave keeps it, and every export carries it.
 */
import { useTranslation } from 'react-i18next';
import { caseStore, useOpenCase } from '../../session/case-store';
import { navigate, paths } from '../../routing/router';
import { useDocumentTitle } from '../../routing/use-document-title';
import { caseTitle } from '../../checklist/question-bank';
import { CaseNotOpen } from '../common/CaseNotOpen';
import { DecisionForm } from '../common/DecisionForm';
import { Notice } from '../common/Notice';
import '../common/checklist.css';

export function DecisionPage({ caseId }: { caseId: string }) {
  const open = useOpenCase();
  const { t } = useTranslation(['decision', 'checklist']);
  useDocumentTitle(t('page.title'));
  if (!open || open.case.id !== caseId) return <CaseNotOpen />;
  const current = open.case;
  const title = caseTitle(current.answers) || t('taskList.untitled', { ns: 'checklist' });

  return (
    <>
      <a className="back-link" href={paths.tasks(caseId)}>
        {t('page.back')}
      </a>
      <span className="caption">{title}</span>
      <h1>{t('page.title')}</h1>
      <p>{t('page.intro')}</p>
      {open.readOnly ? (
        <Notice variant="warning">{t('readOnly', { ns: 'checklist' })}</Notice>
      ) : (
        <DecisionForm
          key={current.id}
          initial={current.decision}
          submitLabel={t('page.save')}
          onSave={(d) => {
            caseStore.setDecision(d);
            navigate(paths.tasks(caseId));
          }}
        >
          {current.decision ? (
            <button
              type="button"
              className="button button--warning"
              onClick={() => {
                caseStore.setDecision(undefined);
                navigate(paths.tasks(caseId));
              }}
            >
              {t('page.remove')}
            </button>
          ) : null}
        </DecisionForm>
      )}
    </>
  );
}
