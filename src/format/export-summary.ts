/**
 * The small, stable summary every export carries beside the full case (issue 14): who, what,
 * when, each SKR step's and each part's outcome, the Sami consultation duty and the decision,
 * as this build's rules judged them when the file was made. Versioned like the case
 * (`format` + `version` through versioned-json.ts), so a later build can count old appendices
 * without guessing, and can tell when today's rules judge the embedded case differently.
 *
 * The follow-up always recomputes from the embedded case; the stored summary is what the file
 * said at the time (and the fallback of a reader that cannot decode the case).
 *
 * Pure (no docx, no browser storage): the appendix embeds it, the follow-up reads it.
 */
import * as z from 'zod/mini';
import { caseConclusion, summarise } from '../checklist/conclusion';
import type { CaseSummary, PartVerdict } from '../checklist/conclusion';
import { decisionSchema } from '../checklist/decision';
import type { Decision } from '../checklist/decision';
import { CASE_SCHEMA_VERSION } from '../checklist/schema';
import type { Case } from '../checklist/schema';
import type { SamiDuty } from '../checklist/sami-duty';
import type { StepOutcome } from '../checklist/step-rules';
import type { Answers, RuleContext } from '../checklist/types';
import { APP_VERSION } from './case-envelope';
import { decodeVersioned, encodeVersioned, parseVersioned } from './versioned-json';
import type { Decoded, VersionedFormat } from './versioned-json';

export const SUMMARY_FORMAT = 'underlagskollen-summary';
/** Version 1: the first summary (case version 3). */
export const SUMMARY_VERSION = 1;

export const stepKinds = ['met', 'not-met', 'not-applicable'] as const;
export type StepKind = (typeof stepKinds)[number];
export const partKinds = ['met', 'not-met', 'not-applicable', 'optional-empty'] as const;
export type PartKind = (typeof partKinds)[number];
export const samiKinds = ['not-triggered', 'unknown', 'before-law', 'met', 'not-met'] as const;
export type SamiKind = (typeof samiKinds)[number];

export interface ExportSummary {
  format: typeof SUMMARY_FORMAT;
  version: number;
  caseId: string;
  /** The question set the outcomes were judged with: the case version and the app build. */
  questionSet: { caseVersion: number; appVersion: string };
  /** When the export was made, and when the case was last changed. */
  savedAt: string;
  updatedAt: string;
  /** The organisation's name from its settings ('' when none is set). */
  organisation: string;
  committee: string;
  /** Förvaltning. */
  department: string;
  dnr: string;
  title: string;
  /** The date of the paper (a.date) and of the meeting (a.meetingDate); '' when not given. */
  date: string;
  meetingDate: string;
  /** SKR's steps 1-5, in order. */
  steps: { n: number; outcome: StepKind }[];
  parts: { child: PartKind; minorities: PartKind; otherGrounds: PartKind };
  gender: 'sufficient' | 'not-applicable' | 'needs-completion';
  sami: { duty: SamiKind; triggered: boolean; met: boolean };
  conclusion: 'can-go-on' | 'send-back';
  decision: Decision | null;
}

const text = (n: number) => z.string().check(z.maxLength(n));

const summarySchema = z.object({
  format: z.literal(SUMMARY_FORMAT),
  version: z.number(),
  caseId: text(200),
  questionSet: z.object({ caseVersion: z.number(), appVersion: text(40) }),
  savedAt: text(40),
  updatedAt: text(40),
  organisation: text(400),
  committee: text(400),
  department: text(400),
  dnr: text(200),
  title: text(400),
  date: text(10),
  meetingDate: text(10),
  steps: z.array(z.object({ n: z.number(), outcome: z.enum(stepKinds) })).check(z.length(5)),
  parts: z.object({
    child: z.enum(partKinds),
    minorities: z.enum(partKinds),
    otherGrounds: z.enum(partKinds),
  }),
  gender: z.enum(['sufficient', 'not-applicable', 'needs-completion']),
  sami: z.object({ duty: z.enum(samiKinds), triggered: z.boolean(), met: z.boolean() }),
  conclusion: z.enum(['can-go-on', 'send-back']),
  decision: z.nullable(decisionSchema),
});

