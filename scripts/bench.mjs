#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench [-- --ci]`: speed and size of the built app, measured in a real Chromium.
 *
 *   1. builds the app (vite build, with a manifest) into bench-results/app-dist, and the
 *      bench-only appendix page (bench/vite.bench.config.ts) into bench-results/bench-dist;
 *   2. first load: gzip (level 9) bytes of the JS and CSS named by index.html (entry script,
 *      modulepreload links, stylesheets), checked against what Chromium really requests on
 *      the home page before network idle; every other chunk is listed as lazy, and the
 *      chunk(s) holding the `docx` library (found by content) must be lazy;
 *   3. Lighthouse 12.8, default mobile config, 3 runs, median: performance and accessibility
 *      scores, LCP, TBT;
 *   4. time to build the appendix of the large case (test/fixtures/large-case.ts): in
 *      Chromium via the bench page (buildAppendix + renderDocx), and in Node via
 *      scripts/bench-appendix.ts when it exists (it prints `appendix-node-ms: <median>`);
 *   5. keystroke-to-paint latency (p50/p98) while typing 200 characters in a long text field
 *      of the large case, from the Event Timing API (durationThreshold 16) and a
 *      requestAnimationFrame probe per key; once as is and once with the CPU throttled 4×
 *      (CDP Emulation.setCPUThrottlingRate, a slow office laptop).
 *
 * Prints a table with budget and OK/MISS per line and writes bench-results/bench.json.
 * With --ci a missed SIZE or SCORE budget (first-load JS, docx in first load, performance,
 * accessibility) exits 1; timings (LCP, TBT, appendix, keystroke) never fail the run.
 * Without --ci the exit code is 0 and missed budgets are named. The timed parts (keystrokes,
 * case list, Lighthouse) first wait for a quiet machine (1-minute load below 1, at most 3 min).
 *
 * Other flags: --no-build (reuse the last builds), --runs=N (Lighthouse runs, default 3),
 * --skip=lighthouse,keystroke,appendix,journey,caselist,followup,followup-browser (for quick local
 * iterations), --profile (a CPU
 * profile and trace of the throttled typing in bench-results/; build unminified and pass
 * --no-build to read function names).
 *
 *   6. screens and interactions of a scripted full journey and of the trivial one-page road
 *      (scripts/bench-journey.ts, headless through the journey module; printed, not enforced).
 */
// Functions passed to page.evaluate / addInitScript run in the page, not in Node.
/* global window, document, addEventListener, requestAnimationFrame */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** @typedef {import('playwright').Browser} Browser */
/** @typedef {import('playwright').Request} PwRequest */
/** @typedef {{ file: string, kind: 'js' | 'css', bytes: number, gzip: number, source: string | null, docx: boolean, docxMarkers: string[], missing?: boolean }} FileInfo */
/** @typedef {{ key: string, value: string, id: string }} Envelope */
/**
 * What the in-page probes collect (see installProbes).
 * @typedef {{ keys: { start: number, raf: number }[], events: { name: string, start: number, duration: number }[] }} BenchProbe
 */
/** @typedef {Window & { __bench: BenchProbe }} BenchWindow */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

// ---- options ---------------------------------------------------------------------------

const argv = process.argv.slice(2);
const CI = argv.includes('--ci');
const NO_BUILD = argv.includes('--no-build');
const PROFILE = argv.includes('--profile');
const LH_RUNS = Number(argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 3);
const SKIP = new Set(
  (argv.find((a) => a.startsWith('--skip='))?.split('=')[1] ?? '').split(',').filter(Boolean),
);

const OUT = path.join(root, 'bench-results');
const APP_DIST = path.join(OUT, 'app-dist');
const BENCH_DIST = path.join(OUT, 'bench-dist');
const VITE = path.join(root, 'node_modules', '.bin', 'vite');
const TSX = path.join(root, 'node_modules', '.bin', 'tsx');
const CHROMIUM = '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** The whole bench stops by itself after this, whatever hangs (the 10,000-file part takes ~3 min). */
const HARD_LIMIT_MS = 14 * 60_000;
/** Typing test: characters typed (ASCII only: non-ASCII is inserted without key events). */
const KEYSTROKES = 200;
/** A page of the large case with long text fields (step 2 analysis: two textareas). */
const KEYSTROKE_PAGE = 'b2-analysis';
/** The typing test runs twice: as is, and with Chromium's CPU slowed down this many times. */
const CPU_THROTTLE = 4;

const KiB = 1024;
const budgets = {
  firstLoadJsGzip: 140 * KiB,
  performance: 0.98,
  accessibility: 1.0,
  lcpMs: 1500,
  tbtMs: 50,
  appendixMs: 300,
  keystrokeP98Ms: 50,
};
/** The same questions as a SurveyJS page, measured with the same server and Chromium. */
const surveyjs = { jsGzip: 418 * 1000, performance: 0.74, lcpMs: 3800, tbtMs: 313 };

/** Literal strings of the `docx` library that survive minification (XML element names it writes). */
const DOCX_MARKERS = [
  'w:pgMar',
  'w:tblGrid',
  'w:sectPr',
  'w:rFonts',
  'w:numbering',
  'word/document.xml',
];
const DOCX_MIN_MARKERS = 3;

// ---- process bookkeeping: everything started here is stopped in `cleanup` -------------------

/**
 * @type {{ servers: http.Server[], children: import('node:child_process').ChildProcess[],
 *   browsers: Browser[], chromes: import('chrome-launcher').LaunchedChrome[] }}
 */
const started = { servers: [], children: [], browsers: [], chromes: [] };
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
/** @param {string} msg */
const log = (msg) => console.log(`[bench ${elapsed()}] ${msg}`);

/**
 * Timings mean little while the machine is still busy with what ran before (the test run, the
 * 10,000-file follow-up, LibreOffice): wait until the 1-minute load average is below
 * QUIET_LOAD, or at most QUIET_MAX_MS, and return the load the timed part starts at.
 */
const QUIET_LOAD = 1.0;
const QUIET_MAX_MS = 180_000;
/** @param {string} what */
async function settle(what) {
  const started = Date.now();
  const load1 = () => os.loadavg()[0] ?? 0;
  while (load1() >= QUIET_LOAD && Date.now() - started < QUIET_MAX_MS) {
    await new Promise((r) => setTimeout(r, 2000));
  }
  const load = load1();
  const waited = Math.round((Date.now() - started) / 1000);
  log(`${what}: starts at load ${load.toFixed(2)} after waiting ${waited} s for a quiet machine`);
  return load;
}

/**
 * At most `ms` to wait for `p`; cleanup must never hang on a browser that is already gone.
 * @param {Promise<unknown>} p
 * @param {number} ms
 */
const bounded = (p, ms) => Promise.race([p.catch(() => {}), new Promise((r) => setTimeout(r, ms))]);

async function cleanup() {
  // Synchronous kills first, so even an interrupted cleanup leaves no server behind.
  for (const child of started.children.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    try {
      process.kill(-(child.pid ?? 0), 'SIGTERM'); // its own process group: vite preview and its children
    } catch {
      try {
        child.kill('SIGTERM');
      } catch {
        /* already gone */
      }
    }
  }
  for (const s of started.servers.splice(0)) {
    s.closeAllConnections?.();
    s.close();
  }
  for (const c of started.chromes.splice(0)) {
    try {
      c.kill();
    } catch {
      /* already gone */
    }
  }
  for (const b of started.browsers.splice(0)) await bounded(b.close(), 5000);
}

