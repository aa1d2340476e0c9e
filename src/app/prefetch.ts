/**
 * After the first paint, quietly fetch what the officer will need next (the
 * journey screens and their texts), so navigation never waits on the network
 * and the app keeps working if the connection drops.
 */
import type { i18n as I18n } from 'i18next';

export function prefetchJourney(i18n: I18n) {
  const run = () => {
    void import('../ui/checklist/TaskListPage');
    void import('../ui/checklist/QuestionPage');
    void import('../ui/checklist/CheckAnswersPage');
    void i18n.loadNamespaces(['questions', 'checklist']);
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 1500);
}
