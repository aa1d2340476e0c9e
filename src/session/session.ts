/**
 * The session: the one place that wires the storage module to the app. It is
 * composed of
 *
 * - the open case (open-case.ts): its autosaver, tab sync and conflicts;
 * - the case library (case-library.ts): the case-list operations, files, backups;
 * - privacy (privacy.ts): "delete all my data";
 *
 * over one `CaseRepository` (localStorage, or an in-memory fallback when
 * storage is disabled: `persistent: false`, the user is told). Autosave is
 * flushed on `pagehide` and `visibilitychange` (the "type and close at once"
 * guarantee: localStorage writes are synchronous, so the flush is on disk
 * before the tab is gone). Nothing here throws except `deleteAllData`.
 *
 * React reaches it through `SessionProvider` / `useSession()`
 * (session-context.tsx); UI state is published through `subscribe`/`getState`.
 */
import { installFlushHandlers, installUnloadWarning } from '../storage/autosave';
import { openBrowserCaseRepository } from '../storage/case-storage';
import type { StorageLike } from '../storage/case-storage';
import { createTabSync } from '../storage/tab-sync';
import type { TabSync } from '../storage/tab-sync';
import { createCaseLibrary } from './case-library';
import { caseStore } from './case-store';
import type { CaseStore } from './case-store';
import { createOpenCase } from './open-case';
import { createPrivacy } from './privacy';
import { createSessionCore } from './session-state';

export type { SessionState } from './session-state';
export type { OpenCaseResult } from './open-case';

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
  const opened = openBrowserCaseRepository(options.getStorage);
  const sync = options.tabSync ?? createTabSync();
  const core = createSessionCore(
    opened.repo,
    opened.availability,
    sync,
    options.store ?? caseStore,
  );
  const open = createOpenCase(core, options.autosaveDelayMs);
  const library = createCaseLibrary(core, open);
  const privacy = createPrivacy(core, open);
  const { flush, hasUnsavedChanges } = open;
  const { bumpList } = core;

  const uninstallFlush =
    options.flushHandlers === false ? () => {} : installFlushHandlers({ flush: () => flush() });
  // Warn before closing while edits are only in this tab (a failed or partial save).
  const uninstallUnloadWarning =
    options.flushHandlers === false
      ? () => {}
      : installUnloadWarning({
          flush: () => flush(),
          hasUnsavedChanges,
        });

  // Changes to other cases only matter to the case list.
  const unsubscribeSync = sync.subscribe(() => bumpList());

  return {
    repo: core.repo,
    subscribe: core.state.subscribe,
    getState: core.state.getSnapshot,
    flush,
    openCaseById: open.openCaseById,
    createCase: open.createCase,
    closeCase: open.closeCase,
    loadTheirs: open.loadTheirs,
    keepMine: open.keepMine,
    hasUnsavedChanges,
    dismissReplaced: open.dismissReplaced,
    ...library,
    deleteAllData: privacy.deleteAllData,
    dispose() {
      open.dispose();
      uninstallFlush();
      uninstallUnloadWarning();
      unsubscribeSync();
      if (!options.tabSync) sync.close();
      core.state.clear();
    },
  };
}
