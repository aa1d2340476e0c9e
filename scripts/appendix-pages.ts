/**
 * The page count of every example appendix (public/examples) as LibreOffice lays it out:
 * all files written to a temporary folder and converted to PDF in one soffice call, then
 * counted with pdfinfo. Printed by scripts/bench.mjs (never enforced there).
 *
 *   npx tsx scripts/appendix-pages.ts [--lang=sv|en|all] [--keep=DIR]
 *
 * Prints one line per example (`pages <file>: <n>`) and `appendix-pages-max: <n>`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig, ruleContextFrom } from '../src/config/config-schema';
import { parseCaseText } from '../src/format/case-envelope';
import { buildAppendix } from '../src/appendix/model';
import { nodeTranslator } from '../src/appendix/node-i18n';
import { renderDocx } from '../src/appendix/docx-writer';

const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const lang = arg('lang') ?? 'sv';
const keep = arg('keep');
const examples = join(import.meta.dirname, '..', 'public', 'examples');
const config = parseConfig(JSON.parse(readFileSync(join(examples, '..', 'config.json'), 'utf8')));
const ctx = ruleContextFrom(config.config);

const work = keep ?? mkdtempSync(join(tmpdir(), 'ulk-pages-'));
mkdirSync(work, { recursive: true });
const files = readdirSync(examples)
  .filter((f) => /\.(sv|en)\.json$/.test(f))
  .filter((f) => lang === 'all' || f.endsWith(`.${lang}.json`))
  .sort();
const docs: string[] = [];
for (const f of files) {
  const decoded = parseCaseText(readFileSync(join(examples, f), 'utf8'));
  if (decoded.status !== 'ok') throw new Error(`${f}: ${decoded.status}`);
  const lng = f.endsWith('.en.json') ? 'en' : 'sv';
  const model = buildAppendix(decoded.case, { t: nodeTranslator(lng), lng, ctx });
  const out = join(work, f.replace(/\.json$/, '.docx'));
  writeFileSync(out, await renderDocx(model, decoded.case));
  docs.push(out);
}
execFileSync(
  'soffice',
  [
    `-env:UserInstallation=file://${join(work, 'profile')}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    work,
    ...docs,
  ],
  { timeout: 300_000, stdio: 'pipe' },
);
let max = 0;
for (const d of docs) {
  const info = execFileSync('pdfinfo', [d.replace(/\.docx$/, '.pdf')], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
  max = Math.max(max, pages);
  console.log(`pages ${d.replace(/^.*\//, '')}: ${pages}`);
}
console.log(`appendix-pages-max: ${max}`);
if (!keep) rmSync(work, { recursive: true, force: true });
