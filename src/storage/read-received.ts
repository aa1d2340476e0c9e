/**
 * Read a file a committee secretary received: our Word appendix (.docx, with
 * the case embedded) or a case file (.json). Decides by content, not by the
 * name. Never throws; every outcome has its own message in review.json.
 * The docx reader (and with it jszip) is loaded only when a .docx arrives,
 * and runs in a Web Worker (appendix/read-off-thread.ts).
 */
import type { Case } from '../checklist/schema';
import { startsWithZipMagic } from '../format/zip-magic';
import { openCaseFile, readFileBytes } from './case-files';

/** Our appendices are tens of KB; anything near this is not one of ours. */
export const MAX_RECEIVED_BYTES = 20 * 1024 * 1024;

export type ReceivedResult =
  | { status: 'ok'; case: Case; source: 'docx' | 'json'; migrated: boolean }
  | { status: 'empty' }
  | { status: 'too-large'; bytes: number; maxBytes: number }
  | { status: 'read-error' }
  /** Neither a .docx nor JSON (a PDF, an image, plain text...). */
  | { status: 'not-ours' }
  /** A Word file without our embedded case (another program, or the data was removed). */
  | { status: 'docx-without-case' }
  /** JSON, but not a case (another program's file). */
  | { status: 'not-a-case' }
  /** Our backup file: several cases, imported elsewhere. */
  | { status: 'is-backup' }
  | { status: 'damaged'; source: 'docx' | 'json' }
  | { status: 'too-new'; version: number; appVersion?: string };

export async function readReceivedFile(file: Blob): Promise<ReceivedResult> {
  if (file.size === 0) return { status: 'empty' };
  if (file.size > MAX_RECEIVED_BYTES) {
    return { status: 'too-large', bytes: file.size, maxBytes: MAX_RECEIVED_BYTES };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(file);
  } catch {
    return { status: 'read-error' };
  }
  if (startsWithZipMagic(bytes)) return readDocx(bytes);
  return readJson(file);
}

async function readDocx(bytes: Uint8Array): Promise<ReceivedResult> {
  // In a Worker: no file, however hostile, freezes the page while it is read.
  const { readAppendixOffThread } = await import('../appendix/read-off-thread');
  const r = await readAppendixOffThread(bytes);
  switch (r.status) {
    case 'ok':
      return { status: 'ok', case: r.case, source: 'docx', migrated: r.migrated };
    case 'not-ours':
      return r.reason === 'no-case' ? { status: 'docx-without-case' } : { status: 'not-ours' };
    case 'damaged':
      return { status: 'damaged', source: 'docx' };
    case 'too-new':
      return { status: 'too-new', version: r.version };
  }
}

async function readJson(file: Blob): Promise<ReceivedResult> {
  const r = await openCaseFile(file);
  switch (r.status) {
    case 'ok':
      return { status: 'ok', case: r.case, source: 'json', migrated: r.migrated };
    case 'empty':
    case 'too-large':
    case 'read-error':
    case 'not-a-case':
    case 'is-backup':
      return r;
    case 'not-json':
      return { status: 'not-ours' };
    case 'invalid':
      return { status: 'damaged', source: 'json' };
    case 'too-new':
      return r.appVersion
        ? { status: 'too-new', version: r.version, appVersion: r.appVersion }
        : { status: 'too-new', version: r.version };
  }
}

/** The message key (namespace `review`) and values for a failed read. */
export function receivedMessage(r: Exclude<ReceivedResult, { status: 'ok' }>): {
  key: string;
  values?: Record<string, unknown>;
} {
  const mb = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;
  switch (r.status) {
    case 'empty':
      return { key: 'error.empty' };
    case 'too-large':
      return { key: 'error.tooLarge', values: { size: mb(r.bytes), max: mb(r.maxBytes) } };
    case 'read-error':
      return { key: 'error.readError' };
    case 'not-ours':
      return { key: 'error.notOurs' };
    case 'docx-without-case':
      return { key: 'error.docxWithoutCase' };
    case 'not-a-case':
      return { key: 'error.notACase' };
    case 'is-backup':
      return { key: 'error.isBackup' };
    case 'damaged':
      return { key: r.source === 'docx' ? 'error.damagedDocx' : 'error.damagedJson' };
    case 'too-new':
      return { key: 'error.tooNew', values: { version: r.appVersion ?? r.version } };
  }
}
