/**
 * What is wrong with one answer when the officer presses Continue. Plain
 * functions over the question bank and the domain rules (no rule is written
 * twice: "answered" is `isAnswered` from rules.ts); the page turns the result
 * into a translated message and a zod schema for react-hook-form.
 */
import * as z from 'zod/mini';
import { isRealIsoDate } from '../../checklist/dates';
import { isAnswered } from '../../checklist/rules';
import type { AnswerValue, Question } from '../../checklist/types';
import { characterLength } from '../common/CharacterCount';

export type AnswerProblem =
  { kind: 'required' } | { kind: 'tooLong'; max: number } | { kind: 'dateInvalid' };

export function answerProblem(
  question: Question,
  value: unknown,
  required: boolean,
  /** The browser could not read what was typed in a date field. */
  dateUnreadable = false,
): AnswerProblem | null {
  if (question.kind === 'date') {
    const v = typeof value === 'string' ? value : '';
    if (dateUnreadable || (v !== '' && !isRealIsoDate(v))) return { kind: 'dateInvalid' };
  }
  if (required && !isAnswered(question, { [question.id]: value as AnswerValue | undefined })) {
    return { kind: 'required' };
  }
  if ((question.kind === 'text' || question.kind === 'textarea') && question.maxLength) {
    const v = typeof value === 'string' ? value : '';
    if (characterLength(v) > question.maxLength)
      return { kind: 'tooLong', max: question.maxLength };
  }
  return null;
}

/** Question ids contain dots, which react-hook-form reads as paths: use a flat name. */
export function fieldName(questionId: string): string {
  return questionId.replace(/\./g, '__');
}

/** DOM id of a question's field (error summary links point here). */
export function fieldId(questionId: string): string {
  return `q-${questionId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export interface SchemaQuestion {
  question: Question;
  required: boolean;
  dateUnreadable: boolean;
}

/** A zod object over the given (visible) questions; messages come from `message`. */
export function pageSchema(
  questions: readonly SchemaQuestion[],
  message: (question: Question, problem: AnswerProblem) => string,
) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const { question, required, dateUnreadable } of questions) {
    shape[fieldName(question.id)] = z.unknown().check(
      z.superRefine((value, ctx) => {
        const problem = answerProblem(question, value, required, dateUnreadable);
        if (problem) ctx.addIssue({ code: 'custom', message: message(question, problem) });
      }),
    );
  }
  return z.object(shape);
}
