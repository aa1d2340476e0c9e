import { describe, expect, it, vi } from 'vitest';
import { newCase } from '../../src/checklist/schema';
import { createAutosaver } from '../../src/storage/autosave';
import { caseKey, createCaseRepository } from '../../src/storage/case-storage';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { createTabSync } from '../../src/storage/tab-sync';
import type { ChannelLike, TabChange } from '../../src/storage/tab-sync';

/** BroadcastChannel stand-in: a message posted on one end reaches every other end. */
function channelHub() {
  const ends: FakeChannel[] = [];
  class FakeChannel implements ChannelLike {
    closed = false;
    private readonly listeners = new Set<(e: MessageEvent) => void>();
    constructor() {
      ends.push(this);
    }
    postMessage(message: unknown) {
      if (this.closed) throw new DOMException('closed', 'InvalidStateError');
      for (const end of ends) {
        if (end === this || end.closed) continue;
        for (const l of end.listeners) l(new MessageEvent('message', { data: message }));
      }
    }
    close() {
      this.closed = true;
    }
    addEventListener(_type: 'message', listener: (e: MessageEvent) => void) {
      this.listeners.add(listener);
    }
    removeEventListener(_type: 'message', listener: (e: MessageEvent) => void) {
      this.listeners.delete(listener);
    }
  }
  return () => new FakeChannel();
}

const storageEvent = (
  key: string | null,
  newValue: string | null,
  oldValue: string | null = null,
) => new StorageEvent('storage', { key, newValue, oldValue });

