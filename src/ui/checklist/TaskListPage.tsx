/**
 * The task list: every section grouped by part with its derived status, links
 * into the journey, the overall verdicts and the way on to check and export.
 */
import { useTranslation } from 'react-i18next';
import { useOpenCase } from '../../session/case-store';
import { useRuleContext } from '../../session/rule-context';
import { paths } from '../../routing/router';
import { useDocumentTitle } from '../../routing/use-document-title';
import { caseTitle, quickRoadPageId, sections } from '../../checklist/question-bank';
import { progress, quickRoadOffered, sectionEntry } from '../../checklist/journey';
import { summarise } from '../../checklist/rules';
import type { PartId } from '../../checklist/types';
import { journeyHref } from './journey-href';
import { CaseNotOpen } from '../common/CaseNotOpen';
import { CaseVerdicts, SamiWarning, StatusTag } from '../common/verdicts';
import '../common/checklist.css';
import { Notice } from '../common/Notice';
import { DecisionSummary } from '../common/DecisionSummary';

export function TaskListPage({ caseId }: { caseId: string }) {
  const open = useOpenCase();
  const ctx = useRuleContext();
  const { t } = useTranslation(['checklist', 'questions', 'rules', 'decision']);
  const answers = open?.case.id === caseId ? open.case.answers : null;
  const title = answers ? caseTitle(answers) || t('taskList.untitled') : '';
  useDocumentTitle(title);
  if (!open || !answers) return <CaseNotOpen />;

  const summary = summarise(answers, ctx);
  const statusOf = new Map(summary.sections.map((s) => [s.id, s.status]));
  const { done, total } = progress(summary.sections);
  const parts = [...new Set(sections.map((s) => s.part))] as PartId[];

  return (
    <>
      <span className="caption">{t('taskList.caption')}</span>
      <h1>{title}</h1>
      {open.readOnly ? <Notice variant="warning">{t('readOnly')}</Notice> : null}
      <p>{t('taskList.progress', { done, total })}</p>
      <SamiWarning duty={summary.samiDuty} />
      {quickRoadOffered(answers) && !open.readOnly ? (
        <section aria-labelledby="quick-road" className="quick-road">
          <h2 id="quick-road">{t('taskList.quickRoadHeading')}</h2>
          <p>
            <a href={paths.page(caseId, quickRoadPageId)}>{t('taskList.quickRoad')}</a>
          </p>
        </section>
      ) : null}
      {parts.map((part) => (
        <section key={part} aria-labelledby={`part-${part}`}>
          <h2 id={`part-${part}`}>{t(`parts.${part}`, { ns: 'questions' })}</h2>
          <ul className="task-list">
            {sections
              .filter((s) => s.part === part)
              .map((section) => {
                const status = statusOf.get(section.id) ?? ({ kind: 'not-started' } as const);
                const entry = sectionEntry(section, status, answers, ctx);
                const href = entry ? journeyHref(caseId, entry) : null;
                const statusId = `status-${section.id}`;
                const reasonId = `reason-${section.id}`;
                const name = t(section.titleKey, { ns: 'questions' });
                const reason =
                  status.kind === 'not-applicable' && status.reason
                    ? t('verdicts.reason', { reason: status.reason })
                    : status.kind === 'in-progress'
                      ? t('inProgressCount', { ns: 'rules', count: status.missing })
                      : '';
                return (
                  <li className="task-list__item" key={section.id}>
                    <div className="task-list__name">
                      {href ? (
                        <a
                          href={href}
                          aria-describedby={reason ? `${statusId} ${reasonId}` : statusId}
                        >
                          {name}
                        </a>
                      ) : (
                        <span>{name}</span>
                      )}
                      {reason ? (
                        <p className="task-list__reason" id={reasonId}>
                          {reason}
                        </p>
                      ) : null}
                    </div>
                    <div className="task-list__status">
                      <StatusTag
                        status={status}
                        optional={section.optional ?? false}
                        id={statusId}
                      />
                    </div>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
      <CaseVerdicts summary={summary} samiWarning={false} />
      <section aria-labelledby="task-list-decision">
        <h2 id="task-list-decision">{t('taskList.heading', { ns: 'decision' })}</h2>
        {open.case.decision ? (
          <DecisionSummary decision={open.case.decision} />
        ) : (
          <p>{t('taskList.none', { ns: 'decision' })}</p>
        )}
        {open.readOnly ? null : (
          <p>
            <a href={paths.decision(caseId)}>
              {t(open.case.decision ? 'taskList.change' : 'taskList.record', { ns: 'decision' })}
            </a>
          </p>
        )}
      </section>
      <h2>{t('taskList.finish')}</h2>
      <ul>
        <li>
          <a href={paths.check(caseId)}>{t('taskList.checkAll')}</a>
        </li>
        <li>
          <a href={paths.preview(caseId)}>{t('taskList.preview')}</a>
        </li>
      </ul>
    </>
  );
}
