/**
 * "Använd de beräknade meningarna": offers a starting text computed from other answers (the
 * statistics sentences, the measures' follow-up) for a long answer. The text is shown before it
 * is used, and the button only ever adds it after what the officer has typed; a status message
 * says so, and focus moves to the answer so she can go on editing at once.
 */
import { useMemo, useState } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import {
  holdsStarter,
  starterSource,
  starterText,
  withStarter,
} from '../../../checklist/starter-text';
import type { Lng } from '../../../checklist/statistics/format';
import type { StarterKind } from '../../../checklist/types';
import { useCaseSelector } from '../../../session/case-store';

interface StarterTextProps {
  kind: StarterKind;
  id: string;
  value: string;
  onChange: (v: string) => void;
  field: RefObject<HTMLTextAreaElement | null>;
}

export function StarterText({ kind, id, value, onChange, field }: StarterTextProps) {
  const { t, i18n } = useTranslation(['checklist', 'stats']);
  const lng: Lng = i18n.language === 'en' ? 'en' : 'sv';
  // Only the answer the text is made from (kept by reference while other answers change): a
  // keystroke in this field or another does not recompute the sentences of every table.
  const key = starterSource[kind];
  const source = useCaseSelector((open) => open?.case.answers[key]);
  const starter = useMemo(() => {
    const translate = (k: string, params?: Record<string, string | number>) => t(k, params ?? {});
    return starterText(kind, source === undefined ? {} : { [key]: source }, translate, lng);
  }, [kind, key, source, t, lng]);
  const [added, setAdded] = useState(false);
  if (starter.trim() === '') return null;
  const held = holdsStarter(value, starter);

  const add = () => {
    const next = withStarter(value, starter);
    onChange(next);
    setAdded(true);
    const el = field.current;
    if (el) {
      el.focus();
      // Let React write the new value first, then put the caret at its end.
      requestAnimationFrame(() => el.setSelectionRange(el.value.length, el.value.length));
    }
  };

  return (
    <div className="starter">
      {held ? null : (
        <p className="hint" id={`${id}-starter-hint`}>
          {t(`starter.${kind}.hint`)}
        </p>
      )}
      <details className="details">
        <summary>{t(`starter.${kind}.preview`)}</summary>
        <div className="details__text starter__text">{starter}</div>
      </details>
      {held ? (
        <p className="hint">{t('starter.already')}</p>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          aria-describedby={`${id}-starter-hint`}
          onClick={add}
        >
          {t(`starter.${kind}.button`)}
        </button>
      )}
      <div role="status" className="visually-hidden">
        {added && held ? t('starter.added') : ''}
      </div>
    </div>
  );
}
