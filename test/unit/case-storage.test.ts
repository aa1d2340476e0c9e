import { describe, expect, it, vi } from 'vitest';
import { CASE_SCHEMA_VERSION, newCase } from '../../src/checklist/schema';
import type { Case } from '../../src/checklist/schema';
import {
  caseKey,
  createCaseRepository,
  openBrowserCaseRepository,
  QUARANTINE_KEY_PREFIX,
} from '../../src/storage/case-storage';
import { CASE_FORMAT, encodeCase } from '../../src/format/case-envelope';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { isQuotaError } from '../../src/storage/storage-keys';
import {
  backupFileMessage,
  issueMessage,
  openFileMessage,
  saveMessage,
} from '../../src/storage/messages';
import type { StorageMessage } from '../../src/storage/messages';
import type { OpenCaseFileResult } from '../../src/storage/case-files';
import sv from '../../locales/sv/storage.json';
import en from '../../locales/en/storage.json';

/** A storage whose writes fail with a chosen error, as a full or locked-down browser does. */
class FaultyStorage extends MemoryStorage {
  failWith: unknown = null;
  override setItem(key: string, value: string): void {
    if (this.failWith) throw this.failWith;
    super.setItem(key, value);
  }
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

function makeCase(id: string, title = '', at = '2025-01-01T10:00:00.000Z'): Case {
  const c = newCase(id, new Date(at));
  return {
    ...c,
    answers: { 'a.title': title, 'a.dnr': `KS ${id}`, 'a.committee': 'Kommunstyrelsen' },
  };
}

function storeRaw(storage: MemoryStorage, id: string, value: unknown) {
  storage.setItem(caseKey(id), typeof value === 'string' ? value : JSON.stringify(value));
}

describe('case repository', () => {
  it('saves a case and loads it back unchanged', () => {
    const repo = createCaseRepository(new MemoryStorage());
    const c = makeCase('a', 'Ny simhall');
    const saved = repo.save(c, { baseRev: null });
    expect(saved.status).toBe('ok');
    const loaded = repo.load('a');
    expect(loaded).toMatchObject({
      status: 'ok',
      case: c,
      migrated: false,
      version: CASE_SCHEMA_VERSION,
    });
    if (saved.status === 'ok' && loaded.status === 'ok') expect(loaded.rev).toBe(saved.rev);
  });

  it('stores each case under a ulk: key in the versioned envelope with the app version', () => {
    const storage = new MemoryStorage();
    createCaseRepository(storage).save(makeCase('a'));
    const raw = JSON.parse(storage.getItem('ulk:case:a') ?? 'null') as Record<string, unknown>;
    expect(raw).toMatchObject({ format: CASE_FORMAT, version: CASE_SCHEMA_VERSION });
    expect(typeof raw.appVersion).toBe('string');
    expect(typeof raw.rev).toBe('string');
  });

  it('lists cases with title, Dnr, committee and last change, newest first', () => {
    const repo = createCaseRepository(new MemoryStorage());
    repo.save(makeCase('old', 'Äldre ärende', '2025-01-01T10:00:00.000Z'));
    repo.save(makeCase('new', 'Nyare ärende', '2025-02-01T10:00:00.000Z'));
    const list = repo.list();
    expect(list.status).toBe('ok');
    if (list.status !== 'ok') return;
    expect(list.entries.map((e) => e.meta)).toEqual([
      {
        title: 'Nyare ärende',
        dnr: 'KS new',
        committee: 'Kommunstyrelsen',
        updatedAt: '2025-02-01T10:00:00.000Z',
      },
      {
        title: 'Äldre ärende',
        dnr: 'KS old',
        committee: 'Kommunstyrelsen',
        updatedAt: '2025-01-01T10:00:00.000Z',
      },
    ]);
  });

  it('reports a missing case as missing', () => {
    expect(createCaseRepository(new MemoryStorage()).load('nope')).toEqual({ status: 'missing' });
  });

  it('refuses to save a case whose frame (not an answer) fails the schema and writes nothing', () => {
    const storage = new MemoryStorage();
    const c = makeCase('a');
    const bad = { ...c, createdAt: 'x'.repeat(5000) } as Case;
    const result = createCaseRepository(storage).save(bad);
    expect(result.status).toBe('invalid');
    expect(storage.getItem(caseKey('a'))).toBeNull();
  });
});

describe('storage faults', () => {
  it('returns quota when the browser storage is full and the case stays in the caller’s memory', () => {
    const storage = new FaultyStorage();
    storage.failWith = quotaError();
    const repo = createCaseRepository(storage);
    const c = makeCase('a', 'Viktigt');
    expect(repo.save(c)).toEqual({ status: 'quota' });
    expect(c.answers['a.title']).toBe('Viktigt');
  });

  it.each([
    ['QuotaExceededError by name', { name: 'QuotaExceededError', code: 0 }],
    ['Firefox legacy name', { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 }],
    ['WebKit legacy code 22', { name: 'Error', code: 22 }],
  ])('recognises a quota error: %s', (_label, error) => {
    expect(isQuotaError(error)).toBe(true);
    const storage = new FaultyStorage();
    storage.failWith = error;
    expect(createCaseRepository(storage).save(makeCase('a')).status).toBe('quota');
  });

  it('does not mistake another error for a full storage', () => {
    expect(isQuotaError(new DOMException('no', 'SecurityError'))).toBe(false);
    const storage = new FaultyStorage();
    storage.failWith = new DOMException('denied', 'SecurityError');
    expect(createCaseRepository(storage).save(makeCase('a')).status).toBe('unavailable');
  });

  it('returns unavailable from every operation when reaching storage throws SecurityError', () => {
    const repo = createCaseRepository(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(repo.availability()).toBe('unavailable');
    expect(repo.list()).toEqual({ status: 'unavailable' });
    expect(repo.load('a')).toEqual({ status: 'unavailable' });
    expect(repo.save(makeCase('a'))).toEqual({ status: 'unavailable' });
    expect(repo.remove('a')).toEqual({ status: 'unavailable' });
    expect(repo.deleteAll()).toEqual({ status: 'unavailable' });
  });

  it('falls back to a session-only store when storage is disabled, so the app still works', () => {
    const { repo, availability } = openBrowserCaseRepository(() => null);
    expect(availability).toBe('unavailable');
    expect(repo.persistent).toBe(false);
    expect(repo.save(makeCase('a', 'Sessionen')).status).toBe('ok');
    expect(repo.load('a')).toMatchObject({
      status: 'ok',
      case: { answers: { 'a.title': 'Sessionen' } },
    });
  });

  it('keeps the real storage when it is only full, so existing cases still load', () => {
    const storage = new FaultyStorage();
    createCaseRepository(storage).save(makeCase('a', 'Befintligt'));
    storage.failWith = quotaError();
    const { repo, availability } = openBrowserCaseRepository(() => storage);
    expect(availability).toBe('quota');
    expect(repo.persistent).toBe(true);
    expect(repo.load('a').status).toBe('ok');
  });

  it('treats an empty storage with no quota at all (old private mode) as unavailable', () => {
    const storage = new FaultyStorage();
    storage.failWith = quotaError();
    const { repo, availability } = openBrowserCaseRepository(() => storage);
    expect(availability).toBe('unavailable');
    expect(repo.persistent).toBe(false);
  });

  it('sets a record of corrupt JSON aside and still loads the other cases', () => {
    const storage = new MemoryStorage();
    const repo = createCaseRepository(storage, { now: () => new Date(1_700_000_000_000) });
    repo.save(makeCase('good', 'Hel'));
    storeRaw(storage, 'broken', '{"format":"underlagskollen-case","vers');
    const before = repo.list();
    if (before.status !== 'ok') throw new Error('list failed');
    expect(before.entries.find((e) => e.id === 'broken')?.result.status).toBe('corrupt');
    expect(repo.setAsideDamaged()).toBe(1);
    const list = repo.list();
    if (list.status !== 'ok') throw new Error('list failed');
    expect(list.entries.map((e) => e.id)).toEqual(['good']);
    expect(storage.getItem(caseKey('broken'))).toBeNull();
    expect(repo.readQuarantined(`${QUARANTINE_KEY_PREFIX}broken:1700000000000`)).toBe(
      '{"format":"underlagskollen-case","vers',
    );
    expect(list.quarantined).toEqual([
      expect.objectContaining({ id: 'broken', at: '2023-11-14T22:13:20.000Z' }),
    ]);
  });

  it('lists a damaged record without writing to storage', () => {
    const storage = new MemoryStorage();
    const repo = createCaseRepository(storage);
    storeRaw(storage, 'broken', 'not json');
    const setItem = vi.spyOn(storage, 'setItem');
    const removeItem = vi.spyOn(storage, 'removeItem');
    const list = repo.list();
    expect(list.status === 'ok' && list.entries.map((e) => [e.id, e.result.status])).toEqual([
      ['broken', 'corrupt'],
    ]);
    expect(setItem).not.toHaveBeenCalled();
    expect(removeItem).not.toHaveBeenCalled();
  });

  it('reads back a damaged record that could not be set aside, by its case key', () => {
    const storage = new FaultyStorage();
    const repo = createCaseRepository(storage);
    storeRaw(storage, 'broken', 'not json');
    storage.failWith = quotaError();
    expect(repo.setAsideDamaged()).toBe(0);
    expect(repo.readQuarantined(caseKey('broken'))).toBe('not json');
    expect(repo.readQuarantined('other-app')).toBeNull();
  });

  it('sets aside a record that is JSON but fails the schema, on load', () => {
    const storage = new MemoryStorage();
    const repo = createCaseRepository(storage);
    storeRaw(storage, 'x', { format: CASE_FORMAT, version: 1, savedAt: '', case: { id: 'x' } });
    const loaded = repo.load('x');
    expect(loaded.status).toBe('corrupt');
    expect(loaded.status === 'corrupt' && loaded.quarantineKey).toMatch(/^ulk:quarantine:x:\d+$/);
  });

  it('never overwrites a quarantined record, even when the same id breaks twice in the same millisecond', () => {
    const storage = new MemoryStorage();
    const repo = createCaseRepository(storage, { now: () => new Date(5) });
    storeRaw(storage, 'x', 'first damage');
    repo.load('x');
    storeRaw(storage, 'x', 'second damage');
    repo.load('x');
    const q = repo.listQuarantine();
    if (q === 'unavailable') throw new Error('unavailable');
    expect(q.map((e) => repo.readQuarantined(e.key)).sort()).toEqual([
      'first damage',
      'second damage',
    ]);
  });

  it('leaves a corrupt record in place when it cannot be moved aside, and does not overwrite it', () => {
    const storage = new FaultyStorage();
    storeRaw(storage, 'x', 'damaged');
    storage.failWith = quotaError();
    const repo = createCaseRepository(storage);
    expect(repo.load('x')).toEqual({ status: 'corrupt', detail: 'not valid JSON' });
    expect(repo.save(makeCase('x')).status).toBe('quota');
    expect(storage.getItem(caseKey('x'))).toBe('damaged');
  });

  it('moves a corrupt record aside before saving a case with the same id', () => {
    const storage = new MemoryStorage();
    const repo = createCaseRepository(storage);
    storeRaw(storage, 'x', 'damaged');
    expect(repo.save(makeCase('x', 'Ny')).status).toBe('ok');
    const q = repo.listQuarantine();
    expect(q !== 'unavailable' && q.map((e) => repo.readQuarantined(e.key))).toEqual(['damaged']);
  });

  it('opens a record written by a newer version read-only and never overwrites it', () => {
    const storage = new MemoryStorage();
    const future = { ...encodeCase(makeCase('f', 'Framtida')), version: 99, appVersion: '9.0.0' };
    storeRaw(storage, 'f', future);
    const before = storage.getItem(caseKey('f'));
    const repo = createCaseRepository(storage);
    const loaded = repo.load('f');
    expect(loaded).toMatchObject({ status: 'too-new', version: 99, appVersion: '9.0.0' });
    expect(loaded.status === 'too-new' && loaded.case?.answers['a.title']).toBe('Framtida');
    expect(repo.save(makeCase('f', 'Äldre version skriver'), { force: true })).toEqual({
      status: 'refused-too-new',
      version: 99,
    });
    expect(storage.getItem(caseKey('f'))).toBe(before);
    const list = repo.list();
    expect(list.status === 'ok' && list.entries[0]).toMatchObject({
      id: 'f',
      result: { status: 'too-new' },
      meta: { title: 'Framtida' },
    });
    expect(storage.getItem(caseKey('f'))).toBe(before);
  });
});

/** Two tabs over one storage; tab A has saved case "a" once. */
function twoTabs() {
  const storage = new MemoryStorage();
  const tabA = createCaseRepository(storage);
  const tabB = createCaseRepository(storage);
  const first = tabA.save(makeCase('a', 'Start'), { baseRev: null });
  if (first.status !== 'ok') throw new Error('save failed');
  return { tabA, tabB, first };
}

describe('two writers', () => {
  it('returns conflict instead of overwriting when another tab saved since this tab loaded', () => {
    const { tabA, tabB, first } = twoTabs();
    const bLoaded = tabB.load('a');
    if (bLoaded.status !== 'ok') throw new Error('load failed');
    const aAgain = tabA.save(makeCase('a', 'Ändrad i flik A'), { baseRev: first.rev });
    expect(aAgain.status).toBe('ok');
    const bSave = tabB.save(makeCase('a', 'Ändrad i flik B'), { baseRev: bLoaded.rev });
    expect(bSave).toMatchObject({ status: 'conflict', reason: 'changed' });
    expect(tabA.load('a')).toMatchObject({ case: { answers: { 'a.title': 'Ändrad i flik A' } } });
    const forced = tabB.save(makeCase('a', 'Ändrad i flik B'), {
      baseRev: bLoaded.rev,
      force: true,
    });
    expect(forced.status).toBe('ok');
    expect(tabA.load('a')).toMatchObject({ case: { answers: { 'a.title': 'Ändrad i flik B' } } });
  });

  it("notices another tab's save between two saves of its own (it does not trust its last write)", () => {
    const { tabA, tabB, first } = twoTabs();
    const bSaved = tabB.save(makeCase('a', 'Ändrad i flik B'), { baseRev: first.rev });
    if (bSaved.status !== 'ok') throw new Error('save failed');
    expect(tabA.save(makeCase('a', 'Ändrad i flik A'), { baseRev: first.rev })).toMatchObject({
      status: 'conflict',
      reason: 'changed',
      storedRev: bSaved.rev,
    });
    // Its own last write is known: the next save needs no decode of the record, and a stale
    // rev is still refused.
    const second = tabB.save(makeCase('a', 'Igen i B'), { baseRev: bSaved.rev });
    if (second.status !== 'ok') throw new Error('save failed');
    const parse = vi.spyOn(JSON, 'parse');
    expect(tabB.save(makeCase('a', 'Gammal rev'), { baseRev: bSaved.rev })).toMatchObject({
      status: 'conflict',
      storedRev: second.rev,
    });
    expect(tabB.save(makeCase('a', 'Tredje i B'), { baseRev: second.rev }).status).toBe('ok');
    expect(parse.mock.calls.filter(([t]) => String(t).includes('"case"'))).toHaveLength(0);
    parse.mockRestore();
    expect(tabA.load('a')).toMatchObject({ case: { answers: { 'a.title': 'Tredje i B' } } });
  });

  it('returns conflict when the case was deleted in another tab', () => {
    const storage = new MemoryStorage();
    const repo = createCaseRepository(storage);
    const saved = repo.save(makeCase('a'), { baseRev: null });
    if (saved.status !== 'ok') throw new Error('save failed');
    createCaseRepository(storage).remove('a');
    expect(repo.save(makeCase('a'), { baseRev: saved.rev })).toMatchObject({
      status: 'conflict',
      reason: 'deleted',
    });
  });

  it('returns conflict when a new case would land on an id that is already stored', () => {
    const repo = createCaseRepository(new MemoryStorage());
    repo.save(makeCase('a', 'Första'));
    expect(repo.save(makeCase('a', 'Andra'), { baseRev: null }).status).toBe('conflict');
  });
});

describe('delete, undo and delete all', () => {
  it('deletes a case and restores exactly the same record on undo', () => {
    const storage = new MemoryStorage();
    const repo = createCaseRepository(storage);
    repo.save(makeCase('a', 'Ångra mig'));
    const before = storage.getItem(caseKey('a'));
    const removed = repo.remove('a');
    expect(removed.status).toBe('ok');
    expect(repo.load('a').status).toBe('missing');
    if (removed.status !== 'ok') return;
    expect(removed.removed.envelope).toMatchObject({
      case: { answers: { 'a.title': 'Ångra mig' } },
    });
    expect(repo.restore(removed.removed)).toEqual({ status: 'ok' });
    expect(storage.getItem(caseKey('a'))).toBe(before);
  });

  it('does not let undo overwrite a case saved again under the same id meanwhile', () => {
    const repo = createCaseRepository(new MemoryStorage());
    repo.save(makeCase('a', 'Gammal'));
    const removed = repo.remove('a');
    repo.save(makeCase('a', 'Ny'));
    if (removed.status !== 'ok') throw new Error('remove failed');
    expect(repo.restore(removed.removed)).toEqual({ status: 'exists' });
    expect(repo.load('a')).toMatchObject({ case: { answers: { 'a.title': 'Ny' } } });
  });

  it('reports missing when deleting a case that is not there', () => {
    expect(createCaseRepository(new MemoryStorage()).remove('x')).toEqual({ status: 'missing' });
  });

  it('deletes all ulk: data, quarantine and the language choice included, and nothing else', () => {
    const storage = new MemoryStorage();
    const repo = createCaseRepository(storage);
    repo.save(makeCase('a'));
    storeRaw(storage, 'b', 'damaged');
    repo.setAsideDamaged();
    storage.setItem('ulk:language', 'en');
    storage.setItem('other-app', 'keep');
    expect(repo.deleteAll()).toEqual({ status: 'ok', removed: 3 });
    expect(storage.length).toBe(1);
    expect(storage.getItem('other-app')).toBe('keep');
  });
});

describe('messages', () => {
  function has(bundle: unknown, key: string): boolean {
    const path = key.replace(/^storage:/, '').split('.');
    let node: unknown = bundle;
    for (const [i, part] of path.entries()) {
      if (typeof node !== 'object' || node === null) return false;
      const obj = node as Record<string, unknown>;
      if (i === path.length - 1) {
        return (
          typeof obj[part] === 'string' ||
          (typeof obj[`${part}_one`] === 'string' && typeof obj[`${part}_other`] === 'string')
        );
      }
      node = obj[part];
    }
    return false;
  }

  const messages: StorageMessage[] = [
    saveMessage({ status: 'ok', rev: 'r', savedAt: '2025-01-01T10:00:00.000Z', bytes: 1 }),
    saveMessage({ status: 'quota' }),
    saveMessage({ status: 'unavailable' }),
    saveMessage({ status: 'refused-too-new', version: 2 }),
    saveMessage({ status: 'conflict', reason: 'changed', storedRev: null, storedUpdatedAt: null }),
    saveMessage({ status: 'conflict', reason: 'deleted', storedRev: null, storedUpdatedAt: null }),
    saveMessage({ status: 'invalid', issues: [] }),
    ...(
      [
        { status: 'ok', case: makeCase('a'), migrated: true, version: 1 },
        { status: 'ok', case: makeCase('a'), migrated: false, version: 1 },
        { status: 'empty' },
        { status: 'too-large', bytes: 1, maxBytes: 2 },
        { status: 'not-json' },
        { status: 'read-error' },
        { status: 'not-a-case' },
        { status: 'is-backup' },
        { status: 'invalid', issues: [], issueCount: 2 },
        { status: 'too-new', version: 2 },
      ] satisfies OpenCaseFileResult[]
    ).map(openFileMessage),
    backupFileMessage({ status: 'not-a-backup' }),
    backupFileMessage({ status: 'too-new', version: 2 }),
    backupFileMessage({
      status: 'ok',
      kind: 'backup',
      exportedAt: null,
      entries: [],
      quarantinedCount: 0,
    }),
    ...['invalid_type', 'too_big', 'too_small', 'invalid_format', 'invalid_value', 'custom'].map(
      (code) => issueMessage({ path: 'answers.a.title', code, message: 'm' }),
    ),
  ].filter((m): m is StorageMessage => m !== null);

  it.each(messages.map((m) => [m.key]))('has a Swedish and an English text for %s', (key) => {
    expect(has(sv, key)).toBe(true);
    expect(has(en, key)).toBe(true);
  });

  it('has exactly the same keys in Swedish and English', () => {
    const keys = (o: unknown, p = ''): string[] =>
      Object.entries(o as Record<string, unknown>).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null ? keys(v, `${p}${k}.`) : [`${p}${k}`],
      );
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });
});

describe('a save with one answer over the hard cap', () => {
  it('stores every other answer, keeps the stored value of the bad one and names it', async () => {
    const { createCaseRepository: create, caseKey: key } =
      await import('../../src/storage/case-storage');
    const { MemoryStorage: Mem } = await import('../../src/storage/memory-storage');
    const storage = new Mem();
    const repo = create(storage);
    const at = '2025-01-01T08:00:00.000Z';
    const first = { id: 'cap', createdAt: at, updatedAt: at, answers: { 'a.title': 'Bra titel' } };
    const saved = repo.save(first, { baseRev: null });
    expect(saved.status).toBe('ok');
    const next = {
      ...first,
      answers: { 'a.title': 'x'.repeat(2001), 'a.dnr': 'KS 2025/1' },
    };
    const result = repo.save(next, { baseRev: saved.status === 'ok' ? saved.rev : null });
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.skipped?.map((i) => i.questionId)).toEqual(['a.title']);
    const stored = JSON.parse(storage.getItem(key('cap'))!) as {
      case: { answers: Record<string, string> };
    };
    expect(stored.case.answers).toEqual({ 'a.title': 'Bra titel', 'a.dnr': 'KS 2025/1' });
  });
});
