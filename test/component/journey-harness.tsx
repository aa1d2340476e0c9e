/**
 * Test harness for the journey: opens a fresh case in the store and renders
 * the page the hash route names, as the app shell does.
 */
import { caseStore } from '../../src/app/case-store';
import { paths, useRoute } from '../../src/app/router';
import { newCase } from '../../src/checklist/schema';
import type { Answers } from '../../src/checklist/types';
import { CheckAnswersPage } from '../../src/ui/checklist/CheckAnswersPage';
import { QuestionPage } from '../../src/ui/checklist/QuestionPage';
import { TaskListPage } from '../../src/ui/checklist/TaskListPage';

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

export function JourneyRoutes() {
  const route = useRoute();
  switch (route.name) {
    case 'tasks':
      return <TaskListPage caseId={route.caseId} />;
    case 'page':
      return <QuestionPage caseId={route.caseId} pageId={route.pageId} returnTo={route.returnTo} />;
    case 'check':
      return <CheckAnswersPage caseId={route.caseId} sectionId={route.sectionId} />;
    default:
      return <p>{route.name}</p>;
  }
}

export { paths };
