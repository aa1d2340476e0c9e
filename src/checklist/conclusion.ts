/**
 * The verdicts of parts C, D and E, the summary of the whole case and the one conclusion: can
 * the paper go to the committee?
 */
import { isRequired, missingInCase } from './answered';
import type { MissingQuestion } from './answered';
import { childChecks } from './child-rules';
import type { ChildCheck } from './child-rules';
import { samiConsultationMissing, samradNotHeldReason } from './minority-rules';
import { sectionById, sections, skrStepSectionIds } from './question-bank';
import type { SkrStepId } from './question-bank';
import { samiDuty } from './sami-duty';
import type { SamiDuty } from './sami-duty';
import { genderVerdict, sectionStatus, stepOutcome } from './step-rules';
import type { GenderVerdict, SectionStatus, StepOutcome } from './step-rules';
import type { Answers, Question, RuleContext } from './types';

export type PartVerdict =
  | { kind: 'met' }
  | { kind: 'not-met'; reasons: string[] }
  | { kind: 'not-applicable'; reason: string }
  | { kind: 'optional-empty' };

function partVerdictFromStatus(status: SectionStatus, optional = false): PartVerdict {
  switch (status.kind) {
    case 'not-applicable':
      return { kind: 'not-applicable', reason: status.reason };
    case 'complete':
      return { kind: 'met' };
    case 'needs-completion':
      return { kind: 'not-met', reasons: status.reasons };
    case 'in-progress':
      return { kind: 'not-met', reasons: ['shortfall.unanswered'] };
    case 'not-started':
      return optional
        ? { kind: 'optional-empty' }
        : { kind: 'not-met', reasons: ['shortfall.notStarted'] };
  }
}

export function childVerdict(a: Answers, ctx: RuleContext): PartVerdict {
  return partVerdictFromStatus(sectionStatus(sectionById.get('barn')!, a, ctx));
}

export function minorityVerdict(a: Answers, ctx: RuleContext): PartVerdict {
  return partVerdictFromStatus(sectionStatus(sectionById.get('minoriteter')!, a, ctx));
}

export function otherGroundsVerdict(a: Answers, ctx: RuleContext): PartVerdict {
  return partVerdictFromStatus(sectionStatus(sectionById.get('jamlikhet')!, a, ctx), true);
}

// ---- the whole case ----------------------------------------------------------------------------

export interface CaseSummary {
  sections: { id: string; status: SectionStatus }[];
  steps: { id: SkrStepId; n: number; outcome: StepOutcome }[];
  gender: GenderVerdict;
  child: PartVerdict;
  childChecks: ChildCheck[];
  minorities: PartVerdict;
  otherGrounds: PartVerdict;
  /** The Sami consultation duty (lag 2022:66): the one judgement every screen words. */
  samiDuty: SamiDuty;
  /** `samiDuty.kind === 'not-met'`. */
  samiConsultationMissing: boolean;
  /** Why no samråd with the minorities took place (5 §), for the verdict comment; '' if none. */
  samradNotHeldReason: string;
  missing: MissingQuestion[];
}

export function summarise(a: Answers, ctx: RuleContext): CaseSummary {
  const sectionStatuses = sections.map((s) => ({ id: s.id, status: sectionStatus(s, a, ctx) }));
  const missing = missingInCase(a, ctx);
  return {
    sections: sectionStatuses,
    steps: skrStepSectionIds.map((id, i) => ({ id, n: i + 1, outcome: stepOutcome(id, a, ctx) })),
    gender: genderVerdict(a, ctx),
    child: childVerdict(a, ctx),
    childChecks: childChecks(a, ctx),
    minorities: minorityVerdict(a, ctx),
    otherGrounds: otherGroundsVerdict(a, ctx),
    samiDuty: samiDuty(a),
    samiConsultationMissing: samiConsultationMissing(a),
    samradNotHeldReason: samradNotHeldReason(a),
    missing,
  };
}

/**
 * How a visible, unanswered question reads on check-answers and in the appendix: required,
 * owed by law without blocking Continue (the Sami consultation log while the duty is unmet),
 * or optional.
 */
export function unansweredKind(
  question: Question,
  a: Answers,
  ctx: RuleContext,
): 'required' | 'legal-duty' | 'optional' {
  if (isRequired(question, a, ctx)) return 'required';
  if (question.id === 'd.consultations' && samiDuty(a).kind === 'not-met') return 'legal-duty';
  return 'optional';
}

// ---- the conclusion: can the paper go to the committee? -----------------------------------------

/** The parts besides SKR's five steps, as the UI and the appendix name them. */
export type PartKey = 'child' | 'minorities' | 'otherGrounds';

export type CaseConclusion =
  /** Every SKR step met (or not applicable) and parts C and D met or not applicable. */
  | { kind: 'can-go-on'; parts: PartKey[] }
  /**
   * The paper can be sent back for completion: the SKR steps not met (1-5) and the
   * parts not met. `parts` may also list part E (optional), which never blocks on its own.
   */
  | { kind: 'send-back'; steps: number[]; parts: PartKey[]; samiBlocked: boolean };

/**
 * One conclusion for the whole case, from the verdicts in the summary. The review screen,
 * the case list and the tests use this, so what they say cannot drift apart from page one
 * of the appendix (which shows the same verdicts row by row).
 */
export function caseConclusion(
  s: Pick<CaseSummary, 'gender' | 'child' | 'minorities' | 'otherGrounds' | 'samiDuty'>,
): CaseConclusion {
  const parts = (
    [
      ['child', s.child],
      ['minorities', s.minorities],
      ['otherGrounds', s.otherGrounds],
    ] as const
  )
    .filter(([, v]) => v.kind === 'not-met')
    .map(([k]) => k);
  const steps = s.gender.kind === 'needs-completion' ? s.gender.steps : [];
  const blocking = parts.filter((p) => p !== 'otherGrounds');
  // An unmet Sami consultation duty (lag 2022:66) stops the case whatever SKR's steps say.
  const samiBlocked = s.samiDuty.kind === 'not-met';
  return steps.length === 0 && blocking.length === 0 && !samiBlocked
    ? { kind: 'can-go-on', parts }
    : { kind: 'send-back', steps, parts, samiBlocked };
}
