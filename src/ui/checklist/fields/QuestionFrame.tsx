/**
 * The frame around every question, GOV.UK style: label (or legend for a group)
 * as the h1 when the question is alone on its page, hint, "Visa ett exempel" and
 * "Varför frågar vi?" details, the error message, then the control. The frame
 * hands the control the ids for aria-describedby.
 */
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { i18n as I18n, TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useRuleContext } from '../../../session/rule-context';
import type { Question, RuleContext } from '../../../checklist/types';
import { describedBy } from './field-props';

interface QuestionFrameProps {
  question: Question;
  id: string;
  asHeading: boolean;
  error?: string | undefined;
  showHelpOpen?: boolean | undefined;
  /** A group of controls (radios, checkboxes, rows) gets fieldset + legend. */
  group: boolean;
  /** More ids for aria-describedby (e.g. the character count info). */
  extraDescribedBy?: string | undefined;
  children: (ariaDescribedBy: string | undefined) => ReactNode;
}

/** A help text of the bank, or null when this language has none (or it is blank). */
function optionalText(
  t: TFunction<'questions'>,
  i18n: I18n,
  key: string | undefined,
  params?: Record<string, string>,
): string | null {
  if (!key || !i18n.exists(key, { ns: 'questions' })) return null;
  const text = params ? t(key, params) : t(key);
  return text.trim() === '' ? null : text;
}

/** The hint of a question and, for an organisation-worded hint, the languages it names. */
function hintText(
  question: Question,
  ctx: RuleContext,
  t: TFunction<'questions'>,
  i18n: I18n,
): string | null {
  const worded = question.contextHint?.(ctx);
  const names = (worded?.languages ?? []).map((l) => t(`options.languageNames.${l}`));
  let languages = names.join(', ');
  try {
    languages = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(names);
  } catch {
    // Older engines: the comma list above.
  }
  return optionalText(t, i18n, worded?.key ?? question.hintKey, worded ? { languages } : undefined);
}

export function QuestionFrame({
  question,
  id,
  asHeading,
  error,
  showHelpOpen,
  group,
  extraDescribedBy,
  children,
}: QuestionFrameProps) {
  const { t } = useTranslation(['questions', 'checklist']);
  const { t: tq, i18n } = useTranslation('questions');
  const ctx = useRuleContext();
  // The texts and the help block depend on the question, not on the answer: worked out once, so
  // that a keystroke in the control re-renders the control only (React skips an unchanged element).
  const texts = useMemo(
    () => ({
      label: t(question.labelKey, { ns: 'questions' }),
      hint: hintText(question, ctx, tq, i18n),
      example: optionalText(tq, i18n, question.exampleKey),
      why: optionalText(tq, i18n, question.whyKey),
    }),
    // react-i18next hands out a new t when the language changes, so the texts follow it.
    [question, ctx, t, tq, i18n],
  );
  const { label, hint, example, why } = texts;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const ariaDescribedBy = describedBy(hintId, errorId, extraDescribedBy);

  const help = useMemo(
    () => (
      <>
        {hint ? (
          <div id={hintId} className="hint">
            {hint}
          </div>
        ) : null}
        {example ? (
          <details className="details" open={showHelpOpen || undefined}>
            <summary>{t('question.example', { ns: 'checklist' })}</summary>
            <div className="details__text">{example}</div>
          </details>
        ) : null}
        {why ? (
          <details className="details" open={showHelpOpen || undefined}>
            <summary>{t('question.why', { ns: 'checklist' })}</summary>
            <div className="details__text">{why}</div>
          </details>
        ) : null}
        {error ? (
          <p id={errorId} className="error-message">
            <span className="visually-hidden">{t('errorPrefix', { ns: 'checklist' })}</span> {error}
          </p>
        ) : null}
      </>
    ),
    [hint, hintId, example, why, error, errorId, showHelpOpen, t],
  );

  const className = `form-group${error ? ' form-group--error' : ''}`;

  if (group) {
    return (
      <div className={className}>
        <fieldset id={id} aria-describedby={ariaDescribedBy}>
          <legend className={asHeading ? 'legend legend--heading' : 'legend'}>
            {asHeading ? <h1 className="heading-in-label">{label}</h1> : label}
          </legend>
          {help}
          {children(undefined)}
        </fieldset>
      </div>
    );
  }

  const labelEl = (
    <label className={asHeading ? 'label label--heading' : 'label'} htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={className}>
      {asHeading ? <h1 className="heading-in-label">{labelEl}</h1> : labelEl}
      {help}
      {children(ariaDescribedBy)}
    </div>
  );
}
