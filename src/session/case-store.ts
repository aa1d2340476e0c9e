/**
 * The open case, held outside React so that a keystroke updates one answer
 * without re-rendering the whole tree: components subscribe with selectors
 * (useSyncExternalStore). Every change goes through `setAnswer`, which stamps
 * `updatedAt` and hands the new case to the persistence callback (autosave).
 */
import { useSyncExternalStore } from 'react';
import type { Case } from '../checklist/schema';
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
}

export const caseStore = new CaseStore();

export function useOpenCase(store: CaseStore = caseStore): OpenCase | null {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
