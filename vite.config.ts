/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/vite-plugins/csp.ts';
import { serviceWorkerPlugin } from './scripts/vite-plugins/service-worker.ts';
import { prerenderShellPlugin } from './scripts/vite-plugins/prerender-shell.ts';

interface GraphInfo {
  importers: readonly string[];
}

/**
 * The modules the case list needs at start (what src/app/App.tsx imports statically, and their
 * imports) go into App's own chunk, instead of the twenty small chunks the default splitting
 * makes of those it shares with lazy screens: each small chunk costs import and export glue on
 * the first load. What the entry (src/main.tsx) imports itself stays in the entry; what only
 * lazy screens import stays lazy.
 */
function appCoreGroup() {
  const memo = new Map<string, 'app' | 'entry' | null>();
  const side = (id: string, get: (id: string) => GraphInfo | null): 'app' | 'entry' | null => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    memo.set(id, null); // cycles: undecided until an importer decides
    let found: 'app' | 'entry' | null = null;
    if (/\/src\/main\.tsx$/.test(id)) found = 'entry';
    else if (/\/src\/app\/App\.tsx$/.test(id)) found = 'app';
    else {
      for (const importer of get(id)?.importers ?? []) {
        const s = side(importer, get);
        if (s === 'entry') {
          found = 'entry';
          break;
        }
        if (s === 'app') found = 'app';
      }
    }
    memo.set(id, found);
    return found;
  };
  return {
    debugName: 'app-core',
    name(id: string, ctx: { getModuleInfo(id: string): GraphInfo | null }) {
      if (id.includes('/node_modules/') || id.startsWith('\0') || /\/src\/app\/App\.tsx$/.test(id))
        return null;
      return side(id, (m) => ctx.getModuleInfo(m)) === 'app' ? 'app-core' : null;
    },
  };
}

/**
 * A fingerprint of the domain's source (src/checklist: the bank and every rule). The case
 * list's index caches each case's verdict; an index written by a build with other rules is
 * recomputed, so the list never shows a verdict the appendix and the review screen no longer give.
 */
function rulesHash(dir = 'src/checklist'): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        hash.update(p);
        hash.update(readFileSync(p));
      }
    }
  };
  walk(dir);
  return hash.digest('hex').slice(0, 16);
}

// One config for the app build and for Vitest. The app is a static SPA:
// `base: './'` lets an administrator deploy dist/ under any path.
export default defineConfig({
  base: './',
  define: { __RULES_HASH__: JSON.stringify(rulesHash()) },
  // The shell, CSP and service-worker plugins act only in `vite build` (dev needs inline HMR scripts).
  plugins: [react(), ...prerenderShellPlugin(), cspPlugin(), serviceWorkerPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: { includeDependenciesRecursively: false, groups: [appCoreGroup()] },
      },
    },
  },
  // The .docx reader runs in a module Worker that lazy-loads jszip (code-splitting needs 'es').
  worker: { format: 'es' },
  server: { port: 5173 },
  test: {
    environment: 'jsdom',
    include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.tsx'],
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: 20000,
    pool: 'threads',
  },
});
