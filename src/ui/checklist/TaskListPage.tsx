/**
 * The task list: every section grouped by part with its derived status, links
 * into the journey, the overall verdicts and the way on to check and export.
 */
import { useTranslation } from 'react-i18next';
import { useOpenCase } from '../../session/case-store';
import { useRuleContext } from '../../session/rule-context';
import { paths } from '../../routing/router';
import { useDocumentTitle } from '../../routing/use-document-title';
import { caseTitle, sections } from '../../checklist/question-bank';
import { missingInSection, summarise, visiblePages } from '../../checklist/rules';
import type { SectionStatus } from '../../checklist/rules';
import type { Answers, PartId, RuleContext, Section } from '../../checklist/types';
import { CaseNotOpen } from '../common/CaseNotOpen';
import { CaseVerdicts, SamiWarning, StatusTag } from '../common/verdicts';
import '../common/checklist.css';

const answeredKinds: ReadonlySet<SectionStatus['kind']> = new Set([
  'complete',
  'needs-completion',
  'not-applicable',
]);

/** Where a section's link leads: its first missing page, its first page, or its check page when done. */
export function sectionHref(
  caseId: string,
  section: Section,
  status: SectionStatus,
  answers: Answers,
  ctx: RuleContext,
): string | null {
  const pages = visiblePages(section, answers, ctx);
  const first = pages[0];
  if (!first) return null;
  if (answeredKinds.has(status.kind)) return paths.check(caseId, section.id);
  const missing = missingInSection(section, answers, ctx)[0];
  return paths.page(caseId, status.kind === 'in-progress' && missing ? missing.pageId : first.id);
}

export function TaskListPage({ caseId }: { caseId: string }) {
  const open = useOpenCase();
  const ctx = useRuleContext();
  const { t } = useTranslation(['checklist', 'questions', 'rules']);
  const answers = open?.case.id === caseId ? open.case.answers : null;
  const title = answers ? caseTitle(answers) || t('taskList.untitled') : '';
  useDocumentTitle(title);
  if (!open || !answers) return <CaseNotOpen />;

  const summary = summarise(answers, ctx);
  const statusOf = new Map(summary.sections.map((s) => [s.id, s.status]));
  const counted = sections.filter((s) => !s.optional);
  const done = counted.filter((s) => answeredKinds.has(statusOf.get(s.id)?.kind ?? 'not-started'));
  const parts = [...new Set(sections.map((s) => s.part))] as PartId[];

  return (
    <>
      <span className="caption">{t('taskList.caption')}</span>
      <h1>{title}</h1>
      {open.readOnly ? <div className="notice notice--warning">{t('readOnly')}</div> : null}
      <p>{t('taskList.progress', { done: done.length, total: counted.length })}</p>
      <SamiWarning duty={summary.samiDuty} />
      {parts.map((part) => (
        <section key={part} aria-labelledby={`part-${part}`}>
          <h2 id={`part-${part}`}>{t(`parts.${part}`, { ns: 'questions' })}</h2>
          <ul className="task-list">
            {sections
              .filter((s) => s.part === part)
              .map((section) => {
                const status = statusOf.get(section.id) ?? ({ kind: 'not-started' } as const);
                const href = sectionHref(caseId, section, status, answers, ctx);
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
