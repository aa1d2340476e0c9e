/**
 * The versioned envelope every stored or exported case travels in (browser
 * storage, .json case files, the custom property inside a .docx appendix).
 *
 * Decoding never throws: it returns a result union, so a caller can keep a
 * corrupt record aside or open a too-new one read-only instead of losing it.
 * The version check and the migrations run through the one versioned-JSON
 * helper (versioned-json.ts); the migrations are in case-migrations.ts.
 *
 * Optional envelope fields (`appVersion`, `rev`) are additive: a reader that
 * does not know them ignores them, so adding them needs no version bump.
 *
 * Pure (no browser storage): src/storage stores it, src/appendix embeds it in the Word file.
 */
import { version as packageVersion } from '../../package.json';
import { CASE_SCHEMA_VERSION, answerSchemaFor, caseSchema } from '../checklist/schema';
import type { Case } from '../checklist/schema';
import { questionById } from '../checklist/question-bank';
import { migrations } from './case-migrations';
import { decodeVersioned, encodeVersioned, isRecord, parseVersioned } from './versioned-json';
import type { Decoded, VersionedFormat } from './versioned-json';

export const CASE_FORMAT = 'underlagskollen-case';

/** The app build that wrote an envelope; shown when a record is too new. */
export const APP_VERSION: string = packageVersion;

export interface CaseEnvelope {
  format: typeof CASE_FORMAT;
  version: number;
  savedAt: string;
  /** The app build that wrote the record (informative only). */
  appVersion?: string;
  /** A random token that changes on every write; used to detect a write by another tab. */
  rev?: string;
  case: Case;
}

/** One validation problem, summarised for a message: where and what. */
export interface DecodeIssue {
  /** Dotted path inside the case, e.g. `answers.b2.tables.0.unit` (question ids contain dots). */
  path: string;
  /** The question the problem is in, when it is inside an answer. */
  questionId?: string;
  /** zod issue code (`invalid_type`, `too_big`, `invalid_value`, `invalid_format`, ...). */
  code: string;
  /** zod's own (English) message, a fallback for codes the UI has no translation of. */
  message: string;
  maximum?: number;
}

/** At most this many issues are reported; a hostile file may produce thousands. */
export const MAX_ISSUES = 20;

export type DecodeResult =
  | { status: 'ok'; case: Case; migrated: boolean; version: number }
  | { status: 'not-ours'; detail: string }
  | { status: 'corrupt'; detail: string; issues?: DecodeIssue[]; issueCount?: number }
  | {
      status: 'too-new';
      version: number;
      appVersion?: string;
      /**
       * Best effort for a read-only view: present only when the newer case
       * happens to validate with this build's schema. Never save it back.
       */
      case?: Case;
    };

export function encodeCase(c: Case, now: Date = new Date(), rev?: string): CaseEnvelope {
  return encodeVersioned(caseFormat, {
    savedAt: now.toISOString(),
    appVersion: APP_VERSION,
    ...(rev ? { rev } : {}),
    case: c,
  }) as CaseEnvelope;
}

export function serializeCase(c: Case, now?: Date): string {
  return JSON.stringify(encodeCase(c, now));
}

/** The write token of a stored envelope; older records without `rev` fall back to `savedAt`. */
export function revisionOf(raw: unknown): string | null {
  if (!isRecord(raw)) return null;
  if (typeof raw.rev === 'string' && raw.rev) return raw.rev;
  if (typeof raw.savedAt === 'string') return raw.savedAt;
  return null;
}

/** English fallbacks (logs, the CLI) for the problems our own refinements report. */
const ownMessages: Record<string, string> = {
  duplicate_id: 'the same id is used more than once in the list',
  too_deep: 'nested too deeply',
  reserved_key: 'an answer may not be called __proto__',
};

type ZodIssueLike = { code: string; path: PropertyKey[]; message: string; maximum?: unknown };

function toIssue(issue: ZodIssueLike, prefix: PropertyKey[] = []): DecodeIssue {
  const path = [...prefix, ...issue.path].map(String);
  // Our own refinements name their problem in the message (`ulk:duplicate_id`): make it the code.
  const code =
    issue.code === 'custom' && issue.message.startsWith('ulk:')
      ? issue.message.slice(4)
      : issue.code;
  const message = ownMessages[code] ?? issue.message;
  const out: DecodeIssue = { path: path.join('.'), code, message };
  if (path[0] === 'answers' && path[1]) out.questionId = path[1];
  if (typeof issue.maximum === 'number') out.maximum = issue.maximum;
  return out;
}

