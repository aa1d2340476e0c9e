/**
 * Is a stored value one of a question's options? A value read from a file is
 * only looked up as a translation key when it is: i18next would otherwise
 * evaluate `$t(…)` nesting or an `ns:key` prefix inside it and pull other
 * texts into the appendix. Anything else is shown as the plain text it is.
 */
import { nationalGoalIds } from './question-bank';
import type { Question } from './types';

export function isOptionOf(q: Pick<Question, 'options'> | undefined, value: string): boolean {
  return q?.options?.includes(value) ?? false;
}

const nationalGoals: ReadonlySet<string> = new Set(nationalGoalIds);

/** One of the six national sub-goals (the only goal ids that have a translated text). */
export function isNationalGoalId(id: string): boolean {
  return nationalGoals.has(id);
}
