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

/** How long typing may pause before a typed answer is written to the case (and autosaved). */
export const TYPING_PAUSE_MS = 250;
/** During unbroken typing, a typed answer is still written at least this often. */
export const TYPING_MAX_WAIT_MS = 10_000;

/**
 * Hands a changed case to autosave. `now`: write it at once rather than after autosave's own
 * delay (a pause in typing has already waited; waiting again would land the write just as the
 * officer types on).
 */
export type Persist = (c: Case, when?: 'soon' | 'now') => void;

export class CaseStore {
  private readonly value = createStore<OpenCase | null>(null);
  /** Answers typed but not yet written (setAnswerSoon), by question id. */
  private readonly pending = new Map<string, AnswerValue | undefined>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pendingSince = 0;

  constructor(private persist: Persist = () => {}) {}

  setPersist(persist: Persist) {
    this.persist = persist;
  }

  subscribe = (l: () => void) => this.value.subscribe(l);

  getSnapshot = (): OpenCase | null => this.value.getSnapshot();

  open(open: OpenCase | null) {
    // Typing into the case that is replaced (another case, the other tab's version) is dropped
    // with it: it belonged to what was on screen.
    this.dropPending();
    this.value.set(open);
  }

  /**
   * A keystroke's answer: written to the case after a pause in typing (TYPING_PAUSE_MS, at
   * most TYPING_MAX_WAIT_MS late) and saved at once then, so that a keystroke does not
   * re-render and autosave every subscriber of the case. The text field holds the typed text
   * meanwhile; `flushPending` writes it at once (on blur, Continue, leaving the page and before
   * autosave's flush).
   */
  setAnswerSoon(questionId: string, value: AnswerValue | undefined) {
    const cur = this.value.getSnapshot();
    if (!cur || cur.readOnly) return;
    if (this.pending.size === 0) this.pendingSince = Date.now();
    this.pending.set(questionId, value);
    if (this.timer !== null) clearTimeout(this.timer);
    const waited = Date.now() - this.pendingSince;
    const delay = Math.max(0, Math.min(TYPING_PAUSE_MS, TYPING_MAX_WAIT_MS - waited));
    this.timer = setTimeout(() => this.flushPending(new Date(), 'now'), delay);
  }

  /** Whether typed text of this question is waiting to be written. */
  hasPending(questionId: string): boolean {
    return this.pending.has(questionId);
  }

  /**
   * Write every typed answer now, as one change of the case; `when` is passed to autosave
   * ('now' after a pause in typing, 'soon' when a direct change or a flush follows anyway).
   */
  flushPending(now: Date = new Date(), when: 'soon' | 'now' = 'soon') {
    if (this.pending.size === 0) return;
    const typed = [...this.pending];
    this.dropPending();
    const cur = this.value.getSnapshot();
    if (!cur || cur.readOnly) return;
    const changed = typed.filter(([id, v]) => cur.case.answers[id] !== v);
    if (changed.length === 0) return;
    const answers: Answers = { ...cur.case.answers, ...Object.fromEntries(changed) };
    const next: Case = { ...cur.case, answers, updatedAt: now.toISOString() };
    this.value.set({ ...cur, case: next });
    if (!cur.sandbox) this.persist(next, when);
  }

  private dropPending() {
    this.pending.clear();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  setAnswer(questionId: string, value: AnswerValue | undefined, now: Date = new Date()) {
    // Typed text of other questions goes first, so the order of changes is kept; a pending
    // value of this question is superseded.
    this.pending.delete(questionId);
    this.flushPending(now);
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
    this.flushPending(now);
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
