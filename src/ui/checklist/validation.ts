/**
 * The page's zod schema for react-hook-form, built from the domain's answer problems
 * (src/checklist/answer-problems.ts: no rule is written twice), and the field names and ids.
 */
import * as z from 'zod/mini';
import { answerProblem } from '../../checklist/answer-problems';
import type { AnswerProblem } from '../../checklist/answer-problems';
import type { Question } from '../../checklist/types';

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
