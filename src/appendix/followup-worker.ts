/**
 * The Worker of the follow-up screen: one file's bytes (transferred) in, the counted summaries
 * and the rejections out. The case itself never leaves the worker: only `toCounted`'s small
 * summary is posted back, so a run over thousands of files keeps summaries, never cases.
 */
import { toCounted } from '../format/followup/aggregate';
import type { RuleContext } from '../checklist/types';
import { readFollowupFile } from './followup-read';
import type { FollowupCountedRead, FollowupWorkerRequest } from './followup-off-thread';

interface WorkerScope {
  addEventListener(
    type: 'message',
    listener: (e: MessageEvent<FollowupWorkerRequest>) => void,
  ): void;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

async function handle(name: string, bytes: Uint8Array, ctx: RuleContext) {
  const read = await readFollowupFile(name, bytes);
  const out: FollowupCountedRead = {
    counted: read.inputs.map((i) => toCounted(i, ctx)),
    rejected: read.rejected,
  };
  return out;
}

scope.addEventListener('message', (e) => {
  const { id, name, bytes, ctx } = e.data;
  void handle(name, new Uint8Array(bytes), ctx).then(
    (result) => scope.postMessage({ id, result }),
    (err: unknown) =>
      scope.postMessage({
        id,
        result: {
          counted: [],
          rejected: [{ file: name, reason: 'damaged', damage: 'other', detail: String(err) }],
        },
      }),
  );
});
