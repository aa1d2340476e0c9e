/**
 * Vite config for the BENCH ONLY page (bench/appendix-bench.html). It is built by
 * scripts/bench.mjs into bench-results/bench-dist, separately from the app, so the
 * app's build and its first-load figures are untouched. Same target as the app.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const benchDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: benchDir,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    sourcemap: false,
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rolldownOptions: { input: fileURLToPath(new URL('./appendix-bench.html', import.meta.url)) },
  },
});
