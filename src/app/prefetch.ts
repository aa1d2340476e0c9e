/**
 * Fetch what the officer will need next (the journey screens and their texts)
 * once the page has settled: at the first interaction, or after a few idle
 * seconds, whichever comes first. Never during the first load, so it neither
 * delays the first paint nor counts against the first-load budget.
 */
import type { i18n as I18n } from 'i18next';
import { namespaces } from '../i18n/i18n';
import { caseScreenLoaders, journeyRoutes } from './routes';

const IDLE_DELAY_MS = 5000;

export function prefetchJourney(i18n: I18n) {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    for (const type of events) window.removeEventListener(type, run, true);
    for (const name of journeyRoutes) void caseScreenLoaders[name]();
    void i18n.loadNamespaces(namespaces);
  };
  const events = ['pointerdown', 'keydown', 'touchstart'] as const;
  for (const type of events) window.addEventListener(type, run, { capture: true, passive: true });
  const idle = () =>
    'requestIdleCallback' in window ? window.requestIdleCallback(run, { timeout: 2000 }) : run();
  window.setTimeout(idle, IDLE_DELAY_MS);
}
