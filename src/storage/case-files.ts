/**
 * Case files (.json) and backups of all cases.
 *
 * A case file is one envelope (format/case-envelope.ts), pretty-printed. A backup is
 * `{ format: 'underlagskollen-backup', version, exportedAt, appVersion, cases:
 * [envelope...], quarantined: [{ key, text }] }`; records set aside as
 * corrupt travel along so "delete all my data" after a backup loses nothing.
 *
 * Opening never throws and never trusts the file: size is checked before
 * reading, bytes must be UTF-8, the JSON must be an object with our format
 * marker, and the case must pass the zod schema. Text is kept exactly as in
 * the file (also characters such as U+FFFE that are illegal in Word XML: the
 * Word writer sanitises; the case keeps what the officer wrote).
 *
 * Import never overwrites an existing case without asking: `importCases`
 * returns `conflicts`, and the UI then calls `importAsCopies` or
 * `importOverwriting` with the user's answer.
 */
import type { Case } from '../checklist/schema';
import { caseMeta } from './case-record';
import { newCaseId } from './case-storage';
import type { CaseMeta, CaseRepository, SaveResult } from './case-storage';
import { APP_VERSION, decodeCase, encodeCase } from '../format/case-envelope';
import type { DecodeIssue } from '../format/case-envelope';
import { decodeVersioned, encodeVersioned, hasFormat, isRecord } from '../format/versioned-json';
import type { VersionedFormat } from '../format/versioned-json';
import { freshenImportedIds } from './ids';
import { startsWithZipMagic } from '../format/zip-magic';

export const MAX_CASE_FILE_BYTES = 10 * 1024 * 1024;
/** A backup holds many cases; still bounded so a hostile file cannot hang the tab. */
export const MAX_BACKUP_FILE_BYTES = 50 * 1024 * 1024;
export const BACKUP_FORMAT = 'underlagskollen-backup';
export const BACKUP_VERSION = 1;
export const CASE_FILE_MIME = 'application/json';

// ---- Names and blobs ------------------------------------------------------------------

/** File-name safe: letters (any script), digits, '-', '_'; the rest becomes '-'. */
export function safeFileNamePart(text: string, maxLength = 60): string {
  return text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/** e.g. `KS-2024-123-Ny-simhall.json`; `underlagskollen-<id>.json` when there is no Dnr or title. */
export function caseFileName(c: Case): string {
  const meta = caseMeta(c);
  const parts = [safeFileNamePart(meta?.dnr ?? '', 40), safeFileNamePart(meta?.title ?? '', 60)];
  const name = parts.filter(Boolean).join('_');
  return `${name || `underlagskollen-${safeFileNamePart(c.id, 40) || 'arende'}`}.json`;
}

export interface FileToSave {
  blob: Blob;
  fileName: string;
}

export function caseToFile(c: Case, now: Date = new Date()): FileToSave {
  const text = JSON.stringify(encodeCase(c, now), null, 2);
  return { blob: new Blob([text], { type: CASE_FILE_MIME }), fileName: caseFileName(c) };
}

/** Local date YYYY-MM-DD. */
function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function backupFileName(now: Date = new Date()): string {
  return `underlagskollen-backup-${localDate(now)}.json`;
}

function archiveFileName(now: Date): string {
  return `underlagskollen-arkiv-${localDate(now)}.json`;
}

/** Offer a blob as a download (browser only). */
export function downloadFile(file: FileToSave, doc: Document = document): void {
  const url = URL.createObjectURL(file.blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// ---- Reading ---------------------------------------------------------------------------

export type FileFault =
  | { status: 'empty' }
  | { status: 'too-large'; bytes: number; maxBytes: number }
  | { status: 'not-json' }
  | { status: 'read-error' };

export type OpenCaseFileResult =
  | {
      status: 'ok';
      case: Case;
      migrated: boolean;
      version: number;
      /** Rows (tables, measures, consultations) that got a fresh id: theirs was used twice. */
      freshIds?: number;
    }
  | FileFault
  | { status: 'not-a-case' }
  /** A backup file opened as a case file: the UI points to "import backup". */
  | { status: 'is-backup' }
  | { status: 'invalid'; issues: DecodeIssue[]; issueCount: number }
  | { status: 'too-new'; version: number; appVersion?: string };

async function readBytes(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(blob);
  });
}

/** The bytes of a dropped or picked file. */
export async function readFileBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await readBytes(blob));
}

