import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../src/session/case-store';
import { createSession } from '../../src/session/session';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { createTabSync } from '../../src/storage/tab-sync';
import type { ChannelLike } from '../../src/storage/tab-sync';
import { mergeCases } from '../../src/storage/merge';

/** Two BroadcastChannel ends that deliver to each other synchronously. */
function channelPair(): [ChannelLike, ChannelLike] {
  const make = () => {
    const listeners = new Set<(e: MessageEvent) => void>();
    const end = {
      other: null as null | { deliver: (d: unknown) => void },
      deliver: (data: unknown) => {
        for (const l of [...listeners]) l({ data } as MessageEvent);
      },
      postMessage: (m: unknown) => end.other?.deliver(structuredClone(m)),
      addEventListener: (_: 'message', l: (e: MessageEvent) => void) => listeners.add(l),
      removeEventListener: (_: 'message', l: (e: MessageEvent) => void) => listeners.delete(l),
      close: () => listeners.clear(),
    };
    return end;
  };
  const a = make();
  const b = make();
  a.other = b;
  b.other = a;
  return [a, b];
}

function twoTabs() {
  const storage = new MemoryStorage();
  const [ca, cb] = channelPair();
  const tab = (channel: ChannelLike, tabId: string) => {
    const store = new CaseStore();
    const session = createSession({
      getStorage: () => storage,
      store,
      tabSync: createTabSync({ tabId, channel, storageEvents: null }),
      flushHandlers: false,
      autosaveDelayMs: 100_000,
    });
    return { store, session };
  };
  return { storage, a: tab(ca, 'A'), b: tab(cb, 'B') };
}

const stored = (storage: MemoryStorage, id: string) =>
  (JSON.parse(storage.getItem(`ulk:case:${id}`)!) as { case: { answers: Record<string, unknown> } })
    .case.answers;

describe('the same case in two tabs', () => {
  it('keeps both tabs’ edits to different answers without asking', () => {
    const { storage, a, b } = twoTabs();
    const { case: c } = a.session.createCase();
    expect(b.session.openCaseById(c.id).status).toBe('ok');
    // Tab B types a title (unsaved), tab A saves a Dnr meanwhile.
    b.store.setAnswer('a.title', 'B:s rubrik');
    a.store.setAnswer('a.dnr', 'KS 2025/1');
    a.session.flush();
    expect(b.session.getState().conflict).toBeNull();
    b.session.flush();
    // A new case starts with the paper's date (today): it is in every copy.
    expect(stored(storage, c.id)).toEqual({
      ...c.answers,
      'a.title': 'B:s rubrik',
      'a.dnr': 'KS 2025/1',
    });
    expect(b.store.getSnapshot()?.case.answers).toEqual({
      ...c.answers,
      'a.title': 'B:s rubrik',
      'a.dnr': 'KS 2025/1',
    });
  });

  it('asks only about the answer both tabs changed, showing both texts, and keeps the rest', () => {
    const { storage, a, b } = twoTabs();
    const { case: c } = a.session.createCase();
    b.session.openCaseById(c.id);
    b.store.setAnswer('a.title', 'B:s rubrik');
    b.store.setAnswer('a.committee', 'Kultur');
    a.store.setAnswer('a.title', 'A:s rubrik');
    a.store.setAnswer('a.dnr', 'KS 2025/1');
    a.session.flush();
    const conflict = b.session.getState().conflict;
    expect(conflict).toEqual({
      kind: 'changed',
      caseId: c.id,
      answers: [{ questionId: 'a.title', mine: 'B:s rubrik', theirs: 'A:s rubrik' }],
    });
    b.session.keepMine();
    expect(stored(storage, c.id)).toEqual({
      ...c.answers,
      'a.title': 'B:s rubrik',
      'a.dnr': 'KS 2025/1',
      'a.committee': 'Kultur',
    });
    // Tab A had no unsaved edits: it reloads and is told visibly that its title was replaced.
    expect(a.store.getSnapshot()?.case.answers['a.title']).toBe('B:s rubrik');
    expect(a.session.getState().replaced).toEqual({ caseId: c.id, questionIds: ['a.title'] });
  });
});

describe('mergeCases', () => {
  it('takes an answer removed by one tab as removed', () => {
    const at = '2025-01-01T00:00:00.000Z';
    const base = { id: 'c', createdAt: at, updatedAt: at, answers: { x: 'a', y: 'b' } };
    const r = mergeCases(
      base,
      { ...base, answers: { x: 'a' } },
      { ...base, answers: { x: 'a', y: 'b', z: 'c' } },
    );
    expect(r.merged.answers).toEqual({ x: 'a', z: 'c' });
    expect(r.conflicts).toEqual([]);
  });
});
