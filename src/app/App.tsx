/**
 * The application shell: providers, the route switch and the case gate that
 * opens the case named in the route before any case screen renders.
 * Screens that are not on the officer's main path are lazy chunks, so the
 * first load stays small.
 */
import { lazy, Suspense, useLayoutEffect, useMemo } from 'react';
import type { ComponentType, ReactNode } from 'react';
import { namespaces } from '../i18n/i18n';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ConfigProvider, useOrgConfig } from '../config/config-context';
import type { LoadedConfig } from '../config/load-config';
import { OrgUiContext } from '../ui/common/org-ui-context';
import { HomePage } from '../ui/cases/HomePage';
import { CaseGate } from './CaseGate';
import { caseScreen, caseScreenLoaders, isCaseRoute, otherScreenLoaders } from './routes';
import type { CaseScreens, OtherScreens } from './routes';
import { AppErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { useCaseSelector } from '../session/case-store';
import { restoreShellFocus } from './shell-handover';
import { RuleContextContext } from '../session/rule-context';
import { SessionStatus, SessionBanner } from './session-ui';
import { SessionProvider, useSession } from '../session/session-context';
import type { Session } from '../session/session';
import { paths, useHash, useRoute } from '../routing/router';
import type { Route } from '../routing/router';
import { useDocumentTitle } from '../routing/use-document-title';

/** Lazy components of every screen but the case list, from the route table. */
function lazyScreens<T extends object>(loaders: { [K in keyof T]: () => Promise<T[K]> }): T {
  return Object.fromEntries(
    Object.entries(loaders).map(([name, load]) => [
      name,
      lazy(() => (load as () => Promise<ComponentType>)().then((c) => ({ default: c }))),
    ]),
  ) as T;
}

const caseScreens = lazyScreens<CaseScreens>(caseScreenLoaders);
const otherScreens = lazyScreens<OtherScreens>(otherScreenLoaders);

const DemoBanner = lazy(() =>
  import('../ui/demo/DemoBanner').then((m) => ({ default: m.DemoBanner })),
);

/** The demo band, loaded only while a sandbox case is open (it is never needed otherwise). */
function DemoBand() {
  const sandbox = useCaseSelector((open) => open?.sandbox === true);
  if (!sandbox) return null;
  return (
    <Suspense fallback={null}>
      <DemoBanner />
    </Suspense>
  );
}

function NotFound() {
  const { t } = useTranslation('common');
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <a href={paths.home()}>{t('notFound.home')}</a>
      </p>
    </>
  );
}

/**
 * Every screen but the case list may read any namespace (the preview renders the
 * appendix, the review page the verdicts and question labels...): suspend until
 * all of the UI language's texts are there, once, on the first such screen.
 */
function AllTexts({ children }: { children: ReactNode }) {
  useTranslation(namespaces);
  return children;
}

function Screen({ route }: { route: Route }) {
  if (route.name === 'home') return <HomePage />;
  return (
    <AllTexts>
      <RouteScreen route={route} />
    </AllTexts>
  );
}

function RouteScreen({ route }: { route: Exclude<Route, { name: 'home' }> }) {
  const { effective } = useOrgConfig();
  const session = useSession();
  if (isCaseRoute(route)) {
    return <CaseGate caseId={route.caseId}>{caseScreen(route, caseScreens)}</CaseGate>;
  }
  const { settings: Settings, about: About, review: Review, demo: Demo } = otherScreens;
  const { accessibility: Accessibility, privacy: Privacy, followup: Followup } = otherScreens;
  switch (route.name) {
    case 'settings':
      return <Settings />;
    case 'about':
      return <About />;
    case 'accessibility':
      return <Accessibility organisationName={effective.organisation.name || undefined} />;
    case 'privacy':
      return <Privacy onDeleteAll={session.deleteAllData} />;
    case 'review':
      return <Review />;
    case 'demo':
      return <Demo />;
    case 'followup':
      return <Followup />;
    case 'not-found':
      return <NotFound />;
  }
}

/** Drop the prerendered first paint's markers once React has painted the real screen. */
function useShellHandOver() {
  useLayoutEffect(() => {
    const root = document.getElementById('root');
    root?.classList.remove('shell');
    document.documentElement.classList.remove('deep-link', 'lang-en');
    restoreShellFocus(root);
  }, []);
}

function Shell() {
  useShellHandOver();
  const route = useRoute();
  const { t } = useTranslation('common');
  const { effective, ruleContext } = useOrgConfig();
  const orgUi = useMemo(() => ({ committees: effective.committees }), [effective.committees]);
  return (
    <RuleContextContext.Provider value={ruleContext}>
      <OrgUiContext.Provider value={orgUi}>
        <Layout
          routeKey={JSON.stringify(route)}
          organisationName={effective.organisation.name || undefined}
          status={isCaseRoute(route) ? <SessionStatus caseId={route.caseId} /> : null}
          banner={
            <>
              <SessionBanner />
              <DemoBand />
            </>
          }
        >
          <AppErrorBoundary resetKey={JSON.stringify(route)}>
            <Suspense fallback={<p>{t('loading')}</p>}>
              <Screen route={route} />
            </Suspense>
          </AppErrorBoundary>
        </Layout>
      </OrgUiContext.Provider>
    </RuleContextContext.Provider>
  );
}

/**
 * The boundary above the router: whatever the route parsing, the config or the
 * layout throws, the officer gets the crash message (with "save as file"),
 * never a blank page.
 */
function GuardedShell() {
  const hash = useHash();
  return (
    <AppErrorBoundary resetKey={hash}>
      <Shell />
    </AppErrorBoundary>
  );
}

export function App({
  i18n,
  config,
  session,
}: {
  i18n: I18n;
  config?: LoadedConfig;
  /** The app's session (main.tsx makes it once; tests pass their own). */
  session: Session;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider session={session}>
        <AppErrorBoundary>
          <ConfigProvider initial={config}>
            <GuardedShell />
          </ConfigProvider>
        </AppErrorBoundary>
      </SessionProvider>
    </I18nextProvider>
  );
}
