/**
 * A table cell's column name, shown only where the table is laid out as a list of cards
 * (`table-stack` under 600 px, table-stack.css); hidden where the column header is in view.
 * Hidden from assistive technology: the table keeps its ARIA roles in both layouts, so a
 * screen reader announces the column header itself, and would otherwise read it twice.
 */
import type { ReactNode } from 'react';
import './table-stack.css';

export function CellLabel({ children }: { children: ReactNode }) {
  return (
    <span className="cell-label" aria-hidden="true">
      {children}
    </span>
  );
}
