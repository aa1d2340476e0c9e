/**
 * The follow-up's counting (issue 14): many cases, each with the summary its file stored, into
 * groups per committee and year, with filters for förvaltning and period. Every count keeps
 * the cases behind it. The outcomes are recomputed from the embedded case with this build's
 * rules; a stored summary that says otherwise is flagged (an older question set).
 *
 * Pure and synchronous over plain data: the CLI calls it, and a screen can call it from a
 * Web Worker with the cases its reader posts.
 */
import { decisionDate } from '../../checklist/sami-duty';
import type { Case } from '../../checklist/schema';
import { decisionOutcomes, decisionParts } from '../../checklist/decision';
import type { RuleContext } from '../../checklist/types';
import { buildExportSummary, summaryDifferences } from '../export-summary';
import type { ExportSummary, SummaryField } from '../export-summary';

/** One case as read from a file. */
export interface FollowupInput {
  /** The file it came from, as the user named it (a path relative to what was dropped). */
  file: string;
  case: Case;
  /** The summary the file stored, when it had one that decoded. */
  stored: ExportSummary | null;
  /** When the file was written (the envelope's savedAt, the summary's savedAt); '' if unknown. */
  savedAt: string;
}

/**
 * One case reduced to what the counting needs: its recomputed summary and how the stored one
 * differs. Small: a reader of 10,000 files keeps these, never the cases.
 */
export interface CountedCase {
  file: string;
  caseId: string;
  updatedAt: string;
  savedAt: string;
  /** The date it is counted by (countedDate). */
  date: string;
  /** Today's rules' summary of the embedded case. */
  summary: ExportSummary;
  /** Where the summary stored in the file judged differently; empty when it agrees or is absent. */
  differs: SummaryField[];
  /** Whether the file stored a summary at all. */
  hadSummary: boolean;
}

/** Recompute one case's summary with this build's rules and compare it with the stored one. */
export function toCounted(input: FollowupInput, ctx: RuleContext): CountedCase {
  const summary = buildExportSummary(input.case, ctx, {
    organisation: input.stored?.organisation ?? '',
  });
  return {
    file: input.file,
    caseId: input.case.id,
    updatedAt: input.case.updatedAt,
    savedAt: input.savedAt,
    date: countedDate(input.case),
    summary,
    differs: input.stored ? summaryDifferences(input.stored, summary) : [],
    hadSummary: input.stored !== null,
  };
}

/** A case behind a number. */
export interface CaseRef {
  caseId: string;
  title: string;
  dnr: string;
  /** The date it is counted by: the meeting date, else the decision date. */
  date: string;
  file: string;
}

export type Counted = CaseRef[];

export type Tertial = 1 | 2 | 3;

export interface FollowupFilters {
  /** Förvaltning, compared trimmed and case-insensitively; absent: all. */
  department?: string;
  year?: number;
  /** T1 January-April, T2 May-August, T3 September-December (needs no year: every year's). */
  tertial?: Tertial;
}

export interface StepCount {
  n: number;
  met: Counted;
  notMet: Counted;
  notApplicable: Counted;
}

export type DecisionKey = (typeof decisionOutcomes)[number] | 'none';

export interface FollowupGroup {
  /** The committee as written ('' when none is given). */
  committee: string;
  /** The year of the meeting date, else the decision date; null when the case has neither. */
  year: number | null;
  cases: Counted;
  steps: StepCount[];
  child: { done: Counted; notApplicable: Counted; notMet: Counted };
  minorities: { met: Counted; notApplicable: Counted; notMet: Counted };
  sami: { triggered: Counted; met: Counted; notMet: Counted };
  decisions: Record<DecisionKey, Counted>;
  aterremiss: {
    steps: { n: number; cases: Counted }[];
    parts: Record<(typeof decisionParts)[number], Counted>;
  };
  /** Cases whose stored summary judges differently from today's rules. */
  differs: { ref: CaseRef; fields: SummaryField[] }[];
}

export interface Duplicate {
  file: string;
  caseId: string;
  /** The file that is counted instead (the newest). */
  keptFile: string;
}

export interface FollowupResult {
  groups: FollowupGroup[];
  duplicates: Duplicate[];
  /** Cases left out by the filters. */
  filteredOut: number;
}

export function tertialOf(date: string): Tertial | null {
  const month = Number(date.slice(5, 7));
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  return month <= 4 ? 1 : month <= 8 ? 2 : 3;
}

/** The date a case is counted by: the meeting date, else the decision date, else the recorded one. */
export function countedDate(c: Case): string {
  return decisionDate(c.answers) || c.decision?.date || '';
}

const newer = (a: CountedCase, b: CountedCase): boolean => {
  const ka = `${a.updatedAt}|${a.savedAt}`;
  const kb = `${b.updatedAt}|${b.savedAt}`;
  return ka > kb || (ka === kb && a.file < b.file);
};

