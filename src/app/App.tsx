/**
 * The application shell: providers, the route switch and the case gate that
 * opens the case named in the route before any case screen renders.
 * Screens that are not on the officer's main path are lazy chunks, so the
 * first load stays small.
 */
import { lazy, Suspense } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Layout } from './Layout';
import { useRoute } from './router';
import type { Route } from './router';
import { paths } from './router';
import { useDocumentTitle } from './use-document-title';

const AboutPage = lazy(() =>
  import('../ui/pages/AboutPage').then((m) => ({ default: m.AboutPage })),
);
const AccessibilityPage = lazy(() =>
  import('../ui/pages/AccessibilityPage').then((m) => ({ default: m.AccessibilityPage })),
);

function routeKey(r: Route): string {
  return JSON.stringify(r);
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

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'about':
      return <AboutPage />;
    case 'accessibility':
      return <AccessibilityPage />;
    default:
      return <NotFound />;
  }
}

function Shell() {
  const route = useRoute();
  const { t } = useTranslation('common');
  return (
    <Layout routeKey={routeKey(route)}>
      <Suspense fallback={<p>{t('loading')}</p>}>
        <Screen route={route} />
      </Suspense>
    </Layout>
  );
}

export function App({ i18n }: { i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <Shell />
    </I18nextProvider>
  );
}
