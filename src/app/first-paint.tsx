/**
 * The first paint, rendered at build time from the app's own components
 * (scripts/vite-plugins/prerender-shell.ts loads this module through Vite's SSR
 * loader and writes the markup into index.html). It is the real Layout, in
 * Swedish, around the top of the case list, so the prerendered header and menu
 * cannot drift from what React renders when it takes over.
 *
 * Not part of the browser bundle: nothing in src/main.tsx imports it.
 */
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../i18n/i18n';
import { Layout } from './Layout';
import { CaseListIntro } from '../ui/cases/CaseListIntro';

/** The header, the menu and the top of the case list (the case list's own CaseListIntro). */
export function FirstPaint() {
  return (
    <Layout routeKey="home" firstPaint>
      <div className="home shell-home">
        <CaseListIntro />
      </div>
    </Layout>
  );
}

/** The markup of the first paint, as it goes into `<div id="root">`. */
export async function renderFirstPaint(): Promise<string> {
  const i18n = await initI18n('sv');
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <FirstPaint />
    </I18nextProvider>,
  );
}
