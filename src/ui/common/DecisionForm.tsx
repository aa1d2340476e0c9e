/**
 * The form that records the committee's decision (issue 14): the outcome, for an återremiss
 * the steps and parts it sends back for, the decision date and the protocol paragraph.
 * The officer's decision screen and the secretary's review screen both use it; the caller
 * decides what saving means (the open case, or a copy of a received file).
 *
 * GOV.UK style: errors only on submit, an error summary that takes focus, each field its
 * message. The saved value always passes the domain's `decisionSchema`.
 */
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import type { Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  MAX_PARAGRAPH,
  decisionOutcomes,
  decisionParts,
  decisionProblems,
  decisionSchema,
  decisionSteps,
  normaliseDecision,
} from '../../checklist/decision';
import type { Decision } from '../../checklist/decision';
import { ErrorSummary } from './ErrorSummary';
import type { ErrorSummaryItem } from './ErrorSummary';

interface DecisionFormValues {
  outcome: string;
  steps: string[];
  parts: string[];
  date: string;
  paragraph: string;
}

type FieldName = 'outcome' | 'sentBack' | 'date' | 'paragraph';

/** Why a filled-in form cannot be saved, field by field (the domain's rule, plus a date the
 * browser could not read). */
function decisionFormProblems(
  v: DecisionFormValues,
  dateUnreadable: boolean,
): Partial<Record<FieldName, string>> {
  const problems: Partial<Record<FieldName, string>> = {};
  for (const p of decisionProblems(v)) problems[p] = `errors.${p}`;
  if (dateUnreadable) problems.date = 'errors.date';
  return problems;
}

/** The form's values as a decision; null when they do not make one. */
function toDecision(v: DecisionFormValues): Decision | null {
  const isAterremiss = v.outcome === 'aterremiss';
  const parsed = decisionSchema.safeParse({
    outcome: v.outcome,
    date: v.date,
    paragraph: v.paragraph.trim(),
    steps: isAterremiss ? v.steps.map(Number) : [],
    parts: isAterremiss ? v.parts : [],
  });
  return parsed.success ? normaliseDecision(parsed.data) : null;
}

function valuesFrom(d: Decision | undefined): DecisionFormValues {
  return {
    outcome: d?.outcome ?? '',
    steps: d?.steps.map(String) ?? [],
    parts: d ? [...d.parts] : [],
    date: d?.date ?? '',
    paragraph: d?.paragraph ?? '',
  };
}

export interface DecisionFormProps {
  /** The decision recorded so far, if any. */
  initial?: Decision | undefined;
  onSave: (decision: Decision) => void;
  submitLabel: string;
  /** Prefix of the field ids, so two forms never share ids. */
  idPrefix?: string;
  /** Extra buttons after the submit button (cancel, remove). */
  children?: ReactNode;
}

