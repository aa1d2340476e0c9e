/**
 * The follow-up over many appendices (issue 14): N appendices of the example size (the shipped
 * examples in turn, each with its own case id and a recorded decision) are written to a
 * temporary folder, then counted by the CLI's code path (runFollowup: walk, read, recompute,
 * aggregate). Prints the seconds, the files per second and the peak resident memory, and
 * `followup-1000-s: <seconds>` / `followup-peak-rss-mb: <MB>`, which scripts/bench.mjs reads.
 * Goal (issue 14): 1,000 appendices in <= 20 s. Printed, not enforced.
 *
 *   npx tsx scripts/bench-followup.ts [--files=N]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildAppendix } from '../src/appendix/model';
import { nodeTranslator } from '../src/appendix/node-i18n';
import { renderDocx } from '../src/appendix/docx-writer';
import { emptyContext } from '../src/checklist/types';
import { parseCaseText } from '../src/format/case-envelope';
import { runFollowup } from './followup-cli';

const filesArg = process.argv.find((a) => a.startsWith('--files='));
const files = Math.max(1, Number(filesArg?.slice(8) ?? 1000) || 1000);
const examples = join(import.meta.dirname, '..', 'public', 'examples');
const index = JSON.parse(readFileSync(join(examples, 'index.json'), 'utf8')) as { file: string }[];
const t = nodeTranslator('sv');
const dir = mkdtempSync(join(tmpdir(), 'ulk-bench-followup-'));

try {
  // One appendix per example, then copies with their own case id (the embedded case is what
  // is counted, so each copy is re-rendered: the same size and work as a real appendix).
  const t0 = performance.now();
  let bytesTotal = 0;
  for (let i = 0; i < files; i++) {
    const e = index[i % index.length]!;
    const decoded = parseCaseText(readFileSync(join(examples, e.file), 'utf8'));
    if (decoded.status !== 'ok') throw new Error(`${e.file}: ${decoded.status}`);
    const c = {
      ...decoded.case,
      id: `${decoded.case.id}-${i}`,
      decision: {
        outcome: i % 3 === 0 ? ('aterremiss' as const) : ('enligt-forslaget' as const),
        date: '',
        paragraph: `§ ${i}`,
        steps: i % 3 === 0 ? [2 as const] : [],
        parts: [],
      },
    };
    const bytes = await renderDocx(buildAppendix(c, { t, lng: 'sv', ctx: emptyContext }), c);
    bytesTotal += bytes.length;
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.docx`), bytes);
  }
  const written = performance.now() - t0;
  console.log(
    `wrote ${files} appendices (${(bytesTotal / files / 1024).toFixed(1)} KiB each on average) in ${(written / 1000).toFixed(1)} s`,
  );

  let peakHeap = 0;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 50);
  const rssBefore = process.resourceUsage().maxRSS;
  const t1 = performance.now();
  const r = await runFollowup([dir, '--json']);
  const seconds = (performance.now() - t1) / 1000;
  clearInterval(sampler);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const json = JSON.parse(r.out.join('\n')) as { total: number; counted: number };
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(
    `counted ${json.counted} of ${json.total} files in ${seconds.toFixed(2)} s ` +
      `(${(json.total / seconds).toFixed(0)} files/s); peak heap ${(peakHeap / 1024 / 1024).toFixed(0)} MB, ` +
      `peak RSS ${rss.toFixed(0)} MB (${(rssBefore / 1024).toFixed(0)} MB before counting)`,
  );
  console.log(`followup-${files}-s: ${seconds.toFixed(2)}`);
  console.log(`followup-peak-rss-mb: ${rss.toFixed(0)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
