/**
 * "Kontrollera dina svar" for one section or the whole case: a GOV.UK summary
 * list of every visible question with its answer and a change link that brings
 * the officer back here after Continue, then the verdicts the page covers.
 */
import { useTranslation } from 'react-i18next';
import { useOpenCase } from '../../session/case-store';
import { useRuleContext } from '../../session/rule-context';
import { paths } from '../../routing/router';
import type { ReturnTarget } from '../../routing/router';
import { useDocumentTitle } from '../../routing/use-document-title';
import { sectionById, sections } from '../../checklist/question-bank';
import { nextSectionTarget } from '../../checklist/journey';
import {
  isAnswered,
  sectionStatus,
  summarise,
  unansweredKind,
  visiblePages,
  visibleQuestions,
} from '../../checklist/rules';
import type { Answers, RuleContext, Section } from '../../checklist/types';
import { CaseNotOpen } from '../common/CaseNotOpen';
import { FormattedAnswer } from '../common/format-answer';
import { CaseVerdicts, SectionVerdict, StatusTag } from '../common/verdicts';
import { journeyHref } from './journey-href';
import '../common/checklist.css';

interface CheckAnswersPageProps {
  caseId: string;
  sectionId: string | null;
}

export function CheckAnswersPage({ caseId, sectionId }: CheckAnswersPageProps) {
  const open = useOpenCase();
  const ctx = useRuleContext();
  const { t } = useTranslation(['checklist', 'questions']);
  const section = sectionId ? sectionById.get(sectionId) : undefined;
  const title = t('check.title');
  useDocumentTitle(section ? `${title}: ${t(section.titleKey, { ns: 'questions' })}` : title);
  if (!open || open.case.id !== caseId) return <CaseNotOpen />;
  if (sectionId && !section) {
    return (
      <>
        <h1>{t('page.notShown.title')}</h1>
        <p>
          <a href={paths.tasks(caseId)}>{t('page.notShown.link')}</a>
        </p>
      </>
    );
  }
  const answers = open.case.answers;
  const summary = summarise(answers, ctx);
  const returnTo: ReturnTarget = { kind: 'check', sectionId: section?.id ?? null };

  return (
    <>
      <a className="back-link" href={paths.tasks(caseId)}>
        {t('check.backToTasks')}
      </a>
      <span className="caption">
        {section ? t(section.titleKey, { ns: 'questions' }) : t('check.wholeCase')}
      </span>
      <h1>{title}</h1>
      {section ? (
        <SectionAnswers
          caseId={caseId}
          section={section}
          answers={answers}
          ctx={ctx}
          returnTo={returnTo}
          headed={false}
        />
      ) : (
        sections.map((s) => (
          <SectionAnswers
            key={s.id}
            caseId={caseId}
            section={s}
            answers={answers}
            ctx={ctx}
            returnTo={returnTo}
            headed
          />
        ))
      )}
      {section ? (
        <SectionVerdict sectionId={section.id} summary={summary} />
      ) : (
        <CaseVerdicts summary={summary} />
      )}
      <div className="button-group">
        {section ? (
          <>
            <a
              className="button"
              href={journeyHref(caseId, nextSectionTarget(section.id, answers, ctx))}
            >
              {t('check.nextSection')}
            </a>
            <a href={paths.tasks(caseId)}>{t('check.toTasks')}</a>
          </>
        ) : (
          <>
            <a className="button" href={paths.preview(caseId)}>
              {t('check.toPreview')}
            </a>
            <a href={paths.tasks(caseId)}>{t('check.toTasks')}</a>
          </>
        )}
      </div>
    </>
  );
}

interface SectionAnswersProps {
  caseId: string;
  section: Section;
  answers: Answers;
  ctx: RuleContext;
  returnTo: ReturnTarget;
  /** On the whole-case page each section has its own h2. */
  headed: boolean;
}

function SectionAnswers({ caseId, section, answers, ctx, returnTo, headed }: SectionAnswersProps) {
  const { t } = useTranslation(['checklist', 'questions']);
  const pages = visiblePages(section, answers, ctx);
  const status = sectionStatus(section, answers, ctx);
  const heading = headed ? (
    <h2 id={`check-${section.id}`}>{t(section.titleKey, { ns: 'questions' })}</h2>
  ) : null;

  if (pages.length === 0) {
    return (
      <section aria-labelledby={headed ? `check-${section.id}` : undefined}>
        {heading}
        <p>
          <StatusTag status={status} />{' '}
          {status.kind === 'not-applicable' && status.reason
            ? t('verdicts.reason', { reason: status.reason })
            : null}
        </p>
      </section>
    );
  }

  const rows = pages.flatMap((page) =>
    visibleQuestions(page, answers, ctx).map((question) => ({ page, question })),
  );

  return (
    <section aria-labelledby={headed ? `check-${section.id}` : undefined}>
      {heading}
      <dl className="summary-list">
        {rows.map(({ page, question }) => {
          const label = t(question.labelKey, { ns: 'questions' });
          const answered = isAnswered(question, answers);
          // A legal duty (the Sami consultation log) is never shown as optional.
          const emptyKind = unansweredKind(question, answers, ctx);
          const required = emptyKind !== 'optional';
          const href = paths.page(caseId, page.id, returnTo);
          return (
            <div className="summary-list__row" key={question.id}>
              <dt className="summary-list__key">{label}</dt>
              <dd className="summary-list__value">
                {answered ? (
                  <FormattedAnswer question={question} value={answers[question.id]} />
                ) : emptyKind === 'legal-duty' ? (
                  <span className="summary-list__missing">{t('check.missingDuty')}</span>
                ) : required ? (
                  <span className="summary-list__missing">{t('check.missing')}</span>
                ) : (
                  <span>{t('check.optionalEmpty')}</span>
                )}
              </dd>
              <dd className="summary-list__actions">
                <a href={href}>
                  {!answered && required ? t('check.answer') : t('check.change')}{' '}
                  <span className="visually-hidden">{label}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