export function DecisionForm({
  initial,
  onSave,
  submitLabel,
  idPrefix = 'decision',
  children,
}: DecisionFormProps) {
  const { t } = useTranslation(['decision', 'followup', 'questions']);
  const dateRef = useRef<HTMLInputElement | null>(null);
  const [submits, setSubmits] = useState(0);
  const id = (name: string) => `${idPrefix}-${name}`;

  const resolver: Resolver<DecisionFormValues> = (values) => {
    const problems = decisionFormProblems(values, dateRef.current?.validity.badInput ?? false);
    const entries = Object.entries(problems);
    if (entries.length === 0) return { values, errors: {} };
    return {
      values: {},
      errors: Object.fromEntries(entries.map(([k, key]) => [k, { type: 'invalid', message: key }])),
    };
  };

  const {
    register,
    handleSubmit,
    watch,
    formState: { errors },
  } = useForm<DecisionFormValues>({
    resolver,
    defaultValues: valuesFrom(initial),
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const outcome = watch('outcome');
  const errorOf = (name: FieldName): string | undefined => {
    const e = (errors as Partial<Record<FieldName, { message?: string }>>)[name];
    return e?.message ? t(e.message) : undefined;
  };
  const order: [FieldName, string][] = [
    ['outcome', id('outcome')],
    ['sentBack', id('sent-back')],
    ['date', id('date')],
    ['paragraph', id('paragraph')],
  ];
  const summary: ErrorSummaryItem[] = order.flatMap(([name, fieldId]) => {
    const message = errorOf(name);
    return message ? [{ id: fieldId, message }] : [];
  });

  const submit = handleSubmit(
    (values) => {
      const decision = toDecision(values);
      if (decision) onSave(decision);
    },
    () => setSubmits((n) => n + 1),
  );

  const group = (name: FieldName) => `form-group${errorOf(name) ? ' form-group--error' : ''}`;
  const errorLine = (name: FieldName) => {
    const message = errorOf(name);
    return message ? (
      <p className="error-message" id={id(`${name}-error`)}>
        <span className="visually-hidden">{t('errorPrefix')} </span>
        {message}
      </p>
    ) : null;
  };
  const describedBy = (name: FieldName, ...more: string[]) =>
    [...more, errorOf(name) ? id(`${name}-error`) : ''].filter(Boolean).join(' ') || undefined;

  const dateField = register('date');

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="decision-form">
      <ErrorSummary errors={summary} focusKey={submits} />

      <div className={group('outcome')}>
        <fieldset id={id('outcome')} aria-describedby={describedBy('outcome')}>
          <legend className="legend">{t('form.outcome')}</legend>
          {errorLine('outcome')}
          <div className="choices">
            {decisionOutcomes.map((o) => (
              <div className="choice" key={o}>
                <input type="radio" id={id(`outcome-${o}`)} value={o} {...register('outcome')} />
                <label htmlFor={id(`outcome-${o}`)}>
                  {t(`decision.outcomes.${o}`, { ns: 'followup' })}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>

      {outcome === 'aterremiss' ? (
        <div className={group('sentBack')}>
          <fieldset
            id={id('sent-back')}
            aria-describedby={describedBy('sentBack', id('sent-back-hint'))}
          >
            <legend className="legend">{t('form.sentBack')}</legend>
            <p className="hint" id={id('sent-back-hint')}>
              {t('form.sentBackHint')}
            </p>
            {errorLine('sentBack')}
            <div className="choices">
              {decisionSteps.map((n) => (
                <div className="choice" key={n}>
                  <input
                    type="checkbox"
                    id={id(`step-${n}`)}
                    value={String(n)}
                    {...register('steps')}
                  />
                  <label htmlFor={id(`step-${n}`)}>
                    {t(`sections.steg${n}`, { ns: 'questions' })}
                  </label>
                </div>
              ))}
              {decisionParts.map((p) => (
                <div className="choice" key={p}>
                  <input type="checkbox" id={id(`part-${p}`)} value={p} {...register('parts')} />
                  <label htmlFor={id(`part-${p}`)}>
                    {t(`decision.parts.${p}`, { ns: 'followup' })}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      ) : null}

      <div className={group('date')}>
        <label className="label" htmlFor={id('date')}>
          {t('form.date')}
        </label>
        <p className="hint" id={id('date-hint')}>
          {t('form.dateHint')}
        </p>
        {errorLine('date')}
        <input
          type="date"
          id={id('date')}
          className={`input input--short${errorOf('date') ? ' input--error' : ''}`}
          aria-describedby={describedBy('date', id('date-hint'))}
          aria-invalid={errorOf('date') ? true : undefined}
          {...dateField}
          ref={(el) => {
            dateField.ref(el);
            dateRef.current = el;
          }}
        />
      </div>

      <div className={group('paragraph')}>
        <label className="label" htmlFor={id('paragraph')}>
          {t('form.paragraph')}
        </label>
        <p className="hint" id={id('paragraph-hint')}>
          {t('form.paragraphHint', { max: MAX_PARAGRAPH })}
        </p>
        {errorLine('paragraph')}
        <input
          type="text"
          id={id('paragraph')}
          className={`input input--short${errorOf('paragraph') ? ' input--error' : ''}`}
          autoComplete="off"
          aria-describedby={describedBy('paragraph', id('paragraph-hint'))}
          aria-invalid={errorOf('paragraph') ? true : undefined}
          {...register('paragraph')}
        />
      </div>

      <div className="button-group">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {children}
      </div>
    </form>
  );
}
