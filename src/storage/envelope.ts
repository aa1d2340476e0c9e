/**
 * The versioned envelope every stored or exported case travels in (browser
 * storage, .json case files, the custom property inside a .docx appendix).
 *
 * Decoding never throws: it returns a result union, so a caller can keep a
 * corrupt record aside or open a too-new one read-only instead of losing it.
 * Migrations are an ordered list from each shipped version to the next; a
 * fixture of every shipped version lives in test/fixtures/ (case-v<N>.json)
 * and test/unit/migrations.test.ts proves each one decodes to a current case.
 *
 * Optional envelope fields (`appVersion`, `rev`) are additive: a reader that
 * does not know them ignores them, so adding them needs no version bump.
 */
import { version as packageVersion } from '../../package.json';
import { CASE_SCHEMA_VERSION, answerSchemaFor, caseSchema } from '../checklist/schema';
import type { Case } from '../checklist/schema';
import { questionById } from '../checklist/question-bank';

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

type Migration = {
  from: number;
  to: number;
  migrate: (data: Record<string, unknown>) => Record<string, unknown>;
};

const SAMETINGET = /sametinget|s\u00e1medigge|saemiedigkie|s\u00e1mediggi/i;
const SAMEBY = /sameby|samebyar|čearru|cearru|sijte|sïjte|tjiellde/i;

/**
 * One version 1 consultation (`date`, free-text `parties`, `form`, `outcome`, `notes`) in the
 * version 2 shape. Tolerant: unknown values become '' and the old text is kept in `legacy`.
 * - parties naming Sametinget → party "sametinget"; naming a sameby → "sameby" with the text as
 *   its name; any other text → "organisation" with the text as its name;
 * - form "digitalt" (a digital meeting) → "mote"; "annat" → '' with the old form kept;
 * - a row that was held (a date, an outcome or notes) had been asked for: reply "begar".
 * A row that already has a `party` is left as it is.
 */
export function migrateConsultationV1(item: unknown): unknown {
  if (!isRecord(item) || 'party' in item) return item;
  const text = (k: string) => (typeof item[k] === 'string' ? (item[k] as string) : '');
  const parties = text('parties').trim();
  const party = SAMETINGET.test(parties)
    ? 'sametinget'
    : SAMEBY.test(parties)
      ? 'sameby'
      : parties !== ''
        ? 'organisation'
        : '';
  const oldForm = text('form');
  const form =
    oldForm === 'mote' || oldForm === 'digitalt'
      ? 'mote'
      : oldForm === 'skriftligt'
        ? 'skriftligt'
        : '';
  const outcome = ['enighet', 'samtycke', 'avslutad-utan-enighet', 'pagaende'].includes(
    text('outcome'),
  )
    ? text('outcome')
    : '';
  const date = text('date');
  const notes = text('notes');
  const held = date !== '' || outcome !== '' || notes.trim() !== '';
  const legacy: Record<string, string> = { parties: text('parties') };
  if (oldForm !== '' && form === '') legacy.form = oldForm;
  const rest = Object.fromEntries(Object.entries(item).filter(([k]) => k !== 'parties'));
  return {
    ...rest,
    party,
    partyName: party === 'sametinget' ? '' : parties,
    requested: '',
    reply: held ? 'begar' : '',
    form,
    date,
    outcome,
    notes,
    ...(parties !== '' || legacy.form ? { legacy } : {}),
  };
}

function migrateV1toV2(data: Record<string, unknown>): Record<string, unknown> {
  const answers = data.answers;
  if (!isRecord(answers)) return data;
  const next: Record<string, unknown> = { ...answers };
  for (const [key, value] of Object.entries(answers)) {
    if (questionById.get(key)?.kind === 'consultations' && Array.isArray(value)) {
      next[key] = value.map(migrateConsultationV1);
    }
  }
  return { ...data, answers: next };
}

/**
 * Ordered migrations, one per shipped version; each has a fixture
 * test/fixtures/case-v<N>.json (the migrations test requires both).
 * 1 → 2: the Sami consultation log gets a structured party, request and reply.
 */
export const migrations: readonly Migration[] = [{ from: 1, to: 2, migrate: migrateV1toV2 }];

/** A fresh write token (not security relevant; only has to differ between writes). */
export function newRev(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function encodeCase(c: Case, now: Date = new Date(), rev?: string): CaseEnvelope {
  return {
    format: CASE_FORMAT,
    version: CASE_SCHEMA_VERSION,
    savedAt: now.toISOString(),
    appVersion: APP_VERSION,
    ...(rev ? { rev } : {}),
    case: c,
  };
}

export function serializeCase(c: Case, now?: Date): string {
  return JSON.stringify(encodeCase(c, now));
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
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

/** Decode a parsed JSON value (an envelope) into a valid, current case. */
export function decodeCase(raw: unknown): DecodeResult {
  if (!isRecord(raw) || raw.format !== CASE_FORMAT) {
    return { status: 'not-ours', detail: 'missing format marker' };
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { status: 'corrupt', detail: 'invalid version' };
  }
  if (version > CASE_SCHEMA_VERSION) {
    const result: DecodeResult = { status: 'too-new', version };
    if (typeof raw.appVersion === 'string') result.appVersion = raw.appVersion.slice(0, 40);
    const preview = caseSchema.safeParse(raw.case);
    if (preview.success) result.case = preview.data;
    return result;
  }
  let data = raw.case;
  if (!isRecord(data)) {
    return {
      status: 'corrupt',
      detail: 'missing case',
      issues: [{ path: 'case', code: 'invalid_type', message: 'missing case' }],
      issueCount: 1,
    };
  }
  let v = version;
  for (const m of migrations) {
    if (m.from === v) {
      try {
        data = m.migrate(data as Record<string, unknown>);
      } catch (e) {
        return { status: 'corrupt', detail: `migration from version ${v} failed: ${String(e)}` };
      }
      v = m.to;
    }
  }
  if (v !== CASE_SCHEMA_VERSION || !isRecord(data)) {
    return { status: 'corrupt', detail: `no migration from version ${v}` };
  }
  const checked = validateCase(data);
  if (!checked.ok) {
    const first = checked.issues[0];
    return {
      status: 'corrupt',
      detail: first ? `${first.path}: ${first.message}` : 'invalid case',
      issues: checked.issues,
      issueCount: checked.issueCount,
    };
  }
  return { status: 'ok', case: checked.case, migrated: version !== CASE_SCHEMA_VERSION, version };
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
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 'corrupt', detail: 'not valid JSON' };
  }
  return decodeCase(raw);
}
