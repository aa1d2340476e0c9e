/**
 * The hard cap of a text answer (checklist/limits.ts), enforced at the input:
 * text pasted or typed past it is cut at the cap and the officer is told, in a
 * message that names the field. A plain `maxlength` would cut silently; letting
 * it through would make every save of the case skip that answer.
 */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Cut `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
export function cutAtCap(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** A change handler that caps the text, and whether the last change was cut. */
export function useHardCap(max: number, onChange: (value: string) => void) {
  const [cut, setCut] = useState(false);
  const handle = (value: string) => {
    const over = value.length > max;
    setCut(over);
    onChange(over ? cutAtCap(value, max) : value);
  };
  return { handle, cut };
}

/** Re-rendered only when one of its props changes (not on every keystroke of its field). */
export const HardCapMessage = memo(function HardCapMessage({
  id,
  label,
  max,
  shown,
}: {
  id: string;
  label: string;
  max: number;
  shown: boolean;
}) {
  const { t } = useTranslation('checklist');
  // Always in the DOM, so the live region is announced when the text appears.
  return (
    <p id={id} className={shown ? 'hint hint--warning' : 'visually-hidden'} role="status">
      {shown ? t('hardCap.cut', { label, max }) : ''}
    </p>
  );
});
