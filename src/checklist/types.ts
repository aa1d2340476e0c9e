/**
 * Core types of the checklist domain. Pure TypeScript: no React, no browser APIs.
 *
 * A case is a flat map of answers keyed by question id. Answers to questions
 * that are hidden by a condition are kept (never deleted) so that changing an
 * earlier answer never throws away later work; the rules simply ignore them.
 */
import type { GroupKey, StatTable } from './statistics-schema';

export type { GroupKey, StatTable };

/** The kinds of question the UI knows how to render. */
export type QuestionKind =
  | 'choice' // radio buttons; value: option id (string)
  | 'multi' // checkboxes; value: option ids (string[])
  | 'text' // single line; value: string
  | 'textarea' // long text with a character count; value: string
  | 'date' // ISO date YYYY-MM-DD; value: string
  | 'statistics' // sex-disaggregated tables; value: StatTable[]
  | 'measures' // corrective measures; value: Measure[]
  | 'consultations' // Sami consultation log; value: Consultation[]
  | 'goals'; // national sub-goals + own goals; value: GoalRef[]

export interface Measure {
  id: string;
  measure: string;
  responsible: string;
  when: string;
  followUp: string;
}

export const consultationForms = ['mote', 'skriftligt', 'digitalt', 'annat'] as const;
export const consultationOutcomes = [
  'enighet',
  'samtycke',
  'avslutad-utan-enighet',
  'pagaende',
] as const;
export type ConsultationForm = (typeof consultationForms)[number];
export type ConsultationOutcome = (typeof consultationOutcomes)[number];

export interface Consultation {
  id: string;
  date: string;
  parties: string;
  form: ConsultationForm | '';
  outcome: ConsultationOutcome | '';
  notes: string;
}

/**
 * A goal chosen in step 5. National sub-goals have ids `national-1` .. `national-6`.
 * Organisation goals have ids `org:<id>` and carry a snapshot of their text so that
 * an old case still reads correctly after the organisation's config changes.
 */
export interface GoalRef {
  id: string;
  text?: string;
}

export type AnswerValue = string | string[] | StatTable[] | Measure[] | Consultation[] | GoalRef[];

export type Answers = Record<string, AnswerValue | undefined>;

export type MinorityLanguage = 'finska' | 'meankieli' | 'samiska';

export interface OrgGoal {
  id: string;
  sv: string;
  en?: string;
}

/** What the rules may know besides the answers: the organisation's settings. */
export interface RuleContext {
  /** Languages for which the organisation is in an administrative area (förvaltningsområde). */
  adminLanguages: readonly MinorityLanguage[];
  /** The organisation's own gender-equality goals (step 5). */
  orgGoals: readonly OrgGoal[];
}

export const emptyContext: RuleContext = { adminLanguages: [], orgGoals: [] };

export type Predicate = (answers: Answers, ctx: RuleContext) => boolean;

export interface Question {
  id: string;
  kind: QuestionKind;
  /** For choice/multi: the option ids, in display order. */
  options?: readonly string[];
  /** i18n key prefix of option labels: `questions:options.<optionSet>.<option>`. */
  optionSet?: string;
  /**
   * For multi: options that are always part of the answer (shown checked and not removable),
   * whether or not they are stored. The four basic principles of the child convention.
   */
  fixedOptions?: readonly string[];
  /** Shown only when this holds; always shown when absent. */
  when?: Predicate;
  /** Needed for completeness when visible. A predicate makes it conditional. */
  required: boolean | Predicate;
  /** A text question that offers a list of suggestions from the organisation config. */
  suggestions?: 'committees';
  /** Soft limit shown by the character count; typing past it is never blocked. */
  maxLength?: number;
  /** i18n keys (namespace `questions`). */
  labelKey: string;
  hintKey: string;
  exampleKey?: string;
  /** i18n key of the "why we ask" text. */
  whyKey?: string;
}

export interface Page {
  id: string;
  /** Heading of a page with several questions; a single-question page uses the label. */
  titleKey?: string;
  questions: readonly Question[];
}

export type PartId = 'A' | 'B' | 'C' | 'D' | 'E' | 'S';

export interface Section {
  id: string;
  part: PartId;
  titleKey: string;
  /** Optional sections never make the case incomplete. */
  optional?: boolean;
  /**
   * When the section does not apply, the id of the question whose (text) answer
   * is the stated reason. Returns null when the section applies.
   */
  notApplicable?: (answers: Answers, ctx: RuleContext) => { reasonQuestionId: string } | null;
  pages: readonly Page[];
}
