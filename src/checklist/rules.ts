/**
 * Rules over answers: which questions and pages are shown, what is answered,
 * each section's status, each SKR step's outcome, the overall verdict, the
 * child-rights checks and the Sami consultation warning.
 *
 * Everything here is derived from the answers (and the organisation context);
 * nothing is ever stored. Invariant: hidden questions never count, but their
 * answers are left untouched.
 */
import {
  chosenOptions,
  list,
  questionById,
  sectionById,
  sections,
  skrStepSectionIds,
  str,
} from './question-bank';
import type { SkrStepId } from './question-bank';
import { isConsultationLogged, samiDuty } from './sami-duty';
import type { SamiDuty } from './sami-duty';
import { cellNumber } from './statistics/cell';
import type {
  Answers,
  Consultation,
  GoalRef,
  Measure,
  Page,
  Question,
  RuleContext,
  Section,
  StatTable,
} from './types';

// ---- visibility and answered ---------------------------------------------------------

/** A question is visible when its section applies and its own condition holds. */
export function isVisible(question: Question, a: Answers, ctx: RuleContext): boolean {
  return question.when ? question.when(a, ctx) : true;
}

export function isRequired(question: Question, a: Answers, ctx: RuleContext): boolean {
  return typeof question.required === 'function' ? question.required(a, ctx) : question.required;
}

/** A measure counts only with all four parts SKR names: what, who is responsible, when, follow-up. */
export function isMeasureFilled(m: Measure): boolean {
  return (
    m.measure.trim() !== '' &&
    m.responsible.trim() !== '' &&
    m.when.trim() !== '' &&
    m.followUp.trim() !== ''
  );
}

function isMeasureBlank(m: Measure): boolean {
  return [m.measure, m.responsible, m.when, m.followUp].every((v) => v.trim() === '');
}

/** A measure row begun but lacking one of the four parts (a wholly empty row is ignored). */
function isMeasureIncomplete(m: Measure): boolean {
  return !isMeasureBlank(m) && !isMeasureFilled(m);
}

export { isConsultationLogged };

/** A table with at least one row holding usable figures for women and men (or girls and boys). */
function isTableSplitBySex(t: StatTable): boolean {
  const has = (r: StatTable['rows'][number], g: 'women' | 'men' | 'girls' | 'boys') =>
    (g === 'women' || g === 'men' || t.groups.includes(g)) &&
    cellNumber(r.values[g], t.unit) != null;
  return t.rows.some(
    (r) => (has(r, 'women') && has(r, 'men')) || (has(r, 'girls') && has(r, 'boys')),
  );
}

function isOrgGoal(g: GoalRef): boolean {
  return g.id.startsWith('org:');
}

function isTableFilled(t: StatTable): boolean {
  return (
    t.indicator.trim() !== '' &&
    t.rows.some((r) => Object.values(r.values).some((v) => (v ?? '').trim() !== ''))
  );
}

/** Whether a question has a usable answer (empty strings, empty lists and blank rows do not count). */
export function isAnswered(question: Question, a: Answers): boolean {
  switch (question.kind) {
    case 'choice':
    case 'text':
    case 'textarea':
    case 'date':
      return str(a, question.id).trim() !== '';
    case 'multi':
      return chosenOptions(question, a).length > 0;
    case 'goals':
      return list(a, question.id).length > 0;
    case 'statistics':
      return list<StatTable>(a, question.id).some(isTableFilled);
    case 'measures': {
      // Every begun measure needs all four parts; a half-filled one is never silently dropped.
      const begun = list<Measure>(a, question.id).filter((m) => !isMeasureBlank(m));
      return begun.length > 0 && begun.every(isMeasureFilled);
    }
    case 'consultations':
      return list<Consultation>(a, question.id).some(isConsultationLogged);
  }
}

export function visibleQuestions(page: Page, a: Answers, ctx: RuleContext): Question[] {
  return page.questions.filter((q) => isVisible(q, a, ctx));
}

