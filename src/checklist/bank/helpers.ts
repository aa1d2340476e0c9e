/**
 * The building blocks of the question bank: question and page constructors, small predicates
 * over answers and the shared option sets. Pure data helpers; the sections live beside this file.
 */
import type { Answers, Page, Predicate, Question, QuestionKind } from '../types';

type QuestionInit = Partial<Omit<Question, 'id' | 'kind'>> & {
  example?: boolean;
  why?: boolean;
};

export function q(id: string, kind: QuestionKind, init: QuestionInit = {}): Question {
  const { example = false, why = false, ...rest } = init;
  return {
    required: false,
    labelKey: `${id}.label`,
    hintKey: `${id}.hint`,
    ...(example ? { exampleKey: `${id}.example` } : {}),
    ...(why ? { whyKey: `${id}.why` } : {}),
    ...rest,
    id,
    kind,
  };
}

export function page(id: string, questions: Question[], titleKey?: string): Page {
  return { id, questions, ...(titleKey ? { titleKey } : {}) };
}

// ---- small predicates over answers ---------------------------------------

export function str(a: Answers, id: string): string {
  const v = a[id];
  return typeof v === 'string' ? v : '';
}

export function list<T = unknown>(a: Answers, id: string): T[] {
  const v = a[id];
  return Array.isArray(v) ? (v as T[]) : [];
}

export const is =
  (id: string, ...values: string[]): Predicate =>
  (a) =>
    values.includes(str(a, id));
export const includes =
  (id: string, value: string): Predicate =>
  (a) =>
    list<string>(a, id).includes(value);
export const nonEmpty =
  (id: string): Predicate =>
  (a) =>
    list(a, id).length > 0;

/**
 * The options of a multi question that count as chosen: the fixed ones (always included),
 * then the stored ones in display order, then stored ids the bank no longer lists (an old case).
 */
export function chosenOptions(question: Question, a: Answers): string[] {
  const stored = list<string>(a, question.id);
  const fixed = question.fixedOptions ?? [];
  const options = question.options ?? [];
  const known = options.filter((o) => fixed.includes(o) || stored.includes(o));
  const unknown = stored.filter((v) => !options.includes(v));
  return [...known, ...unknown.filter((v, i) => unknown.indexOf(v) === i)];
}

/** The case's title as the officer wrote it (trimmed); '' when not given yet. */
export function caseTitle(a: Answers): string {
  return str(a, 'a.title').trim();
}

// ---- option sets -------------------------------------------------------------

export const yesNoUnknown = ['ja', 'nej', 'vet-inte'] as const;
export const yesNo = ['ja', 'nej'] as const;

export const nationalGoalIds = [
  'national-1',
  'national-2',
  'national-3',
  'national-4',
  'national-5',
  'national-6',
] as const;

export const basicPrinciples = ['art2', 'art3', 'art6', 'art12'] as const;
