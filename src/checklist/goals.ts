/**
 * Goal references of step 5. National sub-goals are `national-1` .. `national-6` (their text is
 * a translation). An organisation goal is stored as `org:<id>` with a snapshot of its Swedish text
 * at the moment the officer chose it.
 *
 * The one rule for the text of an organisation goal, used by check-answers, the preview and the
 * Word appendix alike: the stored snapshot wins, because it is what the officer chose and an
 * administrator editing the goal later must not rewrite an old paper. The configured text is used
 * only when there is no snapshot (cases from before snapshots), and the configured English text
 * only while the configured Swedish text still equals the snapshot (it translates what was chosen).
 */
import { isNationalGoalId } from './options';
import type { GoalRef, OrgGoal } from './types';

const ORG_PREFIX = 'org:';

/** The stored id of an organisation goal. */
export const orgGoalRefId = (goal: OrgGoal): string => `${ORG_PREFIX}${goal.id}`;

/** One of the six known national sub-goals (only those ids are looked up as translations). */
export const isNationalGoal = (ref: GoalRef): boolean => isNationalGoalId(ref.id);

/** The configured goal a reference points to, if the organisation still has it. */
export function configuredGoal(ref: GoalRef, orgGoals: readonly OrgGoal[]): OrgGoal | undefined {
  return orgGoals.find((o) => orgGoalRefId(o) === ref.id);
}

/** The text of an organisation goal reference in `lng` (see the rule above). */
export function orgGoalText(ref: GoalRef, orgGoals: readonly OrgGoal[], lng: string): string {
  const current = configuredGoal(ref, orgGoals);
  const snapshot = ref.text?.trim();
  const english = lng === 'en' ? current?.en?.trim() : undefined;
  if (snapshot) return english && current?.sv.trim() === snapshot ? english : snapshot;
  if (current) return english || current.sv;
  return ref.id.startsWith(ORG_PREFIX) ? ref.id.slice(ORG_PREFIX.length) : ref.id;
}

/** Whether a stored goal reference is one of the organisation's own goals (`org:<id>`). */
export const isOrgGoalRef = (ref: GoalRef): boolean => ref.id.startsWith(ORG_PREFIX);

/** Whether the officer has said how the proposal contributes to this chosen goal. */
export const isGoalCommented = (ref: GoalRef): boolean => (ref.comment ?? '').trim() !== '';
