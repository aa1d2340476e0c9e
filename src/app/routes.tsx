/**
 * The route table: which screen each route shows. The app shell (App.tsx), the prefetch of the
 * journey (prefetch.ts) and the component tests' journey harness all read this one table.
 * Screens are loaded lazily, so the first load carries only the case list.
 */
import type { ComponentType, ReactNode } from 'react';
import type { Route } from '../routing/router';
import type { CheckAnswersPage } from '../ui/checklist/CheckAnswersPage';
import type { DecisionPage } from '../ui/checklist/DecisionPage';
import type { QuestionPage } from '../ui/checklist/QuestionPage';
import type { TaskListPage } from '../ui/checklist/TaskListPage';
import type { PreviewPage } from '../ui/preview/PreviewPage';

/** The screens of an open case, in the order the officer meets them. */
export interface CaseScreens {
  tasks: typeof TaskListPage;
  page: typeof QuestionPage;
  check: typeof CheckAnswersPage;
  preview: typeof PreviewPage;
  decision: typeof DecisionPage;
}

type Loaders<T> = { [K in keyof T]: () => Promise<T[K]> };

export const caseScreenLoaders: Loaders<CaseScreens> = {
  tasks: () => import('../ui/checklist/TaskListPage').then((m) => m.TaskListPage),
  page: () => import('../ui/checklist/QuestionPage').then((m) => m.QuestionPage),
  check: () => import('../ui/checklist/CheckAnswersPage').then((m) => m.CheckAnswersPage),
  preview: () => import('../ui/preview/PreviewPage').then((m) => m.PreviewPage),
  decision: () => import('../ui/checklist/DecisionPage').then((m) => m.DecisionPage),
};

/** The journey screens fetched ahead once the page has settled (see prefetch.ts). */
export const journeyRoutes = ['tasks', 'page', 'check'] as const satisfies (keyof CaseScreens)[];

export type CaseRoute = Extract<Route, { name: keyof CaseScreens }>;

export function isCaseRoute(route: Route): route is CaseRoute {
  return route.name in caseScreenLoaders;
}

/** The element of a case route, from whichever components the caller has (lazy or loaded). */
export function caseScreen(route: CaseRoute, screens: CaseScreens): ReactNode {
  switch (route.name) {
    case 'tasks':
      return <screens.tasks caseId={route.caseId} />;
    case 'page':
      return <screens.page caseId={route.caseId} pageId={route.pageId} returnTo={route.returnTo} />;
    case 'check':
      return <screens.check caseId={route.caseId} sectionId={route.sectionId} />;
    case 'preview':
      return <screens.preview caseId={route.caseId} />;
    case 'decision':
      return <screens.decision caseId={route.caseId} />;
  }
}

export interface OtherScreens {
  settings: ComponentType;
  about: ComponentType;
  accessibility: ComponentType<{ organisationName?: string | undefined }>;
  privacy: ComponentType<{ onDeleteAll: () => Promise<void> }>;
  review: ComponentType;
  demo: ComponentType;
  followup: ComponentType;
}

export const otherScreenLoaders: Loaders<OtherScreens> = {
  settings: () => import('../ui/settings/SettingsPage').then((m) => m.SettingsPage),
  about: () => import('../ui/pages/AboutPage').then((m) => m.AboutPage),
  accessibility: () => import('../ui/pages/AccessibilityPage').then((m) => m.AccessibilityPage),
  privacy: () => import('../ui/pages/PrivacyPage').then((m) => m.PrivacyPage),
  review: () => import('../ui/review/ReviewPage').then((m) => m.ReviewPage),
  demo: () => import('../ui/demo/DemoPage').then((m) => m.DemoPage),
  followup: () => import('../ui/followup/FollowupPage').then((m) => m.FollowupPage),
};
