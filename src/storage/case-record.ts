/**
 * One stored case record: reading it (never writing) into what the case list shows, and the
 * answers a save has to leave out. Pure functions over the stored text; case-storage.ts owns the
 * storage itself.
 */
import type { Case } from '../checklist/schema';
import { decodeCase, revisionOf, validateCase } from '../format/case-envelope';
import type { DecodeIssue, DecodeResult } from '../format/case-envelope';
import { isRecord } from '../format/versioned-json';
import type { RuleContext } from '../checklist/types';
import { contextKey, listStatus } from './case-index';
import type { IndexEntry, ListStatus } from './case-index';

/** What the case list shows; derived from the case answers. */
export interface CaseMeta {
  title: string;
  dnr: string;
  committee: string;
  updatedAt: string;
}

export interface CaseListEntry {
  id: string;
  /** ok, too-new (read-only) or corrupt (still in place; see setAsideDamaged). */
  result: { status: 'ok' | 'too-new' | 'corrupt' };
  meta: CaseMeta | null;
  savedAt: string | null;
  rev: string | null;
  /** What the status column shows (readable cases only), for the rule context of the list. */
  status: ListStatus | null;
  /** Stored size of the record in characters. */
  size: number;
}

function answerText(answers: unknown, id: string): string {
  if (!isRecord(answers)) return '';
  const v = answers[id];
  return typeof v === 'string' ? v : '';
}

/** List metadata from a case (or a raw, unvalidated case object of a newer version). */
export function caseMeta(c: unknown): CaseMeta | null {
  if (!isRecord(c)) return null;
  return {
    title: answerText(c.answers, 'a.title'),
    dnr: answerText(c.answers, 'a.dnr'),
    committee: answerText(c.answers, 'a.committee'),
    updatedAt: typeof c.updatedAt === 'string' ? c.updatedAt : '',
  };
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A stored record decoded: the parsed envelope (null when not JSON) and the result. */
export function decodeStored(text: string): { raw: unknown; result: DecodeResult } {
  const parsed = parseJson(text);
  if (!parsed.ok) return { raw: null, result: { status: 'corrupt', detail: 'not valid JSON' } };
  return { raw: parsed.value, result: decodeCase(parsed.value) };
}

/** The record stored under the key of case `id`; a case under another id's key is corrupt. */
export function decodeStoredAt(id: string, text: string): { raw: unknown; result: DecodeResult } {
  const read = decodeStored(text);
  if (read.result.status === 'ok' && read.result.case.id !== id) {
    return { raw: read.raw, result: { status: 'corrupt', detail: 'id does not match its key' } };
  }
  return read;
}

export const savedAtOf = (raw: unknown): string | null =>
  isRecord(raw) && typeof raw.savedAt === 'string' ? raw.savedAt : null;

/** One case record as the list index keeps it (a full decode: see case-index.ts). */
export function indexEntry(id: string, text: string, ctx: RuleContext): IndexEntry {
  const { raw, result } = decodeStoredAt(id, text);
  return entryOf(text.length, raw, result, ctx);
}

/**
 * The index entry of a record already decoded, or just written (the save knows its envelope and
 * case, so it does not parse and validate its own text again): `size` is the text's length.
 */
export function entryOf(
  size: number,
  raw: unknown,
  result: Pick<DecodeResult, 'status'> & { case?: Case | undefined },
  ctx: RuleContext,
): IndexEntry {
  const state = result.status === 'ok' || result.status === 'too-new' ? result.status : 'corrupt';
  return {
    state,
    meta:
      result.status === 'ok'
        ? caseMeta(result.case)
        : result.status === 'too-new'
          ? caseMeta(isRecord(raw) ? raw.case : null)
          : null,
    savedAt: savedAtOf(raw),
    rev: revisionOf(raw),
    size,
    status: result.status === 'ok' && result.case ? listStatus(result.case, ctx) : null,
    ctx: contextKey(ctx),
  };
}

/** One case record as the list shows it, from its index entry. */
export function listEntry(id: string, e: IndexEntry): CaseListEntry {
  return {
    id,
    result: { status: e.state },
    meta: e.meta,
    savedAt: e.savedAt,
    rev: e.rev,
    status: e.status,
    size: e.size,
  };
}

/**
 * One bad answer must not stop every save: the case to store without the answers that fail the
 * schema (each keeps its stored value, or is left out), and those answers' issues. A broken id
 * or date stamp refuses the save (`invalid`). Issues are capped per pass, hence the loop; each
 * pass removes at least one answer.
 */
export function withoutBadAnswers(
  c: Case,
  failed: { issues: DecodeIssue[] },
  storedAnswers: Case['answers'],
): { ok: true; case: Case; skipped: DecodeIssue[] } | { ok: false; issues: DecodeIssue[] } {
  let checked: ReturnType<typeof validateCase> = { ok: false, issueCount: 0, ...failed };
  const answers: Record<string, unknown> = { ...c.answers };
  const bad: DecodeIssue[] = [];
  for (let pass = 0; !checked.ok && pass < 50; pass++) {
    if (!checked.issues.every((i) => i.questionId !== undefined))
      return { ok: false, issues: checked.issues };
    bad.push(...checked.issues);
    for (const q of new Set(checked.issues.map((i) => i.questionId as string))) {
      const before = Object.hasOwn(storedAnswers, q) ? storedAnswers[q] : undefined;
      if (before === undefined) delete answers[q];
      else
        Object.defineProperty(answers, q, {
          value: before,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    checked = validateCase({ ...c, answers });
  }
  if (!checked.ok) return { ok: false, issues: bad };
  return { ok: true, case: checked.case, skipped: bad };
}
