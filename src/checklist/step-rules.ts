/**
 * Each section's status, each SKR step's outcome and the Part B verdict (SKR). Everything is
 * derived from the answers (and the organisation context); nothing is ever stored.
 */
import {
  isMeasureFilled,
  isMeasureIncomplete,
  isTableSplitBySex,
  isAnswered,
  missingInSection,
  visiblePages,
  visibleQuestions,
} from './answered';
import { childShortfalls } from './child-rules';
import { isGoalCommented, isOrgGoalRef } from './goals';
import { minorityShortfalls } from './minority-rules';
import { list, sectionById, skrStepSectionIds, str } from './question-bank';
import type { SkrStepId } from './question-bank';
import type { Answers, GoalRef, Measure, RuleContext, Section, StatTable } from './types';

export type SectionStatus =
  | { kind: 'not-started' }
  | { kind: 'in-progress'; missing: number }
  | { kind: 'needs-completion'; reasons: string[] }
  | { kind: 'complete' }
  | { kind: 'not-applicable'; reason: string };

export type StepOutcome =
  | { kind: 'met' }
  /**
   * `statedReason`: the officer's own explanation of a shortfall (step 4: why no measure is
   * proposed). It is shown beside the reasons; it never makes the step met.
   */
  | { kind: 'not-met'; reasons: string[]; statedReason?: string }
  | { kind: 'not-applicable'; reason: string };

/**
 * Why a fully answered step or part still falls short, as reason keys
 * (namespace `rules`). Empty means the content meets the criterion.
 */
function contentShortfalls(sectionId: string, a: Answers, ctx: RuleContext): string[] {
  switch (sectionId) {
    case 'steg1':
      return str(a, 'b1.affects') === 'vet-inte' ? ['shortfall.b1Unknown'] : [];
    case 'steg2': {
      const split = str(a, 'b2.split');
      if (split === 'delvis') return ['shortfall.b2Partial'];
      if (split === 'nej') return ['shortfall.b2None'];
      // "All statistics are split by sex" needs a table that actually has women and men.
      if (split === 'ja' && !list<StatTable>(a, 'b2.tables').some(isTableSplitBySex)) {
        return ['shortfall.b2NotSplit'];
      }
      return [];
    }
    case 'steg4': {
      const found = str(a, 'b4.unjustified');
      if (found === 'vet-inte') return ['shortfall.b4Unknown'];
      if (found !== 'ja') return [];
      const measures = list<Measure>(a, 'b4.measures');
      const out: string[] = [];
      // SKR: unjustified differences and no measure proposed → not met, whatever the reason.
      if (!measures.some(isMeasureFilled)) out.push('shortfall.b4NoMeasures');
      if (measures.some(isMeasureIncomplete)) out.push('shortfall.b4MeasureIncomplete');
      return out;
    }
    case 'steg5': {
      // Step 5 is about the organisation's own goals first; national sub-goals alone fall short.
      const chosen = list<GoalRef>(a, 'b5.goals');
      const out: string[] = [];
      if (ctx.orgGoals.length > 0 && chosen.length > 0 && !chosen.some(isOrgGoalRef)) {
        out.push('shortfall.b5NoOrgGoals');
      }
      // The analysis is per goal: a goal chosen without saying how the proposal contributes to
      // it is a claim, not an analysis (SKR step 5).
      if (chosen.some((g) => !isGoalCommented(g))) out.push('shortfall.b5GoalNoComment');
      return out;
    }
    case 'barn':
      return childShortfalls(a, ctx);
    case 'minoriteter':
      return minorityShortfalls(a, ctx);
    default:
      return [];
  }
}

function answeredCount(section: Section, a: Answers, ctx: RuleContext): number {
  return visiblePages(section, a, ctx)
    .flatMap((p) => visibleQuestions(p, a, ctx))
    .filter((q) => isAnswered(q, a)).length;
}

export function sectionStatus(section: Section, a: Answers, ctx: RuleContext): SectionStatus {
  const na = section.notApplicable?.(a, ctx);
  if (na) {
    const reason = str(a, na.reasonQuestionId).trim();
    // A section's own gate needs its reason before it counts as not applicable.
    const ownGate = section.pages.some((p) =>
      p.questions.some((q) => q.id === na.reasonQuestionId),
    );
    if (reason !== '' || !ownGate) return { kind: 'not-applicable', reason };
    return { kind: 'in-progress', missing: 1 };
  }
  if (answeredCount(section, a, ctx) === 0) return { kind: 'not-started' };
  const missing = missingInSection(section, a, ctx);
  if (missing.length > 0) return { kind: 'in-progress', missing: missing.length };
  const reasons = contentShortfalls(section.id, a, ctx);
  if (reasons.length > 0) return { kind: 'needs-completion', reasons };
  return { kind: 'complete' };
}

/** Step 4: the officer's reason for proposing no measure, while that question is shown. */
function noMeasuresReason(stepId: SkrStepId, reasons: readonly string[], a: Answers): string {
  if (stepId !== 'steg4' || !reasons.includes('shortfall.b4NoMeasures')) return '';
  if (list(a, 'b4.measures').length > 0) return ''; // the question is hidden: never counts
  return str(a, 'b4.noMeasuresReason').trim();
}

export function stepOutcome(stepId: SkrStepId, a: Answers, ctx: RuleContext): StepOutcome {
  const section = sectionById.get(stepId);
  if (!section) throw new Error(`Unknown step ${stepId}`);
  const status = sectionStatus(section, a, ctx);
  const notMet = (reasons: string[]): StepOutcome => {
    const stated = noMeasuresReason(stepId, reasons, a);
    return stated
      ? { kind: 'not-met', reasons, statedReason: stated }
      : { kind: 'not-met', reasons };
  };
  switch (status.kind) {
    case 'not-applicable':
      return { kind: 'not-applicable', reason: status.reason };
    case 'complete':
      return { kind: 'met' };
    case 'needs-completion':
      return notMet(status.reasons);
    case 'in-progress':
      // Name what already falls short too (e.g. no measure proposed), not only "unanswered".
      return notMet(['shortfall.unanswered', ...contentShortfalls(stepId, a, ctx)]);
    case 'not-started':
      return { kind: 'not-met', reasons: ['shortfall.notStarted'] };
  }
}

// ---- Part B verdict (SKR) -------------------------------------------------------------------

export type GenderVerdict =
  | { kind: 'sufficient' } // "Underlaget ger förutsättningar för ett jämställt beslut"
  | { kind: 'not-applicable'; reason: string } // step 1 answered No with a reason
  | { kind: 'needs-completion'; steps: number[] }; // "Underlaget bör kompletteras" (steps 1-5)

export function genderVerdict(a: Answers, ctx: RuleContext): GenderVerdict {
  const step1 = stepOutcome('steg1', a, ctx);
  // The step-1 gate is the question bank's own: steps 2-5 say when they do not apply.
  const gate = sectionById.get('steg2')?.notApplicable?.(a, ctx);
  if (gate) {
    return step1.kind === 'met'
      ? { kind: 'not-applicable', reason: str(a, gate.reasonQuestionId).trim() }
      : { kind: 'needs-completion', steps: [1] };
  }
  const steps = skrStepSectionIds
    .map((id, i) => ({ n: i + 1, outcome: stepOutcome(id, a, ctx) }))
    .filter((s) => s.outcome.kind === 'not-met')
    .map((s) => s.n);
  return steps.length === 0 ? { kind: 'sufficient' } : { kind: 'needs-completion', steps };
}
