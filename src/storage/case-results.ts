/**
 * The results of the case repository's operations (case-storage.ts): every operation returns one
 * of these unions instead of throwing.
 */
import type { Case } from '../checklist/schema';
import type { DecodeIssue } from '../format/case-envelope';
import type { CaseListEntry } from './case-record';
import type { QuarantineEntry } from './quarantine';

export type ListResult =
  | { status: 'ok'; entries: CaseListEntry[]; quarantined: QuarantineEntry[] }
  | { status: 'unavailable' };

export type LoadResult =
  | {
      status: 'ok';
      case: Case;
      /** Pass as `baseRev` to the next save. */
      rev: string | null;
      savedAt: string | null;
      migrated: boolean;
      version: number;
    }
  | { status: 'corrupt'; detail: string; quarantineKey?: string }
  | { status: 'too-new'; version: number; appVersion?: string; case?: Case }
  | { status: 'unavailable' }
  | { status: 'missing' };

export interface SaveOptions {
  /**
   * The rev this tab last loaded or saved. `null` = this tab expects no record
   * (a new case). `undefined` = no check (e.g. an import that already checked).
   */
  baseRev?: string | null;
  /** Overwrite even if another tab changed the record (the user chose "keep mine"). */
  force?: boolean;
  now?: Date;
}

export type SaveResult =
  | {
      status: 'ok';
      rev: string;
      savedAt: string;
      bytes: number;
      /**
       * Answers that failed the schema (e.g. longer than the hard cap) and were
       * NOT written: the stored record keeps its previous value of each, every
       * other answer is saved. Absent when everything was written.
       */
      skipped?: DecodeIssue[];
    }
  | { status: 'quota' }
  | { status: 'unavailable' }
  | { status: 'refused-too-new'; version: number }
  | {
      status: 'conflict';
      /** changed: another tab saved it; deleted: another tab removed it. */
      reason: 'changed' | 'deleted';
      storedRev: string | null;
      storedUpdatedAt: string | null;
    }
  | { status: 'invalid'; issues: DecodeIssue[] };

export interface RemovedRecord {
  id: string;
  key: string;
  /** The exact stored text, written back by restore(). */
  text: string;
  /** The parsed envelope (or null when the record was not JSON). */
  envelope: unknown;
}

export type RemoveResult =
  { status: 'ok'; removed: RemovedRecord } | { status: 'missing' } | { status: 'unavailable' };

export type RestoreResult =
  { status: 'ok' } | { status: 'exists' } | { status: 'quota' } | { status: 'unavailable' };

export type DeleteAllResult = { status: 'ok'; removed: number } | { status: 'unavailable' };

export type Availability = 'ok' | 'quota' | 'unavailable';

/** Every record as stored, for a backup. */
export interface StorageSnapshot {
  /** Parsed envelopes of readable records (ok and too-new), as stored. */
  envelopes: unknown[];
  quarantined: { key: string; text: string }[];
}
