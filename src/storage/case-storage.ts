/**
 * Case storage: the ONLY code that touches browser storage for cases.
 *
 * Cases live in localStorage because its writes are synchronous: a save from a
 * `pagehide` handler is on disk before the tab is gone (a case is tens of KB).
 * Everything goes through the `CaseRepository` interface so an IndexedDB
 * implementation could replace this one without touching the app.
 *
 * Keys: see storage-keys.ts (`ulk:case:<id>`, one envelope per case) and quarantine.ts (corrupt
 * records set aside). Reading one record is in case-record.ts.
 *
 * Nothing here throws: every operation returns a result union.
 *
 * Two tabs: every write stores a fresh `rev` token in the envelope. A tab saves
 * with the `baseRev` it loaded (or last saved); if the stored record's rev
 * differs, another tab wrote in between and the save returns `conflict`
 * instead of overwriting silently. (We compare `rev` rather than the case's
 * `updatedAt`, which two tabs could set to the same millisecond; records
 * without `rev` fall back to `savedAt`.) See tab-sync.ts for how the other tab
 * learns about the change.
 */
import type { Case } from '../checklist/schema';
import { encodeCase, revisionOf, validateCase } from '../format/case-envelope';
import type { RuleContext } from '../checklist/types';
import { INDEX_KEY } from './case-index';
import { createIndexKeeper } from './index-keeper';
import {
  decodeStored,
  decodeStoredAt,
  listEntry,
  parseJson,
  savedAtOf,
  withoutBadAnswers,
} from './case-record';
import type { CaseListEntry, CaseMeta } from './case-record';
import { newId } from './ids';
import { estimateUsage } from './quota';
import type { StorageUsage } from './quota';
import { MemoryStorage } from './memory-storage';
import type { StorageLike } from './memory-storage';
import { listQuarantineIn, quarantine, quarantineFailed } from './quarantine';
import type { QuarantineEntry } from './quarantine';
import {
  CASE_KEY_PREFIX,
  KEY_PREFIX,
  QUARANTINE_KEY_PREFIX,
  allKeys,
  caseKey,
  classifyStorageError,
} from './storage-keys';

import type {
  Availability,
  DeleteAllResult,
  ListResult,
  LoadResult,
  RemoveResult,
  RemovedRecord,
  RestoreResult,
  SaveOptions,
  SaveResult,
  StorageSnapshot,
} from './case-results';

export type { CaseListEntry, CaseMeta, QuarantineEntry, StorageLike };
export type * from './case-results';
export { CASE_KEY_PREFIX, QUARANTINE_KEY_PREFIX, caseKey };

const PROBE_KEY = 'ulk:probe';

/** A Storage-like object, or a getter (reading `window.localStorage` may itself throw). */
type StorageSource = StorageLike | (() => StorageLike | null | undefined);

export interface CaseRepository {
  /** false when working on an in-memory fallback (storage disabled): data lasts this session. */
  readonly persistent: boolean;
  availability(): Availability;
  /**
   * The case list from the index (index-keeper.ts), entries out of step rebuilt from their
   * records; `ctx`: the rule context of the status column. Never writes (safe while rendering).
   */
  list(ctx?: RuleContext): ListResult;
  /**
   * Moves every corrupt case record aside under a quarantine key, so a save can never overwrite
   * it; returns how many were moved. A record that cannot be moved (storage full) stays in place.
   * Also stores the repaired list index.
   */
  setAsideDamaged(): number | 'unavailable';
  load(id: string): LoadResult;
  save(c: Case, options?: SaveOptions): SaveResult;
  has(id: string): boolean | 'unavailable';
  remove(id: string): RemoveResult;
  /** Undo of remove(): writes the exact removed text back unless the id is taken again. */
  restore(removed: RemovedRecord): RestoreResult;
  listQuarantine(): QuarantineEntry[] | 'unavailable';
  /**
   * The raw text of a damaged record: by its quarantine key, or by its case key when it could not
   * be set aside and still sits in place.
   */
  readQuarantined(key: string): string | null;
  /** The ids of the case records in storage (sorted), from their keys: nothing is read. */
  storedIds(): string[] | 'unavailable';
  /** The stored text of a case record as it is (not decoded), null when there is none. */
  readRecord(id: string): string | null | 'unavailable';
  snapshot(): StorageSnapshot | 'unavailable';
  /** How full localStorage is (quota.ts). */
  usage(): StorageUsage | 'unavailable';
  /** "Delete all my data on this computer": every `ulk:` key, quarantine included. */
  deleteAll(): DeleteAllResult;
}

