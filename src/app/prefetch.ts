/**
 * Fetch what the officer will need next (the journey screens and their texts)
 * once the page has settled: from the first interaction, or after a few idle
 * seconds, whichever comes first. Never during the first load, so it neither
 * delays the first paint nor counts against the first-load budget. Each screen
 * loads in an idle moment of its own and never while the officer types
 * (quiet-queue.ts); the offline copy (the service worker) is installed last, the same way.
 */
import type { i18n as I18n } from 'i18next';
import { namespaces } from '../i18n/i18n';
import { browserQuietEnv, runWhenQuiet } from './quiet-queue';
import { registerServiceWorker } from './register-sw';
import { caseScreenLoaders, journeyRoutes } from './routes';

const IDLE_DELAY_MS = 5000;

export function prefetchJourney(i18n: I18n) {
  const env = browserQuietEnv();
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const type of events) window.removeEventListener(type, start, true);
    runWhenQuiet(
      [
        () => i18n.loadNamespaces(namespaces),
        ...journeyRoutes.map((name) => () => caseScreenLoaders[name]()),
        registerServiceWorker,
      ],
      env,
    );
  };
  const events = ['pointerdown', 'keydown', 'touchstart'] as const;
  for (const type of events) window.addEventListener(type, start, { capture: true, passive: true });
  window.setTimeout(start, IDLE_DELAY_MS);
}
