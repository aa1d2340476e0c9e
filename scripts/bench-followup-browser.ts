/**
 * The follow-up screen over a 10,000-file folder with hostile files, in Debian's Chromium
 * (issue 14: "a 10,000-file folder with some hostile files (zip bombs, huge XML) neither
 * freezes the tab nor exhausts memory").
 *
 * Writes N files to a temporary folder: copies of the example appendices (.docx, each with its
 * own case id re-embedded, so none is a duplicate) and of the example case files (.json), plus
 * the hostile ones (two zip bombs, a 20 MB custom.xml, a 100 MB document.xml, 80,000 unclosed
 * tags, a file over the 50 MB cap, a damaged zip, a foreign .docx, a .json and a .txt that are
 * not ours). Opens the built app's Uppföljning screen, picks every file with setInputFiles (the
 * multiple file input) and waits for the result. Prints the seconds, files per second, the
 * longest main-thread task and the tasks over 200 ms (PerformanceObserver 'longtask'), the peak
 * RSS of the Chromium process tree (/proc, every 250 ms; shared pages counted once per process,
 * so an upper bound) and the peak JS heap of the page (CDP Performance.getMetrics), and the
 * counted and rejected totals, which must be what was written (else it exits 1). Then the same
 * screen counts 1,000 cases stored in this browser (the option "Räkna även ärendena som sparats
 * i den här webbläsaren"): seconds and the longest main-thread task.
 *
 *   npx tsx scripts/bench-followup-browser.ts --url=http://127.0.0.1:4173/ [--files=10000] [--stored=1000]
 *
 * Without --url it serves bench-results/app-dist (npm run bench builds it) with vite preview.
 * scripts/bench.mjs (part `followup-browser`) reads the `followup-browser-*:` lines. Timings are
 * printed, never enforced.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import JSZip from 'jszip';
import { chromium } from 'playwright';
import type { Browser } from 'playwright';
import { buildAppendix } from '../src/appendix/model';
import { nodeTranslator } from '../src/appendix/node-i18n';
import { renderDocx } from '../src/appendix/docx-writer';
import {
  SUMMARY_PART,
  fromSummaryXml,
  toCustomProperties,
  toSummaryXml,
} from '../src/appendix/embed';
import { addCustomProperties } from '../src/appendix/text-fingerprint';
import type { Case } from '../src/checklist/schema';
import { emptyContext } from '../src/checklist/types';
import { parseCaseText, serializeCase } from '../src/format/case-envelope';
import {
  declaredBombDocx,
  docxWithCustomXml,
  lyingBombDocx,
  makeZip,
  unclosedTagsDocx,
} from './make-hostile-fixtures';

const root = join(import.meta.dirname, '..');
const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const FILES = Math.max(100, Number(arg('files') ?? 10_000) || 10_000);
/** Stored cases for the "also count the cases stored in this browser" run. */
const STORED = Math.max(1, Number(arg('stored') ?? 1000) || 1000);
/** Share of the good files that are appendices (.docx); the rest are case files (.json). */
const DOCX_SHARE = 0.6;
const CHROMIUM = '/usr/bin/chromium';
const MB = 1024 * 1024;

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

// ---- the folder -----------------------------------------------------------------------------

const CUSTOM_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">';