/** A new, unguessable-enough case id. */
export function newCaseId(): string {
  return newId();
}

// ---- The repository ---------------------------------------------------------------

export interface RepositoryOptions {
  /** Mark a fallback store as non-persistent (see `persistent`). */
  persistent?: boolean;
  /** Clock, for tests. */
  now?: () => Date;
}

export function createCaseRepository(
  source: StorageSource,
  options: RepositoryOptions = {},
): CaseRepository {
  const clock = options.now ?? (() => new Date());

  /** The storage or null when it cannot even be reached (SecurityError, policy). */
  function storage(): StorageLike | null {
    try {
      const s = typeof source === 'function' ? source() : source;
      return s ?? null;
    } catch {
      return null;
    }
  }

  function readRaw(s: StorageLike, key: string): string | null | 'unavailable' {
    try {
      return s.getItem(key);
    } catch {
      return 'unavailable';
    }
  }

  const index = createIndexKeeper();
  /**
   * The record this repository wrote last. While its key still holds exactly that text, the
   * next save of the case (autosave, every pause in typing) knows its rev without parsing and
   * validating the whole record again; any other text (another tab's save) is decoded.
   */
  let lastWrite: { key: string; text: string; rev: string; updatedAt: string } | null = null;

  const repo: CaseRepository = {
    persistent: options.persistent ?? true,

    availability() {
      const s = storage();
      if (!s) return 'unavailable';
      try {
        s.setItem(PROBE_KEY, '1');
        s.removeItem(PROBE_KEY);
        return 'ok';
      } catch (e) {
        return classifyStorageError(e);
      }
    },

    list(ctx) {
      if (ctx) index.setContext(ctx);
      const s = storage();
      if (!s) return { status: 'unavailable' };
      try {
        const entries: CaseListEntry[] = Object.entries(index.current(s).index).map(([id, e]) =>
          listEntry(id, e),
        );
        entries.sort(
          (a, b) =>
            (b.meta?.updatedAt ?? '').localeCompare(a.meta?.updatedAt ?? '') ||
            a.id.localeCompare(b.id),
        );
        return { status: 'ok', entries, quarantined: listQuarantineIn(s) };
      } catch {
        return { status: 'unavailable' };
      }
    },

    setAsideDamaged() {
      const s = storage();
      if (!s) return 'unavailable';
      try {
        let moved = 0;
        // The checked index knows which records are damaged: only those are decoded again.
        let tried = false;
        const checked = index.current(s);
        for (const [id, e] of Object.entries(checked.index)) {
          const text = e.state === 'corrupt' ? s.getItem(caseKey(id)) : null;
          if (text === null || decodeStoredAt(id, text).result.status !== 'corrupt') continue;
          tried = true;
          if (!quarantineFailed(quarantine(s, id, text, clock()))) moved++;
        }
        // Nothing was set aside: the check just made still holds (no second read of every record).
        index.repair(s, tried ? undefined : checked);
        return moved;
      } catch {
        return 'unavailable';
      }
    },

    load(id) {
      const s = storage();
      if (!s) return { status: 'unavailable' };
      const text = readRaw(s, caseKey(id));
      if (text === 'unavailable') return { status: 'unavailable' };
      if (text === null) return { status: 'missing' };
      const { raw, result } = decodeStoredAt(id, text);
      switch (result.status) {
        case 'ok':
          return {
            status: 'ok',
            case: result.case,
            rev: revisionOf(raw),
            savedAt: savedAtOf(raw),
            migrated: result.migrated,
            version: result.version,
          };
        case 'too-new':
          return result;
        default: {
          const detail = result.detail;
          const moved = quarantine(s, id, text, clock());
          return quarantineFailed(moved)
            ? { status: 'corrupt', detail }
            : { status: 'corrupt', detail, quarantineKey: moved };
        }
      }
    },

    save(c, opts = {}) {
      const checked = validateCase(c);
      // Only answers can be left out; a broken id or date stamp refuses the save.
      if (!checked.ok && !checked.issues.every((i) => i.questionId !== undefined))
        return { status: 'invalid', issues: checked.issues };
      const s = storage();
      if (!s) return { status: 'unavailable' };
      const key = caseKey(c.id);
      const existing = readRaw(s, key);
      if (existing === 'unavailable') return { status: 'unavailable' };
      const known =
        checked.ok && existing !== null && lastWrite?.key === key && lastWrite.text === existing
          ? lastWrite
          : null;
      const stored = existing === null || known ? null : decodeStored(existing);
      const raw = stored?.raw ?? null;
      const decoded = stored?.result ?? null;
      const storedAnswers = decoded?.status === 'ok' ? decoded.case.answers : {};
      const toWrite = checked.ok
        ? { ok: true as const, case: checked.case, skipped: undefined }
        : withoutBadAnswers(c, checked, storedAnswers);
      if (!toWrite.ok) return { status: 'invalid', issues: toWrite.issues };
      const skipped = toWrite.skipped;
      if (known) {
        if (opts.baseRev !== undefined && !opts.force && known.rev !== opts.baseRev) {
          return {
            status: 'conflict',
            reason: 'changed',
            storedRev: known.rev,
            storedUpdatedAt: known.updatedAt,
          };
        }
      } else if (existing !== null && decoded !== null) {
        if (decoded.status === 'too-new') {
          return { status: 'refused-too-new', version: decoded.version };
        }
        if (decoded.status === 'ok') {
          const storedRev = revisionOf(raw);
          if (opts.baseRev !== undefined && !opts.force && storedRev !== opts.baseRev) {
            return {
              status: 'conflict',
              reason: 'changed',
              storedRev,
              storedUpdatedAt: decoded.case.updatedAt,
            };
          }
        } else {
          // Never overwrite a record we cannot read: set it aside first.
          const moved = quarantine(s, c.id, existing, clock());
          if (quarantineFailed(moved)) return { status: moved };
        }
      } else if (typeof opts.baseRev === 'string' && !opts.force) {
        return { status: 'conflict', reason: 'deleted', storedRev: null, storedUpdatedAt: null };
      }
      const now = opts.now ?? clock();
      const rev = newId();
      const envelope = encodeCase(toWrite.case, now, rev);
      const text = JSON.stringify(envelope);
      try {
        s.setItem(key, text);
      } catch (e) {
        return { status: classifyStorageError(e) };
      }
      lastWrite = { key, text, rev, updatedAt: toWrite.case.updatedAt };
      index.update(s, c.id, text, { envelope, case: toWrite.case });
      return {
        status: 'ok',
        rev,
        savedAt: now.toISOString(),
        bytes: text.length,
        ...(skipped ? { skipped } : {}),
      };
    },

    has(id) {
      const s = storage();
      if (!s) return 'unavailable';
      const text = readRaw(s, caseKey(id));
      return text === 'unavailable' ? 'unavailable' : text !== null;
    },

    remove(id) {
      const s = storage();
      if (!s) return { status: 'unavailable' };
      const key = caseKey(id);
      const text = readRaw(s, key);
      if (text === 'unavailable') return { status: 'unavailable' };
      if (text === null) return { status: 'missing' };
      try {
        s.removeItem(key);
      } catch {
        return { status: 'unavailable' };
      }
      index.update(s, id, null);
      const parsed = parseJson(text);
      return {
        status: 'ok',
        removed: { id, key, text, envelope: parsed.ok ? parsed.value : null },
      };
    },

    restore(removed) {
      const s = storage();
      if (!s) return { status: 'unavailable' };
      const current = readRaw(s, removed.key);
      if (current === 'unavailable') return { status: 'unavailable' };
      if (current !== null)
        return current === removed.text ? { status: 'ok' } : { status: 'exists' };
      try {
        s.setItem(removed.key, removed.text);
        index.update(s, removed.id, removed.text);
        return { status: 'ok' };
      } catch (e) {
        return { status: classifyStorageError(e) };
      }
    },

    listQuarantine() {
      const s = storage();
      if (!s) return 'unavailable';
      try {
        return listQuarantineIn(s);
      } catch {
        return 'unavailable';
      }
    },

    readQuarantined(key) {
      const s = storage();
      if (!s || !(key.startsWith(QUARANTINE_KEY_PREFIX) || key.startsWith(CASE_KEY_PREFIX)))
        return null;
      const text = readRaw(s, key);
      return text === 'unavailable' ? null : text;
    },

    storedIds() {
      const s = storage();
      if (!s) return 'unavailable';
      try {
        const keys = allKeys(s).filter((k) => k.startsWith(CASE_KEY_PREFIX));
        return keys.map((k) => k.slice(CASE_KEY_PREFIX.length)).sort();
      } catch {
        return 'unavailable';
      }
    },

    readRecord(id) {
      const s = storage();
      return s ? readRaw(s, caseKey(id)) : 'unavailable';
    },

    snapshot() {
      const s = storage();
      if (!s) return 'unavailable';
      try {
        const envelopes: unknown[] = [];
        const quarantined: { key: string; text: string }[] = [];
        for (const key of allKeys(s)) {
          const text = s.getItem(key);
          if (text === null) continue;
          if (key.startsWith(QUARANTINE_KEY_PREFIX)) {
            quarantined.push({ key, text });
          } else if (key.startsWith(CASE_KEY_PREFIX)) {
            const { raw, result } = decodeStored(text);
            if (result.status === 'ok' || result.status === 'too-new') envelopes.push(raw);
            else quarantined.push({ key, text });
          }
        }
        return { envelopes, quarantined };
      } catch {
        return 'unavailable';
      }
    },

    usage() {
      const s = storage();
      if (!s) return 'unavailable';
      try {
        return estimateUsage(s);
      } catch {
        return 'unavailable';
      }
    },

    deleteAll() {
      const s = storage();
      if (!s) return { status: 'unavailable' };
      try {
        const keys = allKeys(s).filter((k) => k.startsWith(KEY_PREFIX));
        for (const k of keys) s.removeItem(k);
        index.forget();
        return { status: 'ok', removed: keys.filter((k) => k !== INDEX_KEY).length };
      } catch {
        return { status: 'unavailable' };
      }
    },
  };
  return repo;
}

function isEmpty(getStorage: () => StorageLike | null | undefined): boolean {
  try {
    return (getStorage()?.length ?? 0) === 0;
  } catch {
    return true;
  }
}

/**
 * The app's repository: localStorage when it works, otherwise an in-memory
 * store (`persistent: false`) so the app still works for this session. The UI
 * shows `storage:session.unavailable` when `persistent` is false.
 */
export function openBrowserCaseRepository(
  getStorage: () => StorageLike | null | undefined = () => globalThis.localStorage,
): { repo: CaseRepository; availability: Availability } {
  const persistentRepo = createCaseRepository(getStorage);
  let availability = persistentRepo.availability();
  // An EMPTY storage that cannot take one byte is a zero quota (old private
  // modes), not a full disk: treat it as unavailable.
  if (availability === 'quota' && isEmpty(getStorage)) availability = 'unavailable';
  if (availability === 'unavailable') {
    return {
      repo: createCaseRepository(new MemoryStorage(), { persistent: false }),
      availability,
    };
  }
  // 'quota' still means the storage exists and holds the user's cases: keep it.
  return { repo: persistentRepo, availability };
}