const watchdog = setTimeout(async () => {
  console.error(`[bench] hard limit of ${HARD_LIMIT_MS / 60000} minutes reached; stopping.`);
  await cleanup();
  process.exit(2);
}, HARD_LIMIT_MS);
watchdog.unref();
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    await cleanup();
    process.exit(130);
  });
}

// ---- helpers --------------------------------------------------------------------------------

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {number} timeoutMs
 */
function run(cmd, args, timeoutMs) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', timeout: timeoutMs, env: process.env });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0)
    throw new Error(`${path.basename(cmd)} ${args.join(' ')} exited with ${r.status}`);
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => resolve(port));
    });
  });
}

/**
 * @param {string} url
 * @param {number} timeoutMs
 */
async function waitForHttp(url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await new Promise((resolve) => {
      const req = http.get(url, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on('error', () => resolve(false));
      req.setTimeout(2000, () => req.destroy());
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function startPreview() {
  const port = await freePort();
  const child = spawn(
    VITE,
    [
      'preview',
      '--outDir',
      APP_DIST,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  started.children.push(child);
  const url = `http://127.0.0.1:${port}/`;
  await waitForHttp(url, 30_000);
  return url;
}

/** @type {Record<string, string>} */
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A minimal static server for the bench-only page (never the app). */
/**
 * @param {string} dir
 * @returns {Promise<string>}
 */
function startStatic(dir) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = path.join(dir, path.normalize(rel).replace(/^([/\\])+/, ''));
      if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, {
        'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
      });
      res.end(readFileSync(file));
    });
    started.servers.push(server);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve(`http://127.0.0.1:${port}/`);
    });
  });
}

/** @param {number} n */
const round1 = (n) => Math.round(n * 10) / 10;
/** @param {Buffer} buf */
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
/** @param {number | null | undefined} n */
const kib = (n) => (n === null || n === undefined ? '-' : `${(n / KiB).toFixed(1)} KiB`);
/** @param {number | null | undefined} n */
const ms = (n) => (n === null || n === undefined ? '-' : `${Math.round(n)} ms`);

/**
 * @param {(number | null | undefined)[]} values
 * @returns {number | null}
 */
function median(values) {
  const s = values
    .filter(/** @returns {v is number} */ (v) => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (!s.length) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Nearest-rank percentile. */
/**
 * @param {number[]} values
 * @param {number} p
 * @returns {number | null}
 */
function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return null;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? null;
}

/**
 * @param {string} tag
 * @returns {Record<string, string | undefined>}
 */
function attrsOf(tag) {
  /** @type {Record<string, string>} */
  const attrs = {};
  for (const m of tag.matchAll(/([\w:-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g)) {
    attrs[(m[1] ?? '').toLowerCase()] = m[2] ? m[2].replace(/^["']|["']$/g, '') : '';
  }
  return attrs;
}

/** The JS and CSS that dist/index.html loads up front (entry, modulepreload, stylesheets). */
/** @param {string} distDir */
function staticFirstLoad(distDir) {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  /** @type {Set<string>} */
  const files = new Set();
  for (const m of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const tag = (m[1] ?? '').toLowerCase();
    const a = attrsOf(m[2] ?? '');
    const isScript = tag === 'script' && a.type === 'module' && a.src;
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    const isLink = tag === 'link' && (rel.includes('modulepreload') || rel.includes('stylesheet'));
    const refs = isScript ? [a.src] : isLink ? [a.href] : [];
    // The prerendered shell (scripts/vite-plugins/prerender-shell.ts) names the entry and its
    // preloads in data attributes of shell.js, which starts them right after the first paint.
    if (tag === 'script' && a['data-entry']) {
      refs.push(a.src, a['data-entry'], ...(a['data-preload'] ?? '').split(/\s+/));
    }
    for (const ref of refs) {
      if (ref && !/^[a-z]+:\/\//i.test(ref) && /\.(m?js|css)(\?|$)/.test(ref)) {
        files.add(path.posix.normalize(ref.replace(/^\.?\//, '').split('?')[0] ?? ref));
      }
    }
  }
  return [...files];
}

/** @param {string} distDir */
function listAssets(distDir) {
  /** @type {string[]} */
  const out = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== '.vite') walk(p);
      } else if (/\.(m?js|css)$/.test(name))
        out.push(path.relative(distDir, p).split(path.sep).join('/'));
    }
  };
  walk(distDir);
  return out.sort();
}

/**
 * @param {string} distDir
 * @param {string} rel
 * @param {Map<string, string>} manifestByFile
 * @returns {FileInfo}
 */
function fileInfo(distDir, rel, manifestByFile) {
  const buf = readFileSync(path.join(distDir, rel));
  const text = buf.toString('utf8');
  const markers = DOCX_MARKERS.filter((m) => text.includes(m));
  return {
    file: rel,
    kind: /** @type {'js' | 'css'} */ (rel.endsWith('.css') ? 'css' : 'js'),
    bytes: buf.length,
    gzip: gzip(buf),
    source: manifestByFile.get(rel) ?? null,
    docx: markers.length >= DOCX_MIN_MARKERS,
    docxMarkers: markers,
  };
}

// ---- steps ------------------------------------------------------------------------------

function build() {
  if (NO_BUILD && existsSync(path.join(APP_DIST, 'index.html')) && existsSync(BENCH_DIST)) {
    log('--no-build: reusing bench-results/app-dist and bench-results/bench-dist');
    return;
  }
  log('building the app (vite build --manifest) into bench-results/app-dist');
  run(
    VITE,
    ['build', '--manifest', '--outDir', APP_DIST, '--emptyOutDir', '--logLevel', 'warn'],
    240_000,
  );
  log('building the bench-only appendix page into bench-results/bench-dist');
  run(
    VITE,
    [
      'build',
      '--config',
      'bench/vite.bench.config.ts',
      '--outDir',
      BENCH_DIST,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    180_000,
  );
}

function readManifest() {
  const p = path.join(APP_DIST, '.vite', 'manifest.json');
  /** @type {Map<string, string>} */
  const byFile = new Map();
  if (!existsSync(p)) return byFile;
  /** @type {Record<string, { file: string, src?: string, name?: string, css?: string[] }>} */
  const manifest = JSON.parse(readFileSync(p, 'utf8'));
  for (const [key, entry] of Object.entries(manifest)) {
    const label = entry.src ?? entry.name ?? key;
    byFile.set(entry.file, label);
    for (const css of entry.css ?? []) if (!byFile.has(css)) byFile.set(css, `css of ${label}`);
  }
  return byFile;
}

/**
 * What Chromium requests on the home page before network idle (same-origin JS and CSS of the
 * page). Requests of the service worker (its own script and its precache, in the background)
 * are recorded apart: they are not part of what the page needs to show and run.
 */
/**
 * @param {Browser} browser
 * @param {string} baseUrl
 */
async function chromiumFirstLoad(browser, baseUrl) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  /** @type {string[]} */
  const seen = [];
  /** @type {Set<string>} */
  const byWorker = new Set();
  /**
   * @param {PwRequest} req
   * @param {URL} url
   */
  const isCode = (req, url) =>
    ['script', 'stylesheet'].includes(req.resourceType()) || /\.(m?js|css)$/.test(url.pathname);
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin === origin && isCode(req, url)) seen.push(url.pathname.replace(/^\//, ''));
  });
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (req.serviceWorker() && url.origin === origin && isCode(req, url)) {
      byWorker.add(url.pathname.replace(/^\//, ''));
    }
  });
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(baseUrl, { waitUntil: 'networkidle', timeout: 30_000 });
  const h1 = await page
    .locator('h1')
    .first()
    .textContent({ timeout: 5000 })
    .catch(() => null);
  const pageFiles = [...new Set(seen)];
  // Give the service worker a moment to install and precache, to report what it fetches.
  await page.waitForTimeout(2000);
  const workerFiles = [...byWorker].filter((f) => !pageFiles.includes(f));
  await context.close();
  return { files: pageFiles, workerFiles, h1, errors };
}

/**
 * @param {Browser} browser
 * @param {string} benchUrl
 */
async function appendixInChromium(browser, benchUrl) {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${benchUrl}appendix-bench.html`, { waitUntil: 'load', timeout: 30_000 });
  await page.waitForFunction(() => typeof window.__appendixBench === 'function', null, {
    timeout: 15_000,
  });
  // Page functions are serialised into the page: no helpers from this file inside them.
  const result = await page.evaluate((runs) => window.__appendixBench(runs), 7);
  const envelope = await page.evaluate(() => window.__largeCaseEnvelope());
  await context.close();
  return { result: errors.length ? { ...result, errors } : result, envelope };
}

/**
 * The Word export of the large case in the app itself, written in a Web Worker: the time from
 * the click to the download (median of 3) and the worst main-thread long task (Long Tasks API)
 * from the click on. Budget of the task: 200 ms (no freeze); the time is for information.
 */
/**
 * @param {Browser} browser
 * @param {string} baseUrl
 * @param {Envelope} envelope
 * @returns {Promise<Record<string, any>>}
 */
async function workerExport(browser, baseUrl, envelope) {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(({ key, value }) => {
    /** @type {any} */
    const w = window;
    if (!localStorage.getItem(key)) localStorage.setItem(key, value);
    w.__tasks = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries())
        w.__tasks.push({ end: e.startTime + e.duration, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  }, envelope);
  const page = await context.newPage();
  /** @type {Record<string, any> & { runsMs: number[], worstTaskMs: number }} */
  const result = { measured: false, runsMs: [], worstTaskMs: 0 };
  try {
    await page.goto(`${baseUrl}#/case/${encodeURIComponent(envelope.id)}/preview`, {
      waitUntil: 'networkidle',
      timeout: 30_000,
    });
    const button = page.getByRole('button', { name: 'Ladda ner bilagan (Word)' });
    await button.waitFor({ timeout: 15_000 });
    for (let run = 0; run < 3; run++) {
      await page.waitForTimeout(1500);
      await page.evaluate(() => {
        /** @type {any} */
        const w = window;
        w.__since = Infinity;
        w.document.addEventListener('click', () => (w.__since = performance.now()), {
          capture: true,
          once: true,
        });
      });
      const t0 = Date.now();
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      result.runsMs.push(Date.now() - t0);
      await download.delete();
      await page.waitForFunction(() => !window.document.querySelector('[aria-disabled="true"]'));
      const worst = await page.evaluate(() => {
        /** @type {{ __tasks: { end: number, duration: number }[], __since: number }} */
        const w = /** @type {any} */ (window);
        return Math.max(0, ...w.__tasks.filter((t) => t.end >= w.__since).map((t) => t.duration));
      });
      result.worstTaskMs = Math.max(result.worstTaskMs, Math.round(worst));
    }
    result.measured = true;
    result.medianMs = [...result.runsMs].sort((a, b) => a - b)[1];
    console.log(
      `[bench] Word export of the large case through the worker: ${result.medianMs} ms (median of ` +
        `${result.runsMs.join(', ')} ms); worst main-thread long task ${result.worstTaskMs} ms ` +
        `(budget < 200 ms${result.worstTaskMs < 200 ? ', met' : ', MISSED'})`,
    );
  } catch (e) {
    result.why = String(e);
    console.log(`[bench] Word export through the worker not measured: ${e}`);
  }
  await context.close();
  return result;
}

