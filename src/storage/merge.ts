/**
 * Merge two tabs' versions of one case per answer (a three-way merge).
 *
 * `base` is the version this tab last loaded or saved, `mine` what this tab
 * holds now, `theirs` what another tab has stored since. An answer changed by
 * only one side is taken from that side; an answer both changed to the same
 * value is that value; only an answer both changed differently is a conflict,
 * and the user is asked about that answer alone (seeing both texts).
 */
import type { Case } from '../checklist/schema';
import type { AnswerValue } from '../checklist/types';

export interface AnswerConflict {
  questionId: string;
  mine: AnswerValue | undefined;
  theirs: AnswerValue | undefined;
}

export interface MergeResult {
  /** Every non-conflicting change of both sides; conflicting answers as in `theirs`. */
  merged: Case;
  conflicts: AnswerConflict[];
  /** Answers this tab takes from the other one (its screen must show them). */
  fromTheirs: string[];
  /** Whether `merged` holds changes of this tab that are not stored yet. */
  hasMine: boolean;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export function mergeCases(base: Case, mine: Case, theirs: Case): MergeResult {
  const answers: Record<string, AnswerValue | undefined> = { ...theirs.answers };
  const conflicts: AnswerConflict[] = [];
  const fromTheirs: string[] = [];
  let hasMine = false;
  const keys = new Set([
    ...Object.keys(base.answers),
    ...Object.keys(mine.answers),
    ...Object.keys(theirs.answers),
  ]);
  for (const k of keys) {
    const b = base.answers[k];
    const m = mine.answers[k];
    const t = theirs.answers[k];
    const mineChanged = !same(m, b);
    const theirsChanged = !same(t, b);
    if (mineChanged && !theirsChanged) {
      answers[k] = m;
      hasMine = true;
    } else if (theirsChanged && !mineChanged) {
      fromTheirs.push(k);
    } else if (mineChanged && theirsChanged && !same(m, t)) {
      conflicts.push({ questionId: k, mine: m, theirs: t });
    }
  }
  for (const k of Object.keys(answers)) if (answers[k] === undefined) delete answers[k];
  const updatedAt = mine.updatedAt > theirs.updatedAt ? mine.updatedAt : theirs.updatedAt;
  return {
    merged: { ...theirs, answers, updatedAt },
    conflicts,
    fromTheirs,
    hasMine,
  };
}

/** Resolve the asked answers: `choice` per question id ('mine' or 'theirs'). */
export function resolveConflicts(
  result: MergeResult,
  choice: (questionId: string) => 'mine' | 'theirs',
): Case {
  const answers: Record<string, AnswerValue | undefined> = { ...result.merged.answers };
  for (const c of result.conflicts) {
    const v = choice(c.questionId) === 'mine' ? c.mine : c.theirs;
    if (v === undefined) delete answers[c.questionId];
    else answers[c.questionId] = v;
  }
  return { ...result.merged, answers };
}
