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
