/**
 * The one notice block of the app (info, success, warning, error), optionally
 * with a heading. With a heading it is a `<section>` named by it, so screen
 * reader users can find it; `role` gives it live-region or alert semantics
 * where the caller needs them (`status`: announced politely, `alert`:
 * at once; none: read in the page's order).
 */
import { forwardRef, useId } from 'react';
import type { HTMLAttributes, ReactNode, Ref } from 'react';

export type NoticeVariant = 'info' | 'success' | 'warning' | 'error';

interface NoticeProps extends Omit<HTMLAttributes<HTMLElement>, 'role'> {
  variant?: NoticeVariant;
  heading?: ReactNode;
  /** Default 2. */
  headingLevel?: 1 | 2 | 3 | 4;
  headingId?: string;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Focusable heading (focus is moved there when the notice asks a question). */
  headingFocusable?: boolean;
  headingClassName?: string;
  role?: 'status' | 'alert' | 'note' | 'group';
  /** The element: `p` for a one-line notice without a heading. */
  as?: 'div' | 'p' | 'section';
  children?: ReactNode;
}

const variantClass: Record<NoticeVariant, string> = {
  info: '',
  success: ' notice--success',
  warning: ' notice--warning',
  error: ' notice--error',
};

export const Notice = forwardRef<HTMLElement, NoticeProps>(function Notice(
  {
    variant = 'info',
    heading,
    headingLevel = 2,
    headingId,
    headingRef,
    headingFocusable,
    headingClassName,
    role,
    as,
    className,
    children,
    ...rest
  },
  ref,
) {
  const ownId = useId();
  const id = headingId ?? `${ownId}-heading`;
  const hasHeading = heading !== undefined && heading !== null;
  const Element = as ?? (hasHeading ? 'section' : 'div');
  const H = `h${headingLevel}` as const;
  return (
    <Element
      ref={ref as Ref<HTMLDivElement>}
      className={`notice${variantClass[variant]}${className ? ` ${className}` : ''}`}
      {...(role ? { role } : {})}
      {...(hasHeading ? { 'aria-labelledby': id } : {})}
      {...rest}
    >
      {hasHeading ? (
        <H
          id={id}
          {...(headingClassName ? { className: headingClassName } : {})}
          ref={headingRef}
          {...(headingFocusable ? { tabIndex: -1 } : {})}
        >
          {heading}
        </H>
      ) : null}
      {children}
    </Element>
  );
});
