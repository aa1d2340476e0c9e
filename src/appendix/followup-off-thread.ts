/**
 * Count many files for the follow-up in one Web Worker (followup-worker.ts), file by file: the
 * main thread only transfers bytes and receives small summaries, so neither a large folder nor
 * a hostile file freezes the page. A file that takes longer than `timeoutMs` (or crashes the
 * worker) is rejected as damaged and the worker is started afresh. Where there is no Worker
 * (Vitest/jsdom) the same reader runs directly (the screen's chunk has it anyway: the size cap).
 */
import type { RuleContext } from '../checklist/types';
import { toCounted } from '../format/followup/aggregate';
import type { CountedCase } from '../format/followup/aggregate';
import type { Rejection } from '../format/followup/read-json';
import { readFollowupFile } from './followup-read';

export interface FollowupCountedRead {
  counted: CountedCase[];
  rejected: Rejection[];
}

export interface FollowupWorkerRequest {
  id: number;
  name: string;
  bytes: ArrayBuffer;
  ctx: RuleContext;
}

export interface FollowupReader {
  read(name: string, bytes: Uint8Array): Promise<FollowupCountedRead>;
  /** Stop the worker (cancel, or the run is done); a pending read resolves as not read. */
  close(): void;
}

const FILE_TIMEOUT_MS = 30_000;

function directReader(ctx: RuleContext): FollowupReader {
  return {
    async read(name, bytes) {
      const r = await readFollowupFile(name, bytes);
      return { counted: r.inputs.map((i) => toCounted(i, ctx)), rejected: r.rejected };
    },
    close() {},
  };
}

const failed = (file: string, detail: string): FollowupCountedRead => ({
  counted: [],
  rejected: [{ file, reason: 'damaged', damage: 'other', detail }],
});

export function startFollowupReader(
  ctx: RuleContext,
  timeoutMs: number = FILE_TIMEOUT_MS,
): FollowupReader {
  if (typeof Worker === 'undefined') return directReader(ctx);
  const spawn = () =>
    new Worker(new URL('./followup-worker.ts', import.meta.url), { type: 'module' });
  let worker: Worker;
  try {
    worker = spawn();
  } catch {
    return directReader(ctx);
  }
  let nextId = 0;
  let pending: { id: number; finish: (r: FollowupCountedRead | null) => void } | null = null;
  const listen = (w: Worker) => {
    w.addEventListener(
      'message',
      (e: MessageEvent<{ id: number; result: FollowupCountedRead }>) => {
        if (pending && e.data.id === pending.id) pending.finish(e.data.result);
      },
    );
    const crash = () => pending?.finish(null);
    w.addEventListener('error', crash);
    w.addEventListener('messageerror', crash);
  };
  listen(worker);
  const restart = () => {
    worker.terminate();
    worker = spawn();
    listen(worker);
  };
  let closed = false;
  return {
    read(name, bytes) {
      if (closed) return Promise.resolve({ counted: [], rejected: [] });
      const id = ++nextId;
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          restart();
          finish(failed(name, 'reading the file took too long'));
        }, timeoutMs);
        const finish = (r: FollowupCountedRead | null) => {
          if (pending?.id !== id) return;
          pending = null;
          clearTimeout(timer);
          if (r) resolve(r);
          else if (closed) resolve({ counted: [], rejected: [] });
          else {
            // A crash is the file's fault: say so, and go on with a fresh worker.
            restart();
            resolve(failed(name, 'the file could not be read'));
          }
        };
        pending = { id, finish };
        const copy = bytes.slice().buffer;
        const request: FollowupWorkerRequest = { id, name, bytes: copy, ctx };
        worker.postMessage(request, [copy]);
      });
    },
    close() {
      closed = true;
      worker.terminate();
      pending?.finish(null);
    },
  };
}
