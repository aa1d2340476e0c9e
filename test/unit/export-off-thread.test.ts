/**
 * The Word export's worker protocol (src/appendix/export-off-thread.ts) with a stand-in
 * Worker: the bytes come back, a writer error and a silent worker each reject with their
 * reason, and a worker script that cannot start falls back to writing on the main thread.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocxExportError, renderDocxOffThread } from '../../src/appendix/export-off-thread';
import type { ExportReply, ExportRequest } from '../../src/appendix/export-off-thread';
import { buildAppendix } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { newCase } from '../../src/checklist/schema';
import { emptyContext } from '../../src/checklist/types';

const c = {
  ...newCase('worker-case', new Date('2026-03-01T10:00:00Z')),
  answers: { 'a.title': 'Simhall' },
};
const req: ExportRequest = {
  model: buildAppendix(c, { t: nodeTranslator('sv'), lng: 'sv', ctx: emptyContext }),
  caseForEmbedding: c,
};

/** A Worker whose behaviour on postMessage the test chooses. */
function fakeWorker(onPost: (w: EventTarget, data: unknown) => void) {
  const made: { terminated: boolean; posted: unknown[] }[] = [];
  class FakeWorker extends EventTarget {
    state = { terminated: false, posted: [] as unknown[] };
    constructor() {
      super();
      made.push(this.state);
    }
    postMessage(data: unknown) {
      this.state.posted.push(data);
      onPost(this, data);
    }
    terminate() {
      this.state.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return made;
}

function reply(w: EventTarget, data: ExportReply) {
  setTimeout(() => w.dispatchEvent(new MessageEvent('message', { data })), 0);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('renderDocxOffThread', () => {
  it('posts the model and the case to the worker and returns the bytes it sends back', async () => {
    const made = fakeWorker((w) =>
      reply(w, { ok: true, bytes: new Uint8Array([80, 75, 3, 4]).buffer }),
    );
    const bytes = await renderDocxOffThread(req);
    expect([...bytes]).toEqual([80, 75, 3, 4]);
    expect(made[0]?.posted).toEqual([req]);
    expect(made[0]?.terminated).toBe(true);
  });

  it('rejects with the reason "render" when the writer fails in the worker', async () => {
    fakeWorker((w) => reply(w, { ok: false, detail: 'Error: boom' }));
    const err = await renderDocxOffThread(req).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DocxExportError);
    expect((err as DocxExportError).reason).toBe('render');
    expect((err as DocxExportError).message).toBe('Error: boom');
  });

  it('rejects with the reason "timeout" and stops a worker that never answers', async () => {
    const made = fakeWorker(() => {});
    const err = await renderDocxOffThread(req, 20).catch((e: unknown) => e);
    expect((err as DocxExportError).reason).toBe('timeout');
    expect(made[0]?.terminated).toBe(true);
  });

  it('writes the file on the main thread when the worker script cannot start', async () => {
    fakeWorker((w) =>
      setTimeout(() => w.dispatchEvent(new Event('error', { cancelable: true })), 0),
    );
    const bytes = await renderDocxOffThread(req);
    expect([...bytes.slice(0, 2)]).toEqual([80, 75]); // "PK": a real .docx (zip)
    expect(bytes.length).toBeGreaterThan(5000);
  });
});