/** Installed before any app script: a per-key rAF probe and an Event Timing observer. */
function installProbes() {
  const w = /** @type {BenchWindow} */ (/** @type {unknown} */ (window));
  w.__bench = { keys: [], events: [] };
  addEventListener(
    'keydown',
    (e) => {
      const start = e.timeStamp;
      requestAnimationFrame(() =>
        setTimeout(() => w.__bench.keys.push({ start, raf: performance.now() - start }), 0),
      );
    },
    true,
  );
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__bench.events.push({ name: e.name, start: e.startTime, duration: e.duration });
      }
    }).observe(
      /** @type {PerformanceObserverInit} */ ({
        type: 'event',
        buffered: true,
        durationThreshold: 16,
      }),
    );
  } catch {
    /* Event Timing unsupported: the rAF probe alone is reported */
  }
}

/**
 * `cpuThrottle` > 1 slows Chromium's CPU down (CDP) while typing, after the page has loaded.
 * @param {Browser} browser
 * @param {string} baseUrl
 * @param {Envelope} envelope
 * @param {number} [cpuThrottle]
 */
async function keystrokeLatency(browser, baseUrl, envelope, cpuThrottle = 1) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(
    /** @param {Envelope} e */ ({ key, value }) => {
      try {
        if (!sessionStorage.getItem('__bench_seeded')) {
          localStorage.setItem(key, value);
          sessionStorage.setItem('__bench_seeded', '1');
        }
      } catch {
        /* storage disabled: the app then shows no case and the step reports it */
      }
    },
    envelope,
  );
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const route = `#/case/${encodeURIComponent(envelope.id)}/page/${KEYSTROKE_PAGE}`;
  try {
    await page.goto(baseUrl + route, { waitUntil: 'networkidle', timeout: 30_000 });
    const field = page.locator('textarea').first();
    try {
      await field.waitFor({ state: 'visible', timeout: 15_000 });
    } catch {
      return { measured: false, why: `no textarea on ${route}`, errors };
    }
    const before = (await field.inputValue()).length;
    const cdp = await context.newCDPSession(page);
    if (cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    // --profile: a CPU profile of the throttled typing, to find what a keystroke costs.
    const profiling = PROFILE && cpuThrottle > 1;
    if (profiling) {
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      log(`the typing page has ${nodes} elements`);
      await page.screenshot({ path: path.join(OUT, 'keystroke-page.png'), fullPage: true });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await browser.startTracing(page, {
        path: path.join(OUT, `keystroke-cpu${cpuThrottle}x.trace.json`),
        categories: ['devtools.timeline', 'blink', 'disabled-by-default-devtools.timeline'],
      });
    }
    await field.focus();
    await page.keyboard.press('Control+End');
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const w = /** @type {BenchWindow} */ (/** @type {unknown} */ (window));
      w.__bench.keys = [];
      w.__bench.events = [];
    });
    const sentence = 'Insatsen gynnar fler kvinnor an man i alla aldersgrupper, se tabell 3. ';
    const text = sentence.repeat(Math.ceil(KEYSTROKES / sentence.length)).slice(0, KEYSTROKES);
    for (let i = 0; i < text.length; i++) {
      await page.keyboard.type(text[i] ?? '');
      // A brisk typist, with a pause now and then so autosave runs while typing goes on.
      await page.waitForTimeout(i % 50 === 49 ? 600 : 45);
    }
    await page.waitForTimeout(800);
    if (profiling) {
      await browser.stopTracing();
      const { profile } = await cdp.send('Profiler.stop');
      const file = path.join(OUT, `keystroke-cpu${cpuThrottle}x.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      log(`CPU profile of the throttled typing: ${path.relative(root, file)}`);
    }
    const after = (await field.inputValue()).length;
    const { keys, events } = await page.evaluate(
      () => /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench,
    );
    keys.sort((a, b) => a.start - b.start);
    const interesting = new Set(['keydown', 'keypress', 'beforeinput', 'input', 'keyup']);
    const perKey = keys.map((k, i) => {
      const next = keys[i + 1]?.start ?? Infinity;
      const et = events
        .filter((e) => interesting.has(e.name) && e.start >= k.start - 1 && e.start < next - 1)
        .reduce((m, e) => Math.max(m, e.duration), 0);
      return { raf: k.raf, eventTiming: et || null, latency: Math.max(k.raf, et) };
    });
    const lat = perKey.map((k) => k.latency);
    const raf = perKey.map((k) => k.raf);
    return {
      measured: keys.length > 0,
      why: keys.length > 0 ? null : 'no key events were seen',
      cpuThrottle,
      route,
      typed: text.length,
      keysSeen: keys.length,
      charsAdded: after - before,
      fieldLengthBefore: before,
      p50: percentile(lat, 50),
      p98: percentile(lat, 98),
      max: Math.max(...lat),
      rafP50: percentile(raf, 50),
      rafP98: percentile(raf, 98),
      keysOver16ms: perKey.filter((k) => k.eventTiming !== null).length,
      perKey: perKey.map((k) => [round1(k.raf), k.eventTiming]),
      errors,
    };
  } finally {
    await context.close();
  }
}

/**
 * Close a chrome-launcher Chromium gracefully (CDP Browser.close) so it reaps its own child
 * processes; chrome-launcher's kill() is a SIGKILL of the group, which leaves zombies behind
 * in containers whose PID 1 does not reap orphans. kill() remains the fallback.
 */
/**
 * @param {import('chrome-launcher').LaunchedChrome} chrome
 * @param {(endpoint: string, opts: { timeout: number }) => Promise<Browser>} connectOverCDP
 */
async function closeChrome(chrome, connectOverCDP) {
  try {
    const exited = new Promise((resolve) => {
      if (chrome.process.exitCode !== null || chrome.process.signalCode !== null) resolve(null);
      else chrome.process.once('exit', resolve);
    });
    const cdp = await connectOverCDP(`http://127.0.0.1:${chrome.port}`, { timeout: 5000 });
    const session = await cdp.newBrowserCDPSession();
    await session.send('Browser.close').catch(() => {});
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  } catch {
    /* fall through to kill */
  }
  try {
    chrome.kill();
  } catch {
    /* already gone */
  }
}

