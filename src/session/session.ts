/**
 * The session: the one place that wires the storage module to the app.
 *
 * - one `CaseRepository` (localStorage, or an in-memory fallback when storage
 *   is disabled: `persistent: false`, the user is told);
 * - one autosaver per open case, fed by `caseStore.setPersist`, flushed on
 *   `pagehide` and `visibilitychange` (the "type and close at once" guarantee:
 *   localStorage writes are synchronous, so the flush is on disk before the
 *   tab is gone);
 * - tab sync: when another tab saves the open case, a tab with no unsaved
 *   changes reloads it silently and says so on the status line; a tab with
 *   unsaved changes gets a conflict banner and nothing is overwritten;
 * - the case-list operations of the home page (create, duplicate, delete with
 *   undo, files, backups) so every write also tells the other tabs.
 *
 * Invariants: a sandbox case (demo) or a read-only case never reaches
 * storage; a failed save keeps the case in memory (caseStore) and is retried
 * on the next change; nothing here throws except `deleteAllData` (the
 * privacy page shows its failure).
 *
 * UI state is published through `subscribe`/`getState` (useSyncExternalStore).
 */
import { useSyncExternalStore } from 'react';
import { newCase } from '../checklist/schema';
import type { Case } from '../checklist/schema';
import { createAutosaver, installFlushHandlers, installUnloadWarning } from '../storage/autosave';
import type { Autosaver, AutosaveStatus } from '../storage/autosave';
import {
  caseToFile,
  copyCase,
  createBackup,
  downloadFile,
  importAsCopies,
  importCases,
  importOverwriting,
} from '../storage/case-files';
import type { BackupEntry, CopyOptions, ImportReport } from '../storage/case-files';
import { newCaseId, openBrowserCaseRepository } from '../storage/case-storage';
import type {
  Availability,
  CaseRepository,
  LoadResult,
  RemovedRecord,
  SaveResult,
  StorageLike,
} from '../storage/case-storage';
import type { StorageMessage } from '../storage/messages';
import { removeOfflineCopy } from '../storage/offline-copy';
import { mergeCases, resolveConflicts } from '../storage/merge';
import type { AnswerConflict, MergeResult } from '../storage/merge';
import { createTabSync } from '../storage/tab-sync';
import type { TabSync } from '../storage/tab-sync';
import { caseStore } from './case-store';
import type { CaseStore } from './case-store';

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

export type OpenCaseResult =
  | { status: 'ok' }
  /** Opened read-only (`readOnly: true` in caseStore). */
  | { status: 'too-new'; version: number; appVersion?: string; shown: boolean }
  | Exclude<LoadResult, { status: 'ok' } | { status: 'too-new' }>;

export interface SessionOptions {
  getStorage?: () => StorageLike | null | undefined;
  store?: CaseStore;
  tabSync?: TabSync;
  /** Install pagehide/visibilitychange handlers (default true). */
  flushHandlers?: boolean;
  autosaveDelayMs?: number;
}

export type Session = ReturnType<typeof createSession>;

