#!/usr/bin/env node
/**
 * Which modules make up the first load? Builds the app in memory (nothing written) and
 * prints, for the chunks index.html loads up front (the entry and its static imports),
 * the biggest modules by rendered size (after tree-shaking, before minification) and
 * grouped by package. A helper for keeping under the first-load budget of scripts/bench.mjs.
 *
 *   node bench/first-load-modules.mjs [--top=25]
 */
/* global process, console */ // Node globals: the lint config gives them to scripts/ only.
import { build } from 'vite';

const top = Number(process.argv.find((a) => a.startsWith('--top='))?.split('=')[1] ?? 25);

let chunks = [];
await build({
  logLevel: 'silent',
  build: { write: false },
  plugins: [
    {
      name: 'bench:first-load-modules',
      apply: 'build',
      generateBundle(_options, bundle) {
        chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      },
    },
  ],
});

const byName = new Map(chunks.map((c) => [c.fileName, c]));
const entry = chunks.find((c) => c.isEntry);
if (!entry) throw new Error('no entry chunk');
const first = new Set();
const visit = (c) => {
  if (!c || first.has(c.fileName)) return;
  first.add(c.fileName);
  for (const imp of c.imports) visit(byName.get(imp));
};
visit(entry);

const rows = [];
for (const name of first) {
  for (const [id, m] of Object.entries(byName.get(name).modules)) {
    rows.push({ id: id.replace(process.cwd() + '/', ''), size: m.renderedLength });
  }
}
rows.sort((a, b) => b.size - a.size);
const total = rows.reduce((n, r) => n + r.size, 0);
const pkgOf = (id) => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  return m ? m[1] : id.startsWith('locales/') ? 'locales (json)' : 'app (src)';
};
const byPkg = new Map();
for (const r of rows) byPkg.set(pkgOf(r.id), (byPkg.get(pkgOf(r.id)) ?? 0) + r.size);

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(10);
console.log(`First-load chunks: ${[...first].join(', ')}`);
console.log(`Rendered size (before minify and gzip): ${kib(total)}\n\nBy package:`);
for (const [p, n] of [...byPkg].sort((a, b) => b[1] - a[1])) console.log(`${kib(n)}  ${p}`);
console.log(`\nTop ${top} modules:`);
for (const r of rows.slice(0, top)) console.log(`${kib(r.size)}  ${r.id}`);
