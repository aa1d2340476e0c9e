import { describe, expect, it, vi } from 'vitest';
import { CASE_SCHEMA_VERSION, newCase } from '../../src/checklist/schema';
import type { Case } from '../../src/checklist/schema';
import {
  backupFileName,
  caseFileName,
  caseToFile,
  createBackup,
  importAsCopies,
  importCases,
  importOverwriting,
  MAX_CASE_FILE_BYTES,
  openCaseFile,
  readBackupFile,
} from '../../src/storage/case-files';
import { caseKey, createCaseRepository } from '../../src/storage/case-storage';
import { CASE_FORMAT, encodeCase } from '../../src/format/case-envelope';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { issueMessage, openFileMessage } from '../../src/storage/messages';
import { testI18n } from '../helpers/i18n';

function makeCase(id: string, answers: Case['answers'] = {}): Case {
  return { ...newCase(id, new Date('2025-03-01T08:00:00.000Z')), answers };
}

const jsonBlob = (value: unknown) =>
  new Blob([JSON.stringify(value)], { type: 'application/json' });

describe('saving a case as a file', () => {
  it('names the file from Dnr and title with safe characters only', () => {
    const c = makeCase('a', { 'a.dnr': 'KS 2025/123', 'a.title': 'Ny simhall: etapp 1?' });
    expect(caseFileName(c)).toBe('KS-2025-123_Ny-simhall-etapp-1.json');
  });

  it('keeps Swedish letters and removes path tricks and control characters from the name', () => {
    const c = makeCase('a', { 'a.title': '../../Åtgärder för äldre\u0000\\<>|*' });
    expect(caseFileName(c)).toBe('Åtgärder-för-äldre.json');
  });

  it('falls back to a name with the case id when there is no Dnr or title', () => {
    expect(caseFileName(makeCase('abc-123'))).toBe('underlagskollen-abc-123.json');
  });

  it('writes a file that opens to the same case', async () => {
    const c = makeCase('a', { 'a.title': 'Rundtur', 'b1.groups': ['invanare'] });
    const file = caseToFile(c);
    expect(file.blob.type).toBe('application/json');
    expect(await openCaseFile(file.blob)).toEqual({
      status: 'ok',
      case: c,
      migrated: false,
      version: CASE_SCHEMA_VERSION,
    });
  });
});

