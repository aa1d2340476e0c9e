/**
 * The Worker that writes the Word appendix (docx-writer.ts) off the main
 * thread: building and zipping the document of a large case takes seconds,
 * and the page must stay responsive meanwhile. It gets the appendix model and
 * the case (structured clones) and posts back the .docx bytes (transferred)
 * or what went wrong. The model already carries every text in the export
 * language, resolved on the main thread by buildAppendix, so the worker needs
 * no i18n of its own.
 */
import { renderDocx } from './docx-writer';
import { renderOptions } from './export-request';
import type { ExportReply, ExportRequest } from './export-off-thread';

interface WorkerScope {
  addEventListener(type: 'message', listener: (e: MessageEvent<ExportRequest>) => void): void;
  postMessage(message: ExportReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (e) => {
  const { model, caseForEmbedding } = e.data;
  renderDocx(model, caseForEmbedding, renderOptions(e.data)).then(
    (bytes) => scope.postMessage({ ok: true, bytes: bytes.buffer }, [bytes.buffer]),
    (err: unknown) => scope.postMessage({ ok: false, detail: String(err) }),
  );
});