/**
 * @param {string} url
 * @param {number} runs
 */
async function lighthouseRuns(url, runs) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const { chromium } = await import('playwright');
  /**
   * @param {string} endpoint
   * @param {{ timeout: number }} opts
   */
  const connectOverCDP = (endpoint, opts) => chromium.connectOverCDP(endpoint, opts);
  /** @type {Record<string, any>[]} */
  const results = [];
  for (let i = 0; i < runs; i++) {
    log(`Lighthouse run ${i + 1}/${runs} (mobile, default config)`);
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', ...CHROME_FLAGS],
      logLevel: 'silent',
    });
    started.chromes.push(chrome);
    try {
      const r = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const lhr = r?.lhr;
      if (!lhr) throw new Error('Lighthouse returned no result');
      writeFileSync(path.join(OUT, `lighthouse-${i + 1}.json`), JSON.stringify(lhr));
      results.push({
        performance: lhr.categories.performance?.score ?? null,
        accessibility: lhr.categories.accessibility?.score ?? null,
        lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
        tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
        fcpMs: lhr.audits['first-contentful-paint']?.numericValue ?? null,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
        runtimeError: lhr.runtimeError?.message ?? null,
        warnings: lhr.runWarnings ?? [],
        failedA11y: Object.values(lhr.audits)
          .filter(
            (a) =>
              lhr.categories.accessibility?.auditRefs.some(
                (ref) => ref.id === a.id && ref.weight > 0,
              ) &&
              a.score !== null &&
              a.score < 1,
          )
          .map((a) => a.id),
      });
    } finally {
      await closeChrome(chrome, connectOverCDP);
      started.chromes.splice(started.chromes.indexOf(chrome), 1);
    }
  }
  return {
    runs: results,
    median: {
      performance: median(results.map((r) => r.performance)),
      accessibility: median(results.map((r) => r.accessibility)),
      lcpMs: median(results.map((r) => r.lcpMs)),
      tbtMs: median(results.map((r) => r.tbtMs)),
      fcpMs: median(results.map((r) => r.fcpMs)),
    },
  };
}

/**
 * Runs a command asynchronously (signals stay handled), killed after `timeoutMs`.
 * @param {string} cmd
 * @param {string[]} args
 * @param {number} timeoutMs
 * @returns {Promise<{ status: number | null, out: string }>}
 */
function capture(cmd, args, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    started.children.push(child);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => {
      try {
        process.kill(-(child.pid ?? 0), 'SIGTERM');
      } catch {
        /* already gone */
      }
    }, timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      started.children.splice(started.children.indexOf(child), 1);
      resolve({ status, out });
    });
  });
}

/**
 * Screens and interactions of the scripted journeys (scripts/bench-journey.ts, headless through
 * the journey module): `journey-<name>-<measure>: <n>` lines. Printed, never enforced.
 */
async function journeyCounts() {
  const script = path.join(root, 'scripts', 'bench-journey.ts');
  const r = await capture(TSX, [script], 120_000);
  /** @type {Record<string, number>} */
  const counts = {};
  for (const m of r.out.matchAll(/^journey-([\w-]+):\s*(\d+)$/gm))
    counts[m[1] ?? ''] = Number(m[2]);
  if (r.status !== 0 || Object.keys(counts).length === 0) {
    return { measured: false, why: `scripts/bench-journey.ts exited with ${r.status}`, counts };
  }
  return { measured: true, counts };
}

async function appendixInNode() {
  const script = path.join(root, 'scripts', 'bench-appendix.ts');
  if (!existsSync(script))
    return { measured: false, why: 'scripts/bench-appendix.ts does not exist' };
  const r = await capture(TSX, [script], 120_000);
  const m = /appendix-node-ms:\s*([\d.]+)/.exec(r.out);
  if (r.status !== 0 || !m) {
    return {
      measured: false,
      why: `scripts/bench-appendix.ts exited with ${r.status} without an "appendix-node-ms: <median>" line`,
      output: r.out.slice(-2000),
    };
  }
  return { measured: true, medianMs: Number(m[1]), output: r.out.trim() };
}

/** The follow-up over 1,000 appendices by the CLI's code path (scripts/bench-followup.ts). */
async function followupInNode() {
  const script = path.join(root, 'scripts', 'bench-followup.ts');
  if (!existsSync(script))
    return { measured: false, why: 'scripts/bench-followup.ts does not exist' };
  const r = await capture(TSX, [script, '--files=1000'], 900_000);
  const s = /followup-1000-s:\s*([\d.]+)/.exec(r.out);
  const mb = /followup-peak-rss-mb:\s*([\d.]+)/.exec(r.out);
  if (r.status !== 0 || !s || !mb) {
    return {
      measured: false,
      why: `scripts/bench-followup.ts exited with ${r.status} without its figures`,
      output: r.out.slice(-2000),
    };
  }
  return { measured: true, seconds: Number(s[1]), peakMb: Number(mb[1]), output: r.out.trim() };
}

