/**
 * The case-list index: one small record (`ulk:index`) with what the case list shows of every
 * stored case, so opening the list reads one key instead of decoding every case. The full case
 * is decoded only when it is opened.
 *
 * The repository (case-storage.ts) keeps it in step on every save, remove, restore and delete-all.
 * A reader never trusts it blindly: `inStep` compares it with the case keys in storage and the
 * rev of each record (read from the start of the stored text, no JSON decode), so a case written
 * by an older build or removed behind our back is noticed and its entry rebuilt from the record.
 *
 * The status column depends on the organisation's rule context (own goals, administrative-area
 * languages): each entry carries the status with the fingerprint of the context it was computed
 * with, and an entry of another context is recomputed from its record.
 */
import { caseConclusion, summarise } from '../checklist/rules';
import type { RuleContext } from '../checklist/types';
import type { Case } from '../checklist/schema';
import { decodeVersioned, encodeVersioned, isRecord } from '../format/versioned-json';
import type { VersionedFormat } from '../format/versioned-json';
import type { CaseMeta } from './case-record';

export const INDEX_KEY = 'ulk:index';

/** What the status column shows of a readable case. */
export interface ListStatus {
  gender: 'sufficient' | 'not-applicable' | 'needs-completion';
  steps: number[];
  parts: string[];
  samiBlocked: boolean;
  missing: number;
}

export interface IndexEntry {
  state: 'ok' | 'too-new' | 'corrupt';
  meta: CaseMeta | null;
  rev: string | null;
  savedAt: string | null;
  /** Stored bytes of the record (its text length), for the quota view. */
  size: number;
  status: ListStatus | null;
  /** Fingerprint of the rule context the status was computed with. */
  ctx: string;
}

export type CaseIndex = Record<string, IndexEntry>;

const STATES = new Set(['ok', 'too-new', 'corrupt']);

function validEntry(v: unknown): boolean {
  return (
    isRecord(v) &&
    typeof v.state === 'string' &&
    STATES.has(v.state) &&
    (v.meta === null || isRecord(v.meta)) &&
    (v.rev === null || typeof v.rev === 'string') &&
    typeof v.size === 'number' &&
    typeof v.ctx === 'string'
  );
}

const indexFormat: VersionedFormat<CaseIndex> = {
  format: 'underlagskollen-index',
  version: 1,
  dataField: 'entries',
  validate: (data) =>
    isRecord(data) && Object.values(data).every(validEntry)
      ? { ok: true, value: data as unknown as CaseIndex }
      : { ok: false, detail: 'invalid index entries' },
};

/** The rules this build judges with (vite.config.ts); scripts run outside Vite get 'unbuilt'. */
const RULES = typeof __RULES_HASH__ === 'string' ? __RULES_HASH__ : 'unbuilt';

/**
 * The key a cached status is valid for: the organisation's rule context and this build's rules.
 * A status computed by an older build (other rules) or under another context is recomputed.
 */
export function contextKey(ctx: RuleContext): string {
  return JSON.stringify([RULES, ctx]);
}

export function listStatus(c: Case, ctx: RuleContext): ListStatus {
  const summary = summarise(c.answers, ctx);
  const conclusion = caseConclusion(summary);
  const g = summary.gender;
  return {
    gender: g.kind,
    steps: g.kind === 'needs-completion' ? [...g.steps] : [],
    parts: [...conclusion.parts],
    samiBlocked: conclusion.kind === 'send-back' && conclusion.samiBlocked,
    missing: summary.missing.length,
  };
}

/** The stored index, or null when it is missing, unreadable or of another version. */
export function parseIndex(text: string | null): CaseIndex | null {
  if (text === null) return null;
  try {
    const decoded = decodeVersioned(indexFormat, JSON.parse(text));
    return decoded.status === 'ok' ? decoded.value : null;
  } catch {
    return null;
  }
}

export function serializeIndex(index: CaseIndex): string {
  return JSON.stringify(encodeVersioned(indexFormat, { entries: index }));
}

/**
 * The rev of a stored envelope without decoding it: `encodeCase` writes `rev` before the case,
 * so it sits near the start. Falls back to `savedAt` like `revisionOf`; null when not found.
 */
export function peekRev(text: string): string | null {
  const head = text.slice(0, 400);
  const rev = /"rev":"([^"\\]+)"/.exec(head);
  if (rev) return rev[1] ?? null;
  const savedAt = /"savedAt":"([^"\\]+)"/.exec(head);
  return savedAt ? (savedAt[1] ?? null) : null;
}
