/**
 * The session's UI state (published through useSyncExternalStore) and the
 * parts every piece of the session shares: the repository, tab sync, the
 * open-case store and the state store.
 */
import type { AutosaveStatus } from '../storage/autosave';
import type { Availability, CaseRepository } from '../storage/case-storage';
import type { StorageMessage } from '../storage/messages';
import type { AnswerConflict } from '../storage/merge';
import type { TabSync } from '../storage/tab-sync';
import type { CaseStore } from './case-store';
import { createStore } from './external-store';
import type { Store } from './external-store';

/** Why the open case and the stored one disagree; resolved only by the user. */
export type Conflict =
  /**
   * Another tab changed the case. `answers`: the answers both tabs changed
   * differently (the user sees both texts); everything else is already merged.
   * Absent when the stored record could not be read for a merge.
   */
  | { kind: 'changed'; caseId: string; answers?: AnswerConflict[] }
  | { kind: 'removed'; caseId: string }
  | { kind: 'cleared'; caseId: string };

export interface SessionState {
  /** How storage looked at start-up. */
  availability: Availability;
  /** False: the in-memory fallback; work lasts this session only. */
  persistent: boolean;
  /** The autosave status of the open case. */
  save: AutosaveStatus;
  conflict: Conflict | null;
  /** The open case is shown read-only because a newer version wrote it. */
  tooNew: { caseId: string; version: string | number } | null;
  /** A one-off line for the status region (e.g. "reloaded from another tab"). */
  notice: { key: string; values?: Record<string, unknown>; seq: number } | null;
  /**
   * Another tab's save replaced answers this tab showed (a visible banner, not
   * just the status line): which questions.
   */
  replaced: { caseId: string; questionIds: string[] } | null;
  /** Bumped when the open case was replaced under the screen (remount the form). */
  generation: number;
  /** Bumped on every change to the stored cases (this tab or another). */
  listVersion: number;
}

/** What the open case, the case library and privacy share. */
export interface SessionCore {
  repo: CaseRepository;
  sync: TabSync;
  store: CaseStore;
  state: Store<SessionState>;
  setState(patch: Partial<SessionState>): void;
  /** The stored cases changed: the case list re-reads them. */
  bumpList(): void;
  /** A one-off line for the status region. */
  notify(m: StorageMessage | { key: `cases:${string}` }): void;
}

export function createSessionCore(
  repo: CaseRepository,
  availability: Availability,
  sync: TabSync,
  store: CaseStore,
): SessionCore {
  const state = createStore<SessionState>({
    availability,
    persistent: repo.persistent,
    save: { kind: 'idle' },
    conflict: null,
    tooNew: null,
    notice: null,
    replaced: null,
    generation: 0,
    listVersion: 0,
  });
  let noticeSeq = 0;
  const setState = (patch: Partial<SessionState>) =>
    state.set({ ...state.getSnapshot(), ...patch });
  return {
    repo,
    sync,
    store,
    state,
    setState,
    bumpList: () => setState({ listVersion: state.getSnapshot().listVersion + 1 }),
    notify: (m) => setState({ notice: { ...m, seq: ++noticeSeq } }),
  };
}
