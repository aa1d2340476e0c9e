import { describe, expect, it, vi } from 'vitest';
import { newCase } from '../../src/checklist/schema';
import { emptyContext } from '../../src/checklist/types';
import type { Case } from '../../src/checklist/schema';
import { encodeCase } from '../../src/format/case-envelope';
import { INDEX_KEY, contextKey, parseIndex, peekRev } from '../../src/storage/case-index';
import { caseKey, createCaseRepository } from '../../src/storage/case-storage';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { indexEntry } from '../../src/storage/case-record';
import { examplesDir, loadExample, shippedContext } from '../helpers/appendix-fixtures';
import { readFileSync } from 'node:fs';

function makeCase(id: string, title = '', at = '2025-01-01T10:00:00.000Z'): Case {
  const c = newCase(id, new Date(at));
  return {
    ...c,
    answers: { 'a.title': title, 'a.dnr': `KS ${id}`, 'a.committee': 'Kommunstyrelsen' },
  };
}

function titles(repo: ReturnType<typeof createCaseRepository>): string[] {
  const list = repo.list();
  if (list.status !== 'ok') throw new Error('list failed');
  return list.entries.map((e) => e.meta?.title ?? '?');
}

function storedIndex(storage: MemoryStorage) {
  return parseIndex(storage.getItem(INDEX_KEY));
}

describe('the case-list index', () => {
  it('is written on save with what the list shows, and the list reads it without decoding', () => {
    const storage = new MemoryStorage();
    const repo = createCaseRepository(storage);
    const saved = repo.save(makeCase('a', 'Ny simhall'));
    const index = storedIndex(storage);
    expect(index?.a).toMatchObject({
      state: 'ok',
      meta: { title: 'Ny simhall', dnr: 'KS a', committee: 'Kommunstyrelsen' },
      rev: saved.status === 'ok' ? saved.rev : 'x',
      status: { gender: 'needs-completion', missing: expect.any(Number) as number },
    });
    // A second repository (a fresh page) lists from the index: JSON.parse sees only the index.
    const fresh = createCaseRepository(storage);
    const parse = vi.spyOn(JSON, 'parse');
    expect(titles(fresh)).toEqual(['Ny simhall']);
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockRestore();
  });

  it('gets from a save the same entry a full decode of the stored record gives (every example)', () => {
    const files = (
      JSON.parse(readFileSync(`${examplesDir}index.json`, 'utf8')) as { file: string }[]
    ).map((e) => e.file);
    expect(files.length).toBeGreaterThan(3);
    const ctx = shippedContext();
    for (const file of files) {
      const storage = new MemoryStorage();
      const repo = createCaseRepository(storage);
      repo.list(ctx);
      const c = loadExample(file);
      expect(repo.save(c).status, file).toBe('ok');
      const text = storage.getItem(caseKey(c.id))!;
      expect(storedIndex(storage)?.[c.id], file).toEqual(indexEntry(c.id, text, ctx));
    }
  });

  it('follows every save and never lists a deleted case', () => {
    const storage = new MemoryStorage();
    const repo = createCaseRepository(storage);
    const first = repo.save(makeCase('a', 'Första'));
    repo.save(makeCase('b', 'Andra', '2025-02-01T10:00:00.000Z'));
    repo.save(makeCase('a', 'Första, ändrad'), {
      baseRev: first.status === 'ok' ? first.rev : null,
    });
    expect(Object.keys(storedIndex(storage) ?? {}).sort()).toEqual(['a', 'b']);
    expect(storedIndex(storage)?.a?.meta?.title).toBe('Första, ändrad');
    const removed = repo.remove('b');
    expect(Object.keys(storedIndex(storage) ?? {})).toEqual(['a']);
    expect(titles(repo)).toEqual(['Första, ändrad']);
    if (removed.status === 'ok') repo.restore(removed.removed);
    expect(titles(repo)).toEqual(['Andra', 'Första, ändrad']);
  });

  it('is rebuilt from the records when missing or unreadable', () => {
    const storage = new MemoryStorage();
    const repo = createCaseRepository(storage);
    repo.save(makeCase('a', 'Ett'));
    repo.save(makeCase('b', 'Två', '2025-03-01T10:00:00.000Z'));
    storage.removeItem(INDEX_KEY);
    expect(titles(createCaseRepository(storage))).toEqual(['Två', 'Ett']);
    storage.setItem(INDEX_KEY, '{"format":"underlagskollen-index","vers');
    const again = createCaseRepository(storage);
    expect(titles(again)).toEqual(['Två', 'Ett']);
    // The repaired index is stored by the next write-allowed step, never by list().
    expect(storedIndex(storage)).toBeNull();
    again.setAsideDamaged();
    expect(Object.keys(storedIndex(storage) ?? {}).sort()).toEqual(['a', 'b']);
  });

  it('notices records written behind its back (an older build, a deleted key)', () => {
    const storage = new MemoryStorage();
    const repo = createCaseRepository(storage);
    repo.save(makeCase('a', 'Ett'));
    repo.save(makeCase('b', 'Två'));
    // An older build rewrites case a without touching the index, and removes b.
    const older = encodeCase(makeCase('a', 'Skrivet av äldre version'), new Date(), 'other-rev');
    storage.setItem(caseKey('a'), JSON.stringify(older));
    storage.removeItem(caseKey('b'));
    // ...and writes a case the index has never seen.
    storage.setItem(caseKey('c'), JSON.stringify(encodeCase(makeCase('c', 'Ny'))));
    expect(titles(repo).sort()).toEqual(['Ny', 'Skrivet av äldre version']);
  });

  it('recomputes the status for another rule context', () => {
    const storage = new MemoryStorage();
    const repo = createCaseRepository(storage);
    repo.save(makeCase('a', 'Ett'));
    const ctx = { adminLanguages: ['finska' as never], orgGoals: [] };
    const list = repo.list(ctx);
    expect(list.status === 'ok' && list.entries[0]?.status).not.toBeNull();
    repo.setAsideDamaged();
    expect(storedIndex(storage)?.a?.ctx).toBe(contextKey(ctx));
  });

  it('never shows a verdict cached by a build with other rules', () => {
    const storage = new MemoryStorage();
    const repo = createCaseRepository(storage);
    repo.save(makeCase('a', 'Ett'));
    const list = () => {
      const l = repo.list();
      if (l.status !== 'ok') throw new Error('list failed');
      return l.entries[0]?.status;
    };
    const truth = list();
    expect(truth?.gender).not.toBe('sufficient');
    // The index as the previous build wrote it (its key was the context alone), with a status
    // its rules gave ("sufficient").
    const index = storedIndex(storage);
    if (!index?.a?.status) throw new Error('no index entry');
    const stale = {
      ...index,
      a: {
        ...index.a,
        ctx: JSON.stringify(emptyContext),
        status: { ...index.a.status, gender: 'sufficient' as const, steps: [] },
      },
    };
    storage.setItem(
      INDEX_KEY,
      JSON.stringify({ format: 'underlagskollen-index', version: 1, entries: stale }),
    );
    expect(list()).toEqual(truth);
  });

  it('reads the rev near the start of a record without decoding it', () => {
    const text = JSON.stringify(encodeCase(makeCase('a'), new Date(0), 'rev-1'));
    expect(peekRev(text)).toBe('rev-1');
    expect(peekRev(JSON.stringify(encodeCase(makeCase('a'), new Date(0))))).toBe(
      '1970-01-01T00:00:00.000Z',
    );
  });
});
