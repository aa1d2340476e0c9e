/**
 * Core types of the checklist domain. Pure TypeScript: no React, no browser APIs.
 *
 * A case is a flat map of answers keyed by question id. Answers to questions
 * that are hidden by a condition are kept (never deleted) so that changing an
 * earlier answer never throws away later work; the rules simply ignore them.
 */
import type { StatTable } from './statistics-schema';

export type { StatTable };

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

/**
 * The Sami consultation log (lag 2022:66). Sametinget is always the party the duty is owed to;
 * a sameby or a Sami organisation is consulted in addition, each as its own row with its name.
 */
export const consultationParties = ['sametinget', 'sameby', 'organisation'] as const;
/** Sametinget's (or the other party's) answer to the request: asks for consultation, or declines. */
export const consultationReplies = ['begar', 'avstar'] as const;
/** The law allows a meeting (also a digital one) or a written procedure. */
export const consultationForms = ['mote', 'skriftligt'] as const;
export const consultationOutcomes = [
  'enighet',
  'samtycke',
  // A party has declared that agreement or consent cannot be reached.
  'avslutad-utan-enighet',
  'pagaende',
] as const;
export type ConsultationParty = (typeof consultationParties)[number];
export type ConsultationReply = (typeof consultationReplies)[number];
export type ConsultationForm = (typeof consultationForms)[number];
export type ConsultationOutcome = (typeof consultationOutcomes)[number];

/** What a version 1 case said before the party was structured; kept as written, never dropped. */
export interface ConsultationLegacy {
  /** The free-text parties. */
  parties: string;
  /** The old form when it has no new equivalent ("annat"). */
  form?: string;
}

export interface Consultation {
  id: string;
  party: ConsultationParty | '';
  /** The sameby's or organisation's name (not used for Sametinget). */
  partyName: string;
  /** The date the request for consultation (or the information) was sent. */
  requested: string;
  reply: ConsultationReply | '';
  form: ConsultationForm | '';
  /** The date the consultation was held (or the written procedure closed). */
  date: string;
  outcome: ConsultationOutcome | '';
  /** What came out of the consultation ("vad som kommit fram"); required once it is held. */
  notes: string;
  legacy?: ConsultationLegacy;
}

/**
 * A goal chosen in step 5. National sub-goals have ids `national-1` .. `national-6`.
 * Organisation goals have ids `org:<id>` and carry a snapshot of their text so that
 * an old case still reads correctly after the organisation's config changes.
 */
export interface GoalRef {
  id: string;
  text?: string;
  /** How the proposal and its measures contribute to this goal (step 5 asks it per goal). */
  comment?: string;
}

export type AnswerValue = string | string[] | StatTable[] | Measure[] | Consultation[] | GoalRef[];

export type Answers = Record<string, AnswerValue | undefined>;

export type MinorityLanguage = 'finska' | 'meankieli' | 'samiska';

export type OrganisationKind = 'kommun' | 'region';

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
  /** Whether the organisation is a kommun or a region (the förvaltningsområde duties differ). */
  orgKind?: OrganisationKind;
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
  /**
   * A long text the app can offer as a starting text, computed from other answers
   * (starter-text.ts): the statistics sentences, the measures' follow-up.
   */
  starter?: StarterKind;
  /** i18n keys (namespace `questions`). */
  labelKey: string;
  hintKey: string;
  /**
   * A hint worded by the organisation (kommun or region, its administrative-area languages):
   * the key to use instead of `hintKey`, and the languages to name in it (`{{languages}}`).
   */
  contextHint?: (ctx: RuleContext) => { key: string; languages: readonly MinorityLanguage[] };
  exampleKey?: string;
  /** i18n key of the "why we ask" text. */
  whyKey?: string;
  /** A choice about the journey itself (which road), not content: left out of the appendix. */
  journeyOnly?: boolean;
}

export type StarterKind = 'statistics' | 'measuresFollowUp';

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
  /**
   * A shorter road through the section, chosen from the answers: when `when` holds, these pages
   * are walked instead of `pages`. They hold the same question objects, regrouped (never copies).
   */
  shortRoad?: {
    when: Predicate;
    pages: readonly Page[];
    /** The page with the question that chooses the road: the short pages link to it. */
    choicePageId: string;
  };
}
