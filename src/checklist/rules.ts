/**
 * The rules over answers, in one place to import from: which questions and pages are shown and
 * what is answered (answered.ts), where the journey leads (journey.ts), each section's status,
 * each SKR step's outcome and the Part B verdict (step-rules.ts), the child-rights checks
 * (child-rules.ts), minorities and the Sami consultation duty (minority-rules.ts, sami-duty.ts)
 * and the verdicts of the whole case (conclusion.ts).
 *
 * Everything is derived from the answers (and the organisation context); nothing is ever stored.
 * Invariant: hidden questions never count, but their answers are left untouched.
 */
export {
  isAnswered,
  isMeasureFilled,
  isRequired,
  isVisible,
  missingInCase,
  missingInSection,
  visiblePages,
  visibleQuestions,
} from './answered';
export { journey } from './journey';
export { genderVerdict, sectionStatus, stepOutcome } from './step-rules';
export type { GenderVerdict, SectionStatus, StepOutcome } from './step-rules';
export { childCheckIds, childChecks } from './child-rules';
export type { ChildCheck } from './child-rules';
export { samiConsultationMissing } from './minority-rules';
export {
  caseConclusion,
  childVerdict,
  minorityVerdict,
  otherGroundsVerdict,
  summarise,
  unansweredKind,
} from './conclusion';
export type { CaseSummary, PartKey, PartVerdict } from './conclusion';
export { isConsultationLogged, samiDuty } from './sami-duty';
export type { SamiDuty } from './sami-duty';
