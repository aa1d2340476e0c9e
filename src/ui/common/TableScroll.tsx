/**
 * A wrapper in which a wide table scrolls sideways on its own instead of the whole page
 * (WCAG 1.4.10 Reflow). While the table is wider than the wrapper, the wrapper is a named,
 * focusable region, so a keyboard user can scroll it with the arrow keys (WCAG 2.1.1;
 * axe rule scrollable-region-focusable). When the table fits, it is no extra tab stop.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

interface TableScrollProps {
  /** Id of the element that names the table (its caption or heading). */
  labelledBy?: string;
  children: ReactNode;
  className?: string;
}

export function TableScroll({ labelledBy, children, className }: TableScrollProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      className={className ? `table-wrap ${className}` : 'table-wrap'}
      {...(scrolls ? { tabIndex: 0 } : {})}
      {...(scrolls && labelledBy ? { role: 'region', 'aria-labelledby': labelledBy } : {})}
    >
      {children}
    </div>
  );
}
