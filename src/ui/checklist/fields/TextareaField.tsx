/**
 * Long text with a character count that never blocks typing past the soft limit.
 *
 * While the officer types, the text lives in the textarea itself (uncontrolled) and only the
 * character count re-renders; the answer is handed to `typing.write`, which writes it to the
 * case after a pause (case-store.ts `setAnswerSoon`), and `typing.flush` writes it at once when
 * the field loses focus or leaves the page. A keystroke therefore costs the browser's own
 * editing (the count follows a few times a second), not a render of every subscriber of the
 * case (issue 11's keystroke budget). A change that does not come from typing (the starter
 * text, the other tab's version, a cut at the hard cap) is written into the textarea from
 * `value`.
 */
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../checklist/limits';
import { CharacterCount } from '../../common/CharacterCount';
import { HardCapMessage, cutAtCap } from '../../common/HardCap';
import type { FieldProps, Typing } from './field-props';
import { QuestionFrame } from './QuestionFrame';
import { StarterText } from './StarterText';

export function TextareaField(props: FieldProps<string>) {
  const { question, id, value, onChange, error, typing } = props;
  const max = question.maxLength;
  const { t } = useTranslation('questions');
  const ref = useRef<HTMLTextAreaElement>(null);
  const [cut, setCut] = useState(false);
  /** A change that is not typing: capped, written at once. */
  const replace = (next: string) => {
    const over = next.length > limits.longText;
    setCut(over);
    onChange(over ? cutAtCap(next, limits.longText) : next);
  };
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
              onChange={replace}
              field={ref}
            />
          ) : null}
          <LiveTextarea
            field={ref}
            id={id}
            value={value}
            maxLength={max}
            error={Boolean(error)}
            ariaDescribedBy={ariaDescribedBy}
            onChange={onChange}
            typing={typing}
            onCut={setCut}
          />
          <HardCapMessage
            id={`${id}-cap`}
            label={t(question.labelKey)}
            max={limits.longText}
            shown={cut}
          />
        </>
      )}
    </QuestionFrame>
  );
}

/** How often the character count follows the text while the officer types. */
const COUNT_EVERY_MS = 200;

interface LiveTextareaProps {
  field: RefObject<HTMLTextAreaElement | null>;
  id: string;
  value: string;
  maxLength: number | undefined;
  error: boolean;
  ariaDescribedBy: string | undefined;
  onChange: (value: string) => void;
  typing: Typing<string> | undefined;
  onCut: (cut: boolean) => void;
}

/** The textarea and its count: the only part of the field a keystroke re-renders. */
const LiveTextarea = memo(function LiveTextarea({
  field,
  id,
  value,
  maxLength,
  error,
  ariaDescribedBy,
  onChange,
  typing,
  onCut,
}: LiveTextareaProps) {
  const [text, setText] = useState(value);
  const latest = useRef({ typing, onChange });
  useLayoutEffect(() => {
    latest.current = { typing, onChange };
  });

  // The answer changed other than by this field's typing: show it (unless newer typing waits).
  useLayoutEffect(() => {
    const el = field.current;
    if (!el || el.value === value || latest.current.typing?.pending()) return;
    el.value = value;
    setText(value);
  }, [value, field]);

  // While the officer types, the count follows the text at most every COUNT_EVERY_MS: a
  // keystroke's frame paints only the character, and a fast typist's keys do not each pay for
  // a render, layout and paint of the count as well (on a slow laptop that queued the keys up).
  const countTimer = useRef<number | null>(null);
  const wasCut = useRef(false);
  const scheduleCount = () => {
    if (countTimer.current !== null) return;
    countTimer.current = window.setTimeout(() => {
      countTimer.current = null;
      setText(field.current?.value ?? '');
    }, COUNT_EVERY_MS);
  };

  // Leaving the page (another page, the task list) writes what was typed.
  useEffect(
    () => () => {
      if (countTimer.current !== null) window.clearTimeout(countTimer.current);
      latest.current.typing?.flush();
    },
    [],
  );

  const onInput = (el: HTMLTextAreaElement) => {
    let next = el.value;
    const over = next.length > limits.longText;
    if (over) {
      next = cutAtCap(next, limits.longText);
      el.value = next;
    }
    // The cut message's state changes only when it is shown or lifted, not per keystroke.
    if (over || wasCut.current) onCut(over);
    wasCut.current = over;
    const { typing: ty, onChange: change } = latest.current;
    // A cut is written at once, so the case never holds more than the cap.
    if (ty && !over) {
      ty.write(next);
      scheduleCount();
    } else {
      setText(next);
      change(next);
    }
  };

  return (
    <>
      <textarea
        ref={field}
        id={id}
        name={id}
        className={`textarea${error ? ' textarea--error' : ''}`}
        rows={6}
        defaultValue={value}
        onChange={(e) => onInput(e.currentTarget)}
        onBlur={() => latest.current.typing?.flush()}
        aria-describedby={ariaDescribedBy}
        aria-invalid={error ? true : undefined}
        spellCheck
      />
      {maxLength ? <CharacterCount id={id} value={text} maxLength={maxLength} /> : null}
    </>
  );
});
