/**
 * Subscribe to one slice of the open case: the component re-renders only when the selected value
 * changes (`isEqual`, `Object.is` by default), not on every keystroke elsewhere in the case.
 */
import { useState, useSyncExternalStore } from 'react';
import { caseStore } from '../../session/case-store';
import type { CaseStore, OpenCase } from '../../session/case-store';

export function useCaseSelector<T>(
  select: (open: OpenCase | null) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
  store: CaseStore = caseStore,
): T {
  // The last value handed out, so an equal selection keeps its identity (no re-render).
  const [last] = useState<{ value?: { v: T } }>({});
  const getSnapshot = () => {
    const next = select(store.getSnapshot());
    if (last.value && isEqual(last.value.v, next)) return last.value.v;
    last.value = { v: next };
    return next;
  };
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}
