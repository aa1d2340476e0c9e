import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newCase } from '../../src/checklist/schema';
import type { Case } from '../../src/checklist/schema';
import { createAutosaver, installFlushHandlers } from '../../src/storage/autosave';
import type { AutosaveStatus } from '../../src/storage/autosave';
import { createCaseRepository } from '../../src/storage/case-storage';
import { MemoryStorage } from '../../src/storage/memory-storage';

function withTitle(title: string): Case {
  const c = newCase('a', new Date('2025-01-01T10:00:00.000Z'));
  return { ...c, answers: { 'a.title': title } };
}

const storedTitle = (storage: MemoryStorage) =>
  (JSON.parse(storage.getItem('ulk:case:a') ?? 'null') as { case?: Case } | null)?.case?.answers[
    'a.title'
  ];

class FullStorage extends MemoryStorage {
  full = false;
  override setItem(key: string, value: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    super.setItem(key, value);
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2025-05-05T12:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('writes once, 400 ms after the last change', () => {
    const storage = new MemoryStorage();
    const repo = createCaseRepository(storage);
    const save = vi.spyOn(repo, 'save');
    const saver = createAutosaver({ repo, baseRev: null });
    saver.schedule(withTitle('N'));
    vi.advanceTimersByTime(300);
    saver.schedule(withTitle('Ny'));
    vi.advanceTimersByTime(300);
    saver.schedule(withTitle('Ny simhall'));
    vi.advanceTimersByTime(399);
    expect(save).not.toHaveBeenCalled();
    expect(storedTitle(storage)).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(storedTitle(storage)).toBe('Ny simhall');
  });

  it('publishes saving, then saved with the time, for the status line', () => {
    const saver = createAutosaver({
      repo: createCaseRepository(new MemoryStorage()),
      baseRev: null,
    });
    const seen: AutosaveStatus[] = [];
    saver.subscribe((s) => seen.push(s));
    expect(saver.status()).toEqual({ kind: 'idle' });
    saver.schedule(withTitle('x'));
    vi.advanceTimersByTime(400);
    expect(seen).toEqual([{ kind: 'saving' }, { kind: 'saved', at: '2025-05-05T12:00:00.400Z' }]);
  });

  it('flush writes pending changes at once and returns null when nothing is pending', () => {
    const storage = new MemoryStorage();
    const saver = createAutosaver({ repo: createCaseRepository(storage), baseRev: null });
    expect(saver.flush()).toBeNull();
    saver.schedule(withTitle('Sista tecknet'));
    expect(saver.flush()?.status).toBe('ok');
    expect(storedTitle(storage)).toBe('Sista tecknet');
    expect(saver.hasUnsavedChanges()).toBe(false);
    expect(saver.flush()).toBeNull();
  });

  it('keeps saving after its own writes: each save uses the rev of the previous one', () => {
    const storage = new MemoryStorage();
    const saver = createAutosaver({ repo: createCaseRepository(storage), baseRev: null });
    saver.schedule(withTitle('ett'));
    saver.flush();
    saver.schedule(withTitle('två'));
    expect(saver.flush()?.status).toBe('ok');
    expect(storedTitle(storage)).toBe('två');
  });

  it('keeps the work in memory and reports quota when storage is full, then retries on the next change', () => {
    const storage = new FullStorage();
    storage.full = true;
    const onSaved = vi.fn();
    const saver = createAutosaver({ repo: createCaseRepository(storage), baseRev: null, onSaved });
    saver.schedule(withTitle('Får inte försvinna'));
    vi.advanceTimersByTime(400);
    expect(saver.status()).toMatchObject({ kind: 'error', error: 'quota' });
    expect(saver.latest()?.answers['a.title']).toBe('Får inte försvinna');
    expect(saver.hasUnsavedChanges()).toBe(true);
    expect(onSaved).not.toHaveBeenCalled();
    storage.full = false;
    saver.schedule(withTitle('Får inte försvinna!'));
    vi.advanceTimersByTime(400);
    expect(saver.status().kind).toBe('saved');
    expect(storedTitle(storage)).toBe('Får inte försvinna!');
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('reports a conflict and writes nothing until the user chooses to keep their version', () => {
    const storage = new MemoryStorage();
    const repo = createCaseRepository(storage);
    const first = repo.save(withTitle('Start'), { baseRev: null });
    if (first.status !== 'ok') throw new Error('save failed');
    const saver = createAutosaver({ repo, baseRev: first.rev });
    createCaseRepository(storage).save(withTitle('Annan flik'));
    saver.schedule(withTitle('Den här fliken'));
    vi.advanceTimersByTime(400);
    expect(saver.status()).toMatchObject({ kind: 'error', error: 'conflict' });
    expect(storedTitle(storage)).toBe('Annan flik');
    expect(saver.flush()?.status).toBe('conflict');
    expect(saver.overwrite()?.status).toBe('ok');
    expect(storedTitle(storage)).toBe('Den här fliken');
  });

  it('continues from the other tab’s version after rebase', () => {
    const storage = new MemoryStorage();
    const repo = createCaseRepository(storage);
    const saver = createAutosaver({ repo, baseRev: null });
    saver.schedule(withTitle('A'));
    saver.flush();
    const other = createCaseRepository(storage).save(withTitle('B'));
    if (other.status !== 'ok') throw new Error('save failed');
    saver.rebase(other.rev, withTitle('B'));
    saver.schedule(withTitle('B och mer'));
    expect(saver.flush()?.status).toBe('ok');
    expect(storedTitle(storage)).toBe('B och mer');
  });

  it('flushes on dispose and then ignores further changes', () => {
    const storage = new MemoryStorage();
    const saver = createAutosaver({ repo: createCaseRepository(storage), baseRev: null });
    saver.schedule(withTitle('sparas'));
    expect(saver.dispose()?.status).toBe('ok');
    saver.schedule(withTitle('ignoreras'));
    vi.advanceTimersByTime(1000);
    expect(storedTitle(storage)).toBe('sparas');
  });
});

describe('flush handlers', () => {
  it('saves immediately on pagehide, before the debounce', () => {
    const storage = new MemoryStorage();
    const saver = createAutosaver({ repo: createCaseRepository(storage), baseRev: null });
    const uninstall = installFlushHandlers(saver);
    saver.schedule(withTitle('skrivet precis innan stängning'));
    window.dispatchEvent(new Event('pagehide'));
    expect(storedTitle(storage)).toBe('skrivet precis innan stängning');
    uninstall();
  });

  it('saves immediately when the page becomes hidden, and not when it becomes visible', () => {
    const saver = { flush: vi.fn(() => null) };
    let state: DocumentVisibilityState = 'visible';
    const doc = Object.defineProperty(new EventTarget(), 'visibilityState', {
      get: () => state,
    }) as EventTarget & { visibilityState: DocumentVisibilityState };
    const uninstall = installFlushHandlers(saver, { window: new EventTarget(), document: doc });
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(saver.flush).not.toHaveBeenCalled();
    state = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(saver.flush).toHaveBeenCalledTimes(1);
    uninstall();
  });

  it('flushes on the real document visibilitychange when hidden', () => {
    const saver = { flush: vi.fn(() => null) };
    const uninstall = installFlushHandlers(saver);
    const spy = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(saver.flush).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    uninstall();
  });

  it('stops flushing after uninstall', () => {
    const saver = { flush: vi.fn(() => null) };
    installFlushHandlers(saver)();
    window.dispatchEvent(new Event('pagehide'));
    expect(saver.flush).not.toHaveBeenCalled();
  });
});

describe('autosave with an answer that cannot be saved', () => {
  it('saves the rest, reports the answer by id and keeps the edit as unsaved', async () => {
    const { createAutosaver: make } = await import('../../src/storage/autosave');
    const { createCaseRepository } = await import('../../src/storage/case-storage');
    const { MemoryStorage } = await import('../../src/storage/memory-storage');
    const repo = createCaseRepository(new MemoryStorage());
    const saver = make({ repo, baseRev: null, delayMs: 10 });
    const at = '2025-01-01T08:00:00.000Z';
    saver.schedule({
      id: 'c',
      createdAt: at,
      updatedAt: at,
      answers: { 'a.title': 'y'.repeat(2001), 'a.dnr': 'KS 1' },
    });
    expect(saver.flush()?.status).toBe('ok');
    expect(saver.status()).toMatchObject({ kind: 'partial', questionIds: ['a.title'] });
    expect(saver.hasUnsavedChanges()).toBe(true);
    const loaded = repo.load('c');
    expect(loaded.status === 'ok' && loaded.case.answers).toEqual({ 'a.dnr': 'KS 1' });
  });

  it('asks before the page closes while edits are not stored, and not otherwise', async () => {
    const { installUnloadWarning } = await import('../../src/storage/autosave');
    const target = new EventTarget();
    let unsaved = true;
    const flushed: number[] = [];
    const off = installUnloadWarning(
      { flush: () => (flushed.push(1), null), hasUnsavedChanges: () => unsaved },
      target,
    );
    const warn = new Event('beforeunload', { cancelable: true });
    target.dispatchEvent(warn);
    expect(warn.defaultPrevented).toBe(true);
    unsaved = false;
    const quiet = new Event('beforeunload', { cancelable: true });
    target.dispatchEvent(quiet);
    expect(quiet.defaultPrevented).toBe(false);
    expect(flushed).toHaveLength(2);
    off();
  });
});
