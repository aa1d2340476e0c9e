/** One line of text; optional suggestions through a <datalist> (free text stays possible). */
import { useTranslation } from 'react-i18next';
import { limits } from '../../../checklist/limits';
import { HardCapMessage, useHardCap } from '../../common/HardCap';
import type { FieldProps } from './field-props';
import { QuestionFrame } from './QuestionFrame';

interface TextFieldProps extends FieldProps<string> {
  suggestions?: readonly string[] | undefined;
}

export function TextField({ suggestions, ...props }: TextFieldProps) {
  const { id, value, onChange, error, question } = props;
  const { t } = useTranslation('questions');
  const cap = useHardCap(limits.text, onChange);
  const listId = suggestions && suggestions.length > 0 ? `${id}-suggestions` : undefined;
  return (
    <QuestionFrame {...props} group={false} extraDescribedBy={`${id}-cap`}>
      {(ariaDescribedBy) => (
        <>
          <input
            type="text"
            id={id}
            name={id}
            className={`input${error ? ' input--error' : ''}`}
            value={value}
            onChange={(e) => cap.handle(e.target.value)}
            aria-describedby={ariaDescribedBy}
            aria-invalid={error ? true : undefined}
            list={listId}
            autoComplete="off"
            spellCheck
          />
          {listId ? (
            <datalist id={listId}>
              {suggestions?.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          ) : null}
          <HardCapMessage
            id={`${id}-cap`}
            label={t(question.labelKey)}
            max={limits.text}
            shown={cap.cut}
          />
        </>
      )}
    </QuestionFrame>
  );
}