/**
 * The Uppföljning screen in Chromium over a 10,000-file folder with hostile files, and over
 * 1,000 stored cases (scripts/bench-followup-browser.ts, against the app served here).
 * Timings and memory are printed, not enforced; wrong counts are a failure of the part.
 * @param {string} baseUrl
 */
async function followupInBrowser(baseUrl) {
  const script = path.join(root, 'scripts', 'bench-followup-browser.ts');
  const r = await capture(TSX, [script, `--url=${baseUrl}`, '--files=10000'], 360_000);
  /** @param {string} name */
  const num = (name) => {
    const m = new RegExp(`^followup-(?:browser|stored)-${name}:\\s*([\\d.]+)$`, 'm').exec(r.out);
    return m ? Number(m[1]) : null;
  };
  const wrong = /^followup-browser-wrong: (.*)$/m.exec(r.out)?.[1] ?? null;
  const figures = {
    files: num('files'),
    seconds: num('s'),
    longestTaskMs: num('longest-task-ms'),
    tasksOver200: num('tasks-over-200ms'),
    pickTaskMs: num('pick-task-ms'),
    peakRssMb: num('peak-rss-mb'),
    peakPssMb: num('peak-pss-mb'),
    peakHeapMb: num('peak-heap-mb'),
    counted: num('counted'),
    rejected: num('rejected'),
    storedSeconds: num('1000-s'),
    storedLongestTaskMs: /^followup-stored-longest-task-ms:\s*(\d+)$/m.exec(r.out)?.[1] ?? null,
  };
  if (figures.seconds === null || (r.status !== 0 && !wrong)) {
    return {
      measured: false,
      why: `scripts/bench-followup-browser.ts exited with ${r.status} without its figures`,
      output: r.out.slice(-2000),
    };
  }
  return { measured: true, ok: !wrong, wrong, ...figures, output: r.out.trim() };
}

/**
 * The export of cases at the statistics limits through the CLI, measured with
 * /usr/bin/time -v: wall time and peak resident memory. Printed, not enforced.
 * Budgets: 10 tables × 500 rows in <= 5 s; the largest schema-valid case
 * (50 × 500, every group, 200 measures) in <= 10 s and <= 500 MB.
 */
/**
 * The page count of every example appendix as LibreOffice lays it out
 * (scripts/appendix-pages.ts: all files in one soffice call). Printed, not enforced; the aim is
 * at most 6 pages for an example and 1 for a case where nothing applies.
 */
async function appendixPages() {
  const script = path.join(root, 'scripts', 'appendix-pages.ts');
  if (!existsSync(script))
    return { measured: false, why: 'scripts/appendix-pages.ts does not exist' };
  const r = await capture(TSX, [script, '--lang=all'], 300_000);
  const pages = [...r.out.matchAll(/^pages (\S+)\.docx: (\d+)$/gm)].map((m) => ({
    file: m[1],
    pages: Number(m[2]),
  }));
  if (r.status !== 0 || pages.length === 0) {
    return {
      measured: false,
      why: `scripts/appendix-pages.ts exited with ${r.status} (is soffice installed?)`,
      output: r.out.slice(-2000),
    };
  }
  return { measured: true, pages };
}

async function limitExports() {
  const time = '/usr/bin/time';
  if (!existsSync(time))
    return [{ name: 'limit exports', measured: false, why: 'no /usr/bin/time' }];
  const dir = path.join(OUT, 'limit-cases');
  mkdirSync(dir, { recursive: true });
  const cases = [
    { name: '10 × 500 statistics rows', args: ['--tables=10', '--rows=500'], file: 's10.json' },
    { name: 'largest schema-valid case', args: ['--all'], file: 'largest.json' },
  ];
  const out = [];
  for (const c of cases) {
    const input = path.join(dir, c.file);
    const made = await capture(
      TSX,
      [path.join(root, 'scripts', 'make-limit-case.ts'), input, ...c.args],
      120_000,
    );
    if (made.status !== 0) {
      out.push({ name: c.name, measured: false, why: made.out.slice(-500) });
      continue;
    }
    const r = await capture(
      time,
      [
        '-v',
        TSX,
        path.join(root, 'scripts', 'appendix-cli.ts'),
        input,
        path.join(dir, `${c.file}.docx`),
      ],
      600_000,
    );
    const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(
      r.out,
    );
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.out);
    out.push({
      name: c.name,
      measured: r.status === 0 && wall !== null && rss !== null,
      exitCode: r.status,
      seconds: wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : null,
      peakMb: rss ? Math.round(Number(rss[1]) / 1024) : null,
    });
  }
  return out;
}

// ---- main -----------------------------------------------------------------------------------

/**
 *   7. (part `caselist`) the case list's time to show 10 and 1,000 stored cases and their ratio
 *      (printed, not enforced).
 *
 * Case list with many stored cases: seeds N small-but-realistic cases (about 2,000 characters
 * each: title, Dnr, committee and a dozen short answers, so 1,000 fit in localStorage) the way
 * an older build wrote them, opens the list once so the index is built, then reloads `runs`
 * times and takes the time from navigation start until the list's rows (all N, at most the 50
 * it opens with) are in the page (median).
 * @param {Browser} browser @param {string} baseUrl @param {number} n
 */
