import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/i18n';
import { loadConfig } from './config/load-config';
import { App } from './app/App';
import { createSession } from './session/session';
import { registerServiceWorker } from './app/register-sw';
import { prefetchJourney } from './app/prefetch';
import { watchShellFocus } from './app/shell-handover';
import './app/styles.css';

// Follow the keyboard in the prerendered first paint until React takes over.
const rootElement = document.getElementById('root');
if (rootElement) watchShellFocus(rootElement);

async function start() {
  // Translations and the organisation config load in parallel before the first paint,
  // so the header never flashes the default settings.
  const [i18n, config] = await Promise.all([initI18n(), loadConfig()]);
  const root = document.getElementById('root');
  if (!root) return;
  // One session for the app's lifetime, made outside React (StrictMode renders twice).
  const session = createSession();
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} config={config} session={session} />
    </StrictMode>,
  );
  prefetchJourney(i18n);
}

void start();
// Production only (see register-sw.ts): the built app then works offline after one visit.
registerServiceWorker();
