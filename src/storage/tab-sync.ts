/**
 * The same case open in two tabs.
 *
 * After each successful save a tab posts `{ type: 'saved', id, savedAt, rev,
 * tabId }` on BroadcastChannel('ulk'); after a delete, `{ type: 'removed' }`.
 * As a fallback (no BroadcastChannel, or a tab of an older build that does
 * not post) the `storage` event that browsers fire in OTHER tabs when
 * localStorage changes is turned into the same change. A change that arrives
 * by both routes is reported once (deduplicated by id + rev).
 *
 * How the app uses it (design):
 * 1. On open, `watchCase(id, () => saver.baseRev(), onChange)`.
 * 2. When another tab saves the open case, `onChange` fires. If this tab has
 *    no unsaved changes, the app reloads the case (repo.load) and calls
 *    `saver.rebase(rev, case)`; otherwise it tells the user
 *    (`storage:tabSync.changedElsewhere`) and offers reload or keep mine.
 * 3. Independently of messages (which may be missed), every save carries the
 *    rev this tab last saw; if the stored record changed meanwhile, the save
 *    returns `conflict` and nothing is overwritten (case-storage.ts). "Keep
 *    mine" is `saver.overwrite()`.
 */
import { CASE_KEY_PREFIX } from './storage-keys';
import { isRecord } from '../format/versioned-json';
import { revisionOf } from '../format/case-envelope';
import { newId } from './ids';
import { createListeners } from '../session/external-store';

export const CHANNEL_NAME = 'ulk';

export type TabMessage =
  | { type: 'saved'; id: string; savedAt: string; rev: string; tabId: string }
  | { type: 'removed'; id: string; rev: string | null; tabId: string }
  | { type: 'cleared'; tabId: string };

export type TabChange =
  | {
      type: 'saved' | 'removed';
      id: string;
      rev: string | null;
      savedAt: string | null;
      via: 'broadcast' | 'storage';
    }
  /** All data was deleted in another tab ("delete all my data"). */
  | { type: 'cleared'; via: 'broadcast' | 'storage' };

export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  close(): void;
}

type StorageEventTarget = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export interface TabSyncOptions {
  tabId?: string;
  /** Defaults to `new BroadcastChannel('ulk')` where available; null disables it. */
  channel?: ChannelLike | null;
  /** Where `storage` events arrive (window); null disables the fallback. */
  storageEvents?: StorageEventTarget | null;
}

export interface TabSync {
  readonly tabId: string;
  notifySaved(id: string, saved: { rev: string; savedAt: string }): void;
  notifyRemoved(id: string, rev?: string | null): void;
  notifyCleared(): void;
  subscribe(listener: (change: TabChange) => void): () => void;
  /**
   * Changes by other tabs to one case that this tab does not know yet
   * (`knownRev` is the rev this tab last loaded or saved).
   */
  watchCase(
    id: string,
    knownRev: () => string | null,
    onChange: (
      change: Extract<TabChange, { id: string }> | Extract<TabChange, { type: 'cleared' }>,
    ) => void,
  ): () => void;
  close(): void;
}

function defaultChannel(): ChannelLike | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
  } catch {
    return null;
  }
}

function parseMessage(data: unknown): TabMessage | null {
  if (!isRecord(data) || typeof data.tabId !== 'string') return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  if (data.type === 'cleared') return { type: 'cleared', tabId: data.tabId };
  const id = str(data.id);
  if (!id) return null;
  if (data.type === 'saved') {
    const rev = str(data.rev);
    const savedAt = str(data.savedAt);
    return rev && savedAt ? { type: 'saved', id, rev, savedAt, tabId: data.tabId } : null;
  }
  if (data.type === 'removed')
    return { type: 'removed', id, rev: str(data.rev), tabId: data.tabId };
  return null;
}

function parseEnvelopeText(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

const DEDUPE_MS = 10_000;

export function createTabSync(options: TabSyncOptions = {}): TabSync {
  const tabId = options.tabId ?? newId();
  const channel = options.channel === undefined ? defaultChannel() : options.channel;
  const storageEvents =
    options.storageEvents === undefined
      ? typeof window !== 'undefined'
        ? window
        : null
      : options.storageEvents;
  const listeners = createListeners<TabChange>();
  const seen = new Map<string, number>();

  function emit(change: TabChange) {
    const now = Date.now();
    for (const [k, t] of seen) if (now - t > DEDUPE_MS) seen.delete(k);
    const key =
      change.type === 'cleared'
        ? `cleared:${Math.floor(now / 1000)}`
        : `${change.type}:${change.id}:${change.rev ?? ''}`;
    if (seen.has(key)) return;
    seen.set(key, now);
    listeners.emit(change);
  }

  const onMessage = (e: MessageEvent) => {
    const m = parseMessage(e.data);
    if (!m || m.tabId === tabId) return;
    if (m.type === 'cleared') emit({ type: 'cleared', via: 'broadcast' });
    else if (m.type === 'saved')
      emit({ type: 'saved', id: m.id, rev: m.rev, savedAt: m.savedAt, via: 'broadcast' });
    else emit({ type: 'removed', id: m.id, rev: m.rev, savedAt: null, via: 'broadcast' });
  };

  const onStorage = (e: Event) => {
    const se = e as StorageEvent;
    if (se.key === null) {
      emit({ type: 'cleared', via: 'storage' });
      return;
    }
    if (typeof se.key !== 'string' || !se.key.startsWith(CASE_KEY_PREFIX)) return;
    const id = se.key.slice(CASE_KEY_PREFIX.length);
    if (se.newValue === null) {
      emit({
        type: 'removed',
        id,
        rev: revisionOf(parseEnvelopeText(se.oldValue)),
        savedAt: null,
        via: 'storage',
      });
      return;
    }
    const raw = parseEnvelopeText(se.newValue);
    const savedAt = isRecord(raw) && typeof raw.savedAt === 'string' ? raw.savedAt : null;
    emit({ type: 'saved', id, rev: revisionOf(raw), savedAt, via: 'storage' });
  };

  channel?.addEventListener('message', onMessage);
  storageEvents?.addEventListener('storage', onStorage);

  function post(m: TabMessage) {
    try {
      channel?.postMessage(m);
    } catch {
      // A closed channel: the storage event still reaches the other tabs.
    }
  }

  const sync: TabSync = {
    tabId,
    notifySaved(id, saved) {
      post({ type: 'saved', id, rev: saved.rev, savedAt: saved.savedAt, tabId });
    },
    notifyRemoved(id, rev = null) {
      post({ type: 'removed', id, rev, tabId });
    },
    notifyCleared() {
      post({ type: 'cleared', tabId });
    },
    subscribe: listeners.subscribe,
    watchCase(id, knownRev, onChange) {
      return sync.subscribe((change) => {
        if (change.type === 'cleared') {
          onChange(change);
          return;
        }
        if (change.id !== id) return;
        if (change.type === 'saved' && change.rev !== null && change.rev === knownRev()) return;
        onChange(change);
      });
    },
    close() {
      channel?.removeEventListener('message', onMessage);
      storageEvents?.removeEventListener('storage', onStorage);
      listeners.clear();
      try {
        channel?.close();
      } catch {
        // already closed
      }
    },
  };
  return sync;
}
