/** Long text with a character count that never blocks typing past the soft limit. */
import { CharacterCount } from '../../common/CharacterCount';
import type { FieldProps } from './field-props';
import { QuestionFrame } from './QuestionFrame';

export function TextareaField(props: FieldProps<string>) {
  const { question, id, value, onChange, error } = props;
  const max = question.maxLength;
  return (
    <QuestionFrame {...props} group={false} extraDescribedBy={max ? `${id}-info` : undefined}>
      {(ariaDescribedBy) => (
        <>
          <textarea
            id={id}
            name={id}
            className={`textarea${error ? ' textarea--error' : ''}`}
            rows={6}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            aria-describedby={ariaDescribedBy}
            aria-invalid={error ? true : undefined}
            spellCheck
          />
          {max ? <CharacterCount id={id} value={value} maxLength={max} /> : null}
        </>
      )}
    </QuestionFrame>
  );
}