describe('opening a hostile or broken file', () => {
  it('rejects a file over 10 MB without reading it', async () => {
    const arrayBuffer = vi.fn();
    const huge = {
      size: MAX_CASE_FILE_BYTES + 1,
      arrayBuffer,
      text: arrayBuffer,
    } as unknown as Blob;
    expect(await openCaseFile(huge)).toEqual({
      status: 'too-large',
      bytes: MAX_CASE_FILE_BYTES + 1,
      maxBytes: MAX_CASE_FILE_BYTES,
    });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('reports an empty file, and a file of only whitespace, as empty', async () => {
    expect(await openCaseFile(new Blob([]))).toEqual({ status: 'empty' });
    expect(await openCaseFile(new Blob(['  \n\t '])).then((r) => r.status)).toBe('empty');
  });

  it('reports a binary file as not JSON', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x01,
    ]);
    expect(await openCaseFile(new Blob([png]))).toEqual({ status: 'not-json' });
  });

  it('reports text that is not JSON as not JSON', async () => {
    expect(await openCaseFile(new Blob(['<html>inte ett ärende</html>']))).toEqual({
      status: 'not-json',
    });
  });

  it.each([
    ['a JSON array', [1, 2, 3]],
    ['a JSON string', 'underlagskollen-case'],
    ['an object of another format', { format: 'something-else', version: 1, case: {} }],
    ['a bare case without envelope', makeCase('a')],
  ])('reports %s as not a case', async (_label, value) => {
    expect(await openCaseFile(jsonBlob(value))).toEqual({ status: 'not-a-case' });
  });

  it('reports a file from a newer version as too new, with that version', async () => {
    const future = { ...encodeCase(makeCase('a')), version: 7, appVersion: '3.1.0' };
    expect(await openCaseFile(jsonBlob(future))).toEqual({
      status: 'too-new',
      version: 7,
      appVersion: '3.1.0',
    });
  });

  it('lists invalid fields with path, question and what is wrong', async () => {
    const env = encodeCase(makeCase('a'));
    const bad = {
      ...env,
      case: {
        ...env.case,
        answers: { 'a.title': 'x'.repeat(2001), 'b1.groups': 'not-a-list' },
        createdAt: 5,
      },
    };
    const result = await openCaseFile(jsonBlob(bad));
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    expect(result.issueCount).toBe(3);
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'createdAt', code: 'invalid_type' }),
        expect.objectContaining({
          path: 'answers.a.title',
          questionId: 'a.title',
          code: 'too_big',
          maximum: 2000,
        }),
        expect.objectContaining({
          path: 'answers.b1.groups',
          questionId: 'b1.groups',
          code: 'invalid_type',
        }),
      ]),
    );
  });

  it('caps the list of issues of a file with thousands of errors', async () => {
    const env = encodeCase(makeCase('a'));
    const answers = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`x${i}`, 5]));
    const result = await openCaseFile(jsonBlob({ ...env, case: { ...env.case, answers } }));
    expect(result.status === 'invalid' && [result.issues.length, result.issueCount]).toEqual([
      20, 500,
    ]);
  });

  it('keeps \\uFFFE and other odd characters in the case: sanitising is for the Word writer only', async () => {
    const text = 'före\uFFFEefter\u0007 och \uD800 ensam';
    const result = await openCaseFile(caseToFile(makeCase('a', { 'a.proposal': text })).blob);
    expect(result.status === 'ok' && result.case.answers['a.proposal']).toBe(text);
  });

  it('opens a file that starts with a UTF-8 byte order mark', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(encodeCase(makeCase('a'))));
    const result = await openCaseFile(new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), bytes]));
    expect(result.status).toBe('ok');
  });

  it('points to backup import when a backup is opened as a case file', async () => {
    expect(
      await openCaseFile(jsonBlob({ format: 'underlagskollen-backup', version: 1, cases: [] })),
    ).toEqual({
      status: 'is-backup',
    });
  });

  it('gives a Swedish message with the size for a file that is too large', async () => {
    const i18n = await testI18n('sv');
    const m = openFileMessage({
      status: 'too-large',
      bytes: 12.5 * 1024 * 1024,
      maxBytes: MAX_CASE_FILE_BYTES,
    });
    expect(i18n.t(m.key, m.values)).toBe('Filen är för stor (12,5 MB). Den får vara högst 10 MB.');
    const issue = issueMessage({
      path: 'answers.a.title',
      code: 'too_big',
      message: '',
      maximum: 2000,
    });
    expect(i18n.t(issue.key, issue.values)).toBe(
      'answers.a.title: för lång eller för många (högst 2000).',
    );
  });
});

