/**
 * Write the Word appendix in a Web Worker (export-worker.ts), so that the
 * seconds a large case takes cost a background thread, never the page: the
 * main thread only posts the model and the case and waits. Where there is no
 * Worker (Vitest/jsdom, Node) or the worker script cannot start (an old
 * browser without module workers), the same writer runs on the main thread:
 * slower to interact with, but the officer still gets the file.
 *
 * This module must not import docx-writer.ts statically: that would put the
 * `docx` package back on the main thread.
 */
import type { Case } from '../checklist/schema';
import type { AppendixModel } from './model';
import type { LoadedTemplate } from './template/inspect';
import { renderOptions } from './export-request';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Far above the few seconds the largest case takes; a worker silent this long is stuck. */
export const EXPORT_TIMEOUT_MS = 120_000;

/** Why an export failed: the writer threw, or the worker gave no answer in time. */
export type ExportFailure = 'render' | 'timeout';

export class DocxExportError extends Error {
  readonly reason: ExportFailure;
  constructor(reason: ExportFailure, detail: string) {
    super(detail);
    this.name = 'DocxExportError';
    this.reason = reason;
  }
}

export interface ExportRequest {
  model: AppendixModel;
  caseForEmbedding: Case;
  /** Time stamp of the embedded envelope, ms since the epoch (a Date survives cloning too, but a number is plainer). */
  now?: number;
  /** The organisation's checked Word template (plain data, cloned into the worker). */
  template?: LoadedTemplate;
}

export type ExportReply = { ok: true; bytes: ArrayBuffer } | { ok: false; detail: string };

async function renderDirect(req: ExportRequest): Promise<Uint8Array<ArrayBuffer>> {
  const { renderDocx } = await import('./docx-writer');
  try {
    return await renderDocx(req.model, req.caseForEmbedding, renderOptions(req));
  } catch (e) {
    throw new DocxExportError('render', String(e));
  }
}

/**
 * The .docx bytes of an appendix, written in a Worker when there is one.
 * Rejects with a DocxExportError saying why when the file cannot be made.
 */
export function renderDocxOffThread(
  req: ExportRequest,
  timeoutMs: number = EXPORT_TIMEOUT_MS,
): Promise<Uint8Array<ArrayBuffer>> {
  if (typeof Worker === 'undefined') return renderDirect(req);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return renderDirect(req);
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    const stop = () => {
      settled = true;
      clearTimeout(timer);
      worker.terminate();
    };
    const timer = setTimeout(() => {
      if (settled) return;
      stop();
      reject(new DocxExportError('timeout', `no answer from the export worker in ${timeoutMs} ms`));
    }, timeoutMs);
    worker.addEventListener('message', (e: MessageEvent<ExportReply>) => {
      if (settled) return;
      stop();
      if (e.data.ok) resolve(new Uint8Array(e.data.bytes));
      else reject(new DocxExportError('render', e.data.detail));
    });
    // The writer's own errors come back as a message; an error event means the worker script
    // itself could not run (no module workers, a chunk that failed to load): write it here.
    worker.addEventListener('error', (e) => {
      if (settled) return;
      e.preventDefault();
      stop();
      renderDirect(req).then(resolve, reject);
    });
    worker.addEventListener('messageerror', () => {
      if (settled) return;
      stop();
      reject(new DocxExportError('render', 'the export worker sent an unreadable answer'));
    });
    worker.postMessage(req);
  });
}
