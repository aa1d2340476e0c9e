/**
 * The committee's decision, recorded after the meeting (issue 14): the outcome, the date and
 * the protocol paragraph. An återremiss names the SKR steps (1-5) and the parts it sends back
 * for. It travels in the case (`case.decision`, case version 3) and so in every saved file and
 * appendix; the follow-up counts it.
 *
 * Pure: no React, no browser APIs.
 */
import * as z from 'zod/mini';
import { isRealIsoDate } from './dates';

export const decisionOutcomes = [
  /** Beslut enligt förslaget. */
  'enligt-forslaget',
  /** Beslut med ändring. */
  'med-andring',
  /** Återremiss: sent back to the förvaltning, for the steps and parts it names. */
  'aterremiss',
  /** Bordläggning: postponed to a later meeting. */
  'bordlaggning',
  /** Avslag: the proposal is rejected. */
  'avslag',
] as const;

/** The parts besides SKR's steps an återremiss may name (as conclusion.ts's PartKey). */
export const decisionParts = ['child', 'minorities', 'otherGrounds'] as const;

export const decisionSteps = [1, 2, 3, 4, 5] as const;

/** A protocol paragraph as written: "§ 45", "45", "KS § 12". */
export const MAX_PARAGRAPH = 40;

const unique = (xs: readonly unknown[]) => new Set(xs).size === xs.length;

export const decisionSchema = z
  .object({
    outcome: z.enum(decisionOutcomes),
    date: z.union([
      z.literal(''),
      z.string().check(z.refine(isRealIsoDate, { error: 'not a real date (YYYY-MM-DD)' })),
    ]),
    paragraph: z.string().check(z.maxLength(MAX_PARAGRAPH)),
    steps: z
      .array(z.union(decisionSteps.map((n) => z.literal(n))))
      .check(z.maxLength(5), z.refine(unique, { error: 'a step is named twice' })),
    parts: z
      .array(z.enum(decisionParts))
      .check(z.maxLength(3), z.refine(unique, { error: 'a part is named twice' })),
  })
  .check(
    z.refine((d) => d.outcome === 'aterremiss' || (d.steps.length === 0 && d.parts.length === 0), {
      error: 'only an återremiss names steps or parts',
      path: ['steps'],
    }),
  );

/**
 * A recorded decision: `outcome`; `date` (YYYY-MM-DD, a real date, '' when not known yet);
 * `paragraph` of the minutes ('' when not known yet); for an återremiss the SKR `steps` (1-5)
 * and the `parts` it sends back for, each once.
 */
export type Decision = z.infer<typeof decisionSchema>;

/** A decision in its canonical form: steps ascending, parts in their fixed order. */
export function normaliseDecision(d: Decision): Decision {
  const isAterremiss = d.outcome === 'aterremiss';
  return {
    outcome: d.outcome,
    date: d.date,
    paragraph: d.paragraph.trim(),
    steps: isAterremiss ? [...new Set(d.steps)].sort((a, b) => a - b) : [],
    parts: isAterremiss ? decisionParts.filter((p) => d.parts.includes(p)) : [],
  };
}

/** What a decision being recorded still lacks, field by field (message keys, namespace `decision`). */
export type DecisionProblem = 'outcome' | 'sentBack' | 'date' | 'paragraph';

/**
 * Why a decision as entered cannot be recorded: no outcome, an återremiss that names no step
 * or part (a committee sends a paper back for something), a date that is not a real one, a
 * paragraph too long. The decision form shows these; the schema keeps what is stored valid.
 */
export function decisionProblems(v: {
  outcome: string;
  steps: readonly unknown[];
  parts: readonly unknown[];
  date: string;
  paragraph: string;
}): DecisionProblem[] {
  const out: DecisionProblem[] = [];
  if (!(decisionOutcomes as readonly string[]).includes(v.outcome)) out.push('outcome');
  else if (v.outcome === 'aterremiss' && v.steps.length === 0 && v.parts.length === 0)
    out.push('sentBack');
  if (v.date !== '' && !isRealIsoDate(v.date)) out.push('date');
  if (v.paragraph.trim().length > MAX_PARAGRAPH) out.push('paragraph');
  return out;
}
