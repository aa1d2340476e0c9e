/**
 * The open case, held outside React so that a keystroke updates one answer
 * without re-rendering the whole tree: components subscribe with selectors
 * (useSyncExternalStore). Every change goes through `setAnswer`, which stamps
 * `updatedAt` and hands the new case to the persistence callback (autosave).
 */
import { useSyncExternalStore } from 'react';
import type { Case } from '../checklist/schema';
import type { AnswerValue, Answers } from '../checklist/types';

export interface OpenCase {
  case: Case;
  /** A case from a newer version, a demo copy being reviewed, etc.: shown but never saved. */
  readOnly: boolean;
  /** Demo cases live in memory only and never touch the user's real cases. */
  sandbox: boolean;
}

type Listener = () => void;

export class CaseStore {
  private current: OpenCase | null = null;
  private listeners = new Set<Listener>();

  constructor(private persist: (c: Case) => void = () => {}) {}

  setPersist(persist: (c: Case) => void) {
    this.persist = persist;
  }

  subscribe = (l: Listener) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  getSnapshot = (): OpenCase | null => this.current;

  open(open: OpenCase | null) {
    this.current = open;
    this.emit();
  }

  setAnswer(questionId: string, value: AnswerValue | undefined, now: Date = new Date()) {
    const cur = this.current;
    if (!cur || cur.readOnly) return;
    if (cur.case.answers[questionId] === value) return;
    const answers: Answers = { ...cur.case.answers, [questionId]: value };
    const next: Case = { ...cur.case, answers, updatedAt: now.toISOString() };
    this.current = { ...cur, case: next };
    this.emit();
    if (!cur.sandbox) this.persist(next);
  }

  private emit() {
    for (const l of this.listeners) l();
  }
}

export const caseStore = new CaseStore();

export function useOpenCase(store: CaseStore = caseStore): OpenCase | null {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
