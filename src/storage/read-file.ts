/**
 * The one reader of a dropped or picked file: a case file (.json), a backup
 * (.json with many cases) or our Word appendix (.docx, with the case
 * embedded). Decides by content, not by the name. Never throws; every outcome
 * is one member of `ReadFileResult`, and each screen words the failures it
 * can meet (`receivedMessage` for the review screen; the case list uses
 * storage/messages.ts for JSON and backups, `receivedMessage` for a .docx).
 * The docx reader (and with it jszip) is loaded only when a .docx arrives,
 * and runs in a Web Worker (appendix/read-off-thread.ts).
 */
import type { Case } from '../checklist/schema';
import type { TextCheck } from '../appendix/text-fingerprint';
import { isZipFile, openCaseFile, readBackupFile, readFileBytes } from './case-files';
import type { OpenCaseFileResult, ReadBackupResult } from './case-files';

/** Our appendices are tens of KB; anything near this is not one of ours. */
export const MAX_RECEIVED_BYTES = 20 * 1024 * 1024;

/** What the file is expected to be: one case (case file or appendix) or a backup to restore. */
type ReadIntent = 'case' | 'backup';

type DocxFailure =
  | { status: 'too-large'; bytes: number; maxBytes: number }
  | { status: 'read-error' }
  /** A zip that is not a Word file. */
  | { status: 'not-ours' }
  /** A Word file without our embedded case (another program, or the data was removed). */
  | { status: 'docx-without-case' }
  | { status: 'damaged' }
  | { status: 'too-new'; version: number };

export type ReadFileResult =
  | {
      status: 'case';
      case: Case;
      source: 'docx' | 'json';
      migrated: boolean;
      freshIds?: number;
      /** A .docx only: does its visible text still match the embedded case? */
      text?: TextCheck;
    }
  | { status: 'backup'; backup: Extract<ReadBackupResult, { status: 'ok' }> }
  | { status: 'failed'; source: 'docx'; failure: DocxFailure }
  | { status: 'failed'; source: 'json'; failure: Exclude<OpenCaseFileResult, { status: 'ok' }> }
  | { status: 'failed'; source: 'backup'; failure: Exclude<ReadBackupResult, { status: 'ok' }> };

export type ReadFailure = Extract<ReadFileResult, { status: 'failed' }>;

/**
 * Read a file. `intent: 'case'` (default): a case file or our appendix; a
 * backup is refused with `is-backup` (it is restored elsewhere). `intent:
 * 'backup'`: a backup, or a single case file as a backup of one.
 */
export async function readFile(file: Blob, intent: ReadIntent = 'case'): Promise<ReadFileResult> {
  if (intent === 'backup') {
    const r = await readBackupFile(file);
    return r.status === 'ok'
      ? { status: 'backup', backup: r }
      : { status: 'failed', source: 'backup', failure: r };
  }
  let zip: boolean;
  try {
    zip = file.size > 0 && (await isZipFile(file));
  } catch {
    return { status: 'failed', source: 'json', failure: { status: 'read-error' } };
  }
  if (zip) return readDocx(file);
  const r = await openCaseFile(file);
  if (r.status !== 'ok') return { status: 'failed', source: 'json', failure: r };
  return {
    status: 'case',
    case: r.case,
    source: 'json',
    migrated: r.migrated,
    ...(r.freshIds ? { freshIds: r.freshIds } : {}),
  };
}

async function readDocx(file: Blob): Promise<ReadFileResult> {
  const failed = (failure: DocxFailure): ReadFileResult => ({
    status: 'failed',
    source: 'docx',
    failure,
  });
  if (file.size > MAX_RECEIVED_BYTES) {
    return failed({ status: 'too-large', bytes: file.size, maxBytes: MAX_RECEIVED_BYTES });
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(file);
  } catch {
    return failed({ status: 'read-error' });
  }
  // In a Worker: no file, however hostile, freezes the page while it is read.
  const { readAppendixOffThread } = await import('../appendix/read-off-thread');
  const r = await readAppendixOffThread(bytes);
  switch (r.status) {
    case 'ok':
      return { status: 'case', case: r.case, source: 'docx', migrated: r.migrated, text: r.text };
    case 'not-ours':
      return failed(
        r.reason === 'no-case' ? { status: 'docx-without-case' } : { status: 'not-ours' },
      );
    case 'damaged':
      return failed({ status: 'damaged' });
    case 'too-new':
      return failed({ status: 'too-new', version: r.version });
  }
}

/** The message key (namespace `review`) and values for a file that could not be read. */
export function receivedMessage(r: ReadFailure): {
  key: string;
  values?: Record<string, unknown>;
} {
  const mb = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;
  const f = r.failure;
  switch (f.status) {
    case 'empty':
      return { key: 'error.empty' };
    case 'too-large':
      return { key: 'error.tooLarge', values: { size: mb(f.bytes), max: mb(f.maxBytes) } };
    case 'read-error':
      return { key: 'error.readError' };
    case 'not-ours':
    case 'not-json':
      return { key: 'error.notOurs' };
    case 'docx-without-case':
      return { key: 'error.docxWithoutCase' };
    case 'not-a-case':
    case 'not-a-backup':
      return { key: 'error.notACase' };
    case 'is-backup':
      return { key: 'error.isBackup' };
    case 'damaged':
      return { key: 'error.damagedDocx' };
    case 'invalid':
      return { key: 'error.damagedJson' };
    case 'too-new':
      return {
        key: 'error.tooNew',
        values: { version: 'appVersion' in f && f.appVersion ? f.appVersion : f.version },
      };
  }
}
