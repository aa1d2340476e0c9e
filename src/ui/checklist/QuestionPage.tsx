/**
 * One page of the journey, GOV.UK style: back link, section caption, the page's
 * visible questions (a lone question's label is the h1), Continue and "Spara och
 * återgå". The case store owns every answer: each field subscribes to its own
 * answer and writes it there at once (autosave keeps it even if the officer leaves
 * without Continue), so a keystroke re-renders that field only. The page itself
 * subscribes to what it shows (which questions are visible, where Back leads).
 * Validation happens on Continue only, with react-hook-form and a zod schema built
 * from the questions visible at that moment, over the answers in the store. Hidden
 * answers are never deleted. Where Continue and Back lead is the domain's
 * (src/checklist/journey.ts).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { FieldValues, Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { caseStore, useCaseSelector } from '../../session/case-store';
import { useRuleContext } from '../../session/rule-context';
import { navigate, paths } from '../../routing/router';
import type { ReturnTarget } from '../../routing/router';
import { useDocumentTitle } from '../../routing/use-document-title';
import type { AnswerProblem } from '../../checklist/answer-problems';
import { backTarget, continueTarget, shownPage } from '../../checklist/journey';
import { isRequired, samiDuty, visibleQuestions } from '../../checklist/rules';
import type { SamiDuty } from '../../checklist/rules';
import type {
  AnswerValue,
  Answers,
  Page,
  Question,
  RuleContext,
  Section,
} from '../../checklist/types';
import { ErrorSummary } from '../common/ErrorSummary';
import { usePresentation } from '../common/presentation';
import { CaseNotOpen } from '../common/CaseNotOpen';
import { SamiDutyNotice } from '../common/verdicts';
import { QuestionField } from './fields/QuestionField';
import { journeyHref } from './journey-href';
import { fieldId, fieldName, pageSchema } from './validation';
import '../common/checklist.css';
import { Notice } from '../common/Notice';

export interface QuestionPageProps {
  caseId: string;
  pageId: string;
  returnTo: ReturnTarget | null;
  /** Open every "Visa ett exempel" / "Varför frågar vi?" (trainers' demo). */
  showHelpOpen?: boolean;
}

const answersNow = (): Answers => caseStore.getSnapshot()?.case.answers ?? {};

export function QuestionPage({
  caseId,
  pageId,
  returnTo,
  showHelpOpen = false,
}: QuestionPageProps) {
  const ctx = useRuleContext();
  // Presentation mode (trainers' demo) shows the help open.
  const presentation = usePresentation();
  const state = useCaseSelector((open) => {
    if (!open || open.case.id !== caseId) return 'closed';
    if (!shownPage(pageId, open.case.answers, ctx)) return 'not-shown';
    return open.readOnly ? 'read-only' : 'open';
  });
  if (state === 'closed') return <CaseNotOpen />;
  const entry = state === 'not-shown' ? null : shownPage(pageId, answersNow(), ctx);
  if (!entry) return <PageNotShown caseId={caseId} />;
  return (
    <QuestionPageForm
      // A new page is a new form: no errors carried over.
      key={pageId}
      caseId={caseId}
      section={entry.section}
      page={entry.page}
      returnTo={returnTo}
      ctx={ctx}
      readOnly={state === 'read-only'}
      showHelpOpen={showHelpOpen || presentation}
    />
  );
}

function PageNotShown({ caseId }: { caseId: string }) {
  const { t } = useTranslation('checklist');
  useDocumentTitle(t('page.notShown.title'));
  return (
    <>
      <h1>{t('page.notShown.title')}</h1>
      <p>{t('page.notShown.body')}</p>
      <p>
        <a href={paths.tasks(caseId)}>{t('page.notShown.link')}</a>
      </p>
    </>
  );
}

export function problemMessage(
  t: TFunction,
  exists: (key: string) => boolean,
  question: Question,
  problem: AnswerProblem,
): string {
  const label = t(question.labelKey, { ns: 'questions' });
  if (problem.kind === 'required') {
    // A question may carry its own GOV.UK-style message ("Välj om ärendet berör …").
    const own = `${question.id}.error`;
    if (exists(own)) return t(own, { ns: 'questions' });
    return t(`errors.required.${question.kind}`, { ns: 'checklist', label });
  }
  if (problem.kind === 'tooLong') {
    return t('errors.tooLong', { ns: 'checklist', label, max: problem.max });
  }
  return t('errors.dateInvalid', { ns: 'checklist', label });
}

type FormValues = FieldValues;

interface FormProps {
  caseId: string;
  section: Section;
  page: Page;
  returnTo: ReturnTarget | null;
  ctx: RuleContext;
  readOnly: boolean;
  showHelpOpen: boolean;
}

/** The form's values for these questions, read from the case store (the one owner). */
function valuesOf(questions: readonly Question[], answers: Answers): FormValues {
  return Object.fromEntries(questions.map((q) => [fieldName(q.id), answers[q.id]]));
}

