/**
 * The application shell: providers, the route switch and the case gate that
 * opens the case named in the route before any case screen renders.
 * Screens that are not on the officer's main path are lazy chunks, so the
 * first load stays small.
 */
import { lazy, Suspense, useLayoutEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { namespaces } from '../i18n/i18n';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ConfigProvider, useOrgConfig } from '../config/config-context';
import type { LoadedConfig } from '../config/load-config';
import { OrgUiContext } from '../ui/common/org-ui-context';
import { HomePage } from '../ui/cases/HomePage';
import { CaseGate } from './CaseGate';
import { AppErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { useOpenCase } from './case-store';
import { restoreShellFocus } from './shell-handover';
import { RuleContextContext } from './rule-context';
import { SessionStatus, SessionBanner } from './session-ui';
import { deleteAllData } from './session';
import { paths, useHash, useRoute } from './router';
import type { Route } from './router';
import { useDocumentTitle } from './use-document-title';

const TaskListPage = lazy(() =>
  import('../ui/checklist/TaskListPage').then((m) => ({ default: m.TaskListPage })),
);
const QuestionPage = lazy(() =>
  import('../ui/checklist/QuestionPage').then((m) => ({ default: m.QuestionPage })),
);
const CheckAnswersPage = lazy(() =>
  import('../ui/checklist/CheckAnswersPage').then((m) => ({ default: m.CheckAnswersPage })),
);
const DemoBanner = lazy(() =>
  import('../ui/demo/DemoBanner').then((m) => ({ default: m.DemoBanner })),
);

/** The demo band, loaded only while a sandbox case is open (it is never needed otherwise). */
function DemoBand() {
  const open = useOpenCase();
  if (!open?.sandbox) return null;
  return (
    <Suspense fallback={null}>
      <DemoBanner />
    </Suspense>
  );
}

const AboutPage = lazy(() =>
  import('../ui/pages/AboutPage').then((m) => ({ default: m.AboutPage })),
);
const AccessibilityPage = lazy(() =>
  import('../ui/pages/AccessibilityPage').then((m) => ({ default: m.AccessibilityPage })),
);
const PrivacyPage = lazy(() =>
  import('../ui/pages/PrivacyPage').then((m) => ({ default: m.PrivacyPage })),
);
const SettingsPage = lazy(() =>
  import('../ui/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
const PreviewPage = lazy(() =>
  import('../ui/preview/PreviewPage').then((m) => ({ default: m.PreviewPage })),
);
const ReviewPage = lazy(() =>
  import('../ui/review/ReviewPage').then((m) => ({ default: m.ReviewPage })),
);
const DemoPage = lazy(() => import('../ui/demo/DemoPage').then((m) => ({ default: m.DemoPage })));

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
  switch (route.name) {
    case 'tasks':
      return (
        <CaseGate caseId={route.caseId}>
          <TaskListPage caseId={route.caseId} />
        </CaseGate>
      );
    case 'page':
      return (
        <CaseGate caseId={route.caseId}>
          <QuestionPage caseId={route.caseId} pageId={route.pageId} returnTo={route.returnTo} />
        </CaseGate>
      );
    case 'check':
      return (
        <CaseGate caseId={route.caseId}>
          <CheckAnswersPage caseId={route.caseId} sectionId={route.sectionId} />
        </CaseGate>
      );
    case 'preview':
      return (
        <CaseGate caseId={route.caseId}>
          <PreviewPage caseId={route.caseId} />
        </CaseGate>
      );
    case 'settings':
      return <SettingsPage />;
    case 'about':
      return <AboutPage />;
    case 'accessibility':
      return <AccessibilityPage organisationName={effective.organisation.name || undefined} />;
    case 'privacy':
      return <PrivacyPage onDeleteAll={deleteAllData} />;
    case 'review':
      return <ReviewPage />;
    case 'demo':
      return <DemoPage />;
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
          status={<SessionStatus />}
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

export function App({ i18n, config }: { i18n: I18n; config?: LoadedConfig }) {
  return (
    <I18nextProvider i18n={i18n}>
      <AppErrorBoundary>
        <ConfigProvider initial={config}>
          <GuardedShell />
        </ConfigProvider>
      </AppErrorBoundary>
    </I18nextProvider>
  );
}
