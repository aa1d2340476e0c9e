/** Long text with a character count that never blocks typing past the soft limit. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../checklist/limits';
import { CharacterCount } from '../../common/CharacterCount';
import { HardCapMessage, useHardCap } from '../../common/HardCap';
import type { FieldProps } from './field-props';
import { QuestionFrame } from './QuestionFrame';
import { StarterText } from './StarterText';

export function TextareaField(props: FieldProps<string>) {
  const { question, id, value, onChange, error } = props;
  const max = question.maxLength;
  const { t } = useTranslation('questions');
  const cap = useHardCap(limits.longText, onChange);
  const ref = useRef<HTMLTextAreaElement>(null);
  return (
    <QuestionFrame
      {...props}
      group={false}
      extraDescribedBy={max ? `${id}-info ${id}-cap` : `${id}-cap`}
    >
      {(ariaDescribedBy) => (
        <>
          {question.starter ? (
            <StarterText
              kind={question.starter}
              id={id}
              value={value}
              onChange={cap.handle}
              field={ref}
            />
          ) : null}
          <textarea
            ref={ref}
            id={id}
            name={id}
            className={`textarea${error ? ' textarea--error' : ''}`}
            rows={6}
            value={value}
            onChange={(e) => cap.handle(e.target.value)}
            aria-describedby={ariaDescribedBy}
            aria-invalid={error ? true : undefined}
            spellCheck
          />
          {max ? <CharacterCount id={id} value={value} maxLength={max} /> : null}
          <HardCapMessage
            id={`${id}-cap`}
            label={t(question.labelKey)}
            max={limits.longText}
            shown={cap.cut}
          />
        </>
      )}
    </QuestionFrame>
  );
}
