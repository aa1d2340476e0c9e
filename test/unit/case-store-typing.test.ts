import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CaseStore, TYPING_MAX_WAIT_MS, TYPING_PAUSE_MS } from '../../src/session/case-store';
import { newCase } from '../../src/checklist/schema';
import type { Case } from '../../src/checklist/schema';

function storeWith(readOnly = false) {
  const saved: Case[] = [];
  const when: (string | undefined)[] = [];
  const store = new CaseStore((c, w) => {
    saved.push(c);
    when.push(w);
  });
  store.open({ case: newCase('c1', new Date('2026-03-01T10:00:00Z')), readOnly, sandbox: false });
  let emits = 0;
  store.subscribe(() => emits++);
  return { store, saved, when, emits: () => emits };
}

const answer = (store: CaseStore, id: string) => store.getSnapshot()?.case.answers[id];

describe('CaseStore typed answers (setAnswerSoon)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the typed text once, after a pause in typing, as one change handed to autosave', () => {
    const { store, saved, when, emits } = storeWith();
    for (const text of ['V', 'Ve', 'Vem']) {
      store.setAnswerSoon('b2.analysis', text);
      vi.advanceTimersByTime(TYPING_PAUSE_MS - 10);
    }
    expect(answer(store, 'b2.analysis')).toBeUndefined();
    expect(store.hasPending('b2.analysis')).toBe(true);
    expect(emits()).toBe(0);
    vi.advanceTimersByTime(10);
    expect(answer(store, 'b2.analysis')).toBe('Vem');
    expect(store.hasPending('b2.analysis')).toBe(false);
    expect(emits()).toBe(1);
    expect(saved.map((c) => c.answers['b2.analysis'])).toEqual(['Vem']);
    // The pause was the wait: autosave writes at once, not after a delay of its own.
    expect(when).toEqual(['now']);
  });

  it('still writes during unbroken typing, at most TYPING_MAX_WAIT_MS after the first key', () => {
    const { store } = storeWith();
    let text = '';
    for (let t = 0; t < TYPING_MAX_WAIT_MS; t += 50) {
      text += 'a';
      store.setAnswerSoon('b2.analysis', text);
      vi.advanceTimersByTime(50);
    }
    expect(answer(store, 'b2.analysis')).toBe(text);
  });

  it('flushPending writes at once; a direct answer to the same question supersedes the typing', () => {
    const { store, saved, when } = storeWith();
    store.setAnswerSoon('b2.analysis', 'typed');
    store.setAnswerSoon('a.title', 'Titel');
    store.flushPending();
    expect(answer(store, 'b2.analysis')).toBe('typed');
    expect(answer(store, 'a.title')).toBe('Titel');
    expect(saved).toHaveLength(1);
    expect(when).toEqual(['soon']);

    store.setAnswerSoon('b2.analysis', 'typed more');
    store.setAnswer('b2.analysis', 'starter text added');
    vi.advanceTimersByTime(TYPING_PAUSE_MS * 2);
    expect(answer(store, 'b2.analysis')).toBe('starter text added');
  });

  it('writes other typed answers before a direct change, so no typing is lost', () => {
    const { store } = storeWith();
    store.setAnswerSoon('b2.analysis', 'typed');
    store.setAnswer('b1.affects', 'ja');
    expect(answer(store, 'b2.analysis')).toBe('typed');
    expect(answer(store, 'b1.affects')).toBe('ja');
  });

  it('drops typing of a case that is replaced, and ignores typing in a read-only case', () => {
    const { store } = storeWith();
    store.setAnswerSoon('b2.analysis', 'typed');
    store.open({ case: newCase('c2', new Date()), readOnly: false, sandbox: false });
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(answer(store, 'b2.analysis')).toBeUndefined();

    const ro = storeWith(true);
    ro.store.setAnswerSoon('b2.analysis', 'typed');
    expect(ro.store.hasPending('b2.analysis')).toBe(false);
    ro.store.flushPending();
    expect(answer(ro.store, 'b2.analysis')).toBeUndefined();
  });
});

/** A session over memory storage whose own autosave delay never passes in a test. */
async function sessionWithStore() {
  const { createSession } = await import('../../src/session/session');
  const { MemoryStorage } = await import('../../src/storage/memory-storage');
  const { createTabSync } = await import('../../src/storage/tab-sync');
  const storage = new MemoryStorage();
  const store = new CaseStore();
  const session = createSession({
    getStorage: () => storage,
    store,
    tabSync: createTabSync({ tabId: 'A', channel: null, storageEvents: null }),
    flushHandlers: false,
    autosaveDelayMs: 100_000,
  });
  const { case: c } = session.createCase();
  /** The answer as stored in the case's record (undefined when not stored). */
  const stored = (id: string) =>
    (
      JSON.parse(storage.getItem(`ulk:case:${c.id}`) ?? '{"case":{"answers":{}}}') as {
        case: { answers: Record<string, unknown> };
      }
    ).case.answers[id];
  return { session, store, stored };
}

describe('the session and typed answers', () => {
  it('stores a typed answer when typing pauses, without waiting for the autosave delay', async () => {
    vi.useFakeTimers();
    try {
      const { session, store, stored } = await sessionWithStore();
      store.setAnswerSoon('b2.analysis', 'Skrivet');
      vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
      expect(stored('b2.analysis')).toBeUndefined();
      vi.advanceTimersByTime(1);
      expect(stored('b2.analysis')).toBe('Skrivet');
      // A direct change still waits for autosave's delay.
      store.setAnswer('a.title', 'Titel');
      vi.advanceTimersByTime(TYPING_PAUSE_MS);
      expect(stored('a.title')).toBeUndefined();
      session.dispose();
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves text still being typed when the page is hidden or closed (session.flush)', async () => {
    const { session, store, stored } = await sessionWithStore();
    store.setAnswerSoon('b2.analysis', 'Skrivet alldeles innan fliken stängdes');
    session.flush();
    expect(stored('b2.analysis')).toBe('Skrivet alldeles innan fliken stängdes');
    session.dispose();
  });
});
