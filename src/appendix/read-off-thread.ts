/**
 * Read a received .docx in a Web Worker (read-worker.ts), so that a hostile
 * file costs a background thread, never the page: the main thread only
 * transfers the bytes and waits. Where there is no Worker (Vitest/jsdom,
 * Node) the same reader runs directly. A worker that fails to start, crashes
 * or takes longer than `timeoutMs` gives a "damaged" result and is stopped.
 */
import type { ReadAppendixResult } from './read-appendix';

export const READ_TIMEOUT_MS = 30_000;

async function readDirect(bytes: Uint8Array): Promise<ReadAppendixResult> {
  const { readAppendix } = await import('./read-appendix');
  return readAppendix(bytes);
}

export function readAppendixOffThread(
  bytes: Uint8Array,
  timeoutMs: number = READ_TIMEOUT_MS,
): Promise<ReadAppendixResult> {
  if (typeof Worker === 'undefined') return readDirect(bytes);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return readDirect(bytes);
  }
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: ReadAppendixResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () =>
        finish({ status: 'damaged', damage: 'other', detail: 'reading the file took too long' }),
      timeoutMs,
    );
    worker.addEventListener('message', (e: MessageEvent<ReadAppendixResult>) => finish(e.data));
    worker.addEventListener('error', () =>
      finish({ status: 'damaged', damage: 'other', detail: 'the file could not be read' }),
    );
    worker.addEventListener('messageerror', () =>
      finish({ status: 'damaged', damage: 'other', detail: 'the file could not be read' }),
    );
    // A copy: the caller's bytes stay usable (the worker gets its own buffer, transferred).
    const copy = bytes.slice().buffer;
    worker.postMessage(copy, [copy]);
  });
}
