/**
 * A .json file for the follow-up: a case file (one case envelope) or a backup (many). Pure:
 * text in, cases or the reason they cannot be counted out. Never throws.
 */
import { decodeCase } from '../case-envelope';
import { isRecord } from '../versioned-json';
import type { Case } from '../../checklist/schema';
import type { DamageKind } from '../damage';

/** The backup file's marker and version (src/storage/case-files.ts writes it). */
const BACKUP_FORMAT = 'underlagskollen-backup';
const BACKUP_VERSION = 1;

/** A file larger than this is not read at all (a backup of many cases is the largest). */
export const MAX_FOLLOWUP_FILE_BYTES = 50 * 1024 * 1024;

/** Why a file (or one case in a backup) is not counted; the keys of `followup:rejected.*`. */
export type RejectReason =
  | 'not-docx'
  | 'no-case'
  | 'not-ours'
  | 'damaged'
  | 'too-new'
  | 'duplicate'
  | 'too-large'
  | 'unreadable';

export interface Rejection {
  file: string;
  reason: RejectReason;
  /** For a damaged or unreadable file: what kind of damage (the user is told this). */
  damage?: DamageKind;
  /** Technical detail (English) for a damaged or unreadable file, never shown to the user. */
  detail?: string;
  /** The version a too-new file was written with. */
  version?: number;
  /** For a duplicate: the file that is counted instead. */
  keptFile?: string;
}

export interface ReadCase {
  case: Case;
  savedAt: string;
}

export type JsonRead =
  | { ok: true; cases: ReadCase[]; rejected: Omit<Rejection, 'file'>[] }
  | { ok: false; rejection: Omit<Rejection, 'file'> };

const savedAtOf = (raw: unknown): string =>
  isRecord(raw) && typeof raw.savedAt === 'string' ? raw.savedAt.slice(0, 40) : '';

function oneEnvelope(raw: unknown): { case: ReadCase } | { rejection: Omit<Rejection, 'file'> } {
  const d = decodeCase(raw);
  switch (d.status) {
    case 'ok':
      return { case: { case: d.case, savedAt: savedAtOf(raw) } };
    case 'too-new':
      return { rejection: { reason: 'too-new', version: d.version } };
    case 'corrupt':
      return { rejection: { reason: 'damaged', damage: 'case-content', detail: d.detail } };
    case 'not-ours':
      return { rejection: { reason: 'not-ours' } };
  }
}

export function readFollowupJson(text: string): JsonRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, rejection: { reason: 'not-ours', detail: 'not valid JSON' } };
  }
  if (isRecord(raw) && raw.format === BACKUP_FORMAT) {
    const v = raw.version;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
      return {
        ok: false,
        rejection: { reason: 'damaged', damage: 'backup', detail: 'invalid backup version' },
      };
    }
    if (v > BACKUP_VERSION) return { ok: false, rejection: { reason: 'too-new', version: v } };
    if (!Array.isArray(raw.cases)) {
      return {
        ok: false,
        rejection: { reason: 'damaged', damage: 'backup', detail: 'the backup has no cases' },
      };
    }
    const cases: ReadCase[] = [];
    const rejected: Omit<Rejection, 'file'>[] = [];
    for (const entry of raw.cases as unknown[]) {
      const r = oneEnvelope(entry);
      if ('case' in r) cases.push(r.case);
      else rejected.push(r.rejection);
    }
    return { ok: true, cases, rejected };
  }
  const r = oneEnvelope(raw);
  return 'case' in r
    ? { ok: true, cases: [r.case], rejected: [] }
    : { ok: false, rejection: r.rejection };
}
