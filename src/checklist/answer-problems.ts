/**
 * What is wrong with one answer when the officer presses Continue: a required answer missing, a
 * text over its soft limit, a date that is not a real calendar date. Pure; the question page
 * turns a problem into a translated message, and the case schema uses the same date check.
 */
import { isAnswered } from './answered';
import { isRealIsoDate } from './dates';
import type { AnswerValue, Question } from './types';

export type AnswerProblem =
  { kind: 'required' } | { kind: 'tooLong'; max: number } | { kind: 'dateInvalid' };

/** Length as people count characters (a surrogate pair or emoji counts once). */
export function characterLength(value: string): number {
  // As Array.from(value).length (a surrogate pair is one character), without building an array
  // on every keystroke of a long answer.
  let n = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    const hi = value.charCodeAt(i);
    if (hi < 0xd800 || hi > 0xdbff) continue;
    const lo = value.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) {
      n--;
      i++;
    }
  }
  return n;
}

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
    if (characterLength(v) > question.maxLength) {
      return { kind: 'tooLong', max: question.maxLength };
    }
  }
  return null;
}