describe('backup of all cases', () => {
  function repoWith(...cases: Case[]) {
    const storage = new MemoryStorage();
    const repo = createCaseRepository(storage);
    for (const c of cases) repo.save(c);
    return { storage, repo };
  }

  it('names the backup underlagskollen-backup-YYYY-MM-DD.json', () => {
    expect(backupFileName(new Date(2025, 0, 9, 23, 59))).toBe(
      'underlagskollen-backup-2025-01-09.json',
    );
  });

  it('exports every case and damaged data set aside, and restores the cases into an empty browser', async () => {
    const a = makeCase('a', { 'a.title': 'Ett' });
    const b = makeCase('b', { 'a.title': 'Två' });
    const { storage, repo } = repoWith(a, b);
    storage.setItem(caseKey('broken'), '{oops');
    const backup = createBackup(repo, new Date(2025, 5, 1));
    expect(backup).toMatchObject({
      status: 'ok',
      count: 2,
      quarantinedCount: 1,
      fileName: 'underlagskollen-backup-2025-06-01.json',
    });
    if (backup.status !== 'ok') return;
    const read = await readBackupFile(backup.blob);
    expect(read).toMatchObject({ status: 'ok', kind: 'backup', quarantinedCount: 1 });
    if (read.status !== 'ok') return;
    const target = createCaseRepository(new MemoryStorage());
    const report = importCases(target, read.entries);
    expect(report.imported.map((i) => i.title).sort()).toEqual(['Ett', 'Två']);
    expect(target.load('a')).toMatchObject({ status: 'ok', case: a });
  });

  it('never overwrites an existing case with different content: it returns a conflict to ask about', async () => {
    const { repo } = repoWith(
      makeCase('a', { 'a.title': 'I backupen' }),
      makeCase('b', { 'a.title': 'Samma' }),
    );
    const backup = createBackup(repo);
    if (backup.status !== 'ok') throw new Error('backup failed');
    repo.save(makeCase('a', { 'a.title': 'Ändrad efteråt' }));
    const read = await readBackupFile(backup.blob);
    if (read.status !== 'ok') throw new Error('read failed');
    const report = importCases(repo, read.entries);
    expect(report.imported).toEqual([]);
    expect(report.identical).toEqual([{ id: 'b', title: 'Samma' }]);
    expect(report.conflicts).toEqual([
      expect.objectContaining({
        existing: expect.objectContaining({ title: 'Ändrad efteråt' }),
        existingStatus: 'ok',
      }),
    ]);
    expect(repo.load('a')).toMatchObject({ case: { answers: { 'a.title': 'Ändrad efteråt' } } });

    const incoming = report.conflicts.map((c) => c.incoming);
    const copies = importAsCopies(repo, incoming, {
      newId: () => 'copy-1',
      retitle: (t) => `${t} (kopia)`,
    });
    expect(copies.imported).toEqual([{ id: 'copy-1', title: 'I backupen (kopia)' }]);
    expect(repo.load('a')).toMatchObject({ case: { answers: { 'a.title': 'Ändrad efteråt' } } });

    expect(importOverwriting(repo, incoming).imported).toEqual([{ id: 'a', title: 'I backupen' }]);
    expect(repo.load('a')).toMatchObject({ case: { answers: { 'a.title': 'I backupen' } } });
  });

  it('does not overwrite a stored case from a newer version even when told to replace', () => {
    const { storage, repo } = repoWith();
    storage.setItem(caseKey('a'), JSON.stringify({ ...encodeCase(makeCase('a')), version: 9 }));
    const report = importCases(repo, [
      { index: 0, status: 'ok', case: makeCase('a'), migrated: false },
    ]);
    expect(report.conflicts[0]?.existingStatus).toBe('too-new');
    const replaced = importOverwriting(repo, [makeCase('a')]);
    expect(replaced.failed).toEqual([
      expect.objectContaining({
        status: 'save-failed',
        result: { status: 'refused-too-new', version: 9 },
      }),
    ]);
  });

  it('reports per case which entries of a backup could not be imported', async () => {
    const good = encodeCase(makeCase('ok'));
    const file = jsonBlob({
      format: 'underlagskollen-backup',
      version: 1,
      exportedAt: '2025-01-01T00:00:00.000Z',
      cases: [
        good,
        { ...good, version: 4, case: { ...good.case, id: 'future' } },
        { ...good, case: { id: '' } },
        'junk',
      ],
    });
    const read = await readBackupFile(file);
    if (read.status !== 'ok') throw new Error('read failed');
    const report = importCases(createCaseRepository(new MemoryStorage()), read.entries);
    expect(report.imported.map((i) => i.id)).toEqual(['ok']);
    expect(report.failed.map((f) => f.status)).toEqual(['too-new', 'invalid', 'not-a-case']);
  });

  it('reports a save failure of an import, such as a full storage, per case', () => {
    const storage = new MemoryStorage();
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const report = importCases(createCaseRepository(storage), [
      { index: 0, status: 'ok', case: makeCase('a'), migrated: false },
    ]);
    expect(report.failed).toEqual([
      { index: 0, status: 'save-failed', id: 'a', result: { status: 'quota' } },
    ]);
  });

  it('accepts a single case file as a backup of one case', async () => {
    const read = await readBackupFile(caseToFile(makeCase('solo')).blob);
    expect(read).toMatchObject({ status: 'ok', kind: 'case-file', entries: [{ status: 'ok' }] });
  });

  it('rejects a backup from a newer version and a file that is neither backup nor case', async () => {
    expect(
      await readBackupFile(jsonBlob({ format: 'underlagskollen-backup', version: 2, cases: [] })),
    ).toEqual({
      status: 'too-new',
      version: 2,
    });
    expect(await readBackupFile(jsonBlob({ format: CASE_FORMAT + 'x' }))).toEqual({
      status: 'not-a-backup',
    });
    expect(
      await readBackupFile(jsonBlob({ format: 'underlagskollen-backup', version: 1 })),
    ).toEqual({
      status: 'not-a-backup',
    });
  });
});