/** Pages of a section the officer walks through now, in order. */
export function visiblePages(section: Section, a: Answers, ctx: RuleContext): Page[] {
  const na = section.notApplicable?.(a, ctx);
  if (na && !section.pages.some((p) => p.questions.some((q) => q.id === na.reasonQuestionId))) {
    // The gate is in another section (steps 2-5 hang on step 1): nothing of this one is shown.
    return [];
  }
  return section.pages.filter((p) => visibleQuestions(p, a, ctx).length > 0);
}

/** The whole journey: every visible page of every section, in order. */
export function journey(a: Answers, ctx: RuleContext): { sectionId: string; pageId: string }[] {
  return sections.flatMap((s) =>
    visiblePages(s, a, ctx).map((p) => ({ sectionId: s.id, pageId: p.id })),
  );
}

export function previousPageId(
  sectionId: string,
  pageId: string,
  a: Answers,
  ctx: RuleContext,
): string | null {
  const section = sectionById.get(sectionId);
  if (!section) return null;
  const pages = visiblePages(section, a, ctx);
  const i = pages.findIndex((p) => p.id === pageId);
  return i > 0 ? (pages[i - 1]?.id ?? null) : null;
}

export interface MissingQuestion {
  sectionId: string;
  pageId: string;
  questionId: string;
}

/** Required, visible, unanswered questions of a section, in order. */
export function missingInSection(
  section: Section,
  a: Answers,
  ctx: RuleContext,
): MissingQuestion[] {
  return visiblePages(section, a, ctx).flatMap((p) =>
    visibleQuestions(p, a, ctx)
      .filter((q) => isRequired(q, a, ctx) && !isAnswered(q, a))
      .map((q) => ({ sectionId: section.id, pageId: p.id, questionId: q.id })),
  );
}

export function missingInCase(a: Answers, ctx: RuleContext): MissingQuestion[] {
  return sections.filter((s) => !s.optional).flatMap((s) => missingInSection(s, a, ctx));
}

// ---- statuses -----------------------------------------------------------------------------

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
      if (ctx.orgGoals.length > 0 && chosen.length > 0 && !chosen.some(isOrgGoal)) {
        return ['shortfall.b5NoOrgGoals'];
      }
      return [];
    }
    case 'barn':
      return childShortfalls(a, ctx);
    case 'minoriteter': {
      const out: string[] = [];
      const affected = ['ja', 'vet-inte'].includes(str(a, 'd.affects'));
      if (str(a, 'd.affects') === 'vet-inte') out.push('shortfall.dUnknown');
      // The förvaltningsområde question is only asked when the organisation is in one.
      if (ctx.adminLanguages.length > 0 && str(a, 'd.adminRights') === 'vet-inte') {
        out.push('shortfall.adminRightsUnknown');
      }
      const duty = samiDuty(a);
      if (duty.kind === 'unknown') out.push('shortfall.samiUnknown');
      if (duty.kind === 'not-met') out.push(...duty.reasons.map((r) => `shortfall.sami.${r}`));
      // d.samrad is only asked when the minorities are (or may be) affected; a hidden answer never counts.
      if (affected && str(a, 'd.samrad') === 'planerat') out.push('shortfall.samradPlanned');
      return out;
    }
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
  if (str(a, 'b1.affects') === 'nej') {
    return step1.kind === 'met'
      ? { kind: 'not-applicable', reason: str(a, 'b1.noReason').trim() }
      : { kind: 'needs-completion', steps: [1] };
  }
  const steps = skrStepSectionIds
    .map((id, i) => ({ n: i + 1, outcome: stepOutcome(id, a, ctx) }))
    .filter((s) => s.outcome.kind === 'not-met')
    .map((s) => s.n);
  return steps.length === 0 ? { kind: 'sufficient' } : { kind: 'needs-completion', steps };
}

// ---- Part C: Barnombudsmannen's checks before a decision ---------------------------------------

export const childCheckIds = [
  'childrenIdentified',
  'articlesIdentified',
  'knowledgeAnalysed',
  'lawsAnalysed',
  'childrenHeard',
  'compensatingMeasures',
] as const;
export type ChildCheckId = (typeof childCheckIds)[number];

