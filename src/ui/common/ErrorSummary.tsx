/**
 * GOV.UK error summary: shown at the top of a page after a failed submit. It
 * takes focus whenever it appears or its errors change, so screen-reader and
 * keyboard users land on it; each link moves focus to its field.
 * `data-keep-focus` tells the Layout's route focus not to steal it.
 * Its title is a styled paragraph, not an h2 as on GOV.UK: the summary comes before
 * the page's h1 (which may be a question's legend), and the outline must start at h1.
 */
import { useEffect, useRef } from 'react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorSummaryItem {
  /** DOM id of the field (an input, or a fieldset whose first control gets focus). */
  id: string;
  message: string;
}

interface ErrorSummaryProps {
  errors: readonly ErrorSummaryItem[];
  /** Changes on every failed submit, so the summary takes focus again even with the same errors. */
  focusKey?: string | number;
}

const focusable = 'input:not([type=hidden]):not([disabled]), select, textarea, button, a[href]';

/** Focus a field by id; for a group (fieldset, wrapper) its first control. Returns whether it worked. */
export function focusField(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  const control = target.matches(focusable)
    ? target
    : (target.querySelector<HTMLElement>(focusable) ?? target);
  // Scroll the whole question (label and hint) into view, not only the control.
  const group = target.closest<HTMLElement>('.form-group') ?? target;
  if (typeof group.scrollIntoView === 'function') group.scrollIntoView({ block: 'start' });
  if (control === target && !target.matches(focusable)) target.setAttribute('tabindex', '-1');
  control.focus({ preventScroll: true });
  return true;
}

export function ErrorSummary({ errors, focusKey }: ErrorSummaryProps) {
  const { t } = useTranslation('checklist');
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((e) => `${e.id}:${e.message}`).join('|');
  const visible = errors.length > 0;

  // With a focusKey, focus moves only on a new submit: an answer that hides a
  // question (and so drops its error) must not pull focus away from the officer.
  const trigger = focusKey ?? signature;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, trigger]);

  if (!visible) return null;

  const onClick = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (focusField(id)) e.preventDefault();
  };

  return (
    <div
      className="error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      data-keep-focus=""
    >
      {/* Not a heading: the summary sits above the page's h1, and headings must start at h1.
          It is announced as an alert named by this title and takes focus instead. */}
      <p id="error-summary-title" className="error-summary__title">
        {t('errorSummary.title')}
      </p>
      <ul>
        {errors.map((e) => (
          <li key={e.id}>
            <a href={`#${e.id}`} onClick={(ev) => onClick(ev, e.id)}>
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