/** Whether a file is a zip (a .docx), from its first four bytes. */
export async function isZipFile(file: Blob): Promise<boolean> {
  return startsWithZipMagic(await readFileBytes(file.slice(0, 4)));
}

/** Size check (before reading), UTF-8 decoding and JSON parsing. */
export async function readJsonFile(
  file: Blob,
  maxBytes: number,
): Promise<{ status: 'json'; value: unknown } | FileFault> {
  if (file.size === 0) return { status: 'empty' };
  if (file.size > maxBytes) return { status: 'too-large', bytes: file.size, maxBytes };
  let text: string;
  try {
    const bytes = await readBytes(file);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    // A decoding error means bytes that are not UTF-8 text (a binary file).
    return e instanceof TypeError ? { status: 'not-json' } : { status: 'read-error' };
  }
  if (text.trim() === '') return { status: 'empty' };
  try {
    return { status: 'json', value: JSON.parse(text) as unknown };
  } catch {
    return { status: 'not-json' };
  }
}

function decodeEnvelope(
  raw: unknown,
): Exclude<OpenCaseFileResult, FileFault | { status: 'is-backup' }> {
  // A file may repeat a row id (typing in one row would rewrite the other): fresh ids, with a note.
  const fresh = isRecord(raw) ? freshenImportedIds(raw.case) : { case: undefined, count: 0 };
  const r = decodeCase(fresh.count > 0 && isRecord(raw) ? { ...raw, case: fresh.case } : raw);
  switch (r.status) {
    case 'ok':
      return fresh.count > 0 ? { ...r, freshIds: fresh.count } : r;
    case 'not-ours':
      return { status: 'not-a-case' };
    case 'too-new':
      return r.appVersion
        ? { status: 'too-new', version: r.version, appVersion: r.appVersion }
        : { status: 'too-new', version: r.version };
    case 'corrupt':
      return {
        status: 'invalid',
        issues: r.issues ?? [{ path: '', code: 'custom', message: r.detail }],
        issueCount: r.issueCount ?? 1,
      };
  }
}

export async function openCaseFile(file: Blob): Promise<OpenCaseFileResult> {
  const read = await readJsonFile(file, MAX_CASE_FILE_BYTES);
  if (read.status !== 'json') return read;
  if (hasFormat(backupFormat, read.value)) return { status: 'is-backup' };
  return decodeEnvelope(read.value);
}

// ---- Backup ------------------------------------------------------------------------------

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  appVersion: string;
  cases: unknown[];
  quarantined: { key: string; text: string }[];
}

/** The backup as a versioned-JSON format; its cases are decoded one by one (toEntry). */
const backupFormat: VersionedFormat<{
  cases: unknown[];
  exportedAt: string | null;
  quarantinedCount: number;
}> = {
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  validate: (b) =>
    isRecord(b) && Array.isArray(b.cases)
      ? {
          ok: true,
          value: {
            cases: b.cases,
            exportedAt: typeof b.exportedAt === 'string' ? b.exportedAt : null,
            quarantinedCount: Array.isArray(b.quarantined) ? b.quarantined.length : 0,
          },
        }
      : { ok: false, detail: 'no list of cases' },
};

export type CreateBackupResult =
  | (FileToSave & { status: 'ok'; count: number; quarantinedCount: number })
  | { status: 'unavailable' };

const envelopeId = (raw: unknown): unknown =>
  isRecord(raw) && isRecord(raw.case) ? raw.case.id : undefined;

/**
 * A backup of every record, or (with `only`, the archive of old cases) of those cases alone,
 * without the damaged records; then the file is named `underlagskollen-arkiv-<date>.json`.
 */
