import { describe, expect, it } from 'vitest';
import { newCase } from '../../src/checklist/schema';
import { createBackup } from '../../src/storage/case-files';
import { createCaseRepository } from '../../src/storage/case-storage';
import { MemoryStorage } from '../../src/storage/memory-storage';
import {
  LOCAL_STORAGE_QUOTA_BYTES,
  chooseArchive,
  estimateUsage,
  shouldWarn,
} from '../../src/storage/quota';

describe('the storage estimate', () => {
  it('counts every key and value of the origin at 2 bytes a character', () => {
    const s = new MemoryStorage();
    s.setItem('ulk:case:a', 'x'.repeat(90));
    s.setItem('other-app', 'åäö');
    const u = estimateUsage(s);
    expect(u.usedBytes).toBe((10 + 90 + 9 + 3) * 2);
    expect(u.quotaBytes).toBe(5 * 1024 * 1024);
    expect(u.share).toBeCloseTo(224 / LOCAL_STORAGE_QUOTA_BYTES);
  });

  it('warns from 80 % of the quota on', () => {
    const q = 1000;
    expect(shouldWarn({ usedBytes: 799, quotaBytes: q, share: 0.799 })).toBe(false);
    expect(shouldWarn({ usedBytes: 800, quotaBytes: q, share: 0.8 })).toBe(true);
  });
});

describe('choosing the cases to archive', () => {
  const cases = [
    { id: 'new', updatedAt: '2025-06-01T00:00:00.000Z', size: 100 },
    { id: 'old', updatedAt: '2024-01-01T00:00:00.000Z', size: 100 },
    { id: 'mid', updatedAt: '2025-01-01T00:00:00.000Z', size: 100 },
  ];

  it('takes the cases not changed for the longest first, until 60 % is reached', () => {
    // 900 of 1000 bytes used; each case frees (100 + 9 + 3) × 2 = 224 bytes.
    const usage = { usedBytes: 900, quotaBytes: 1000, share: 0.9 };
    expect(chooseArchive(cases, usage)).toEqual(['old', 'mid']);
  });

  it('takes at least one case and never one it is told to keep', () => {
    const usage = { usedBytes: 100, quotaBytes: 1000, share: 0.1 };
    expect(chooseArchive(cases, usage, new Set(['old']))).toEqual(['mid']);
  });
});

describe('the archive file', () => {
  it('is a backup of just the chosen cases, under its own name', async () => {
    const repo = createCaseRepository(new MemoryStorage());
    for (const id of ['a', 'b', 'c']) repo.save(newCase(id, new Date('2025-01-01')));
    const file = createBackup(repo, new Date(2025, 4, 2), new Set(['a', 'c']));
    if (file.status !== 'ok') throw new Error('no file');
    expect(file.fileName).toBe('underlagskollen-arkiv-2025-05-02.json');
    expect(file.count).toBe(2);
    const body = JSON.parse(await file.blob.text()) as {
      format: string;
      cases: { case: { id: string } }[];
    };
    expect(body.format).toBe('underlagskollen-backup');
    expect(body.cases.map((c) => c.case.id).sort()).toEqual(['a', 'c']);
  });
});
