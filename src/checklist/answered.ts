/**
 * Which questions and pages are shown and what counts as answered. Derived from the answers (and
 * the organisation context); nothing is stored. Invariant: hidden questions never count, but their
 * answers are left untouched.
 */
import { chosenOptions, list, sections, str } from './question-bank';
import { isConsultationLogged } from './sami-duty';
import { cellNumber } from './statistics/cell';
import type {
  Answers,
  Consultation,
  Measure,
  Page,
  Question,
  RuleContext,
  Section,
  StatTable,
} from './types';

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
export function isMeasureIncomplete(m: Measure): boolean {
  return !isMeasureBlank(m) && !isMeasureFilled(m);
}

/** A table with at least one row holding usable figures for women and men (or girls and boys). */
export function isTableSplitBySex(t: StatTable): boolean {
  const has = (r: StatTable['rows'][number], g: 'women' | 'men' | 'girls' | 'boys') =>
    (g === 'women' || g === 'men' || t.groups.includes(g)) &&
    cellNumber(r.values[g], t.unit) != null;
  return t.rows.some(
    (r) => (has(r, 'women') && has(r, 'men')) || (has(r, 'girls') && has(r, 'boys')),
  );
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
  const pages = section.shortRoad?.when(a, ctx) ? section.shortRoad.pages : section.pages;
  return pages.filter((p) => visibleQuestions(p, a, ctx).length > 0);
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
