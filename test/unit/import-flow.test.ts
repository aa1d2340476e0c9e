import { describe, expect, it } from 'vitest';
import { newCase } from '../../src/checklist/schema';
import type { Case } from '../../src/checklist/schema';
import type { ImportReport } from '../../src/storage/case-files';
import { idle, importFlow } from '../../src/ui/cases/import-flow';
import type { ImportEvent, ImportState } from '../../src/ui/cases/import-flow';

function makeCase(id: string, title = ''): Case {
  const c = newCase(id, new Date('2025-03-01T08:00:00.000Z'));
  return title ? { ...c, answers: { 'a.title': title } } : c;
}

const empty = (): ImportReport => ({ imported: [], identical: [], conflicts: [], failed: [] });
const imported = (id: string, title = ''): ImportReport => ({
  ...empty(),
  imported: [{ id, title }],
});
const conflict = (c: Case): ImportReport => ({
  ...empty(),
  conflicts: [{ incoming: c, existing: null, existingStatus: 'ok' }],
});

const run = (...events: ImportEvent[]): ImportState => events.reduce(importFlow, idle);

const simhall = makeCase('simhall', 'Ny simhall');
const caseRead = (c: Case, extra: { freshIds?: number; source?: 'docx' | 'json' } = {}) =>
  ({
    status: 'case',
    case: c,
    source: extra.source ?? 'json',
    migrated: false,
    ...(extra.freshIds ? { freshIds: extra.freshIds } : {}),
  }) as const;
const backupRead = (cases: Case[]) =>
  ({
    status: 'backup',
    backup: {
      status: 'ok',
      kind: 'backup',
      exportedAt: null,
      quarantinedCount: 0,
      entries: cases.map((c, index) => ({
        index,
        status: 'ok' as const,
        case: c,
        migrated: false,
      })),
    },
  }) as const;

