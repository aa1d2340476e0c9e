/**
 * Time to build the appendix (model + .docx) of a large case in Node:
 * 10 statistics tables, 40 measures, 60,000 characters of answers
 * (test/fixtures/large-case.ts). Prints one line per phase and the median as
 * `appendix-node-ms: <median>`, which scripts/bench.mjs reads.
 *
 *   npx tsx scripts/bench-appendix.ts [--runs=N]
 */
import { performance } from 'node:perf_hooks';
import { buildAppendix } from '../src/appendix/model';
import { nodeTranslator } from '../src/appendix/node-i18n';
import { emptyContext } from '../src/checklist/types';
import { freeTextChars, largeCase, largeCaseDefaults } from '../test/fixtures/large-case';

const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const runs = Math.max(1, Number(runsArg?.slice(7) ?? 9) || 9);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const c = largeCase();
const t = nodeTranslator('sv');
const { renderDocx } = await import('../src/appendix/docx-writer');

const once = async () => {
  const t0 = performance.now();
  const model = buildAppendix(c, { t, lng: 'sv', ctx: emptyContext });
  const t1 = performance.now();
  const bytes = await renderDocx(model, c);
  const t2 = performance.now();
  return { model: t1 - t0, docx: t2 - t1, total: t2 - t0, bytes: bytes.length };
};

const cold = await once();
const results = [];
for (let i = 0; i < runs; i++) results.push(await once());

console.log(
  `large case: ${largeCaseDefaults.tables} tables, ${largeCaseDefaults.measures} measures, ` +
    `${freeTextChars(c)} characters of answers; .docx ${cold.bytes} bytes`,
);
console.log(`cold (first run): ${cold.total.toFixed(1)} ms`);
console.log(`model median: ${median(results.map((r) => r.model)).toFixed(1)} ms`);
console.log(`docx median: ${median(results.map((r) => r.docx)).toFixed(1)} ms`);
console.log(`appendix-node-ms: ${median(results.map((r) => r.total)).toFixed(1)}`);