export interface ChildCheck {
  id: ChildCheckId;
  status: 'met' | 'not-met' | 'not-applicable';
}

/**
 * Whether not hearing children can be justified by a stated reason. Barnombudsmannen: relying on
 * existing knowledge instead of asking children will do only when children are affected to a small
 * degree; when they are affected more, children must be heard. Strict reading: only "liten" may
 * rely on a reason ("måttlig" may not), and an unanswered extent never may.
 */
export function notHearingMayBeJustified(a: Answers): boolean {
  return str(a, 'c.extent') === 'liten';
}

export function childChecks(a: Answers, _ctx: RuleContext): ChildCheck[] {
  // When the case does not affect children, none of the checks applies (the answers behind them are hidden).
  const affects = str(a, 'c.affects');
  if (affects === 'nej') return childCheckIds.map((id) => ({ id, status: 'not-applicable' }));
  const filled = (id: string) => str(a, id).trim() !== '';
  const heard = str(a, 'c.heard');
  const inLine = str(a, 'c.inLine');
  const status = (ok: boolean): ChildCheck['status'] => (ok ? 'met' : 'not-met');
  const articles = questionById.get('c.articles');
  const otherArticles = articles ? chosenOptions(articles, a).includes('annan') : false;
  return [
    // "Vet inte ännu" is no information about which children are affected and how.
    {
      id: 'childrenIdentified',
      status: status(affects !== 'vet-inte' && list(a, 'c.ageGroups').length > 0),
    },
    // The four basic principles are always identified (fixed options); another article needs its name.
    { id: 'articlesIdentified', status: status(!otherArticles || filled('c.articlesOther')) },
    { id: 'knowledgeAnalysed', status: status(filled('c.knowledge')) },
    { id: 'lawsAnalysed', status: status(filled('c.laws')) },
    {
      id: 'childrenHeard',
      status: status(
        (heard === 'ja' && filled('c.heardHow')) ||
          (heard === 'nej' && notHearingMayBeJustified(a) && filled('c.notHeardWhy')),
      ),
    },
    {
      id: 'compensatingMeasures',
      status:
        inLine === 'ja'
          ? 'not-applicable'
          : inLine === 'delvis' || inLine === 'nej'
            ? status(filled('c.compensating') && filled('c.reasonAgainst'))
            : 'not-met',
    },
  ];
}

/**
 * Why a fully answered part C is not met, as reason keys: the specific reason first where
 * there is one ("Vet inte ännu"; children affected more than a little and not heard), else the
 * check that is not met.
 */
function childShortfalls(a: Answers, ctx: RuleContext): string[] {
  const unknown = str(a, 'c.affects') === 'vet-inte';
  const out = unknown ? ['shortfall.cUnknown'] : [];
  for (const c of childChecks(a, ctx)) {
    if (c.status !== 'not-met') continue;
    if (c.id === 'childrenIdentified' && unknown) continue;
    if (c.id === 'childrenHeard' && str(a, 'c.heard') === 'nej' && !notHearingMayBeJustified(a)) {
      out.push('shortfall.cNotHeard');
      continue;
    }
    out.push(`childCheck.${c.id}`);
  }
  return out;
}

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

// ---- Part D: minorities and the Sami consultation duty (lag 2022:66) ------------------------------

/**
 * True when the duty to consult Sametinget applies (lag 2022:66) and is not met: the case
 * cannot go to the meeting until Sametinget has been consulted. See `samiDuty`.
 */
export function samiConsultationMissing(a: Answers): boolean {
  return samiDuty(a).kind === 'not-met';
}

/**
 * The verdict comment's extra reason for Part D that does not make it fall short: why the
 * officer did not hold a samråd (5 §), in their own words. '' when not applicable.
 */
export function samradNotHeldReason(a: Answers): string {
  const shown = ['ja', 'vet-inte'].includes(str(a, 'd.affects')) && str(a, 'd.samrad') === 'nej';
  return shown ? str(a, 'd.samradWhyNot').trim() : '';
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

export { samiDuty };
export type { SamiDuty };
