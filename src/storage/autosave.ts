/**
 * Debounced autosave of the open case.
 *
 * `schedule(case)` is called on every change; the write happens `delayMs`
 * (400 ms) after the last change, or at once on `flush()`. Because the store
 * is synchronous (localStorage), `flush()` from a `pagehide` or
 * `visibilitychange` (hidden) handler is complete before the tab goes away:
 * install those handlers with `installFlushHandlers(saver)`.
 *
 * The latest case always stays in memory (`latest()`), also when a write fails
 * (quota full, storage gone, another tab changed the case), so the UI can
 * offer "save as file" and nothing is lost. A failed write is retried on the
 * next change or flush. A `conflict` is never resolved silently: the UI
 * either reloads the other tab's version (`rebase(rev)` with the new rev) or
 * keeps this one (`overwrite()`).
 *
 * The status (idle / saving / saved(at) / error(kind)) is published through
 * `subscribe` for an aria-live status line; the messages are in the `storage`
 * namespace (see messages.ts).
 */
import type { Case } from '../checklist/schema';
import type { CaseRepository, SaveResult } from './case-storage';
import { createListeners } from '../session/external-store';

export type AutosaveErrorKind = Exclude<SaveResult['status'], 'ok'>;

export type AutosaveStatus =
  | { kind: 'idle' }
  /** Changes are waiting for the debounce to write them. */
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  /**
   * Saved except these answers (they fail the schema, e.g. over the hard cap):
   * storage keeps their previous value, this tab keeps the new one in memory and
   * the saver stays dirty, so the page warns before it is closed.
   */
  | { kind: 'partial'; at: string; questionIds: string[] }
  | { kind: 'error'; error: AutosaveErrorKind; result: Exclude<SaveResult, { status: 'ok' }> };

export type SavedResult = Extract<SaveResult, { status: 'ok' }>;

export interface AutosaverOptions {
  repo: Pick<CaseRepository, 'save'>;
  /** The rev returned by load() (null for a case not stored yet). */
  baseRev: string | null;
  delayMs?: number;
  /** Called after each successful write, e.g. to tell other tabs (tab-sync.ts). */
  onSaved?: (c: Case, result: SavedResult) => void;
}

export interface Autosaver {
  schedule(c: Case): void;
  /** Write pending changes now. Returns the save result, or null when nothing was pending. */
  flush(): SaveResult | null;
  /** The user chose to keep this tab's version after a conflict. */
  overwrite(): SaveResult | null;
  /** After reloading the stored version (conflict or change from another tab). */
  rebase(rev: string | null, c?: Case): void;
  baseRev(): string | null;
  /** The newest case this saver was given, saved or not. */
  latest(): Case | null;
  hasUnsavedChanges(): boolean;
  status(): AutosaveStatus;
  subscribe(listener: (s: AutosaveStatus) => void): () => void;
  /** Flush and stop (when another case is opened). */
  dispose(): SaveResult | null;
}

export const AUTOSAVE_DELAY_MS = 400;

export function createAutosaver(options: AutosaverOptions): Autosaver {
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  let rev = options.baseRev;
  let latest: Case | null = null;
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;
  let current: AutosaveStatus = { kind: 'idle' };
  const listeners = createListeners<AutosaveStatus>();

  function publish(s: AutosaveStatus) {
    current = s;
    listeners.emit(s);
  }

  function clearTimer() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function write(force: boolean): SaveResult | null {
    clearTimer();
    if (!dirty || !latest) return null;
    const c = latest;
    const result = options.repo.save(c, { baseRev: rev, force });
    if (result.status === 'ok') {
      rev = result.rev;
      // A change scheduled during onSaved keeps the saver dirty; so does a skipped answer.
      if (latest === c && !result.skipped) dirty = false;
      publish(
        result.skipped
          ? {
              kind: 'partial',
              at: result.savedAt,
              questionIds: [...new Set(result.skipped.map((i) => i.questionId ?? i.path))],
            }
          : { kind: 'saved', at: result.savedAt },
      );
      options.onSaved?.(c, result);
    } else {
      publish({ kind: 'error', error: result.status, result });
    }
    return result;
  }

  return {
    schedule(c) {
      if (disposed) return;
      latest = c;
      dirty = true;
      clearTimer();
      timer = setTimeout(() => write(false), delay);
      if (current.kind !== 'saving' && current.kind !== 'error' && current.kind !== 'partial')
        publish({ kind: 'saving' });
    },
    flush: () => write(false),
    overwrite: () => {
      if (latest) dirty = true;
      return write(true);
    },
    rebase(newRev, c) {
      clearTimer();
      rev = newRev;
      if (c) latest = c;
      dirty = false;
      publish({ kind: 'idle' });
    },
    baseRev: () => rev,
    latest: () => latest,
    hasUnsavedChanges: () => dirty,
    status: () => current,
    subscribe: listeners.subscribe,
    dispose() {
      const result = write(false);
      disposed = true;
      listeners.clear();
      return result;
    },
  };
}

type EventTargetLike = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export interface FlushTargets {
  window?: EventTargetLike;
  document?: EventTargetLike & { visibilityState?: DocumentVisibilityState };
}

/**
 * Flush on `pagehide` and when the page becomes hidden (tab switch, minimise,
 * mobile app switch; often the last event a page gets). Returns an uninstaller.
 */
export function installFlushHandlers(
  saver: Pick<Autosaver, 'flush'>,
  targets: FlushTargets = { window: globalThis.window, document: globalThis.document },
): () => void {
  const win = targets.window;
  const doc = targets.document;
  const onPageHide = () => {
    saver.flush();
  };
  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') saver.flush();
  };
  win?.addEventListener('pagehide', onPageHide);
  doc?.addEventListener('visibilitychange', onVisibility);
  return () => {
    win?.removeEventListener('pagehide', onPageHide);
    doc?.removeEventListener('visibilitychange', onVisibility);
  };
}

/**
 * Ask before the page is closed while edits are not stored (a failed save, or
 * an answer that could not be saved). Pending edits are flushed first, so an
 * ordinary close after typing gives no prompt. Returns an uninstaller.
 */
export function installUnloadWarning(
  saver: Pick<Autosaver, 'flush' | 'hasUnsavedChanges'>,
  target: EventTargetLike | undefined = globalThis.window,
): () => void {
  const onBeforeUnload = (e: Event) => {
    saver.flush();
    if (!saver.hasUnsavedChanges()) return;
    e.preventDefault();
    // Older Chromium and Safari need returnValue set as well.
    (e as BeforeUnloadEvent).returnValue = '';
  };
  target?.addEventListener('beforeunload', onBeforeUnload);
  return () => target?.removeEventListener('beforeunload', onBeforeUnload);
}