describe('tab sync', () => {
  it('tells the other tab that a case was saved, with id, time and rev', () => {
    const channel = channelHub();
    const a = createTabSync({ tabId: 'A', channel: channel(), storageEvents: null });
    const b = createTabSync({ tabId: 'B', channel: channel(), storageEvents: null });
    const seenByB: TabChange[] = [];
    const seenByA: TabChange[] = [];
    b.subscribe((c) => seenByB.push(c));
    a.subscribe((c) => seenByA.push(c));
    a.notifySaved('case-1', { rev: 'r1', savedAt: '2025-01-01T10:00:00.000Z' });
    expect(seenByB).toEqual([
      {
        type: 'saved',
        id: 'case-1',
        rev: 'r1',
        savedAt: '2025-01-01T10:00:00.000Z',
        via: 'broadcast',
      },
    ]);
    expect(seenByA).toEqual([]);
  });

  it('ignores its own messages and malformed ones', () => {
    const channel = channelHub();
    const own = channel();
    const listener = vi.fn();
    createTabSync({ tabId: 'A', channel: own, storageEvents: null }).subscribe(listener);
    const other = channel();
    other.postMessage({ type: 'saved', id: 'x', rev: 'r', savedAt: 't', tabId: 'A' });
    other.postMessage({ type: 'saved', id: 42, tabId: 'B' });
    other.postMessage('hello');
    other.postMessage(null);
    expect(listener).not.toHaveBeenCalled();
  });

  it('falls back to storage events when there is no BroadcastChannel', () => {
    const events = new EventTarget();
    const sync = createTabSync({ tabId: 'A', channel: null, storageEvents: events });
    const seen: TabChange[] = [];
    sync.subscribe((c) => seen.push(c));
    const value = JSON.stringify({
      format: 'underlagskollen-case',
      savedAt: 'T',
      rev: 'r2',
      case: {},
    });
    events.dispatchEvent(storageEvent(caseKey('case-1'), value));
    events.dispatchEvent(storageEvent(caseKey('case-1'), null, value));
    events.dispatchEvent(storageEvent('ulk:prefs', '{}'));
    events.dispatchEvent(storageEvent(null, null));
    expect(seen).toEqual([
      { type: 'saved', id: 'case-1', rev: 'r2', savedAt: 'T', via: 'storage' },
      { type: 'removed', id: 'case-1', rev: 'r2', savedAt: null, via: 'storage' },
      { type: 'cleared', via: 'storage' },
    ]);
  });

  it('reports a change that arrives both by message and by storage event once', () => {
    const channel = channelHub();
    const events = new EventTarget();
    const a = createTabSync({ tabId: 'A', channel: channel(), storageEvents: null });
    const b = createTabSync({ tabId: 'B', channel: channel(), storageEvents: events });
    const listener = vi.fn();
    b.subscribe(listener);
    a.notifySaved('c', { rev: 'r1', savedAt: 'T' });
    events.dispatchEvent(
      storageEvent(caseKey('c'), JSON.stringify({ savedAt: 'T', rev: 'r1', case: {} })),
    );
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('watchCase reports only changes to the open case that this tab does not know', () => {
    const channel = channelHub();
    const a = createTabSync({ tabId: 'A', channel: channel(), storageEvents: null });
    const b = createTabSync({ tabId: 'B', channel: channel(), storageEvents: null });
    let knownRev: string | null = 'r1';
    const onChange = vi.fn();
    b.watchCase('open', () => knownRev, onChange);
    a.notifySaved('other', { rev: 'x', savedAt: 'T' });
    a.notifySaved('open', { rev: 'r1', savedAt: 'T' });
    expect(onChange).not.toHaveBeenCalled();
    a.notifySaved('open', { rev: 'r2', savedAt: 'T2' });
    expect(onChange).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'saved', id: 'open', rev: 'r2' }),
    );
    knownRev = 'r2';
    a.notifyRemoved('open', 'r2');
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ type: 'removed', id: 'open' }),
    );
  });

  it('stops listening after close and never throws when posting on a closed channel', () => {
    const channel = channelHub();
    const a = createTabSync({ tabId: 'A', channel: channel(), storageEvents: null });
    const b = createTabSync({ tabId: 'B', channel: channel(), storageEvents: null });
    const listener = vi.fn();
    b.subscribe(listener);
    b.close();
    a.notifySaved('c', { rev: 'r', savedAt: 'T' });
    expect(listener).not.toHaveBeenCalled();
    a.close();
    expect(() => a.notifySaved('c', { rev: 'r2', savedAt: 'T' })).not.toThrow();
  });

  it('two tabs on one case: the second tab learns of the change and its save does not overwrite it', () => {
    const storage = new MemoryStorage();
    const channel = channelHub();
    const syncA = createTabSync({ tabId: 'A', channel: channel(), storageEvents: null });
    const syncB = createTabSync({ tabId: 'B', channel: channel(), storageEvents: null });
    const repoA = createCaseRepository(storage);
    const repoB = createCaseRepository(storage);
    const start = { ...newCase('c'), answers: { 'a.title': 'Start' } };
    const first = repoA.save(start, { baseRev: null });
    if (first.status !== 'ok') throw new Error('save failed');

    const saverA = createAutosaver({
      repo: repoA,
      baseRev: first.rev,
      onSaved: (c, r) => syncA.notifySaved(c.id, r),
    });
    const saverB = createAutosaver({ repo: repoB, baseRev: first.rev });
    const toldB = vi.fn();
    syncB.watchCase('c', () => saverB.baseRev(), toldB);

    saverA.schedule({ ...start, answers: { 'a.title': 'Från A' } });
    saverA.flush();
    expect(toldB).toHaveBeenCalledTimes(1);

    saverB.schedule({ ...start, answers: { 'a.title': 'Från B' } });
    expect(saverB.flush()?.status).toBe('conflict');
    expect(repoA.load('c')).toMatchObject({ case: { answers: { 'a.title': 'Från A' } } });

    const reloaded = repoB.load('c');
    if (reloaded.status !== 'ok') throw new Error('load failed');
    saverB.rebase(reloaded.rev, reloaded.case);
    saverB.schedule({ ...reloaded.case, answers: { 'a.title': 'Från A och B' } });
    expect(saverB.flush()?.status).toBe('ok');
  });
});
