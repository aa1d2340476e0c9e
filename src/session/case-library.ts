/**
 * The case-list operations of the home page (duplicate, delete with undo,
 * case files, backups, imports) and the review screen's "make it my draft":
 * every write also tells the other tabs and bumps the list version.
 */
import type { Case } from '../checklist/schema';
import {
  caseToFile,
  copyCase,
  createBackup,
  downloadFile,
  importAsCopies,
  importCases,
  importOverwriting,
} from '../storage/case-files';
import type { BackupEntry, CopyOptions, ImportReport } from '../storage/case-files';
import type { RemovedRecord, SaveResult } from '../storage/case-storage';
import type { OpenCaseControl } from './open-case';
import type { SessionCore } from './session-state';

export function createCaseLibrary(core: SessionCore, open: OpenCaseControl) {
  const { repo, sync, store, bumpList, setState } = core;
  const { flush } = open;

  /** Download the open case (also a read-only or sandbox one: it is the user's view). */
  function saveOpenCaseAsFile(doc: Document = document): boolean {
    const cur = store.getSnapshot();
    if (!cur) return false;
    downloadFile(caseToFile(cur.case), doc);
    return true;
  }

  function downloadBackup(doc: Document = document) {
    const backup = createBackup(repo);
    if (backup.status === 'ok') downloadFile(backup, doc);
    return backup;
  }

  /**
   * Step 1 of "archive old cases": download a backup of just these cases. Nothing is removed:
   * the browser does not say whether the file was saved, so the user confirms (step 2).
   */
  function downloadArchive(ids: readonly string[], doc: Document = document) {
    flush();
    const file = createBackup(repo, new Date(), new Set(ids));
    if (file.status === 'ok' && file.count > 0) downloadFile(file, doc);
    return file;
  }

  /** Step 2, after the user confirmed the file is saved: remove the archived cases. */
  function removeArchived(ids: readonly string[]): number {
    let removed = 0;
    for (const id of ids) if (removeCase(id).status === 'ok') removed++;
    return removed;
  }

  /** After writes that may have replaced the open case: drop it from memory so it is reopened. */
  function forgetOpen(ids: readonly string[]) {
    const cur = store.getSnapshot();
    if (cur && !cur.sandbox && ids.includes(cur.case.id)) open.closeCase();
  }

  function afterImport(report: ImportReport): ImportReport {
    for (const c of report.imported) {
      const loaded = repo.load(c.id);
      if (loaded.status === 'ok' && loaded.rev && loaded.savedAt)
        sync.notifySaved(c.id, { rev: loaded.rev, savedAt: loaded.savedAt });
    }
    bumpList();
    return report;
  }

  function importEntries(entries: readonly BackupEntry[]): ImportReport {
    flush();
    return afterImport(importCases(repo, entries));
  }

  function importCopies(cases: readonly Case[], copy: CopyOptions = {}): ImportReport {
    return afterImport(importAsCopies(repo, cases, copy));
  }

  function importReplacing(cases: readonly Case[]): ImportReport {
    flush();
    forgetOpen(cases.map((c) => c.id));
    return afterImport(importOverwriting(repo, cases));
  }

  function duplicateCase(id: string, copy: CopyOptions = {}): SaveResult | { status: 'missing' } {
    flush();
    const loaded = repo.load(id);
    if (loaded.status !== 'ok') return { status: 'missing' };
    const now = new Date();
    const c = {
      ...copyCase(loaded.case, copy),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const result = repo.save(c, { baseRev: null, now });
    if (result.status === 'ok') sync.notifySaved(c.id, result);
    bumpList();
    return result;
  }

  function removeCase(id: string) {
    const cur = store.getSnapshot();
    if (cur && !cur.sandbox && cur.case.id === id) {
      open.stop(false);
      store.open(null);
      setState({ conflict: null, tooNew: null, save: { kind: 'idle' } });
    }
    const result = repo.remove(id);
    if (result.status === 'ok') sync.notifyRemoved(id);
    bumpList();
    return result;
  }

  function restoreCase(removed: RemovedRecord) {
    const result = repo.restore(removed);
    if (result.status === 'ok') {
      const loaded = repo.load(removed.id);
      if (loaded.status === 'ok' && loaded.rev && loaded.savedAt)
        sync.notifySaved(removed.id, { rev: loaded.rev, savedAt: loaded.savedAt });
    }
    bumpList();
    return result;
  }

  return {
    saveOpenCaseAsFile,
    downloadBackup,
    downloadArchive,
    removeArchived,
    importEntries,
    importCopies,
    importReplacing,
    duplicateCase,
    removeCase,
    restoreCase,
  };
}
