/** Unregister the service worker and drop its caches (the app's files, not user data). */
export async function removeOfflineCopy(): Promise<void> {
  try {
    if (typeof navigator !== 'undefined' && 'serviceWorker' in navigator) {
      const regs = await navigator.serviceWorker.getRegistrations();
      await Promise.all(regs.map((r) => r.unregister()));
    }
    if (typeof caches !== 'undefined') {
      const keys = await caches.keys();
      await Promise.all(keys.filter((k) => k.startsWith('ulk-')).map((k) => caches.delete(k)));
    }
  } catch {
    // Not available in this browser or context: nothing of the user's is in there.
  }
}
