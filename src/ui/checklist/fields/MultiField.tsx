/** Checkboxes; the answer is the checked option ids in display order. */
import { useTranslation } from 'react-i18next';
import type { FieldProps } from './field-props';
import { QuestionFrame } from './QuestionFrame';

export function MultiField(props: FieldProps<string[]>) {
  const { question, id, value, onChange } = props;
  const { t } = useTranslation(['questions', 'checklist']);
  const options = question.options ?? [];
  const fixed = question.fixedOptions ?? [];
  const toggle = (option: string, checked: boolean) => {
    const set = new Set(value);
    if (checked) set.add(option);
    else set.delete(option);
    // Keep options the bank no longer lists (an old case) at the end, never drop them.
    const known = options.filter((o) => set.has(o));
    const unknown = value.filter((v) => !options.includes(v) && set.has(v));
    onChange([...known, ...unknown]);
  };
  return (
    <QuestionFrame {...props} group>
      {() => (
        <div className="choices">
          {options.map((option) => {
            const optionId = `${id}-${option}`;
            // A fixed option is always part of the answer: checked and not removable.
            const always = fixed.includes(option);
            return (
              <div className="choice" key={option}>
                <input
                  type="checkbox"
                  id={optionId}
                  name={id}
                  value={option}
                  checked={always || value.includes(option)}
                  disabled={always}
                  onChange={(e) => toggle(option, e.target.checked)}
                />
                <label htmlFor={optionId}>
                  {t(`options.${question.optionSet ?? question.id}.${option}`, { ns: 'questions' })}
                  {always ? ` ${t('question.fixedOption', { ns: 'checklist' })}` : null}
                </label>
              </div>
            );
          })}
        </div>
      )}
    </QuestionFrame>
  );
}
