/**
 * The open case: one autosaver per open case, fed by `caseStore.setPersist`;
 * tab sync for it (another tab's save is taken silently when nothing of ours
 * is pending, merged per answer otherwise, and only answers both tabs changed
 * are asked about); opening, creating and closing; the conflict choices.
 *
 * Invariants: a sandbox case (demo) or a read-only case never reaches
 * storage; a failed save keeps the case in memory (caseStore) and is retried
 * on the next change.
 */
import { newCase } from '../checklist/schema';
import type { Case } from '../checklist/schema';
import { createAutosaver } from '../storage/autosave';
import type { Autosaver } from '../storage/autosave';
import { newCaseId } from '../storage/case-storage';
import { readOfficerName } from '../storage/officer-name';
import type { LoadResult, SaveResult } from '../storage/case-storage';
import { mergeCases, resolveConflicts } from '../storage/merge';
import type { MergeResult } from '../storage/merge';
import type { SessionCore, SessionState } from './session-state';

export type OpenCaseResult =
  | { status: 'ok' }
  /** Opened read-only (`readOnly: true` in caseStore). */
  | { status: 'too-new'; version: number; appVersion?: string; shown: boolean }
  | Exclude<LoadResult, { status: 'ok' } | { status: 'too-new' }>;

export type OpenCaseControl = ReturnType<typeof createOpenCase>;

export function createOpenCase(core: SessionCore, autosaveDelayMs?: number) {
  const { repo, sync, store, setState, bumpList, notify } = core;
  const now = (): SessionState => core.state.getSnapshot();

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
    // Text still being typed belongs to the case being closed: into it (and saved) first.
    if (flush) store.flushPending();
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
      ...(autosaveDelayMs !== undefined ? { delayMs: autosaveDelayMs } : {}),
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
        now().conflict?.caseId === id
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
        if (s.hasUnsavedChanges() || now().conflict?.caseId === id) {
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
      generation: now().generation + 1,
      save: { kind: 'idle' },
      replaced: replacedIds.length > 0 ? { caseId: id, questionIds: replacedIds } : now().replaced,
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
      ...(remount ? { generation: now().generation + 1 } : {}),
    });
    if (JSON.stringify(merged.answers) !== JSON.stringify(stored.answers)) {
      saver.schedule(merged);
      saver.flush();
    }
  }

  /** The user's answer for the answers both tabs changed. */
  function resolvePending(choice: 'mine' | 'theirs'): boolean {
    const p = pendingMerge;
    const c = now().conflict;
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

  store.setPersist((c, when) => {
    const cur = store.getSnapshot();
    if (!cur || cur.sandbox || cur.readOnly || cur.case.id !== c.id) return;
    if (!saver || saverCaseId !== c.id) {
      // A case opened into the store by other code: start from what is stored now.
      const loaded = repo.load(c.id);
      startSaver(c.id, loaded.status === 'ok' ? loaded.rev : null);
    }
    saver?.schedule(c);
    if (when === 'now') saver?.flush();
  });

  function flush(): SaveResult | null {
    // Text still being typed is written into the case first, so it is saved with the rest.
    store.flushPending();
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
    const c = newCase(newCaseId(), now, { officer: readOfficerName() });
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
    const c = now().conflict;
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
    const c = now().conflict;
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

  return {
    flush,
    openCaseById,
    createCase,
    closeCase,
    loadTheirs,
    keepMine,
    /** Stop autosaving the open case; `flush: false` drops pending writes (a delete). */
    stop: closeSaver,
    hasUnsavedChanges: () => saver?.hasUnsavedChanges() ?? false,
    dismissReplaced: () => setState({ replaced: null }),
    dispose() {
      closeSaver(true);
      store.setPersist(() => {});
    },
  };
}
