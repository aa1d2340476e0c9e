import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/i18n';
import { loadConfig } from './config/load-config';
import { watchShellFocus } from './app/shell-handover';
import './app/styles.css';
import './app/components.css';

// Follow the keyboard in the prerendered first paint until React takes over.
const rootElement = document.getElementById('root');
if (rootElement) watchShellFocus(rootElement);

/*
 * Keep the main thread free while the prerendered page is on screen (Total Blocking Time):
 * the screens' code (App, the case list, storage, rules) is fetched at once, in parallel
 * with the texts and the config, but evaluated in a task of its own; and React renders in
 * a transition, which yields to the browser every few milliseconds instead of blocking
 * until the whole tree is built. The prerendered markup stays until React commits.
 */
async function start() {
  const app = import('./app/App');
  const sessionModule = import('./session/session');
  const journey = import('./app/prefetch');
  // Translations and the organisation config load in parallel before the first paint,
  // so the header never flashes the default settings.
  const [i18n, config] = await Promise.all([initI18n(), loadConfig()]);
  const { App } = await app;
  const root = document.getElementById('root');
  if (!root) return;
  // One session for the app's lifetime, made outside React (StrictMode renders twice).
  const session = (await sessionModule).createSession();
  const reactRoot = createRoot(root);
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App i18n={i18n} config={config} session={session} />
      </StrictMode>,
    );
  });
  (await journey).prefetchJourney(i18n);
}

// prefetchJourney also installs the offline copy (register-sw.ts) once the officer is not typing.
void start();
