/**
 * Registers the service worker (scripts/vite-plugins/service-worker.ts) so
 * the built app works offline after the first visit. Production builds only:
 * in development a worker would serve stale modules. A failure is harmless:
 * the app then simply needs the network, as before.
 *
 * Called from the quiet queue (prefetch.ts), not at load: installing the worker downloads and
 * compiles every file of the app, about a second of work on a slow laptop's other core, and
 * started while the officer types it made the first letters appear late.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD) return;
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  // Relative to the page: an administrator may deploy under any path (base: './').
  await navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {});
}
