/**
 * The zod schema of a case: shape, types and hard lengths. The answers map is
 * validated per question kind from the question bank, so the bank stays the one
 * place that says what a question is. Unknown answer keys are kept (a case from
 * a slightly different build must not lose data) but must still be a valid
 * answer value of some kind.
 */
import { z } from 'zod';
import { limits } from './limits';
import { questionById } from './question-bank';
import { statTableSchema } from './statistics-schema';
import { consultationForms, consultationOutcomes } from './types';
import type { Answers, QuestionKind } from './types';

export const CASE_SCHEMA_VERSION = 1;

const shortText = z.string().max(limits.text);
const longText = z.string().max(limits.longText);
const isoDate = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);

export const measureSchema = z.object({
  id: z.string().min(1).max(limits.id),
  measure: longText,
  responsible: shortText,
  when: shortText,
  followUp: longText,
});

export const consultationSchema = z.object({
  id: z.string().min(1).max(limits.id),
  date: isoDate,
  parties: shortText,
  form: z.union([z.enum(consultationForms), z.literal('')]),
  outcome: z.union([z.enum(consultationOutcomes), z.literal('')]),
  notes: longText,
});

export const goalRefSchema = z.object({
  id: z.string().min(1).max(limits.id),
  text: z.string().max(limits.text).optional(),
});

const kindSchemas: Record<QuestionKind, z.ZodType> = {
  choice: z.string().max(limits.id),
  multi: z.array(z.string().max(limits.id)).max(limits.multi),
  text: shortText,
  textarea: longText,
  date: isoDate,
  statistics: z.array(statTableSchema).max(limits.statTables),
  measures: z.array(measureSchema).max(limits.measures),
  consultations: z.array(consultationSchema).max(limits.consultations),
  goals: z.array(goalRefSchema).max(limits.goals),
};

const anyAnswer = z.union([longText, z.array(z.unknown()).max(limits.statRows)]);

export const answersSchema = z
  .record(z.string().min(1).max(limits.id), z.unknown())
  .superRefine((answers, ctx) => {
    for (const [key, value] of Object.entries(answers)) {
      if (value === undefined) continue;
      const question = questionById.get(key);
      const schema = question ? kindSchemas[question.kind] : anyAnswer;
      const result = schema.safeParse(value);
      if (!result.success) {
        for (const issue of result.error.issues) {
          ctx.addIssue({ code: 'custom', message: issue.message, path: [key, ...issue.path] });
        }
      }
    }
  })
  .transform((a) => a as Answers);

export const caseSchema = z.object({
  id: z.string().min(1).max(limits.id),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  answers: answersSchema,
});

export type Case = z.infer<typeof caseSchema>;

/** Schema of one answer of a given kind, for forms and importers. */
export function answerSchemaFor(kind: QuestionKind): z.ZodType {
  return kindSchemas[kind];
}

export function newCase(id: string, now: Date = new Date()): Case {
  const iso = now.toISOString();
  return { id, createdAt: iso, updatedAt: iso, answers: {} };
}