export function createBackup(
  repo: Pick<CaseRepository, 'snapshot'>,
  now: Date = new Date(),
  only?: ReadonlySet<string>,
): CreateBackupResult {
  const snap = repo.snapshot();
  if (snap === 'unavailable') return { status: 'unavailable' };
  const cases = only
    ? snap.envelopes.filter((e) => only.has(envelopeId(e) as string))
    : snap.envelopes;
  const quarantined = only ? [] : snap.quarantined;
  const backup: BackupFile = encodeVersioned(backupFormat, {
    exportedAt: now.toISOString(),
    appVersion: APP_VERSION,
    cases,
    quarantined,
  }) as BackupFile;
  return {
    status: 'ok',
    blob: new Blob([JSON.stringify(backup, null, 1)], { type: CASE_FILE_MIME }),
    fileName: only ? archiveFileName(now) : backupFileName(now),
    count: cases.length,
    quarantinedCount: quarantined.length,
  };
}

export type BackupEntry =
  | { index: number; status: 'ok'; case: Case; migrated: boolean; freshIds?: number }
  | { index: number; status: 'too-new'; version: number; id: string | null; title: string | null }
  | { index: number; status: 'invalid'; issues: DecodeIssue[]; id: string | null }
  | { index: number; status: 'not-a-case' };

export type ReadBackupResult =
  | {
      status: 'ok';
      /** A single case file is accepted as a backup of one case. */
      kind: 'backup' | 'case-file';
      exportedAt: string | null;
      entries: BackupEntry[];
      quarantinedCount: number;
    }
  | FileFault
  | { status: 'not-a-backup' }
  | { status: 'too-new'; version: number };

function rawId(raw: unknown): string | null {
  return isRecord(raw) && isRecord(raw.case) && typeof raw.case.id === 'string'
    ? raw.case.id.slice(0, 100)
    : null;
}

function toEntry(raw: unknown, index: number): BackupEntry {
  const r = decodeEnvelope(raw);
  switch (r.status) {
    case 'ok':
      return r.freshIds
        ? { index, status: 'ok', case: r.case, migrated: r.migrated, freshIds: r.freshIds }
        : { index, status: 'ok', case: r.case, migrated: r.migrated };
    case 'too-new': {
      const meta = caseMeta(isRecord(raw) ? raw.case : null);
      return {
        index,
        status: 'too-new',
        version: r.version,
        id: rawId(raw),
        title: meta?.title ?? null,
      };
    }
    case 'invalid':
      return { index, status: 'invalid', issues: r.issues, id: rawId(raw) };
    case 'not-a-case':
      return { index, status: 'not-a-case' };
  }
}

export async function readBackupFile(file: Blob): Promise<ReadBackupResult> {
  const read = await readJsonFile(file, MAX_BACKUP_FILE_BYTES);
  if (read.status !== 'json') return read;
  const raw = read.value;
  const backup = decodeVersioned(backupFormat, raw);
  if (backup.status === 'not-ours') {
    const single = toEntry(raw, 0);
    if (single.status === 'not-a-case') return { status: 'not-a-backup' };
    return {
      status: 'ok',
      kind: 'case-file',
      exportedAt: null,
      entries: [single],
      quarantinedCount: 0,
    };
  }
  switch (backup.status) {
    case 'invalid':
      return { status: 'not-a-backup' };
    case 'too-new':
      return { status: 'too-new', version: backup.version };
    case 'ok':
    case 'migrated':
      return {
        status: 'ok',
        kind: 'backup',
        exportedAt: backup.value.exportedAt,
        entries: backup.value.cases.map(toEntry),
        quarantinedCount: backup.value.quarantinedCount,
      };
  }
}

// ---- Import ------------------------------------------------------------------------------

export type FailedSave = Exclude<SaveResult, { status: 'ok' }>;