async function caseListTime(browser, baseUrl, n, runs = 5) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(baseUrl);
    const chars = await page.evaluate((count) => {
      localStorage.clear();
      const filler =
        'Förslaget berör invånare i hela kommunen och underlaget redovisar statistik. ';
      let total = 0;
      for (let i = 0; i < count; i++) {
        const id = `bench-${String(i).padStart(4, '0')}`;
        const at = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
        /** @type {Record<string, string>} */
        const answers = {
          'a.title': `Ärende ${i}: ny förskola i område ${i % 50}`,
          'a.dnr': `KS 2025/${i}`,
          'a.committee': i % 2 ? 'Kommunstyrelsen' : 'Barn- och utbildningsnämnden',
        };
        for (let q = 0; q < 12; q++) answers[`bench.q${q}`] = filler.repeat(2);
        const text = JSON.stringify({
          format: 'underlagskollen-case',
          version: 1,
          savedAt: at,
          case: { id, createdAt: at, updatedAt: at, answers },
        });
        localStorage.setItem(`ulk:case:${id}`, text);
        total += text.length;
      }
      return Math.round(total / count);
    }, n);
    /** @returns {Promise<number>} */
    const once = async () => {
      await page.reload();
      await page.waitForFunction(
        // The list opens with (at most) its first 50 rows (CaseTable FIRST_ROWS).
        (count) => document.querySelectorAll('tbody th[role="rowheader"]').length === count,
        Math.min(n, 50),
        { polling: 'raf', timeout: 60_000 },
      );
      return page.evaluate(() => performance.now());
    };
    await once(); // builds and stores the index
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await once());
    return { measured: true, cases: n, charsPerCase: chars, medianMs: median(times), times };
  } catch (e) {
    return { measured: false, why: String(e) };
  } finally {
    await context.close();
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  // The JSON written to bench-results/bench.json: each step adds its section.
  /** @type {Record<string, any>} */
  const report = {
    date: new Date().toISOString(),
    ci: CI,
    node: process.version,
    chromium: spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? null,
    cores: os.cpus().length,
    loadAtStart: os.loadavg()[0],
    budgets,
    surveyjs,
    notes: [],
  };
  /** @param {string} s */
  const note = (s) => {
    report.notes.push(s);
    log(s);
  };

  build();

  // Sizes from the files.
  const manifestByFile = readManifest();
  if (!manifestByFile.size) note('no .vite/manifest.json in the build; chunk sources are unknown');
  const assets = listAssets(APP_DIST);
  const info = new Map(assets.map((f) => [f, fileInfo(APP_DIST, f, manifestByFile)]));
  const staticFiles = staticFirstLoad(APP_DIST);

  const { chromium } = await import('playwright');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROME_FLAGS,
    headless: true,
  });
  started.browsers.push(browser);

  const baseUrl = await startPreview();
  log(`app served by vite preview at ${baseUrl}`);

  // First load as Chromium does it.
  const real = await chromiumFirstLoad(browser, baseUrl);
  if (real.errors.length) note(`page errors on first load: ${real.errors.join(' | ')}`);
  const onlyStatic = staticFiles.filter((f) => !real.files.includes(f));
  const onlyReal = real.files.filter((f) => !staticFiles.includes(f));
  if (onlyReal.length)
    note(`Chromium also loaded on first load (not named in index.html): ${onlyReal.join(', ')}`);
  if (onlyStatic.length)
    note(`named in index.html but not requested by Chromium: ${onlyStatic.join(', ')}`);
  // The budget counts everything either source says is part of the first load.
  const firstLoad = [...new Set([...staticFiles, ...real.files])].map(
    (f) =>
      info.get(f) ??
      /** @type {FileInfo} */ ({
        file: f,
        kind: f.endsWith('.css') ? 'css' : 'js',
        bytes: 0,
        gzip: 0,
        source: null,
        docx: false,
        docxMarkers: [],
        missing: true,
      }),
  );
  const notFirst = assets.filter((f) => !firstLoad.some((x) => x.file === f));
  // Chunks of the page live in assets/ (or the manifest); anything else (sw.js) is not page code.
  /** @param {string} f */
  const isChunk = (f) => f.startsWith('assets/') || manifestByFile.has(f);
  /** @param {string} f */
  const infoOf = (f) => /** @type {FileInfo} */ (info.get(f)); // every listed asset has its info
  const lazy = notFirst.filter(isChunk).map(infoOf);
  const otherScripts = notFirst.filter((f) => !isChunk(f)).map(infoOf);
  const workerFetched = real.workerFiles.filter((f) => info.has(f)).map(infoOf);
  /**
   * @param {FileInfo[]} xs
   * @param {'js' | 'css'} kind
   */
  const sum = (xs, kind) => xs.filter((x) => x.kind === kind).reduce((n, x) => n + x.gzip, 0);
  report.firstLoad = {
    fromIndexHtml: staticFiles,
    fromChromium: real.files,
    homeHeading: real.h1,
    files: firstLoad,
    jsGzip: sum(firstLoad, 'js'),
    cssGzip: sum(firstLoad, 'css'),
    jsGzipIndexHtmlOnly: sum(
      firstLoad.filter((f) => staticFiles.includes(f.file)),
      'js',
    ),
  };
  report.lazyChunks = lazy;
  report.otherScripts = otherScripts;
  report.serviceWorkerPrecache = {
    files: real.workerFiles,
    gzip: workerFetched.reduce((n, x) => n + x.gzip, 0),
    docx: workerFetched.some((x) => x.docx),
  };
  if (real.workerFiles.length) {
    note(
      `after load, the service worker precached ${real.workerFiles.length} more files ` +
        `(${kib(report.serviceWorkerPrecache.gzip)} gzip${report.serviceWorkerPrecache.docx ? ', docx included' : ''}) ` +
        'in the background; not counted as first load',
    );
  }
  const docxFirst = firstLoad.filter((f) => f.docx).map((f) => f.file);
  const docxLazy = lazy.filter((f) => f.docx).map((f) => f.file);
  report.docx = { inFirstLoad: docxFirst, inLazyChunks: docxLazy };
  if (!docxFirst.length && !docxLazy.length)
    note('no chunk of the build contains the docx library');

  // Appendix in Chromium (and the large case's stored envelope for the typing test).
  let envelope = null;
  if (!SKIP.has('appendix') || !SKIP.has('keystroke')) {
    const benchUrl = await startStatic(BENCH_DIST);
    log('appendix of the large case in Chromium (buildAppendix + renderDocx, 1 cold + 7 runs)');
    try {
      const r = await appendixInChromium(browser, benchUrl);
      report.appendixChromium = { measured: true, ...r.result };
      envelope = r.envelope;
    } catch (e) {
      report.appendixChromium = { measured: false, why: String(e) };
      note(`appendix in Chromium not measured: ${e}`);
    }
  }
  if (!SKIP.has('appendix')) {
    log('appendix of the large case in Node (scripts/bench-appendix.ts)');
    report.appendixNode = await appendixInNode();
    if (!report.appendixNode.measured)
      note(`appendix in Node not measured: ${report.appendixNode.why}`);
    log('export of cases at the statistics limits (CLI under /usr/bin/time -v)');
    report.limitExports = await limitExports();
    log('page count of every example appendix (LibreOffice, scripts/appendix-pages.ts)');
    report.appendixPages = await appendixPages();
    if (!report.appendixPages.measured)
      note(`appendix pages not measured: ${report.appendixPages.why}`);
  }
  if (!SKIP.has('followup')) {
    log('follow-up: 1,000 appendices counted by the CLI code path (scripts/bench-followup.ts)');
    report.followup = await followupInNode();
    if (!report.followup.measured) note(`follow-up not measured: ${report.followup.why}`);
  }
  if (!SKIP.has('followup-browser')) {
    log('follow-up screen in Chromium: 10,000 files with hostile ones, then 1,000 stored cases');
    report.followupBrowser = await followupInBrowser(baseUrl);
    const fb = report.followupBrowser;
    if (!fb.measured) note(`follow-up in Chromium not measured: ${fb.why}`);
    else if (!fb.ok) note(`follow-up in Chromium counted wrong: ${fb.wrong}`);
  }

  if (!SKIP.has('journey')) {
    log('screens and interactions of the scripted journeys (scripts/bench-journey.ts)');
    report.journey = await journeyCounts();
    if (!report.journey.measured) note(`journeys not counted: ${report.journey.why}`);
  }

  // Typing.
  if (!SKIP.has('keystroke')) {
    log(
      `keystroke latency: typing ${KEYSTROKES} characters on ${KEYSTROKE_PAGE} of the large case`,
    );
    /** @param {number} throttle */
    const typing = async (throttle) => {
      if (!envelope) return { measured: false, why: 'no large-case envelope (bench page failed)' };
      try {
        return await keystrokeLatency(browser, baseUrl, envelope, throttle);
      } catch (e) {
        return { measured: false, why: String(e) };
      }
    };
    const loadUnthrottled = await settle('keystroke latency');
    report.keystroke = { loadAtStart: loadUnthrottled, ...(await typing(1)) };
    log(`keystroke latency again with the CPU throttled ${CPU_THROTTLE}x`);
    const loadThrottled = await settle('keystroke latency, throttled');
    report.keystrokeThrottled = { loadAtStart: loadThrottled, ...(await typing(CPU_THROTTLE)) };
    for (const [label, r] of [
      ['', report.keystroke],
      [` (CPU ${CPU_THROTTLE}x)`, report.keystrokeThrottled],
    ]) {
      if (!r.measured) note(`keystroke latency${label} not measured: ${r.why}`);
      else if (r.charsAdded !== KEYSTROKES) {
        note(`typed ${KEYSTROKES} characters${label} but the field grew by ${r.charsAdded}`);
      }
    }
  }
  if (envelope && !SKIP.has('appendix'))
    report.workerExport = await workerExport(browser, baseUrl, envelope);
  if (!SKIP.has('caselist')) {
    await settle('case list');
    log('case list: time to list 10 and 1,000 stored cases');
    const small = await caseListTime(browser, baseUrl, 10);
    const large = await caseListTime(browser, baseUrl, 1000);
    report.caseList = {
      small,
      large,
      ratio: small.medianMs && large.medianMs ? large.medianMs / small.medianMs : null,
    };
  }
  await browser.close();
  started.browsers.splice(0);

  // Lighthouse (own Chromium per run, as Lighthouse expects a fresh browser).
  if (!SKIP.has('lighthouse')) {
    try {
      await settle('Lighthouse');
      report.lighthouse = await lighthouseRuns(baseUrl, LH_RUNS);
      for (const r of report.lighthouse.runs)
        if (r.runtimeError) note(`Lighthouse runtime error: ${r.runtimeError}`);
    } catch (e) {
      report.lighthouse = { runs: [], median: {}, error: String(e) };
      note(`Lighthouse failed: ${e}`);
    }
  }

  // ---- verdicts ---------------------------------------------------------------------------
  const lh = report.lighthouse?.median ?? {};
  const k = report.keystroke ?? {};
  const kt = report.keystrokeThrottled ?? {};
  const ac = report.appendixChromium ?? {};
  const an = report.appendixNode ?? {};
  /** @type {{ name: string, value: unknown, shown: string, budget: string, status: string, enforced: boolean, reference: string }[]} */
  const rows = [];
  // enforced: true = a size or score budget (fails --ci); false = a timing (printed only).
  /**
   * @param {string} name
   * @param {unknown} value
   * @param {string} shown
   * @param {string} budget
   * @param {boolean} pass
   * @param {boolean} enforced
   * @param {string} [reference]
   */
  const row = (name, value, shown, budget, pass, enforced, reference = '') =>
    rows.push({
      name,
      value,
      shown,
      budget,
      status: value === null || value === undefined ? 'n/a' : pass ? 'OK' : 'MISS',
      enforced,
      reference,
    });
  const js = report.firstLoad.jsGzip;
  row(
    'First-load JS (gzip)',
    js,
    kib(js),
    '<= 140 KiB',
    js <= budgets.firstLoadJsGzip,
    true,
    `${(surveyjs.jsGzip / 1000).toFixed(0)} KB`,
  );
  const jsStatic = report.firstLoad.jsGzipIndexHtmlOnly;
  row('  of which named in index.html', jsStatic, kib(jsStatic), '(info)', true, false);
  row(
    'First-load CSS (gzip)',
    report.firstLoad.cssGzip,
    kib(report.firstLoad.cssGzip),
    '(info)',
    true,
    false,
  );
  const docxFound = docxFirst.length + docxLazy.length > 0;
  row(
    'docx library lazy, not first load',
    docxFound ? docxFirst.length === 0 : null,
    docxFirst.length
      ? `IN FIRST LOAD: ${docxFirst.join(', ')}`
      : docxLazy.length
        ? `lazy: ${docxLazy.join(', ')}`
        : 'no docx chunk found',
    'lazy only',
    docxFirst.length === 0,
    true,
  );
  row(
    'Lighthouse performance (mobile)',
    lh.performance,
    lh.performance?.toFixed(2) ?? '-',
    '>= 0.98',
    lh.performance >= budgets.performance,
    true,
    '0.74',
  );
  row(
    'Lighthouse accessibility',
    lh.accessibility,
    lh.accessibility?.toFixed(2) ?? '-',
    '= 1.00',
    lh.accessibility >= budgets.accessibility,
    true,
  );
  row(
    'LCP (Lighthouse mobile)',
    lh.lcpMs,
    ms(lh.lcpMs),
    '<= 1500 ms',
    lh.lcpMs <= budgets.lcpMs,
    false,
    '3800 ms',
  );
  row(
    'TBT (Lighthouse mobile)',
    lh.tbtMs,
    ms(lh.tbtMs),
    '<= 50 ms',
    lh.tbtMs <= budgets.tbtMs,
    false,
    '313 ms',
  );
  row(
    'Appendix, large case (Chromium)',
    ac.measured ? ac.medianMs : null,
    ac.measured ? `${ms(ac.medianMs)} (cold ${ms(ac.coldMs)})` : 'not measured',
    '<= 300 ms',
    ac.medianMs <= budgets.appendixMs,
    false,
  );
  row(
    'Appendix, large case (Node)',
    an.measured ? an.medianMs : null,
    an.measured ? ms(an.medianMs) : 'not measured',
    '(info)',
    true,
    false,
  );
  const jc = report.journey?.counts ?? {};
  /** @type {[string, string, string, number][]} */
  const journeyRows = [
    ['Full journey (largest example): screens', 'full-screens', '<= 35 (goal, info)', 35],
    ['Full journey: interactions', 'full-interactions', '(info)', Infinity],
    ['Trivial journey (one-page road): screens', 'trivial-screens', '<= 10 (goal, info)', 10],
    ['Trivial journey: interactions', 'trivial-interactions', '(info)', Infinity],
    ['Part C screens, short child road', 'childShort-partC-screens', '(info)', Infinity],
    ['Part C screens, full child road', 'childFull-partC-screens', '(info)', Infinity],
  ];
  for (const [name, key, budget, goal] of journeyRows) {
    const v = jc[key];
    row(
      name,
      v ?? null,
      v === undefined ? 'not counted' : String(v),
      budget,
      (v ?? 0) <= goal,
      false,
    );
  }
  const cl = report.caseList;
  if (cl) {
    for (const r of [cl.small, cl.large])
      row(
        `Case list, ${r.cases ?? '?'} stored cases`,
        r.measured ? r.medianMs : null,
        r.measured ? `${ms(r.medianMs)} (${r.charsPerCase} chars/case)` : 'not measured',
        '(info)',
        true,
        false,
      );
    row(
      'Case list time, 1,000 vs 10 cases (ratio)',
      cl.ratio,
      cl.ratio === null ? 'not measured' : cl.ratio.toFixed(2),
      '<= 1.3 (goal, info)',
      cl.ratio !== null && cl.ratio <= 1.3,
      false,
    );
  }
  const fu = report.followup ?? {};
  row(
    'Follow-up, 1,000 appendices (CLI)',
    fu.measured ? fu.seconds : null,
    fu.measured ? `${fu.seconds.toFixed(1)} s, ${fu.peakMb} MB peak RSS` : 'not measured',
    '<= 20 s',
    !fu.measured || fu.seconds <= 20,
    false,
  );
  const fb = report.followupBrowser;
  if (fb) {
    const m = fb.measured;
    row(
      `Follow-up screen, ${fb.files ?? 10000} files (Chromium)`,
      m ? fb.seconds : null,
      m
        ? `${fb.seconds.toFixed(1)} s, ${Math.round(fb.files / fb.seconds)} files/s` +
            (fb.ok ? '' : ` COUNTED WRONG: ${fb.wrong}`)
        : 'not measured',
      '(info)',
      fb.ok !== false,
      false,
    );
    row(
      '  longest main-thread task',
      m ? fb.longestTaskMs : null,
      m
        ? `${ms(fb.longestTaskMs)}, ${fb.tasksOver200} > 200 ms (file pick: ${ms(fb.pickTaskMs)})`
        : 'not measured',
      '(info)',
      true,
      false,
    );
    row(
      '  peak memory (Chromium)',
      m ? fb.peakPssMb : null,
      m
        ? `PSS ${fb.peakPssMb} MB, RSS ${fb.peakRssMb} MB, heap ${fb.peakHeapMb} MB`
        : 'not measured',
      '(info)',
      true,
      false,
    );
    row(
      '  counted / not counted',
      m ? fb.counted : null,
      m ? `${fb.counted} / ${fb.rejected}${fb.ok ? '' : ' (WRONG)'}` : 'not measured',
      'as written',
      fb.ok !== false,
      // Not a timing: wrong counts fail the run like a missed size budget.
      fb.ok === false,
    );
    row(
      'Follow-up, 1,000 stored cases (Chromium)',
      fb.storedSeconds ?? null,
      fb.storedSeconds !== null && fb.storedSeconds !== undefined
        ? `${fb.storedSeconds.toFixed(1)} s, longest task ${fb.storedLongestTaskMs} ms`
        : 'not measured',
      '(info)',
      fb.ok !== false,
      false,
    );
  }
  for (const p of report.appendixPages?.pages ?? []) {
    row(`Appendix pages, ${p.file}`, p.pages, String(p.pages), '<= 6 (info)', true, false);
  }
  for (const le of report.limitExports ?? []) {
    const budget = le.name.startsWith('10') ? '<= 5 s' : '<= 10 s, <= 500 MB';
    row(
      `Export via CLI, ${le.name}`,
      le.measured ? le.seconds : null,
      le.measured
        ? `${le.seconds.toFixed(1)} s, ${le.peakMb} MB peak`
        : `not measured (exit ${le.exitCode ?? '?'})`,
      `${budget} (info)`,
      true,
      false,
    );
  }
  row(
    'Keystroke-to-paint p50',
    k.measured ? k.p50 : null,
    k.measured ? ms(k.p50) : 'not measured',
    '(info)',
    true,
    false,
  );
  row(
    'Keystroke-to-paint p98',
    k.measured ? k.p98 : null,
    k.measured ? ms(k.p98) : 'not measured',
    '<= 50 ms',
    k.p98 <= budgets.keystrokeP98Ms,
    false,
  );
  row(
    `Keystroke-to-paint p50, CPU ${CPU_THROTTLE}x`,
    kt.measured ? kt.p50 : null,
    kt.measured ? `${ms(kt.p50)} (unthrottled ${ms(k.p50)})` : 'not measured',
    '(info)',
    true,
    false,
  );
  row(
    `Keystroke-to-paint p98, CPU ${CPU_THROTTLE}x`,
    kt.measured ? kt.p98 : null,
    kt.measured
      ? `${ms(kt.p98)} (unthrottled ${ms(k.p98)}; load ${kt.loadAtStart?.toFixed(2)} at start)`
      : 'not measured',
    '<= 50 ms',
    kt.p98 <= budgets.keystrokeP98Ms,
    false,
  );
  report.table = rows;
  report.loadAtEnd = os.loadavg()[0];
  if (Math.max(report.loadAtStart, report.loadAtEnd) > report.cores) {
    note(
      `the machine was busy (1-minute load ${report.loadAtStart.toFixed(1)} at start, ` +
        `${report.loadAtEnd.toFixed(1)} at end, ${report.cores} cores): timings are noisy`,
    );
  }

  // ---- print --------------------------------------------------------------------------------
  console.log('\nFirst load (gzip level 9):');
  for (const f of firstLoad) {
    const where = [
      staticFiles.includes(f.file) ? 'index.html' : null,
      real.files.includes(f.file) ? 'chromium' : null,
    ]
      .filter(Boolean)
      .join('+');
    console.log(
      `  ${f.file.padEnd(44)} ${kib(f.gzip).padStart(10)}  ${where}${f.source ? `  (${f.source})` : ''}`,
    );
  }
  console.log(`\nLazy chunks (${lazy.length}):`);
  for (const f of lazy) {
    console.log(
      `  ${f.file.padEnd(44)} ${kib(f.gzip).padStart(10)}${f.docx ? '  [docx]' : ''}${f.source ? `  (${f.source})` : ''}`,
    );
  }
  if (otherScripts.length) {
    console.log('\nOther scripts (not page chunks):');
    for (const f of otherScripts) console.log(`  ${f.file.padEnd(44)} ${kib(f.gzip).padStart(10)}`);
  }
  if (report.lighthouse?.runs?.length) {
    console.log('\nLighthouse runs:');
    report.lighthouse.runs.forEach(
      (/** @type {Record<string, any>} */ r, /** @type {number} */ i) =>
        console.log(
          `  ${i + 1}: performance ${r.performance}  accessibility ${r.accessibility}  LCP ${ms(r.lcpMs)}  TBT ${ms(r.tbtMs)}${r.failedA11y.length ? `  a11y failures: ${r.failedA11y.join(', ')}` : ''}`,
        ),
    );
  }
  for (const t of [k, kt]) {
    if (!t.measured) continue;
    console.log(
      `\nTyping${t.cpuThrottle > 1 ? ` (CPU ${t.cpuThrottle}x)` : ''}: ${t.keysSeen} keys on ${t.route} (field of ${t.fieldLengthBefore} chars), ` +
        `${t.keysOver16ms} keys had an Event Timing entry >= 16 ms; rAF probe p50 ${ms(t.rafP50)} p98 ${ms(t.rafP98)}, max ${ms(t.max)}`,
    );
  }
  const w = [34, 44, 11, 6, 10];
  /** @param {unknown[]} cells */
  const line = (cells) => cells.map((c, i) => String(c).padEnd(w[i] ?? 0)).join(' ');
  console.log('\n' + line(['Measure', 'Value', 'Budget', 'Result', 'SurveyJS']));
  console.log(line(w.map((n) => '-'.repeat(n))));
  for (const r of rows) console.log(line([r.name, r.shown, r.budget, r.status, r.reference]));

  const missed = rows.filter((r) => r.status === 'MISS');
  // In CI an enforced figure that could not be measured fails too: never a silent pass.
  const unmeasuredEnforced = rows.filter((r) => r.enforced && r.status === 'n/a');
  report.missed = missed.map((r) => r.name);
  report.notMeasured = rows.filter((r) => r.status === 'n/a').map((r) => r.name);
  writeFileSync(path.join(OUT, 'bench.json'), JSON.stringify(report, null, 2));
  console.log(`\nSaved bench-results/bench.json (${elapsed()}).`);
  for (const n of report.notes) console.log(`note: ${n}`);

  const failing = [...missed.filter((r) => r.enforced), ...unmeasuredEnforced];
  if (missed.length) console.log(`\nMissed budgets: ${missed.map((r) => r.name).join('; ')}`);
  if (report.notMeasured.length) console.log(`Not measured: ${report.notMeasured.join('; ')}`);
  if (!missed.length && !report.notMeasured.length) console.log('\nEvery budget is met.');
  if (CI && failing.length) {
    console.log(`--ci: failing on size/score budgets: ${failing.map((r) => r.name).join('; ')}`);
    return 1;
  }
  if (CI) console.log('--ci: size and score budgets met (timings are informative).');
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (e) {
  console.error(`[bench] failed: ${e instanceof Error ? e.stack : e}`);
  code = 1;
} finally {
  await cleanup();
}
process.exit(code);
