/**
 * The frame around every question, GOV.UK style: label (or legend for a group)
 * as the h1 when the question is alone on its page, hint, "Visa ett exempel" and
 * "Varför frågar vi?" details, the error message, then the control. The frame
 * hands the control the ids for aria-describedby.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRuleContext } from '../../../session/rule-context';
import type { Question } from '../../../checklist/types';
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

function useOptionalText(key: string | undefined, params?: Record<string, string>): string | null {
  const { t, i18n } = useTranslation('questions');
  if (!key || !i18n.exists(key, { ns: 'questions' })) return null;
  const text = params ? t(key, params) : t(key);
  return text.trim() === '' ? null : text;
}

/** The hint key of a question and, for an organisation-worded hint, the languages it names. */
function useHint(question: Question): string | null {
  const ctx = useRuleContext();
  const { t, i18n } = useTranslation('questions');
  const worded = question.contextHint?.(ctx);
  const names = (worded?.languages ?? []).map((l) => t(`options.languageNames.${l}`));
  let languages = names.join(', ');
  try {
    languages = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(names);
  } catch {
    // Older engines: the comma list above.
  }
  return useOptionalText(worded?.key ?? question.hintKey, worded ? { languages } : undefined);
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
  const label = t(question.labelKey, { ns: 'questions' });
  const hint = useHint(question);
  const example = useOptionalText(question.exampleKey);
  const why = useOptionalText(question.whyKey);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const ariaDescribedBy = describedBy(hintId, errorId, extraDescribedBy);

  const help = (
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