/**
 * Summarise why a case failed the schema. The answers map is checked in a
 * refinement that reports every problem as `custom`; for a known question we
 * re-check the single answer to recover the real code (too long, wrong type).
 */
function summariseIssues(issues: readonly ZodIssueLike[], data: Record<string, unknown>) {
  const out: DecodeIssue[] = [];
  const recheckedKeys = new Set<string>();
  const answers = isRecord(data.answers) ? data.answers : {};
  for (const issue of issues) {
    const [root, key] = issue.path;
    const question = typeof key === 'string' ? questionById.get(key) : undefined;
    if (issue.code === 'custom' && root === 'answers' && typeof key === 'string' && question) {
      if (recheckedKeys.has(key)) continue;
      recheckedKeys.add(key);
      const again = answerSchemaFor(question.kind).safeParse(answers[key]);
      if (!again.success) {
        for (const inner of again.error.issues) out.push(toIssue(inner, ['answers', key]));
        continue;
      }
    }
    out.push(toIssue(issue));
  }
  return out;
}

type CaseProblem = { issues: DecodeIssue[]; issueCount: number };

/** The case envelope as a versioned-JSON format: the versioned data is its `case`. */
const caseFormat: VersionedFormat<Case, CaseProblem> = {
  format: CASE_FORMAT,
  version: CASE_SCHEMA_VERSION,
  dataField: 'case',
  migrations,
  validate(data) {
    if (!isRecord(data)) {
      const issues = [{ path: 'case', code: 'invalid_type', message: 'missing case' }];
      return { ok: false, detail: 'missing case', error: { issues, issueCount: 1 } };
    }
    const checked = validateCase(data);
    if (checked.ok) return { ok: true, value: checked.case };
    const first = checked.issues[0];
    return {
      ok: false,
      detail: first ? `${first.path}: ${first.message}` : 'invalid case',
      error: { issues: checked.issues, issueCount: checked.issueCount },
    };
  },
};

function toDecodeResult(r: Decoded<Case, CaseProblem>): DecodeResult {
  switch (r.status) {
    case 'ok':
    case 'migrated':
      return { status: 'ok', case: r.value, migrated: r.status === 'migrated', version: r.version };
    case 'not-ours':
      return { status: 'not-ours', detail: 'missing format marker' };
    case 'invalid':
      return r.error
        ? { status: 'corrupt', detail: r.detail, ...r.error }
        : { status: 'corrupt', detail: r.detail };
    case 'too-new': {
      const result: DecodeResult = { status: 'too-new', version: r.version };
      const { appVersion } = r.record;
      if (typeof appVersion === 'string') result.appVersion = appVersion.slice(0, 40);
      const preview = caseSchema.safeParse(r.record.case);
      if (preview.success) result.case = preview.data;
      return result;
    }
  }
}

/** Decode a parsed JSON value (an envelope) into a valid, current case. */
export function decodeCase(raw: unknown): DecodeResult {
  return toDecodeResult(decodeVersioned(caseFormat, raw));
}

/** Validate a current-version case; issues are summarised and capped at MAX_ISSUES. */
export function validateCase(
  data: unknown,
): { ok: true; case: Case } | { ok: false; issues: DecodeIssue[]; issueCount: number } {
  // A JSON key "__proto__" is an own property of the parsed object, but zod's record drops
  // it: the answer would vanish without a word. Refuse it by name instead.
  if (isRecord(data) && isRecord(data.answers) && Object.hasOwn(data.answers, '__proto__')) {
    return {
      ok: false,
      issues: [
        { path: 'answers.__proto__', code: 'reserved_key', message: ownMessages.reserved_key! },
      ],
      issueCount: 1,
    };
  }
  const parsed = caseSchema.safeParse(data);
  if (parsed.success) return { ok: true, case: parsed.data };
  const issues = summariseIssues(parsed.error.issues, isRecord(data) ? data : {});
  return { ok: false, issues: issues.slice(0, MAX_ISSUES), issueCount: issues.length };
}

/** Decode JSON text; text that is not JSON is corrupt. */
export function parseCaseText(text: string): DecodeResult {
  return toDecodeResult(parseVersioned(caseFormat, text));
}
