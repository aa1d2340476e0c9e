/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/vite-plugins/csp.ts';
import { serviceWorkerPlugin } from './scripts/vite-plugins/service-worker.ts';
import { prerenderShellPlugin } from './scripts/vite-plugins/prerender-shell.ts';

// One config for the app build and for Vitest. The app is a static SPA:
// `base: './'` lets an administrator deploy dist/ under any path.
export default defineConfig({
  base: './',
  // The shell, CSP and service-worker plugins act only in `vite build` (dev needs inline HMR scripts).
  plugins: [react(), ...prerenderShellPlugin(), cspPlugin(), serviceWorkerPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
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