function QuestionPageForm({
  caseId,
  section,
  page,
  returnTo,
  ctx,
  readOnly,
  showHelpOpen,
}: FormProps) {
  const { t, i18n } = useTranslation(['checklist', 'questions']);
  /** Date fields whose typed text the browser cannot read (their stored value stays ''). */
  const unreadableDates = useRef(new Set<string>());
  const [answersWhenOpened] = useState(answersNow);
  const latest = useRef({ ctx, t, i18n });
  useLayoutEffect(() => {
    latest.current = { ctx, t, i18n };
  });

  // The schema is built at validation time from the answers in the store as they are then,
  // so it always covers exactly the questions the officer can see, with the values they typed.
  const resolver = useCallback<Resolver<FormValues>>(
    (_values, context, options) => {
      const { ctx: c, t: tt, i18n: inst } = latest.current;
      const now = answersNow();
      const visibleNow = visibleQuestions(page, now, c);
      const schema = pageSchema(
        visibleNow.map((question) => ({
          question,
          required: isRequired(question, now, c),
          dateUnreadable: unreadableDates.current.has(question.id),
        })),
        (question, problem) =>
          problemMessage(tt, (key) => inst.exists(key, { ns: 'questions' }), question, problem),
      );
      return zodResolver(schema)(valuesOf(visibleNow, now), context, options) as ReturnType<
        Resolver<FormValues>
      >;
    },
    [page],
  );

  const form = useForm<FormValues>({
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // The error summary takes focus, not the first field.
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;

  // The page re-renders when the set of visible questions changes, not on every keystroke.
  const visibleIds = useCaseSelector((open) =>
    visibleQuestions(page, open?.case.answers ?? {}, ctx)
      .map((q) => q.id)
      .join(' '),
  );
  const shownIds = new Set(visibleIds.split(' '));
  const visible = page.questions.filter((q) => shownIds.has(q.id));
  const back = useCaseSelector((open) =>
    journeyHref(caseId, backTarget(section, page.id, returnTo, open?.case.answers ?? {}, ctx)),
  );

  const sectionTitle = t(section.titleKey, { ns: 'questions' });
  const lone = page.titleKey ? null : (visible[0] ?? null);
  const title = lone
    ? t(lone.labelKey, { ns: 'questions' })
    : t(page.titleKey ?? section.titleKey, { ns: 'questions' });

  // Only errors of questions still shown: an answer can hide a question after a failed Continue.
  const errorItems = visible.flatMap((q) => {
    const message = errors[fieldName(q.id)]?.message;
    return typeof message === 'string' ? [{ id: fieldId(q.id), message }] : [];
  });
  useDocumentTitle(errorItems.length > 0 ? t('errorTitle', { title }) : title);

  const onValid = () => {
    navigate(
      journeyHref(
        caseId,
        continueTarget(section, page.id, returnTo, answersNow(), ctx, answersWhenOpened),
      ),
    );
  };

  const onDateValidityChange = useCallback((questionId: string, invalid: boolean) => {
    if (invalid) unreadableDates.current.add(questionId);
    else unreadableDates.current.delete(questionId);
  }, []);

  const fields = visible.map((q) => {
    const message = errors[fieldName(q.id)]?.message;
    return (
      <AnswerField
        key={q.id}
        question={q}
        error={typeof message === 'string' ? message : undefined}
        asHeading={q === lone}
        showHelpOpen={showHelpOpen}
        onDateValidityChange={onDateValidityChange}
      />
    );
  });

  return (
    <>
      <a className="back-link" href={back}>
        {t('page.back')}
      </a>
      <ErrorSummary errors={errorItems} focusKey={submitCount} />
      {readOnly ? <Notice variant="warning">{t('readOnly')}</Notice> : null}
      <span className="caption">{sectionTitle}</span>
      {lone ? null : <h1>{title}</h1>}
      {section.shortRoad && !section.pages.includes(page) ? (
        <Notice>
          {t('page.shortRoad')}{' '}
          <a href={paths.page(caseId, section.shortRoad.choicePageId)}>{t('page.shortRoadFull')}</a>
        </Notice>
      ) : null}
      {/* The consultation page says at once, and as the log changes, whether the duty is met. */}
      {page.id === 'd-consultation' ? <LiveSamiDutyNotice /> : null}
      <form
        noValidate
        onSubmit={(e) => {
          // Text still being typed is part of what Continue checks.
          caseStore.flushPending();
          void form.handleSubmit(onValid)(e);
        }}
      >
        {readOnly ? (
          <fieldset disabled className="read-only-fields">
            {fields}
          </fieldset>
        ) : (
          fields
        )}
        <div className="button-group">
          <button type="submit" className="button">
            {t('page.continue')}
          </button>
          <a href={paths.tasks(caseId)}>{t('page.saveAndReturn')}</a>
        </div>
      </form>
    </>
  );
}

interface AnswerFieldProps {
  question: Question;
  error: string | undefined;
  asHeading: boolean;
  showHelpOpen: boolean;
  onDateValidityChange: (questionId: string, invalid: boolean) => void;
}

/** One question's field: reads its own answer from the case store and writes it back there. */
const AnswerField = memo(function AnswerField({
  question,
  error,
  asHeading,
  showHelpOpen,
  onDateValidityChange,
}: AnswerFieldProps) {
  const value = useCaseSelector((open) => open?.case.answers[question.id]);
  const typing = useMemo(
    () => ({
      write: (v: AnswerValue | undefined) => caseStore.setAnswerSoon(question.id, v),
      flush: () => caseStore.flushPending(),
      pending: () => caseStore.hasPending(question.id),
    }),
    [question.id],
  );
  return (
    <QuestionField
      question={question}
      id={fieldId(question.id)}
      value={value}
      onChange={(v) => caseStore.setAnswer(question.id, v)}
      typing={typing}
      onDateValidityChange={(invalid) => onDateValidityChange(question.id, invalid)}
      error={error}
      asHeading={asHeading}
      showHelpOpen={showHelpOpen}
    />
  );
});

const sameDuty = (a: SamiDuty, b: SamiDuty) => JSON.stringify(a) === JSON.stringify(b);

/** The Sami consultation duty, as the log on the page changes. */
function LiveSamiDutyNotice() {
  const duty = useCaseSelector((open) => samiDuty(open?.case.answers ?? {}), sameDuty);
  return <SamiDutyNotice duty={duty} />;
}
