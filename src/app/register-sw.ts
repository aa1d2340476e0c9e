/**
 * Registers the service worker (scripts/vite-plugins/service-worker.ts) so
 * the built app works offline after the first visit. Production builds only:
 * in development a worker would serve stale modules. A failure is harmless:
 * the app then simply needs the network, as before.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD) return;
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const register = () => {
    // Relative to the page: an administrator may deploy under any path (base: './').
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {});
  };
  // After load and a quiet moment: the worker's precache download must not compete
  // with the first load for bandwidth or main-thread time.
  const later = () => window.setTimeout(register, 3000);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
