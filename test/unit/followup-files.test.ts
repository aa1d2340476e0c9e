/**
 * The follow-up screen's file handling (src/storage/followup-files.ts): a dropped folder is
 * walked (its *.docx and *.json, sorted, hidden files and Word's lock files skipped, a named
 * file always read), and a run counts file by file, reports progress and stops on cancel.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyContext } from '../../src/checklist/types';
import { countFollowupFiles, droppedFiles } from '../../src/storage/followup-files';
import { examplesDir } from '../helpers/appendix-fixtures';

type Entry = FileSystemEntry;

function fileEntry(path: string, text = '{}'): Entry {
  const name = path.replace(/^.*\//, '');
  return {
    isFile: true,
    isDirectory: false,
    name,
    fullPath: `/${path}`,
    file: (ok: (f: File) => void) => ok(new File([text], name)),
  } as unknown as Entry;
}

function dirEntry(path: string, children: Entry[]): Entry {
  let given = false;
  return {
    isFile: false,
    isDirectory: true,
    name: path.replace(/^.*\//, ''),
    fullPath: `/${path}`,
    createReader: () => ({
      readEntries: (ok: (e: Entry[]) => void) => {
        ok(given ? [] : children);
        given = true;
      },
    }),
  } as unknown as Entry;
}

const transfer = (entries: Entry[]) =>
  ({
    items: entries.map((e) => ({ kind: 'file', webkitGetAsEntry: () => e })),
    files: [],
  }) as unknown as DataTransfer;

describe('droppedFiles', () => {
  it('walks a dropped folder and keeps the paths relative to what was dropped', async () => {
    const drop = transfer([
      dirEntry('drive', [
        fileEntry('drive/b.docx'),
        fileEntry('drive/.hidden.json'),
        fileEntry('drive/~$lock.docx'),
        fileEntry('drive/notes.txt'),
        dirEntry('drive/sub', [fileEntry('drive/sub/c.json')]),
        fileEntry('drive/a.json'),
      ]),
      fileEntry('named.txt'),
    ]);
    const files = await droppedFiles(drop);
    expect(files.map((f) => f.name)).toEqual([
      'drive/a.json',
      'drive/b.docx',
      'drive/sub/c.json',
      'named.txt',
    ]);
  });
});

describe('countFollowupFiles', () => {
  const far = readFileSync(`${examplesDir}far-niva1.sv.json`, 'utf8');
  const snow = readFileSync(`${examplesDir}snorojning.sv.json`, 'utf8');
  const named = (name: string, text: string) => ({ name, file: new File([text], name) });

  it('counts file by file with progress and lists what it cannot count', async () => {
    const progress: string[] = [];
    const run = await countFollowupFiles(
      [named('far.json', far), named('x.json', 'not json'), named('snow.json', snow)],
      emptyContext,
      { onProgress: (done, total) => progress.push(`${done}/${total}`) },
    );
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
    expect(run.counted.map((c) => c.file)).toEqual(['far.json', 'snow.json']);
    expect(run.rejected).toEqual([{ file: 'x.json', reason: 'not-docx' }]);
    expect(run.cancelled).toBe(false);
  });

  it('stops at a cancel and keeps what was counted so far', async () => {
    const controller = new AbortController();
    const run = await countFollowupFiles(
      [named('far.json', far), named('snow.json', snow), named('far2.json', far)],
      emptyContext,
      {
        signal: controller.signal,
        onProgress: (done) => {
          if (done === 1) controller.abort();
        },
      },
    );
    expect(run.cancelled).toBe(true);
    expect(run.done).toBe(1);
    expect(run.counted.map((c) => c.file)).toEqual(['far.json']);
  });
});
