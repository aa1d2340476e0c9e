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
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
