/**
 * One page of the journey, GOV.UK style: back link, section caption, the page's
 * visible questions (a lone question's label is the h1), Continue and "Spara och
 * återgå". Every change is written to the case store at once (autosave keeps it
 * even if the officer leaves without Continue); validation happens on Continue
 * only, with react-hook-form and a zod schema built from the questions visible
 * at that moment. Hidden answers are never deleted.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { FieldValues, Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { caseStore, useOpenCase } from '../../session/case-store';
import { useRuleContext } from '../../session/rule-context';
import { navigate, paths } from '../../routing/router';
import type { ReturnTarget } from '../../routing/router';
import { useDocumentTitle } from '../../routing/use-document-title';
import { pageById } from '../../checklist/question-bank';
import {
  isRequired,
  missingInSection,
  previousPageId,
  samiDuty,
  visiblePages,
  visibleQuestions,
} from '../../checklist/rules';
import type { Answers, Page, Question, RuleContext, Section } from '../../checklist/types';
import { ErrorSummary } from '../common/ErrorSummary';
import { usePresentation } from '../common/presentation';
import { CaseNotOpen } from '../common/CaseNotOpen';
import { QuestionField } from './fields/QuestionField';
import { SamiDutyNotice } from '../common/verdicts';
import { fieldId, fieldName, pageSchema } from './validation';
import type { AnswerProblem } from './validation';
import '../common/checklist.css';

export interface QuestionPageProps {
  caseId: string;
  pageId: string;
  returnTo: ReturnTarget | null;
  /** Open every "Visa ett exempel" / "Varför frågar vi?" (trainers' demo). */
  showHelpOpen?: boolean;
}

export function QuestionPage({
  caseId,
  pageId,
  returnTo,
  showHelpOpen = false,
}: QuestionPageProps) {
  const open = useOpenCase();
  const ctx = useRuleContext();
  // Presentation mode (trainers' demo) shows the help open.
  const presentation = usePresentation();
  if (!open || open.case.id !== caseId) return <CaseNotOpen />;
  const entry = pageById.get(pageId);
  const answers = open.case.answers;
  if (!entry || !visiblePages(entry.section, answers, ctx).some((p) => p.id === pageId)) {
    return <PageNotShown caseId={caseId} />;
  }
  return (
    <QuestionPageForm
      // A new page is a new form: fresh defaults, no errors carried over.
      key={pageId}
      caseId={caseId}
      section={entry.section}
      page={entry.page}
      returnTo={returnTo}
      answers={answers}
      ctx={ctx}
      readOnly={open.readOnly}
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

/**
 * Where Continue leads: the next page, or the section's check page after the last one.
 * Coming from a check page (`returnTo`), it leads back there, unless the change opened
 * pages that were not shown before and still need answers (Nej on step 1 asks for a
 * reason): those are asked first, still carrying `returnTo`.
 */
export function continueHref(
  caseId: string,
  section: Section,
  pageId: string,
  returnTo: ReturnTarget | null,
  answers: Answers,
  ctx: RuleContext,
  /** The answers when the page was opened. */
  before: Answers = answers,
): string {
  const pages = visiblePages(section, answers, ctx);
  const later = pages.slice(pages.findIndex((p) => p.id === pageId) + 1);
  if (returnTo) {
    const shownBefore = new Set(visiblePages(section, before, ctx).map((p) => p.id));
    const missing = new Set(missingInSection(section, answers, ctx).map((m) => m.pageId));
    const opened = later.find((p) => !shownBefore.has(p.id) && missing.has(p.id));
    return opened
      ? paths.page(caseId, opened.id, returnTo)
      : paths.check(caseId, returnTo.sectionId);
  }
  const next = later[0];
  return next ? paths.page(caseId, next.id) : paths.check(caseId, section.id);
}

function backHref(
  caseId: string,
  section: Section,
  pageId: string,
  returnTo: ReturnTarget | null,
  answers: Answers,
  ctx: RuleContext,
): string {
  if (returnTo) return paths.check(caseId, returnTo.sectionId);
  const previous = previousPageId(section.id, pageId, answers, ctx);
  return previous ? paths.page(caseId, previous) : paths.tasks(caseId);
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
  answers: Answers;
  ctx: RuleContext;
  readOnly: boolean;
  showHelpOpen: boolean;
}

function QuestionPageForm({
  caseId,
  section,
  page,
  returnTo,
  answers,
  ctx,
  readOnly,
  showHelpOpen,
}: FormProps) {
  const { t, i18n } = useTranslation(['checklist', 'questions']);
  /** Date fields whose typed text the browser cannot read (their stored value stays ''). */
  const unreadableDates = useRef(new Set<string>());
  const [answersWhenOpened] = useState(answers);
  const latest = useRef({ ctx, t, i18n });
  useLayoutEffect(() => {
    latest.current = { ctx, t, i18n };
  });

  // The schema is built at validation time from the answers as they are then,
  // so it always covers exactly the questions the officer can see.
  const resolver = useCallback<Resolver<FormValues>>(
    (values, context, options) => {
      const { ctx: c, t: tt, i18n: inst } = latest.current;
      const now = caseStore.getSnapshot()?.case.answers ?? {};
      const schema = pageSchema(
        visibleQuestions(page, now, c).map((question) => ({
          question,
          required: isRequired(question, now, c),
          dateUnreadable: unreadableDates.current.has(question.id),
        })),
        (question, problem) =>
          problemMessage(tt, (key) => inst.exists(key, { ns: 'questions' }), question, problem),
      );
      return zodResolver(schema)(values, context, options) as ReturnType<Resolver<FormValues>>;
    },
    [page],
  );

  const form = useForm<FormValues>({
    defaultValues: Object.fromEntries(page.questions.map((q) => [fieldName(q.id), answers[q.id]])),
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // The error summary takes focus, not the first field.
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;

  const visible = visibleQuestions(page, answers, ctx);
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
    const now = caseStore.getSnapshot()?.case.answers ?? answers;
    navigate(continueHref(caseId, section, page.id, returnTo, now, ctx, answersWhenOpened));
  };

  const fields = visible.map((q) => (
    <Controller
      key={q.id}
      name={fieldName(q.id)}
      control={form.control}
      render={({ field }) => (
        <QuestionField
          question={q}
          id={fieldId(q.id)}
          value={field.value}
          onChange={(v) => {
            field.onChange(v);
            caseStore.setAnswer(q.id, v);
          }}
          onDateValidityChange={(invalid) => {
            if (invalid) unreadableDates.current.add(q.id);
            else unreadableDates.current.delete(q.id);
          }}
          error={errors[fieldName(q.id)]?.message as string | undefined}
          asHeading={q === lone}
          showHelpOpen={showHelpOpen}
        />
      )}
    />
  ));

  return (
    <>
      <a className="back-link" href={backHref(caseId, section, page.id, returnTo, answers, ctx)}>
        {t('page.back')}
      </a>
      <ErrorSummary errors={errorItems} focusKey={submitCount} />
      {readOnly ? <div className="notice notice--warning">{t('readOnly')}</div> : null}
      <span className="caption">{sectionTitle}</span>
      {lone ? null : <h1>{title}</h1>}
      {/* The consultation page says at once, and as the log changes, whether the duty is met. */}
      {page.id === 'd-consultation' ? <SamiDutyNotice duty={samiDuty(answers)} /> : null}
      <form noValidate onSubmit={(e) => void form.handleSubmit(onValid)(e)}>
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