/** The hostile files: name -> bytes. None of them holds a case; each is rejected once. */
function hostileFiles(): Record<string, Uint8Array> {
  const prop = (i: number) =>
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="Other_${i}">` +
    `<vt:lpwstr>${'x'.repeat(200)}</vt:lpwstr></property>`;
  const many: string[] = [];
  for (let i = 0, size = 0; size < 20 * MB; i++) {
    const p = prop(i);
    many.push(p);
    size += p.length;
  }
  const hugeDocument = new Uint8Array(100 * MB).fill(0x20);
  hugeDocument.set(utf8('<?xml version="1.0"?><w:document><w:body>'));
  const good = makeZip([{ name: 'word/document.xml', data: utf8('<w:document/>') }]);
  return {
    'hostile/bomb-declared.docx': declaredBombDocx(),
    'hostile/bomb-lying.docx': lyingBombDocx(),
    'hostile/huge-custom-xml.docx': docxWithCustomXml(
      utf8(CUSTOM_HEAD + many.join('') + '</Properties>'),
    ),
    'hostile/huge-document-xml.docx': makeZip([
      { name: '[Content_Types].xml', data: utf8('<Types/>') },
      { name: 'word/document.xml', data: hugeDocument },
      { name: 'docProps/custom.xml', data: utf8(CUSTOM_HEAD + '</Properties>') },
    ]),
    'hostile/unclosed-tags.docx': unclosedTagsDocx(),
    'hostile/too-large.docx': new Uint8Array(51 * MB),
    'hostile/damaged.docx': good.slice(0, Math.floor(good.length / 2)),
    'hostile/foreign.docx': docxWithCustomXml(utf8(CUSTOM_HEAD + '</Properties>')),
    'hostile/not-ours.json': utf8('{"hello":"world"}'),
    'hostile/notes.txt': utf8('Anteckningar, inte en bilaga.'),
  };
}

/** A case with its own id and a recorded decision (every third sent back for step 2). */
function copyOf(c: Case, i: number): Case {
  return {
    ...c,
    id: `${c.id}-${i}`,
    decision: {
      outcome: i % 3 === 0 ? 'aterremiss' : 'enligt-forslaget',
      date: '',
      paragraph: `§ ${i}`,
      steps: i % 3 === 0 ? [2] : [],
      parts: [],
    },
  };
}

const EMBEDDED = /<property\b[^>]*\bname="Underlagskollen(?:_\d+)?"[^>]*>[\s\S]*?<\/property>/g;

/**
 * A copy of a rendered appendix with another case embedded: the same document, its custom.xml
 * with the new case's properties and its summary with the new case id. Much faster than
 * rendering each copy, and read exactly like one (only the embedded parts are ever inflated).
 */
async function reembed(zip: JSZip, c: Case, summaryJson: string): Promise<Uint8Array> {
  const custom = await zip.file('docProps/custom.xml')!.async('string');
  const without = custom.replace(EMBEDDED, '');
  zip.file(
    'docProps/custom.xml',
    addCustomProperties(without, toCustomProperties(serializeCase(c))),
  );
  const summary = JSON.parse(summaryJson) as Record<string, unknown>;
  summary.caseId = c.id;
  zip.file(SUMMARY_PART, toSummaryXml(JSON.stringify(summary)));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function writeFolder(dir: string): Promise<{ good: number; hostile: number; bytes: number }> {
  const examples = join(root, 'public', 'examples');
  const index = JSON.parse(readFileSync(join(examples, 'index.json'), 'utf8')) as {
    file: string;
  }[];
  const cases = index.map((e) => {
    const d = parseCaseText(readFileSync(join(examples, e.file), 'utf8'));
    if (d.status !== 'ok') throw new Error(`${e.file}: ${d.status}`);
    return d.case;
  });
  const t = nodeTranslator('sv');
  const templates: { zip: JSZip; summary: string }[] = [];
  for (const [k, c] of cases.entries()) {
    const first = copyOf(c, k);
    const bytes = await renderDocx(
      buildAppendix(first, { t, lng: 'sv', ctx: emptyContext }),
      first,
    );
    const zip = await JSZip.loadAsync(bytes);
    const s = fromSummaryXml(await zip.file(SUMMARY_PART)!.async('string'));
    if (s.status !== 'ok') throw new Error('the rendered appendix has no summary');
    templates.push({ zip, summary: s.json });
  }
  const hostile = hostileFiles();
  const good = FILES - Object.keys(hostile).length;
  let bytes = 0;
  const dirs = new Set<string>();
  const write = (name: string, data: Uint8Array) => {
    const sub = name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : '';
    if (sub && !dirs.has(sub)) {
      mkdirSync(join(dir, sub), { recursive: true });
      dirs.add(sub);
    }
    writeFileSync(join(dir, name), data);
    bytes += data.length;
  };
  for (let i = 0; i < good; i++) {
    const k = i % cases.length;
    const c = copyOf(cases[k]!, i + cases.length);
    const folder = `nämnd-${String(Math.floor(i / 1000)).padStart(2, '0')}`;
    const name = `${folder}/${String(i).padStart(5, '0')}`;
    if (i < good * DOCX_SHARE) {
      const tpl = templates[k]!;
      write(`${name}.docx`, await reembed(tpl.zip, c, tpl.summary));
    } else write(`${name}.json`, utf8(serializeCase(c)));
  }
  for (const [name, data] of Object.entries(hostile)) write(name, data);
  return { good, hostile: Object.keys(hostile).length, bytes };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

// ---- memory of the Chromium process tree -------------------------------------------------------

function childrenOf(): Map<number, number[]> {
  const kids = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = kids.get(ppid) ?? [];
      list.push(Number(d));
      kids.set(ppid, list);
    } catch {
      /* gone */
    }
  }
  return kids;
}

/**
 * Memory (bytes) of every Chromium process this one started: the sum of their RSS (shared pages
 * counted in each process, so an upper bound) and of their PSS (shared pages divided among the
 * processes that share them: what the tree really holds).
 */
function chromiumMemory(): { rss: number; pss: number } {
  const kids = childrenOf();
  const todo = [...(kids.get(process.pid) ?? [])];
  let rss = 0;
  let pss = 0;
  while (todo.length) {
    const pid = todo.pop()!;
    todo.push(...(kids.get(pid) ?? []));
    try {
      const comm = readFileSync(`/proc/${pid}/comm`, 'utf8');
      if (!/chrom/i.test(comm)) continue;
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) rss += Number(m[1]) * 1024;
      const p = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (p) pss += Number(p[1]) * 1024;
    } catch {
      /* gone */
    }
  }
  return { rss, pss };
}

// ---- the app ---------------------------------------------------------------------------------

async function serve(): Promise<{ url: string; child: ChildProcess | null }> {
  const given = arg('url');
  if (given) return { url: given.endsWith('/') ? given : `${given}/`, child: null };
  const port = 4300 + Math.floor(Math.random() * 500);
  const child = spawn(
    join(root, 'node_modules', '.bin', 'vite'),
    [
      'preview',
      '--outDir',
      join(root, 'bench-results', 'app-dist'),
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, child };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

interface Probe {
  longTasks: { start: number; duration: number }[];
  /** When the file input's change event came (the files are set on the input). */
  changeAt: number;
}

/**
 * The option "also count the cases stored in this browser" with `n` stored cases (about 2,000
 * characters each, as the case-list bench seeds them, so 1,000 fit in localStorage): the
 * seconds from the tick to the result and the longest main-thread task meanwhile (and while
 * the screen opened over them).
 */
async function storedCases(browser: Browser, url: string, n: number): Promise<boolean> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.evaluate((count) => {
      localStorage.clear();
      const filler =
        'Förslaget berör invånare i hela kommunen och underlaget redovisar statistik. ';
      for (let i = 0; i < count; i++) {
        const id = `bench-${String(i).padStart(4, '0')}`;
        const at = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
        const answers: Record<string, string> = {
          'a.title': `Ärende ${i}: ny förskola i område ${i % 50}`,
          'a.dnr': `KS 2025/${i}`,
          'a.committee': i % 2 ? 'Kommunstyrelsen' : 'Barn- och utbildningsnämnden',
          'a.meetingDate': '2025-03-11',
        };
        for (let q = 0; q < 12; q++) answers[`bench.q${q}`] = filler.repeat(2);
        const env = { format: 'underlagskollen-case', version: 1, savedAt: at };
        const text = JSON.stringify({
          ...env,
          case: { id, createdAt: at, updatedAt: at, answers },
        });
        localStorage.setItem(`ulk:case:${id}`, text);
      }
    }, n);
    await page.addInitScript(() => {
      const probe: Probe = { longTasks: [], changeAt: 0 };
      (window as unknown as { __probe: Probe }).__probe = probe;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          probe.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${url}#/uppfoljning`);
    await page.reload();
    const option = page.getByRole('checkbox', { name: new RegExp(`\\(${n} st\\)$`) });
    await option.waitFor();
    const opened = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
    const atOpen = Math.max(0, ...opened.longTasks.map((l) => l.duration));
    const pageT0 = await page.evaluate(() => performance.now());
    const t0 = performance.now();
    await option.check();
    const summary = page.getByText(
      new RegExp(
        `^0 filer lästa och ${n} sparade ärenden i webbläsaren lästa, (\\d+) ärenden räknade`,
      ),
    );
    await summary.waitFor({ timeout: 10 * 60_000 });
    const seconds = (performance.now() - t0) / 1000;
    const counted = Number(
      /, (\d+) ärenden räknade/.exec((await summary.textContent()) ?? '')?.[1],
    );
    const probe = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
    const during = probe.longTasks.filter((l) => l.start >= pageT0);
    const longest = Math.max(0, ...during.map((l) => l.duration));
    const over200 = during.filter((l) => l.duration > 200).length;
    const when = during
      .filter((l) => l.duration > 100)
      .map((l) => `${l.duration.toFixed(0)} ms at ${((l.start - pageT0) / 1000).toFixed(1)} s`);
    if (when.length) console.log(`main-thread tasks > 100 ms (from the tick): ${when.join(', ')}`);
    console.log(
      `${n} stored cases: counted ${counted} in ${seconds.toFixed(1)} s (${(n / seconds).toFixed(0)} cases/s); ` +
        `longest main-thread task ${longest.toFixed(0)} ms, ${over200} tasks > 200 ms ` +
        `(the screen opening over them: longest task ${atOpen.toFixed(0)} ms)`,
    );
    console.log(`followup-stored-${n}-s: ${seconds.toFixed(2)}`);
    console.log(`followup-stored-longest-task-ms: ${longest.toFixed(0)}`);
    if (counted !== n)
      console.log(`followup-browser-wrong: ${counted} of ${n} stored cases counted`);
    return counted === n;
  } finally {
    await page.close();
  }
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'ulk-bench-followup-browser-'));
  const { url, child } = await serve();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    headless: true,
  });
  try {
    const tw = performance.now();
    const written = await writeFolder(dir);
    const files = listFiles(dir);
    if (files.length !== FILES) throw new Error(`wrote ${files.length} files, not ${FILES}`);
    console.log(
      `wrote ${files.length} files (${written.good} copies of the examples, ${(DOCX_SHARE * 100).toFixed(0)} % .docx; ` +
        `${written.hostile} hostile; ${(written.bytes / MB).toFixed(0)} MB) in ${((performance.now() - tw) / 1000).toFixed(1)} s`,
    );

    const page = await browser.newPage();
    await page.addInitScript(() => {
      const probe: Probe = { longTasks: [], changeAt: 0 };
      (window as unknown as { __probe: Probe }).__probe = probe;
      document.addEventListener('change', () => (probe.changeAt = performance.now()), true);
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          probe.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${url}#/uppfoljning`);
    await page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor();
    // Long tasks of loading the page are not the follow-up's.
    await page.evaluate(() => ((window as unknown as { __probe: Probe }).__probe.longTasks = []));

    const before = chromiumMemory();
    let peakRss = before.rss;
    let peakPss = before.pss;
    let peakHeap = 0;
    let heapBefore = 0;
    const heap = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    };
    heapBefore = await heap();
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const now = chromiumMemory();
        peakRss = Math.max(peakRss, now.rss);
        peakPss = Math.max(peakPss, now.pss);
        peakHeap = Math.max(peakHeap, await heap().catch(() => 0));
        await new Promise((r) => setTimeout(r, 250));
      }
    })();

    const pageT0 = await page.evaluate(() => performance.now());
    const t0 = performance.now();
    await page.getByLabel('Välj filer').setInputFiles(files);
    const tPicked = performance.now();
    const summary = page.getByText(
      /^\d+ filer lästa, \d+ ärenden? räknade?, \d+ filer? räknades inte\.$/,
    );
    await summary.waitFor({ timeout: 30 * 60_000 });
    const seconds = (performance.now() - t0) / 1000;
    sampling = false;
    await sampler;
    const text = (await summary.textContent()) ?? '';
    const [read, counted, rejected] = (text.match(/\d+/g) ?? []).map(Number);
    const reasons = await page
      .getByRole('region', { name: /^Filer som inte räknades/ })
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent).join(': ')),
      );
    const probe = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
    // Chromium's own task that sets the picked files on the input ends with the change event:
    // it is there on an empty page too (not app code), so it is printed apart.
    const picking = probe.longTasks.filter((l) => l.start <= probe.changeAt);
    const longTasks = probe.longTasks.filter((l) => l.start > probe.changeAt);
    const pickTask = Math.max(0, ...picking.map((l) => l.duration));
    const longest = Math.max(0, ...longTasks.map((l) => l.duration));
    const over200 = longTasks.filter((l) => l.duration > 200).length;
    const when = longTasks
      .filter((l) => l.duration > 100)
      .map((l) => `${l.duration.toFixed(0)} ms at ${((l.start - pageT0) / 1000).toFixed(1)} s`);

    console.log(
      `picked ${files.length} files (setInputFiles ${((tPicked - t0) / 1000).toFixed(1)} s); ` +
        `the screen says: ${text}`,
    );
    for (const r of reasons) console.log(`  not counted: ${r}`);
    if (when.length) console.log(`main-thread tasks > 100 ms (from the pick): ${when.join(', ')}`);
    console.log(
      `counted ${counted} of ${read} files in ${seconds.toFixed(1)} s (${(FILES / seconds).toFixed(0)} files/s); ` +
        `longest main-thread task ${longest.toFixed(0)} ms, ${over200} tasks > 200 ms (${longTasks.length} > 50 ms; ` +
        `before them Chromium's setting of the files on the input, ${pickTask.toFixed(0)} ms); ` +
        `Chromium processes: RSS ${(before.rss / MB).toFixed(0)} MB before, ${(peakRss / MB).toFixed(0)} MB peak, ` +
        `PSS ${(before.pss / MB).toFixed(0)} MB before, ${(peakPss / MB).toFixed(0)} MB peak; ` +
        `page JS heap ${(heapBefore / MB).toFixed(0)} MB before, ${(peakHeap / MB).toFixed(0)} MB peak`,
    );
    console.log(`followup-browser-files: ${FILES}`);
    console.log(`followup-browser-s: ${seconds.toFixed(2)}`);
    console.log(`followup-browser-longest-task-ms: ${longest.toFixed(0)}`);
    console.log(`followup-browser-tasks-over-200ms: ${over200}`);
    console.log(`followup-browser-pick-task-ms: ${pickTask.toFixed(0)}`);
    console.log(`followup-browser-peak-rss-mb: ${(peakRss / MB).toFixed(0)}`);
    console.log(`followup-browser-peak-pss-mb: ${(peakPss / MB).toFixed(0)}`);
    console.log(`followup-browser-peak-heap-mb: ${(peakHeap / MB).toFixed(0)}`);
    console.log(`followup-browser-counted: ${counted}`);
    console.log(`followup-browser-rejected: ${rejected}`);
    const ok = read === FILES && counted === written.good && rejected === written.hostile;
    if (!ok) {
      console.log(
        `followup-browser-wrong: expected ${FILES} read, ${written.good} counted, ${written.hostile} rejected`,
      );
    }
    const storedOk = await storedCases(browser, url, STORED);
    return ok && storedOk ? 0 : 1;
  } finally {
    await browser.close();
    if (child?.pid) process.kill(-child.pid, 'SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  },
);