export function createSession(options: SessionOptions = {}) {
  const store = options.store ?? caseStore;
  const opened = openBrowserCaseRepository(options.getStorage);
  const repo: CaseRepository = opened.repo;
  const sync = options.tabSync ?? createTabSync();

  let state: SessionState = {
    availability: opened.availability,
    persistent: repo.persistent,
    save: { kind: 'idle' },
    conflict: null,
    tooNew: null,
    notice: null,
    replaced: null,
    generation: 0,
    listVersion: 0,
  };
  const listeners = new Set<() => void>();
  let noticeSeq = 0;

  function setState(patch: Partial<SessionState>) {
    state = { ...state, ...patch };
    for (const l of [...listeners]) l();
  }
  const bumpList = () => setState({ listVersion: state.listVersion + 1 });
  const notify = (m: StorageMessage | { key: `cases:${string}` }) =>
    setState({ notice: { ...m, seq: ++noticeSeq } });

  // ---- the open case ------------------------------------------------------------------

  let saver: Autosaver | null = null;
  let saverCaseId: string | null = null;
  /** The version of the open case as last loaded or saved: the base of a per-answer merge. */
  let baseCase: Case | null = null;
  /** A merge waiting for the user's answer on the answers both tabs changed. */
  let pendingMerge: { caseId: string; result: MergeResult; rev: string | null } | null = null;
  let unwatch: (() => void) | null = null;
  let unsubscribeSaver: (() => void) | null = null;

  /** Stop autosaving the current case. `flush: false` drops pending writes (after a delete). */
  function closeSaver(flush: boolean) {
    unwatch?.();
    unwatch = null;
    unsubscribeSaver?.();
    unsubscribeSaver = null;
    if (saver) {
      if (!flush) saver.rebase(saver.baseRev());
      saver.dispose();
    }
    saver = null;
    saverCaseId = null;
  }

  function startSaver(id: string, baseRev: string | null): Autosaver {
    closeSaver(true);
    const s = createAutosaver({
      repo,
      baseRev,
      ...(options.autosaveDelayMs !== undefined ? { delayMs: options.autosaveDelayMs } : {}),
      onSaved: (c, result) => {
        if (!result.skipped) baseCase = c;
        sync.notifySaved(c.id, result);
        bumpList();
      },
    });
    saver = s;
    saverCaseId = id;
    unsubscribeSaver = s.subscribe((status) => {
      const patch: Partial<SessionState> = { save: status };
      if (status.kind === 'error' && status.result.status === 'conflict') {
        if (status.result.reason === 'changed' && mergeWithStored(id)) {
          setState({ save: { kind: 'saving' } });
          return;
        }
        patch.conflict = {
          kind: status.result.reason === 'deleted' ? 'removed' : 'changed',
          caseId: id,
          ...(pendingMerge?.caseId === id ? { answers: pendingMerge.result.conflicts } : {}),
        };
      } else if (
        (status.kind === 'saved' || status.kind === 'partial') &&
        state.conflict?.caseId === id
      ) {
        patch.conflict = null;
      }
      setState(patch);
    });
    unwatch = sync.watchCase(
      id,
      () => s.baseRev(),
      (change) => {
        if (change.type === 'cleared') {
          setState({ conflict: { kind: 'cleared', caseId: id } });
          bumpList();
          return;
        }
        bumpList();
        if (change.type === 'removed') {
          setState({ conflict: { kind: 'removed', caseId: id } });
          return;
        }
        if (s.hasUnsavedChanges() || state.conflict?.caseId === id) {
          // Keep what only one tab changed; ask only about answers both changed.
          mergeWhenVisible(id, change.rev, 0);
          return;
        }
        // Nothing of ours is pending: take the other tab's version silently and say so.
        takeTheirs(id, change.rev, 0);
      },
    );
    setState({ save: { kind: 'idle' }, conflict: null, tooNew: null });
    return s;
  }

  /**
   * Take another tab's save of the open case. A BroadcastChannel message can arrive
   * before that tab's localStorage write is visible in this process (Chromium syncs
   * storage between renderers asynchronously), so wait until the stored revision is
   * the announced one instead of reloading the old record and calling it new.
   */
  function takeTheirs(id: string, rev: string | null, attempt: number) {
    if (saverCaseId !== id || !saver || saver.hasUnsavedChanges()) {
      if (saverCaseId === id) setState({ conflict: { kind: 'changed', caseId: id } });
      return;
    }
    const loaded = repo.load(id);
    if (rev && loaded.status === 'ok' && loaded.rev !== rev && attempt < 40) {
      setTimeout(() => takeTheirs(id, rev, attempt + 1), 25);
      return;
    }
    if (reloadFromStorage(id)) notify({ key: 'cases:session.reloaded' });
    else setState({ conflict: { kind: 'changed', caseId: id } });
  }

  /** Replace the open case with the stored one. Returns false when it cannot be read. */
  function reloadFromStorage(id: string): boolean {
    const loaded = repo.load(id);
    if (loaded.status !== 'ok' || !saver || saverCaseId !== id) return false;
    const cur = store.getSnapshot();
    // Answers this tab showed with text that the other tab's version replaces: say so visibly.
    const shown = cur && cur.case.id === id ? cur.case.answers : {};
    const replacedIds = Object.keys(shown).filter(
      (k) =>
        shown[k] !== undefined &&
        shown[k] !== '' &&
        JSON.stringify(shown[k]) !== JSON.stringify(loaded.case.answers[k]),
    );
    saver.rebase(loaded.rev, loaded.case);
    baseCase = loaded.case;
    pendingMerge = null;
    store.open({ case: loaded.case, readOnly: false, sandbox: cur?.sandbox ?? false });
    setState({
      conflict: null,
      generation: state.generation + 1,
      save: { kind: 'idle' },
      replaced: replacedIds.length > 0 ? { caseId: id, questionIds: replacedIds } : state.replaced,
    });
    return true;
  }

  /** As takeTheirs: wait until the announced revision is visible in this tab's storage. */
  function mergeWhenVisible(id: string, rev: string | null, attempt: number) {
    if (saverCaseId !== id || !saver) return;
    const loaded = repo.load(id);
    if (rev && loaded.status === 'ok' && loaded.rev !== rev && attempt < 40) {
      setTimeout(() => mergeWhenVisible(id, rev, attempt + 1), 25);
      return;
    }
    if (!mergeWithStored(id)) setState({ conflict: { kind: 'changed', caseId: id } });
  }

  /**
   * Merge the stored version (another tab's save) into this tab's per answer.
   * Without conflicts the merge is saved at once; with conflicts the user is
   * asked about those answers only. Returns false when no merge was possible.
   */
  function mergeWithStored(id: string): boolean {
    const cur = store.getSnapshot();
    const loaded = repo.load(id);
    if (!cur || cur.case.id !== id || loaded.status !== 'ok' || !saver || saverCaseId !== id)
      return false;
    const result = mergeCases(baseCase ?? loaded.case, cur.case, loaded.case);
    if (result.conflicts.length > 0) {
      pendingMerge = { caseId: id, result, rev: loaded.rev };
      setState({ conflict: { kind: 'changed', caseId: id, answers: result.conflicts } });
      return true;
    }
    applyMerge(id, result.merged, loaded.rev, loaded.case, result.fromTheirs.length > 0);
    return true;
  }

  /** Put a merged case in place of this tab's and store it on top of the other tab's save. */
  function applyMerge(
    id: string,
    merged: Case,
    rev: string | null,
    stored: Case,
    remount: boolean,
  ) {
    if (!saver) return;
    pendingMerge = null;
    saver.rebase(rev, stored);
    baseCase = stored;
    const cur = store.getSnapshot();
    store.open({ case: merged, readOnly: false, sandbox: cur?.sandbox ?? false });
    setState({
      conflict: null,
      ...(remount ? { generation: state.generation + 1 } : {}),
    });
    if (JSON.stringify(merged.answers) !== JSON.stringify(stored.answers)) {
      saver.schedule(merged);
      saver.flush();
    }
  }

  /** The user's answer for the answers both tabs changed. */
  function resolvePending(choice: 'mine' | 'theirs'): boolean {
    const p = pendingMerge;
    const c = state.conflict;
    if (!p || !c || c.kind !== 'changed' || p.caseId !== c.caseId) return false;
    const loaded = repo.load(p.caseId);
    if (loaded.status !== 'ok' || loaded.rev !== p.rev) {
      // Stored again meanwhile: merge afresh against the newest version.
      pendingMerge = null;
      return mergeWithStored(p.caseId);
    }
    const merged = resolveConflicts(p.result, () => choice);
    applyMerge(p.caseId, merged, loaded.rev, loaded.case, true);
    return true;
  }

  store.setPersist((c) => {
    const cur = store.getSnapshot();
    if (!cur || cur.sandbox || cur.readOnly || cur.case.id !== c.id) return;
    if (!saver || saverCaseId !== c.id) {
      // A case opened into the store by other code: start from what is stored now.
      const loaded = repo.load(c.id);
      startSaver(c.id, loaded.status === 'ok' ? loaded.rev : null);
    }
    saver?.schedule(c);
  });

  const uninstallFlush =
    options.flushHandlers === false ? () => {} : installFlushHandlers({ flush: () => flush() });
  // Warn before closing while edits are only in this tab (a failed or partial save).
  const uninstallUnloadWarning =
    options.flushHandlers === false
      ? () => {}
      : installUnloadWarning({
          flush: () => flush(),
          hasUnsavedChanges: () => saver?.hasUnsavedChanges() ?? false,
        });

  // Changes to other cases only matter to the case list.
  const unsubscribeSync = sync.subscribe(() => bumpList());

  function flush(): SaveResult | null {
    return saver?.flush() ?? null;
  }

  function openCaseById(id: string): OpenCaseResult {
    const cur = store.getSnapshot();
    if (cur && cur.case.id === id) return { status: 'ok' };
    closeSaver(true);
    const loaded = repo.load(id);
    switch (loaded.status) {
      case 'ok':
        startSaver(id, loaded.rev);
        baseCase = loaded.case;
        store.open({ case: loaded.case, readOnly: false, sandbox: false });
        if (loaded.migrated) notify({ key: 'storage:load.migrated' });
        return { status: 'ok' };
      case 'too-new': {
        const version = loaded.appVersion ?? loaded.version;
        if (loaded.case) {
          store.open({ case: loaded.case, readOnly: true, sandbox: false });
          setState({ tooNew: { caseId: id, version }, conflict: null, save: { kind: 'idle' } });
        } else {
          store.open(null);
        }
        return {
          status: 'too-new',
          version: loaded.version,
          ...(loaded.appVersion ? { appVersion: loaded.appVersion } : {}),
          shown: loaded.case !== undefined,
        };
      }
      case 'corrupt':
        store.open(null);
        bumpList();
        return loaded;
      default:
        store.open(null);
        return loaded;
    }
  }

  /** A new, empty case, stored at once so it is in the list even if the tab closes. */
  function createCase(now: Date = new Date()): { case: Case; save: SaveResult } {
    closeSaver(true);
    const c = newCase(newCaseId(), now);
    const save = repo.save(c, { baseRev: null, now });
    startSaver(c.id, save.status === 'ok' ? save.rev : null);
    baseCase = save.status === 'ok' ? c : null;
    store.open({ case: c, readOnly: false, sandbox: false });
    if (save.status === 'ok') {
      sync.notifySaved(c.id, save);
      bumpList();
    } else {
      // Kept in memory; the autosaver retries on the first change.
      saver?.schedule(c);
    }
    return { case: c, save };
  }

  function closeCase() {
    closeSaver(true);
    store.open(null);
    setState({ conflict: null, tooNew: null, save: { kind: 'idle' } });
  }

  // ---- conflicts ---------------------------------------------------------------------

  /** "Load their version": the stored record replaces this tab's copy. */
  function loadTheirs(): boolean {
    const c = state.conflict;
    if (!c) return false;
    if (c.kind !== 'changed') {
      // Nothing stored to load: the case was removed elsewhere.
      closeCase();
      return true;
    }
    if (c.answers && resolvePending('theirs')) return true;
    return reloadFromStorage(c.caseId);
  }

  /** "Keep my version": save this tab's copy over the other one. */
  function keepMine(): SaveResult | null {
    const c = state.conflict;
    const cur = store.getSnapshot();
    if (!c || !cur || cur.case.id !== c.caseId || cur.readOnly || cur.sandbox) return null;
    if (c.kind === 'changed' && c.answers && resolvePending('mine')) {
      return saver?.status().kind === 'saved'
        ? { status: 'ok', rev: saver.baseRev() ?? '', savedAt: new Date().toISOString(), bytes: 0 }
        : null;
    }
    if (!saver || saverCaseId !== c.caseId) startSaver(c.caseId, null);
    saver?.schedule(cur.case);
    const result = saver?.overwrite() ?? null;
    if (result?.status === 'ok') setState({ conflict: null });
    return result;
  }

  // ---- files ---------------------------------------------------------------------------

  /** Download the open case (also a read-only or sandbox one: it is the user's view). */
  function saveOpenCaseAsFile(doc: Document = document): boolean {
    const cur = store.getSnapshot();
    if (!cur) return false;
    downloadFile(caseToFile(cur.case), doc);
    return true;
  }

  function downloadBackup(doc: Document = document) {
    const backup = createBackup(repo);
    if (backup.status === 'ok') downloadFile(backup, doc);
    return backup;
  }

  /** After writes that may have replaced the open case: drop it from memory so it is reopened. */
  function forgetOpen(ids: readonly string[]) {
    const cur = store.getSnapshot();
    if (cur && !cur.sandbox && ids.includes(cur.case.id)) closeCase();
  }

  function afterImport(report: ImportReport): ImportReport {
    for (const c of report.imported) {
      const loaded = repo.load(c.id);
      if (loaded.status === 'ok' && loaded.rev && loaded.savedAt)
        sync.notifySaved(c.id, { rev: loaded.rev, savedAt: loaded.savedAt });
    }
    bumpList();
    return report;
  }

  function importEntries(entries: readonly BackupEntry[]): ImportReport {
    flush();
    return afterImport(importCases(repo, entries));
  }

  function importCopies(cases: readonly Case[], copy: CopyOptions = {}): ImportReport {
    return afterImport(importAsCopies(repo, cases, copy));
  }

  function importReplacing(cases: readonly Case[]): ImportReport {
    flush();
    forgetOpen(cases.map((c) => c.id));
    return afterImport(importOverwriting(repo, cases));
  }

  // ---- the case list -----------------------------------------------------------------

  function duplicateCase(id: string, copy: CopyOptions = {}): SaveResult | { status: 'missing' } {
    flush();
    const loaded = repo.load(id);
    if (loaded.status !== 'ok') return { status: 'missing' };
    const now = new Date();
    const c = {
      ...copyCase(loaded.case, copy),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const result = repo.save(c, { baseRev: null, now });
    if (result.status === 'ok') sync.notifySaved(c.id, result);
    bumpList();
    return result;
  }

  function removeCase(id: string) {
    const cur = store.getSnapshot();
    if (cur && !cur.sandbox && cur.case.id === id) {
      closeSaver(false);
      store.open(null);
      setState({ conflict: null, tooNew: null, save: { kind: 'idle' } });
    }
    const result = repo.remove(id);
    if (result.status === 'ok') sync.notifyRemoved(id);
    bumpList();
    return result;
  }

  function restoreCase(removed: RemovedRecord) {
    const result = repo.restore(removed);
    if (result.status === 'ok') {
      const loaded = repo.load(removed.id);
      if (loaded.status === 'ok' && loaded.rev && loaded.savedAt)
        sync.notifySaved(removed.id, { rev: loaded.rev, savedAt: loaded.savedAt });
    }
    bumpList();
    return result;
  }

  // ---- privacy -------------------------------------------------------------------------

  /** "Delete all my data on this computer". Throws when storage refuses (the page says so). */
  async function deleteAllData(): Promise<void> {
    closeSaver(false);
    store.open(null);
    const result = repo.deleteAll();
    sync.notifyCleared();
    setState({ conflict: null, tooNew: null, save: { kind: 'idle' }, notice: null });
    bumpList();
    await removeOfflineCopy();
    if (result.status !== 'ok') throw new Error('storage unavailable');
  }

  return {
    repo,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getState: () => state,
    flush,
    openCaseById,
    createCase,
    closeCase,
    loadTheirs,
    keepMine,
    saveOpenCaseAsFile,
    downloadBackup,
    importEntries,
    importCopies,
    importReplacing,
    duplicateCase,
    removeCase,
    restoreCase,
    deleteAllData,
    hasUnsavedChanges: () => saver?.hasUnsavedChanges() ?? false,
    dismissReplaced: () => setState({ replaced: null }),
    dispose() {
      closeSaver(true);
      uninstallFlush();
      uninstallUnloadWarning();
      unsubscribeSync();
      if (!options.tabSync) sync.close();
      listeners.clear();
      store.setPersist(() => {});
    },
  };
}

// ---- the app's session -----------------------------------------------------------------

let current: Session | null = null;

/** The app's session, created on first use. */
export function getSession(): Session {
  current ??= createSession();
  return current;
}

/** Tests: throw away the session (and its listeners) and start a new one. */
export function resetSession(options?: SessionOptions): Session {
  current?.dispose();
  current = createSession(options);
  return current;
}

export function deleteAllData(): Promise<void> {
  return getSession().deleteAllData();
}

export function useSessionState(): SessionState {
  const s = getSession();
  return useSyncExternalStore(s.subscribe, s.getState, s.getState);
}