describe('the import flow of the case list', () => {
  it('is reading once a file is picked', () => {
    expect(run({ type: 'picked', purpose: 'open' })).toEqual({ kind: 'reading', purpose: 'open' });
  });

  it('opens a case file whose id is new at once and says it was opened', () => {
    const s = run(
      { type: 'picked', purpose: 'open' },
      { type: 'stored', read: caseRead(simhall), report: imported('simhall') },
    );
    expect(s).toEqual({
      kind: 'report',
      report: { tone: 'info', lines: [{ key: 'storage:file.opened' }] },
      navigateTo: 'simhall',
    });
  });

  it('says an appendix was opened (not a case file) when the case came from a .docx', () => {
    const s = run(
      { type: 'picked', purpose: 'open' },
      { type: 'stored', read: caseRead(simhall, { source: 'docx' }), report: imported('simhall') },
    );
    expect(s.kind === 'report' && s.report.lines).toEqual([{ key: 'cases:files.appendixOpened' }]);
  });

  it('stays on the list with a link when rows got fresh ids, so the note is read first', () => {
    const s = run(
      { type: 'picked', purpose: 'open' },
      { type: 'stored', read: caseRead(simhall, { freshIds: 2 }), report: imported('simhall') },
    );
    expect(s).toEqual({
      kind: 'report',
      report: {
        tone: 'warning',
        lines: [
          { key: 'storage:file.opened' },
          { key: 'storage:import.freshIds', values: { count: 2 } },
        ],
        openLink: 'simhall',
      },
      navigateTo: null,
    });
  });

  it('asks before anything is written when the id of the case is taken', () => {
    const s = run(
      { type: 'picked', purpose: 'open' },
      { type: 'stored', read: caseRead(simhall), report: conflict(simhall) },
    );
    expect(s).toEqual({ kind: 'asking', cases: [simhall], openAfter: true, prefix: [] });
  });

  it('opens the replaced case after "Replace"', () => {
    const s = run(
      { type: 'picked', purpose: 'open' },
      { type: 'stored', read: caseRead(simhall), report: conflict(simhall) },
      { type: 'answered', choice: 'replace', report: imported('simhall') },
    );
    expect(s).toEqual({
      kind: 'report',
      report: {
        tone: 'info',
        lines: [{ key: 'storage:import.imported', values: { count: 1 } }],
      },
      navigateTo: 'simhall',
    });
  });

  it('opens the copy, under its new id, after "Save as a copy"', () => {
    const s = run(
      { type: 'picked', purpose: 'open' },
      { type: 'stored', read: caseRead(simhall), report: conflict(simhall) },
      { type: 'answered', choice: 'copy', report: imported('copy-1', 'Kopia av Ny simhall') },
    );
    expect(s.kind === 'report' && s.navigateTo).toBe('copy-1');
  });

  it('writes nothing and says so after "Cancel", keeping what the backup read said', () => {
    const s = run(
      { type: 'picked', purpose: 'restore' },
      { type: 'stored', read: backupRead([simhall]), report: conflict(simhall) },
      { type: 'cancelled' },
    );
    expect(s).toEqual({
      kind: 'report',
      report: {
        tone: 'info',
        lines: [
          { key: 'storage:backup.read', values: { count: 1 } },
          { key: 'cases:ask.cancelled' },
        ],
      },
      navigateTo: null,
    });
  });

  it('reports a restored backup without opening any case, as a warning when entries failed', () => {
    const report: ImportReport = {
      ...imported('simhall'),
      failed: [{ index: 1, status: 'not-a-case' }],
    };
    const s = run(
      { type: 'picked', purpose: 'restore' },
      { type: 'stored', read: backupRead([simhall]), report },
    );
    expect(s).toEqual({
      kind: 'report',
      report: {
        tone: 'warning',
        lines: [
          { key: 'storage:backup.read', values: { count: 1 } },
          { key: 'storage:import.imported', values: { count: 1 } },
          { key: 'storage:import.failed', values: { count: 1 } },
          { key: 'storage:import.entryNotACase', label: '2' },
        ],
      },
      navigateTo: null,
    });
  });

  it('names each failed save with the case id and why (a full disk is not "kept in this tab")', () => {
    const s = run(
      { type: 'picked', purpose: 'open' },
      {
        type: 'stored',
        read: caseRead(simhall),
        report: {
          ...empty(),
          failed: [{ index: 0, status: 'save-failed', id: 'simhall', result: { status: 'quota' } }],
        },
      },
    );
    expect(s).toEqual({
      kind: 'report',
      report: {
        tone: 'error',
        lines: [
          { key: 'storage:import.failed', values: { count: 1 } },
          { key: 'storage:import.entryQuota', label: 'simhall' },
        ],
      },
      navigateTo: null,
    });
  });

  it('words a file that could not be read as the screen that read it: JSON with its issues', () => {
    const s = run(
      { type: 'picked', purpose: 'open' },
      {
        type: 'read-failed',
        failure: {
          status: 'failed',
          source: 'json',
          failure: {
            status: 'invalid',
            issueCount: 1,
            issues: [{ path: 'case.answers.a.title', code: 'too_big', message: '' }],
          },
        },
      },
    );
    expect(s.kind === 'report' && s.report).toEqual({
      tone: 'error',
      lines: [
        { key: 'storage:file.invalid', values: { count: 1 } },
        {
          key: 'storage:issue.too_big',
          values: { path: 'case.answers.a.title', max: undefined },
        },
      ],
    });
  });

  it('words a Word file without our case as the review screen does', () => {
    const s = run(
      { type: 'picked', purpose: 'open' },
      {
        type: 'read-failed',
        failure: { status: 'failed', source: 'docx', failure: { status: 'docx-without-case' } },
      },
    );
    expect(s.kind === 'report' && s.report.lines).toEqual([
      { key: 'review:error.docxWithoutCase' },
    ]);
  });

  it('words a file that is not a backup with the backup messages', () => {
    const s = run(
      { type: 'picked', purpose: 'restore' },
      {
        type: 'read-failed',
        failure: { status: 'failed', source: 'backup', failure: { status: 'not-a-backup' } },
      },
    );
    expect(s.kind === 'report' && s.report.lines).toEqual([{ key: 'storage:backup.notABackup' }]);
  });

  it('ignores an answer when nothing is being asked', () => {
    expect(importFlow(idle, { type: 'cancelled' })).toBe(idle);
    expect(importFlow(idle, { type: 'answered', choice: 'copy', report: empty() })).toBe(idle);
  });

  it('drops the question when another file is picked', () => {
    const s = run(
      { type: 'picked', purpose: 'open' },
      { type: 'stored', read: caseRead(simhall), report: conflict(simhall) },
      { type: 'picked', purpose: 'restore' },
    );
    expect(s).toEqual({ kind: 'reading', purpose: 'restore' });
  });
});
