/**
 * The open case, held outside React so that a keystroke updates one answer
 * without re-rendering the whole tree: components subscribe with selectors
 * (useSyncExternalStore). Every change goes through `setAnswer`, which stamps
 * `updatedAt` and hands the new case to the persistence callback (autosave).
 */
import { useState, useSyncExternalStore } from 'react';
import type { Case } from '../checklist/schema';
import type { Decision } from '../checklist/decision';
import type { AnswerValue, Answers } from '../checklist/types';
import { createStore } from './external-store';

export interface OpenCase {
  case: Case;
  /** A case from a newer version, a demo copy being reviewed, etc.: shown but never saved. */
  readOnly: boolean;
  /** Demo cases live in memory only and never touch the user's real cases. */
  sandbox: boolean;
}

export class CaseStore {
  private readonly value = createStore<OpenCase | null>(null);

  constructor(private persist: (c: Case) => void = () => {}) {}

  setPersist(persist: (c: Case) => void) {
    this.persist = persist;
  }

  subscribe = (l: () => void) => this.value.subscribe(l);

  getSnapshot = (): OpenCase | null => this.value.getSnapshot();

  open(open: OpenCase | null) {
    this.value.set(open);
  }

  setAnswer(questionId: string, value: AnswerValue | undefined, now: Date = new Date()) {
    const cur = this.value.getSnapshot();
    if (!cur || cur.readOnly) return;
    if (cur.case.answers[questionId] === value) return;
    const answers: Answers = { ...cur.case.answers, [questionId]: value };
    const next: Case = { ...cur.case, answers, updatedAt: now.toISOString() };
    this.value.set({ ...cur, case: next });
    if (!cur.sandbox) this.persist(next);
  }

  /** Record the committee's decision (`undefined` removes it); saved like an answer. */
  setDecision(decision: Decision | undefined, now: Date = new Date()) {
    const cur = this.value.getSnapshot();
    if (!cur || cur.readOnly) return;
    const next: Case = { ...cur.case, updatedAt: now.toISOString() };
    if (decision) next.decision = decision;
    else delete next.decision;
    this.value.set({ ...cur, case: next });
    if (!cur.sandbox) this.persist(next);
  }
}

export const caseStore = new CaseStore();

export function useOpenCase(store: CaseStore = caseStore): OpenCase | null {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/**
 * Subscribe to one slice of the open case: the component re-renders only when the selected value
 * changes (`isEqual`, `Object.is` by default), not on every keystroke elsewhere in the case.
 * Components that do not show the answers (the gate, banners, the demo band) select what they
 * need this way, so that typing re-renders only the field being typed in.
 */
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
