/**
 * The zod schema of a case: shape, types and hard lengths. The answers map is
 * validated per question kind from the question bank, so the bank stays the one
 * place that says what a question is. Unknown answer keys are kept (a case from
 * a slightly different build must not lose data) but must still be a valid
 * answer value of some kind.
 *
 * zod/mini, not classic zod: every stored case is validated when the case list
 * opens, so these schemas are on the first-load path (about 17 KiB less).
 */
import * as z from 'zod/mini';
import { isRealIsoDate, localIsoDate } from './dates';
import { decisionSchema } from './decision';
import {
  DUPLICATE_ID,
  MAX_UNKNOWN_DEPTH,
  SAFE_ID,
  TOO_DEEP,
  duplicateIdIndexes,
  nestsDeeperThan,
} from './ids';
import { limits } from './limits';
import { questionById } from './question-bank';
import { statTableSchema } from './statistics-schema';
import {
  consultationForms,
  consultationOutcomes,
  consultationParties,
  consultationReplies,
} from './types';
import type { Answers, QuestionKind } from './types';

/**
 * Version 2: a Sami consultation has a structured party (Sametinget / sameby / organisation),
 * the request date and reply, and meeting or written form (src/format/case-migrations.ts migrates).
 * Version 3: kön+ is asked once, in step 3 (`b2.konPlus` merged into `b3.intersectional`); a
 * chosen step-5 goal may carry its own comment; the committee's decision may be recorded
 * (`decision`, see decision.ts). A build that knows only version 2 would drop the last two on
 * save; the bump makes it open such a case read-only instead.
 */
export const CASE_SCHEMA_VERSION = 3;

const max = (n: number) => z.string().check(z.maxLength(n));
/** An answer key: any text (unknown keys from another build are kept). */
const key = () => z.string().check(z.minLength(1), z.maxLength(limits.id));
/** The id of a case, a measure or a consultation: safe characters only (see ids.ts). */
const id = () => z.string().check(z.minLength(1), z.maxLength(limits.id), z.regex(SAFE_ID));
const shortText = max(limits.text);
const longText = max(limits.longText);
/** '' (not answered) or a real calendar date: the same check the question page uses. */
const isoDate = z.union([
  z.literal(''),
  z.string().check(z.refine(isRealIsoDate, { error: 'not a real date (YYYY-MM-DD)' })),
]);
const listOf = <T extends z.core.SomeType>(item: T, n: number) =>
  z.array(item).check(z.maxLength(n));

/** A list of items with ids, each id used once. */
const uniqueListOf = <T extends z.core.SomeType>(item: T, n: number) =>
  z.array(item).check(
    z.maxLength(n),
    z.superRefine((items, ctx) => {
      for (const i of duplicateIdIndexes(items as { id: string }[])) {
        ctx.addIssue({ code: 'custom', message: DUPLICATE_ID, path: [i, 'id'] });
      }
    }),
  );

export const measureSchema = z.object({
  id: id(),
  measure: longText,
  responsible: shortText,
  when: shortText,
  followUp: longText,
});

export const consultationSchema = z.object({
  id: id(),
  party: z.union([z.enum(consultationParties), z.literal('')]),
  partyName: shortText,
  requested: isoDate,
  reply: z.union([z.enum(consultationReplies), z.literal('')]),
  form: z.union([z.enum(consultationForms), z.literal('')]),
  date: isoDate,
  outcome: z.union([z.enum(consultationOutcomes), z.literal('')]),
  notes: longText,
  legacy: z.optional(z.object({ parties: shortText, form: z.optional(max(limits.id)) })),
});

export const goalRefSchema = z.object({
  /** A goal id from the question bank or the organisation config (`org:<id>`), not generated. */
  id: key(),
  text: z.optional(max(limits.text)),
  comment: z.optional(longText),
});

const kindSchemas: Record<QuestionKind, z.ZodMiniType> = {
  choice: max(limits.id),
  multi: listOf(max(limits.id), limits.multi),
  text: shortText,
  textarea: longText,
  date: isoDate,
  statistics: uniqueListOf(statTableSchema, limits.statTables),
  measures: uniqueListOf(measureSchema, limits.measures),
  consultations: uniqueListOf(consultationSchema, limits.consultations),
  goals: listOf(goalRefSchema, limits.goals),
};

const anyAnswer = z.union([longText, listOf(z.unknown(), limits.statRows)]);

export const answersSchema = z.pipe(
  z.record(key(), z.unknown()).check(
    z.superRefine((answers, ctx) => {
      for (const [key, value] of Object.entries(answers)) {
        if (value === undefined) continue;
        const question = questionById.get(key);
        if (!question && nestsDeeperThan(value, MAX_UNKNOWN_DEPTH)) {
          ctx.addIssue({ code: 'custom', message: TOO_DEEP, path: [key] });
          continue;
        }
        const schema = question ? kindSchemas[question.kind] : anyAnswer;
        const result = schema.safeParse(value);
        if (!result.success) {
          for (const issue of result.error.issues) {
            ctx.addIssue({ code: 'custom', message: issue.message, path: [key, ...issue.path] });
          }
        }
      }
    }),
  ),
  z.transform((a) => a as Answers),
);

export const caseSchema = z.object({
  id: id(),
  createdAt: max(40),
  updatedAt: max(40),
  answers: answersSchema,
  /** The committee's decision, once recorded after the meeting (version 3). */
  decision: z.optional(decisionSchema),
});

export type Case = z.infer<typeof caseSchema>;

/** Schema of one answer of a given kind, for forms and importers. */
export function answerSchemaFor(kind: QuestionKind): z.ZodMiniType {
  return kindSchemas[kind];
}

/** What a new case starts with: the officer's own name, when this browser knows it. */
export interface NewCaseDefaults {
  officer?: string;
}

/**
 * A new case. The paper's date ("Vilket datum har underlaget?") starts as today in the local
 * time zone, and the officer as the personal default; both are ordinary answers the officer
 * can change. The meeting date is never guessed.
 */
export function newCase(id: string, now: Date = new Date(), defaults: NewCaseDefaults = {}): Case {
  const iso = now.toISOString();
  const answers: Answers = { 'a.date': localIsoDate(now) };
  const officer = defaults.officer?.trim();
  if (officer) answers['a.officer'] = officer;
  return { id, createdAt: iso, updatedAt: iso, answers };
}