/** Same case id more than once: keep the newest (last changed, then last written). */
export function dropDuplicates(inputs: readonly CountedCase[]): {
  kept: CountedCase[];
  duplicates: Duplicate[];
} {
  const best = new Map<string, CountedCase>();
  for (const input of inputs) {
    const seen = best.get(input.caseId);
    if (!seen || newer(input, seen)) best.set(input.caseId, input);
  }
  const kept: CountedCase[] = [];
  const duplicates: Duplicate[] = [];
  for (const input of inputs) {
    const winner = best.get(input.caseId)!;
    if (winner === input) kept.push(input);
    else duplicates.push({ file: input.file, caseId: input.caseId, keptFile: winner.file });
  }
  return { kept, duplicates };
}

function emptyGroup(committee: string, year: number | null): FollowupGroup {
  return {
    committee,
    year,
    cases: [],
    steps: [1, 2, 3, 4, 5].map((n) => ({ n, met: [], notMet: [], notApplicable: [] })),
    child: { done: [], notApplicable: [], notMet: [] },
    minorities: { met: [], notApplicable: [], notMet: [] },
    sami: { triggered: [], met: [], notMet: [] },
    decisions: Object.fromEntries(
      [...decisionOutcomes, 'none'].map((k) => [k, [] as Counted]),
    ) as Record<DecisionKey, Counted>,
    aterremiss: {
      steps: [1, 2, 3, 4, 5].map((n) => ({ n, cases: [] })),
      parts: { child: [], minorities: [], otherGrounds: [] },
    },
    differs: [],
  };
}

function passes(s: ExportSummary, date: string, f: FollowupFilters): boolean {
  if (f.department !== undefined && f.department.trim() !== '') {
    const have = s.department.toLocaleLowerCase('sv');
    if (have !== f.department.trim().toLocaleLowerCase('sv')) return false;
  }
  if (f.year !== undefined && Number(date.slice(0, 4)) !== f.year) return false;
  if (f.tertial !== undefined && tertialOf(date) !== f.tertial) return false;
  return true;
}

function add(group: FollowupGroup, s: ExportSummary, ref: CaseRef, differs: SummaryField[]) {
  group.cases.push(ref);
  for (const st of s.steps) {
    const row = group.steps[st.n - 1];
    if (!row) continue;
    if (st.outcome === 'met') row.met.push(ref);
    else if (st.outcome === 'not-met') row.notMet.push(ref);
    else row.notApplicable.push(ref);
  }
  const child = s.parts.child;
  if (child === 'met') group.child.done.push(ref);
  else if (child === 'not-applicable') group.child.notApplicable.push(ref);
  else group.child.notMet.push(ref);
  const min = s.parts.minorities;
  if (min === 'met') group.minorities.met.push(ref);
  else if (min === 'not-applicable') group.minorities.notApplicable.push(ref);
  else group.minorities.notMet.push(ref);
  if (s.sami.triggered) {
    group.sami.triggered.push(ref);
    (s.sami.met ? group.sami.met : group.sami.notMet).push(ref);
  }
  const d = s.decision;
  group.decisions[d ? d.outcome : 'none'].push(ref);
  if (d?.outcome === 'aterremiss') {
    for (const n of d.steps) group.aterremiss.steps[n - 1]?.cases.push(ref);
    for (const p of d.parts) group.aterremiss.parts[p].push(ref);
  }
  if (differs.length > 0) group.differs.push({ ref, fields: differs });
}

const collator = new Intl.Collator('sv');

/** Count the cases: duplicates once (the newest), filtered, grouped per committee and year. */
export function aggregateFollowup(
  inputs: readonly FollowupInput[],
  ctx: RuleContext,
  filters: FollowupFilters = {},
): FollowupResult {
  return aggregateCounted(
    inputs.map((i) => toCounted(i, ctx)),
    filters,
  );
}

/** `aggregateFollowup` over cases already reduced with `toCounted` (a reader of many files). */
export function aggregateCounted(
  counted: readonly CountedCase[],
  filters: FollowupFilters = {},
): FollowupResult {
  const { kept, duplicates } = dropDuplicates(counted);
  const groups = new Map<string, FollowupGroup>();
  let filteredOut = 0;
  for (const k of kept) {
    const s = k.summary;
    const date = k.date;
    if (!passes(s, date, filters)) {
      filteredOut++;
      continue;
    }
    const year = /^\d{4}-/.test(date) ? Number(date.slice(0, 4)) : null;
    const key = `${s.committee.toLocaleLowerCase('sv')}\u0000${year ?? ''}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = emptyGroup(s.committee, year)));
    add(group, s, { caseId: k.caseId, title: s.title, dnr: s.dnr, date, file: k.file }, k.differs);
  }
  const sorted = [...groups.values()].sort(
    (a, b) => collator.compare(a.committee, b.committee) || (a.year ?? 0) - (b.year ?? 0),
  );
  for (const g of sorted) {
    g.cases.sort((a, b) => a.date.localeCompare(b.date) || collator.compare(a.title, b.title));
  }
  return { groups: sorted, duplicates, filteredOut };
}
