/**
 * Test harness for the journey: opens a fresh case in the store and renders
 * the page the hash route names, as the app shell does.
 */
import { caseStore } from '../../src/session/case-store';
import { paths, useRoute } from '../../src/routing/router';
import { newCase } from '../../src/checklist/schema';
import type { Answers } from '../../src/checklist/types';
import { caseScreen, caseScreenLoaders, isCaseRoute, journeyRoutes } from '../../src/app/routes';
import type { CaseScreens } from '../../src/app/routes';

export const CASE_ID = 'test-case';

export function openFreshCase(answers: Answers = {}) {
  const c = newCase(CASE_ID, new Date('2026-03-01T10:00:00Z'));
  caseStore.open({ case: { ...c, answers }, readOnly: false, sandbox: false });
}

export function answers(): Answers {
  return caseStore.getSnapshot()?.case.answers ?? {};
}

export function go(href: string) {
  window.location.hash = href;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

// The app's route table, with its screens loaded up front so a test renders without suspending.
const screens: CaseScreens = {
  tasks: await caseScreenLoaders.tasks(),
  page: await caseScreenLoaders.page(),
  check: await caseScreenLoaders.check(),
  preview: await caseScreenLoaders.preview(),
  decision: await caseScreenLoaders.decision(),
};
const journey: readonly string[] = journeyRoutes;

/** The journey screens as the app shell routes them (without the case gate). */
export function JourneyRoutes() {
  const route = useRoute();
  if (isCaseRoute(route) && journey.includes(route.name)) return caseScreen(route, screens);
  return <p>{route.name}</p>;
}

export { paths };
