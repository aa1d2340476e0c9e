/**
 * A date as ISO YYYY-MM-DD through the browser's native date input. A date the
 * browser cannot read (half typed) is reported through `onValidityChange` so the
 * page can show an error on Continue; the stored answer is only ever a valid date or ''.
 */
import { useTranslation } from 'react-i18next';
import type { FieldProps } from './field-props';
import { QuestionFrame } from './QuestionFrame';

interface DateFieldProps extends FieldProps<string> {
  onValidityChange?: ((invalid: boolean) => void) | undefined;
}

/** A real calendar date in ISO form (2026-02-30 is not). */
export function isRealIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function DateField({ onValidityChange, ...props }: DateFieldProps) {
  const { id, value, onChange, error } = props;
  const { t } = useTranslation('checklist');
  return (
    <QuestionFrame {...props} group={false} extraDescribedBy={`${id}-format`}>
      {(ariaDescribedBy) => (
        <>
          <div id={`${id}-format`} className="hint">
            {t('question.dateHint')}
          </div>
          <input
            type="date"
            id={id}
            name={id}
            className={`input input--short${error ? ' input--error' : ''}`}
            value={value}
            onChange={(e) => {
              onValidityChange?.(e.target.validity.badInput);
              onChange(e.target.value);
            }}
            onBlur={(e) => onValidityChange?.(e.target.validity.badInput)}
            aria-describedby={ariaDescribedBy}
            aria-invalid={error ? true : undefined}
          />
        </>
      )}
    </QuestionFrame>
  );
}
