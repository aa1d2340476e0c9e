/**
 * GOV.UK character count: tells how many characters are left or over a soft
 * limit. It never blocks typing (no maxLength attribute anywhere): a long answer
 * is the officer's work, and the limit is advice checked on Continue.
 * The visible message updates at once; screen readers get a polite, debounced
 * announcement so they are not interrupted on every keystroke.
 */
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { characterLength } from '../../checklist/answer-problems';

interface CharacterCountProps {
  /** Id of the text field; the static info text is `${id}-info` (add it to aria-describedby). */
  id: string;
  value: string;
  maxLength: number;
  /** Delay of the screen-reader announcement, ms. */
  announceDelay?: number;
}

export function CharacterCount({
  id,
  value,
  maxLength,
  announceDelay = 1000,
}: CharacterCountProps) {
  const { t } = useTranslation('checklist');
  const remaining = maxLength - characterLength(value);
  const message =
    remaining >= 0
      ? t('charCount.remaining', { count: remaining })
      : t('charCount.over', { count: -remaining });
  const [announced, setAnnounced] = useState('');
  // Nothing is announced on arrival: only changes the officer makes by typing.
  const [initialMessage] = useState(message);

  useEffect(() => {
    if (message === initialMessage && announced === '') return;
    const timer = window.setTimeout(() => setAnnounced(message), announceDelay);
    return () => window.clearTimeout(timer);
  }, [message, initialMessage, announced, announceDelay]);

  return (
    <>
      <CountInfo id={id} maxLength={maxLength} />
      <div className={`char-count${remaining < 0 ? ' char-count--over' : ''}`} aria-hidden="true">
        {message}
      </div>
      <div className="visually-hidden" aria-live="polite">
        {announced}
      </div>
    </>
  );
}

/** The static "Du kan skriva upp till N tecken" for aria-describedby: not re-rendered per key. */
const CountInfo = memo(function CountInfo({ id, maxLength }: { id: string; maxLength: number }) {
  const { t } = useTranslation('checklist');
  return (
    <div id={`${id}-info`} className="visually-hidden">
      {t('charCount.info', { count: maxLength })}
    </div>
  );
});