export interface ImportConflict {
  incoming: Case;
  /** The stored case with the same id (null when it cannot be read: corrupt or too new). */
  existing: CaseMeta | null;
  existingStatus: 'ok' | 'too-new' | 'corrupt' | 'unavailable';
}

export interface ImportReport {
  imported: { id: string; title: string; freshIds?: number }[];
  /** Same id and same content as a stored case: nothing to do. */
  identical: { id: string; title: string }[];
  /** Same id, different content: ask the user (copies, overwrite, or skip). */
  conflicts: ImportConflict[];
  /** Entries that could not be imported, with why. */
  failed: (
    | Exclude<BackupEntry, { status: 'ok' }>
    | { index: number; status: 'save-failed'; id: string; result: FailedSave }
  )[];
}

const titleOf = (c: Case) => caseMeta(c)?.title ?? '';

const sameCase = (a: Case, b: Case) => JSON.stringify(a) === JSON.stringify(b);

function emptyReport(): ImportReport {
  return { imported: [], identical: [], conflicts: [], failed: [] };
}

/** Import the readable entries; existing ids are never overwritten (they become conflicts). */
export function importCases(
  repo: Pick<CaseRepository, 'load' | 'save' | 'has'>,
  entries: readonly BackupEntry[],
): ImportReport {
  const report = emptyReport();
  for (const entry of entries) {
    if (entry.status !== 'ok') {
      report.failed.push(entry);
      continue;
    }
    const c = entry.case;
    const existing = repo.load(c.id);
    if (existing.status === 'ok') {
      if (sameCase(existing.case, c)) report.identical.push({ id: c.id, title: titleOf(c) });
      else
        report.conflicts.push({
          incoming: c,
          existing: caseMeta(existing.case),
          existingStatus: 'ok',
        });
      continue;
    }
    if (existing.status === 'too-new' || existing.status === 'unavailable') {
      const meta = existing.status === 'too-new' ? caseMeta(existing.case ?? null) : null;
      report.conflicts.push({ incoming: c, existing: meta, existingStatus: existing.status });
      continue;
    }
    // missing, or corrupt (load() has just set the corrupt record aside): the id is free.
    const result = repo.save(c, { baseRev: null });
    if (result.status === 'ok')
      report.imported.push({
        id: c.id,
        title: titleOf(c),
        ...(entry.freshIds ? { freshIds: entry.freshIds } : {}),
      });
    else report.failed.push({ index: entry.index, status: 'save-failed', id: c.id, result });
  }
  return report;
}

export interface CopyOptions {
  newId?: () => string;
  /** e.g. (title) => t('storage:import.copyTitle', { title }); titles are unchanged without it. */
  retitle?: (title: string) => string;
}

/** A copy of a case under a new id (also used by "duplicate"). */
export function copyCase(c: Case, options: CopyOptions = {}): Case {
  const id = (options.newId ?? newCaseId)();
  const answers = { ...c.answers };
  const title = answers['a.title'];
  if (options.retitle && typeof title === 'string') answers['a.title'] = options.retitle(title);
  return { ...c, id, answers };
}

/** The user chose "import as copies": each case is saved under a new id. */
export function importAsCopies(
  repo: Pick<CaseRepository, 'load' | 'save' | 'has'>,
  cases: readonly Case[],
  options: CopyOptions = {},
): ImportReport {
  const entries: BackupEntry[] = cases.map((c, index) => ({
    index,
    status: 'ok',
    case: copyCase(c, options),
    migrated: false,
  }));
  return importCases(repo, entries);
}

/**
 * The user chose "replace" for these conflicts. A stored record written by a
 * newer version is still never overwritten (`refused-too-new` in failed).
 */
export function importOverwriting(
  repo: Pick<CaseRepository, 'save'>,
  cases: readonly Case[],
): ImportReport {
  const report = emptyReport();
  cases.forEach((c, index) => {
    const result = repo.save(c, { force: true });
    if (result.status === 'ok') report.imported.push({ id: c.id, title: titleOf(c) });
    else report.failed.push({ index, status: 'save-failed', id: c.id, result });
  });
  return report;
}
