/**
 * The follow-up screen's files: picked or dropped (folders walked), each read to bytes here
 * (only src/storage reads files) and counted in a Web Worker, one at a time, with progress and
 * cancel. Nothing leaves the machine, and only the small summaries are kept.
 */
import type { RuleContext } from '../checklist/types';
import type { CountedCase } from '../format/followup/aggregate';
import type { Rejection } from '../format/followup/read-json';
import { MAX_FOLLOWUP_FILE_BYTES } from '../format/followup/read-json';
import { startFollowupReader } from '../appendix/followup-off-thread';
import { readFileBytes } from './case-files';

export interface NamedFile {
  /** The path relative to what was dropped, else the file's name. */
  name: string;
  file: File;
}

const READ_IN_FOLDERS = /\.(docx|json)$/i;
const skipped = (name: string) => name.startsWith('.') || name.startsWith('~$');

/** Picked files as they are (a name the user chose is always read). */
export function pickedFiles(list: FileList | readonly File[]): NamedFile[] {
  return Array.from(list).map((file) => ({
    name: (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name,
    file,
  }));
}

function entryFile(entry: FileSystemFileEntry): Promise<File | null> {
  return new Promise((resolve) => entry.file(resolve, () => resolve(null)));
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve) => reader.readEntries(resolve, () => resolve([])));
}

async function walk(entry: FileSystemEntry, out: NamedFile[], top: boolean): Promise<void> {
  if (entry.isFile) {
    if (!top && (skipped(entry.name) || !READ_IN_FOLDERS.test(entry.name))) return;
    const file = await entryFile(entry as FileSystemFileEntry);
    if (file) out.push({ name: entry.fullPath.replace(/^\//, '') || file.name, file });
    return;
  }
  if (!entry.isDirectory || (!top && skipped(entry.name))) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries gives at most 100 entries per call: call until it returns none.
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
    children.push(...batch);
  }
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const child of children) await walk(child, out, false);
}

/** Dropped files and folders (folders walked: their *.docx and *.json, hidden files skipped). */
export async function droppedFiles(data: DataTransfer): Promise<NamedFile[]> {
  const entries = Array.from(data.items ?? [])
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null))
    .filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return pickedFiles(data.files);
  const out: NamedFile[] = [];
  for (const e of entries) await walk(e, out, true);
  return out;
}

export interface FollowupRun {
  counted: CountedCase[];
  rejected: Rejection[];
  /** Files read (or refused) before the end or the cancel. */
  done: number;
  cancelled: boolean;
}

/**
 * A case stored in this browser, read at its turn in the run (followup-stored.ts): `read` gives
 * the record's stored text, or null when it is gone.
 */
export interface StoredItem {
  /** Its name before it is read, and of a record that cannot be read. */
  name: string;
  /** The name of a case read from it (by its title). */
  nameOf(c: CountedCase): string;
  read(): string | null;
  /** A record set aside as damaged: listed with its reason, never counted. */
  setAside?: boolean;
}

export type FollowupItem = NamedFile | StoredItem;

interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

// A stored record that is not a case envelope is damaged, not "a file that is not ours".
const storedRejection = (r: Rejection): Rejection =>
  r.reason === 'not-docx' || r.reason === 'not-ours'
    ? {
        ...r,
        reason: 'damaged',
        damage: 'not-case-record',
        detail: r.detail ?? 'not a case record',
      }
    : r;

async function bytesOf(item: FollowupItem, run: FollowupRun): Promise<Uint8Array | null> {
  if ('read' in item) {
    const text = item.read();
    if (text === null)
      run.rejected.push({ file: item.name, reason: 'unreadable', damage: 'gone', detail: 'gone' });
    return text === null ? null : new TextEncoder().encode(text);
  }
  if (item.file.size > MAX_FOLLOWUP_FILE_BYTES) {
    run.rejected.push({ file: item.name, reason: 'too-large' });
    return null;
  }
  try {
    return await readFileBytes(item.file);
  } catch {
    run.rejected.push({
      file: item.name,
      reason: 'unreadable',
      damage: 'read',
      detail: 'read error',
    });
    return null;
  }
}

/** Count files or stored cases one at a time in the worker (progress and cancel). */
export async function countFollowupItems(
  items: readonly FollowupItem[],
  ctx: RuleContext,
  opts: RunOptions = {},
): Promise<FollowupRun> {
  const reader = startFollowupReader(ctx);
  const stop = () => reader.close();
  opts.signal?.addEventListener('abort', stop);
  const run: FollowupRun = { counted: [], rejected: [], done: 0, cancelled: false };
  try {
    for (const item of items) {
      if (opts.signal?.aborted) break;
      const bytes = await bytesOf(item, run);
      if (bytes) {
        const r = await reader.read(item.name, bytes);
        if (opts.signal?.aborted) break;
        if ('read' in item) {
          if (item.setAside) {
            for (const c of r.counted)
              run.rejected.push({
                file: c.file,
                reason: 'damaged',
                damage: 'set-aside',
                detail: 'set aside as damaged',
              });
          } else run.counted.push(...r.counted.map((c) => ({ ...c, file: item.nameOf(c) })));
          run.rejected.push(...r.rejected.map(storedRejection));
        } else {
          run.counted.push(...r.counted);
          run.rejected.push(...r.rejected);
        }
      }
      run.done++;
      opts.onProgress?.(run.done, items.length);
    }
  } finally {
    opts.signal?.removeEventListener('abort', stop);
    reader.close();
  }
  run.cancelled = opts.signal?.aborted ?? false;
  return run;
}

export function countFollowupFiles(
  files: readonly NamedFile[],
  ctx: RuleContext,
  opts: RunOptions = {},
): Promise<FollowupRun> {
  return countFollowupItems(files, ctx, opts);
}