const summaryFormat: VersionedFormat<ExportSummary> = {
  format: SUMMARY_FORMAT,
  version: SUMMARY_VERSION,
  validate(data) {
    const r = summarySchema.safeParse(data);
    if (r.success) return { ok: true, value: r.data as ExportSummary };
    const first = r.error.issues[0];
    return { ok: false, detail: first ? `${first.path.join('.')}: ${first.message}` : 'invalid' };
  },
};

const str = (a: Answers, id: string): string => {
  const v = a[id];
  return typeof v === 'string' ? v.trim() : '';
};

const stepKind = (o: StepOutcome): StepKind => o.kind;
const partKind = (v: PartVerdict): PartKind => v.kind;

export function samiSummary(d: SamiDuty): ExportSummary['sami'] {
  return {
    duty: d.kind,
    triggered: d.kind === 'met' || d.kind === 'not-met',
    met: d.kind === 'met',
  };
}

export interface SummaryOptions {
  organisation?: string;
  now?: Date;
}

/** The summary of a case, judged with this build's rules and the organisation's context. */
export function buildExportSummary(
  c: Case,
  ctx: RuleContext,
  opts: SummaryOptions = {},
): ExportSummary {
  return exportSummaryFrom(c, summarise(c.answers, ctx), opts);
}

/** The summary of a case from the rules' summary the caller has already (the appendix model). */
export function exportSummaryFrom(
  c: Case,
  s: CaseSummary,
  opts: SummaryOptions = {},
): ExportSummary {
  const a = c.answers;
  return encodeVersioned(
    { format: SUMMARY_FORMAT, version: SUMMARY_VERSION },
    {
      caseId: c.id,
      questionSet: { caseVersion: CASE_SCHEMA_VERSION, appVersion: APP_VERSION },
      savedAt: (opts.now ?? new Date()).toISOString(),
      updatedAt: c.updatedAt,
      organisation: (opts.organisation ?? '').trim(),
      committee: str(a, 'a.committee'),
      department: str(a, 'a.department'),
      dnr: str(a, 'a.dnr'),
      title: str(a, 'a.title'),
      date: str(a, 'a.date'),
      meetingDate: str(a, 'a.meetingDate'),
      steps: s.steps.map((st) => ({ n: st.n, outcome: stepKind(st.outcome) })),
      parts: {
        child: partKind(s.child),
        minorities: partKind(s.minorities),
        otherGrounds: partKind(s.otherGrounds),
      },
      gender: s.gender.kind,
      sami: samiSummary(s.samiDuty),
      conclusion: caseConclusion(s).kind,
      decision: c.decision ?? null,
    },
  ) as ExportSummary;
}

export function serializeExportSummary(s: ExportSummary): string {
  return JSON.stringify(s);
}

/** Decode a summary; never throws (`too-new`: a later build wrote it, do not guess). */
export function parseExportSummary(textOrRaw: string | unknown): Decoded<ExportSummary> {
  return typeof textOrRaw === 'string'
    ? parseVersioned(summaryFormat, textOrRaw)
    : decodeVersioned(summaryFormat, textOrRaw);
}

/** The judged fields a stored summary and today's recomputation may disagree on. */
export type SummaryField = 'steps' | 'parts' | 'gender' | 'sami' | 'conclusion';

/**
 * Where a stored summary's assessment differs from the recomputed one (an older question set,
 * or rules that changed since the file was made). Empty when they agree.
 */
export function summaryDifferences(stored: ExportSummary, now: ExportSummary): SummaryField[] {
  const out: SummaryField[] = [];
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  if (!same(stored.steps, now.steps)) out.push('steps');
  if (!same(stored.parts, now.parts)) out.push('parts');
  if (stored.gender !== now.gender) out.push('gender');
  if (!same(stored.sami, now.sami)) out.push('sami');
  if (stored.conclusion !== now.conclusion) out.push('conclusion');
  return out;
}
