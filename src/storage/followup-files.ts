/**
 * The follow-up screen's files: picked or dropped (folders walked), each read to bytes here
 * (only src/storage reads files) and counted in a Web Worker, one at a time, with progress and
 * cancel. Nothing leaves the machine, and only the small summaries are kept.
 */
import type { RuleContext } from '../checklist/types';
import type { CountedCase } from '../format/followup/aggregate';
import type { Rejection } from '../format/followup/read-json';
import { MAX_FOLLOWUP_FILE_BYTES } from '../appendix/followup-read';
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

export async function countFollowupFiles(
  files: readonly NamedFile[],
  ctx: RuleContext,
  opts: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<FollowupRun> {
  const reader = startFollowupReader(ctx);
  const stop = () => reader.close();
  opts.signal?.addEventListener('abort', stop);
  const run: FollowupRun = { counted: [], rejected: [], done: 0, cancelled: false };
  try {
    for (const { name, file } of files) {
      if (opts.signal?.aborted) break;
      if (file.size > MAX_FOLLOWUP_FILE_BYTES) {
        run.rejected.push({ file: name, reason: 'too-large' });
      } else {
        let bytes: Uint8Array | null = null;
        try {
          bytes = await readFileBytes(file);
        } catch {
          run.rejected.push({ file: name, reason: 'unreadable', detail: 'read error' });
        }
        if (bytes) {
          const r = await reader.read(name, bytes);
          if (opts.signal?.aborted) break;
          run.counted.push(...r.counted);
          run.rejected.push(...r.rejected);
        }
      }
      run.done++;
      opts.onProgress?.(run.done, files.length);
    }
  } finally {
    opts.signal?.removeEventListener('abort', stop);
    reader.close();
  }
  run.cancelled = opts.signal?.aborted ?? false;
  return run;
}
