/**
 * The cases stored in this browser, counted for the follow-up (src/storage/followup-stored.ts):
 * every case record goes through the same reader as a .json case file, named "in the browser:
 * <title>", a damaged or too-new record is listed with its reason and never stops the run, and
 * a stored case that is also in a picked file counts once (the newest).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyContext } from '../../src/checklist/types';
import { parseCaseText } from '../../src/format/case-envelope';
import { aggregateCounted } from '../../src/format/followup/aggregate';
import { createCaseRepository } from '../../src/storage/case-storage';
import { countFollowupFiles } from '../../src/storage/followup-files';
import { countStoredCases, storedCaseCount } from '../../src/storage/followup-stored';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { allKeys } from '../../src/storage/storage-keys';
import { examplesDir } from '../helpers/appendix-fixtures';

const exampleText = (name: string) => readFileSync(`${examplesDir}${name}.sv.json`, 'utf8');

function example(name: string) {
  const d = parseCaseText(exampleText(name));
  if (d.status !== 'ok') throw new Error(name);
  return d.case;
}

const label = (known: { title: string } | null, id: string) =>
  `I webbläsaren: ${known?.title || id}`;

function seeded() {
  const storage = new MemoryStorage();
  const repo = createCaseRepository(storage);
  for (const name of ['far-niva1', 'snorojning']) {
    expect(repo.save(example(name), { now: new Date('2026-03-01T10:00:00Z') }).status).toBe('ok');
  }
  storage.setItem('ulk:case:broken', '{"format":"underlagskollen-case","version":1,"case":');
  storage.setItem(
    'ulk:case:future',
    JSON.stringify({ format: 'underlagskollen-case', version: 99, case: { id: 'future' } }),
  );
  return { storage, repo };
}

describe('the cases stored in this browser', () => {
  it('counts every case record, from the index, without decoding', () => {
    expect(storedCaseCount(seeded().repo)).toBe(4);
    expect(storedCaseCount(createCaseRepository(new MemoryStorage()))).toBe(0);
  });

  it('counts them like files and lists damaged and too-new records with their reason', async () => {
    const progress: string[] = [];
    const run = await countStoredCases(seeded().repo, emptyContext, label, {
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    expect(progress).toEqual(['1/4', '2/4', '3/4', '4/4']);
    expect(run.done).toBe(4);
    expect(run.counted.map((c) => [c.caseId, c.file]).sort()).toEqual(
      [
        [example('far-niva1').id, `I webbläsaren: ${example('far-niva1').answers['a.title']}`],
        [example('snorojning').id, `I webbläsaren: ${example('snorojning').answers['a.title']}`],
      ].sort(),
    );
    // Recomputed with this build's rules, like a file.
    expect(run.counted.every((c) => c.summary.steps.length === 5 && !c.hadSummary)).toBe(true);
    const reasons = run.rejected.map((r) => [r.file, r.reason, r.version]).sort();
    expect(reasons).toEqual([
      ['I webbläsaren: broken', 'damaged', undefined],
      ['I webbläsaren: future', 'too-new', 99],
    ]);
  });

  it('a stored case that is also in a picked file counts once: the newest', async () => {
    const { repo } = seeded();
    const stored = await countStoredCases(repo, emptyContext, label);
    // The officer exported the case later, after one more change.
    const far = example('far-niva1');
    const later = { ...far, updatedAt: '2099-01-01T00:00:00.000Z' };
    const fileText = JSON.stringify({ format: 'underlagskollen-case', version: 3, case: later });
    const files = await countFollowupFiles(
      [{ name: 'far.json', file: new File([fileText], 'far.json') }],
      emptyContext,
    );
    expect(files.counted).toHaveLength(1);
    const result = aggregateCounted([...files.counted, ...stored.counted]);
    const all = result.groups.flatMap((g) => g.cases);
    expect(all.filter((c) => c.caseId === far.id).map((c) => c.file)).toEqual(['far.json']);
    expect(all).toHaveLength(2);
    expect(result.duplicates).toEqual([
      { file: `I webbläsaren: ${far.answers['a.title']}`, caseId: far.id, keptFile: 'far.json' },
    ]);
  });

  it('a record set aside as damaged is still listed with its reason, and never counted', async () => {
    const { repo, storage } = seeded();
    expect(repo.setAsideDamaged()).toBe(1);
    // A record set aside that would decode today is not counted either: the user does not see it.
    storage.setItem('ulk:quarantine:old:1700000000000', exampleText('ungdomskort'));
    expect(storedCaseCount(repo)).toBe(5);
    const run = await countStoredCases(repo, emptyContext, label);
    expect(run.done).toBe(5);
    expect(run.counted).toHaveLength(2);
    expect(run.rejected.map((r) => [r.file, r.reason, r.detail ?? r.version]).sort()).toEqual([
      ['I webbläsaren: broken', 'damaged', expect.any(String)],
      ['I webbläsaren: future', 'too-new', 99],
      ['I webbläsaren: old', 'damaged', 'set aside as damaged'],
    ]);
    // What the user is told: the kind of damage each reader found.
    expect(run.rejected.map((r) => r.damage).sort()).toEqual([
      'not-case-record',
      'set-aside',
      undefined,
    ]);
  });

  it('a record removed during the run is listed, not counted, and the run goes on', async () => {
    const { repo, storage } = seeded();
    const run = await countStoredCases(repo, emptyContext, label, {
      onProgress: (done) => {
        if (done !== 1) return;
        for (const k of allKeys(storage)) if (k.startsWith('ulk:case:')) storage.removeItem(k);
      },
    });
    expect(run.done).toBe(4);
    // The first record was read (counted or rejected for what it is), the other three are gone.
    const gone = run.rejected.filter((r) => r.reason === 'unreadable');
    expect(gone).toHaveLength(3);
    expect(gone.every((r) => r.damage === 'gone')).toBe(true);
    expect(run.counted.length + run.rejected.length - gone.length).toBe(1);
  });
});
