/** Radios. "Vet inte ännu" (vet-inte) is set apart by an "eller" divider, GOV.UK style. */
import { useTranslation } from 'react-i18next';
import type { FieldProps } from './field-props';
import { QuestionFrame } from './QuestionFrame';

/** Options set apart below a divider: the "don't know" answers. */
const separated = new Set(['vet-inte']);

export function ChoiceField(props: FieldProps<string>) {
  const { question, id, value, onChange } = props;
  const { t } = useTranslation(['questions', 'checklist']);
  const options = question.options ?? [];
  return (
    <QuestionFrame {...props} group>
      {() => (
        <div className="choices">
          {options.map((option, i) => (
            <div key={option}>
              {separated.has(option) && i > 0 ? (
                <p className="choice-divider">{t('question.or', { ns: 'checklist' })}</p>
              ) : null}
              <div className="choice">
                <input
                  type="radio"
                  id={`${id}-${option}`}
                  name={id}
                  value={option}
                  checked={value === option}
                  onChange={() => onChange(option)}
                />
                <label htmlFor={`${id}-${option}`}>
                  {t(`options.${question.optionSet ?? question.id}.${option}`, { ns: 'questions' })}
                </label>
              </div>
            </div>
          ))}
        </div>
      )}
    </QuestionFrame>
  );
}
