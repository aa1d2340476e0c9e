/**
 * Case storage: the ONLY code that touches browser storage for cases.
 *
 * Cases live in localStorage because its writes are synchronous: a save from a
 * `pagehide` handler is on disk before the tab is gone (a case is tens of KB).
 * Everything goes through the `CaseRepository` interface so an IndexedDB
 * implementation could replace this one without touching the app.
 *
 * Keys (all prefixed `ulk:` so "delete all my data" can find them):
 * - `ulk:case:<id>`                 one envelope (see envelope.ts) per case
 * - `ulk:quarantine:<id>:<ms>[-n]`  the raw text of a corrupt record, set aside;
 *                                   never overwritten, removed only by deleteAll()
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
import { decodeCase, encodeCase, revisionOf, validateCase } from '../format/case-envelope';
import type { DecodeIssue, DecodeResult } from '../format/case-envelope';
import { isRecord } from '../format/versioned-json';
import { newId } from './ids';
import { MemoryStorage } from './memory-storage';
import type { StorageLike } from './memory-storage';

export type { StorageLike };

export const KEY_PREFIX = 'ulk:';
export const CASE_KEY_PREFIX = 'ulk:case:';
export const QUARANTINE_KEY_PREFIX = 'ulk:quarantine:';
const PROBE_KEY = 'ulk:probe';

export const caseKey = (id: string): string => CASE_KEY_PREFIX + id;

/** A Storage-like object, or a getter (reading `window.localStorage` may itself throw). */
export type StorageSource = StorageLike | (() => StorageLike | null | undefined);

export type StorageFault = 'quota' | 'unavailable';

/** QuotaExceededError and its legacy names/codes (WebKit 22, Firefox 1014). */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

export function classifyStorageError(e: unknown): StorageFault {
  return isQuotaError(e) ? 'quota' : 'unavailable';
}

// ---- Results ------------------------------------------------------------------------

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
  result: DecodeResult;
  meta: CaseMeta | null;
  savedAt: string | null;
  rev: string | null;
}

interface ReadEntry {
  entry: CaseListEntry;
  text: string;
}

export interface QuarantineEntry {
  key: string;
  id: string;
  /** When it was set aside (ISO), from the key. */
  at: string | null;
  bytes: number;
}

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

export interface CaseRepository {
  /** false when working on an in-memory fallback (storage disabled): data lasts this session. */
  readonly persistent: boolean;
  availability(): Availability;
  /** Reads every case record; never writes (safe to call while rendering). */
  list(): ListResult;
  /**
   * Moves every corrupt case record aside under a quarantine key, so a save can never overwrite
   * it; returns how many were moved. A record that cannot be moved (storage full) stays in place.
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
  snapshot(): StorageSnapshot | 'unavailable';
  /** "Delete all my data on this computer": every `ulk:` key, quarantine included. */
  deleteAll(): DeleteAllResult;
}

// ---- Helpers ------------------------------------------------------------------------

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

/** A new, unguessable-enough case id. */
export function newCaseId(): string {
  return newId();
}

function allKeys(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k !== null) keys.push(k);
  }
  return keys;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function parseQuarantineKey(key: string): { id: string; at: string | null } {
  const rest = key.slice(QUARANTINE_KEY_PREFIX.length);
  const cut = rest.lastIndexOf(':');
  if (cut < 0) return { id: rest, at: null };
  const ms = Number(rest.slice(cut + 1).replace(/-\d+$/, ''));
  return {
    id: rest.slice(0, cut),
    at: Number.isFinite(ms) ? new Date(ms).toISOString() : null,
  };
}

function decodeStored(text: string): DecodeResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return { status: 'corrupt', detail: 'not valid JSON' };
  return decodeCase(parsed.value);
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

  /** Move a corrupt record aside. Returns the new key, or the fault (record stays in place). */
  function quarantine(s: StorageLike, id: string, text: string): string | StorageFault {
    try {
      const base = `${QUARANTINE_KEY_PREFIX}${id}:${clock().getTime()}`;
      let key = base;
      for (let n = 1; s.getItem(key) !== null; n++) key = `${base}-${n}`;
      s.setItem(key, text);
      s.removeItem(caseKey(id));
      return key;
    } catch (e) {
      return classifyStorageError(e);
    }
  }

  function quarantineFailed(result: string | StorageFault): result is StorageFault {
    return result === 'quota' || result === 'unavailable';
  }

  function readRaw(s: StorageLike, key: string): string | null | 'unavailable' {
    try {
      return s.getItem(key);
    } catch {
      return 'unavailable';
    }
  }

  function caseKeysIn(s: StorageLike): string[] {
    return allKeys(s).filter((k) => k.startsWith(CASE_KEY_PREFIX));
  }

  /** One case record as the list shows it, with its raw text; reads only, never writes. */
  function readEntry(s: StorageLike, key: string): ReadEntry | null {
    const id = key.slice(CASE_KEY_PREFIX.length);
    const text = s.getItem(key);
    if (text === null) return null;
    const parsed = parseJson(text);
    const raw = parsed.ok ? parsed.value : null;
    let result = parsed.ok ? decodeCase(raw) : decodeStored(text);
    if (result.status === 'ok' && result.case.id !== id) {
      result = { status: 'corrupt', detail: 'id does not match its key' };
    }
    const entry: CaseListEntry = {
      id,
      result,
      meta: null,
      savedAt: isRecord(raw) && typeof raw.savedAt === 'string' ? raw.savedAt : null,
      rev: revisionOf(raw),
    };
    if (result.status === 'ok') entry.meta = caseMeta(result.case);
    else if (result.status === 'too-new') entry.meta = caseMeta(isRecord(raw) ? raw.case : null);
    return { entry, text };
  }

  function listQuarantineIn(s: StorageLike): QuarantineEntry[] {
    return allKeys(s)
      .filter((k) => k.startsWith(QUARANTINE_KEY_PREFIX))
      .map((key) => ({ key, ...parseQuarantineKey(key), bytes: (s.getItem(key) ?? '').length }))
      .sort((a, b) => a.key.localeCompare(b.key));
  }

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

    list() {
      const s = storage();
      if (!s) return { status: 'unavailable' };
      try {
        const entries = caseKeysIn(s)
          .map((key) => readEntry(s, key))
          .filter((e): e is ReadEntry => e !== null)
          .map((e) => e.entry);
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
        for (const key of caseKeysIn(s)) {
          const read = readEntry(s, key);
          if (read?.entry.result.status !== 'corrupt') continue;
          if (!quarantineFailed(quarantine(s, read.entry.id, read.text))) moved++;
        }
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
      const parsed = parseJson(text);
      let result = parsed.ok ? decodeCase(parsed.value) : decodeStored(text);
      if (result.status === 'ok' && result.case.id !== id) {
        result = { status: 'corrupt', detail: 'id does not match its key' };
      }
      switch (result.status) {
        case 'ok': {
          const raw = parsed.ok ? parsed.value : null;
          return {
            status: 'ok',
            case: result.case,
            rev: revisionOf(raw),
            savedAt: isRecord(raw) && typeof raw.savedAt === 'string' ? raw.savedAt : null,
            migrated: result.migrated,
            version: result.version,
          };
        }
        case 'too-new':
          return result;
        default: {
          const detail = result.detail;
          const moved = quarantine(s, id, text);
          return quarantineFailed(moved)
            ? { status: 'corrupt', detail }
            : { status: 'corrupt', detail, quarantineKey: moved };
        }
      }
    },

    save(c, opts = {}) {
      let checked = validateCase(c);
      // Only answers can be left out; a broken id or date stamp refuses the save.
      if (!checked.ok && !checked.issues.every((i) => i.questionId !== undefined))
        return { status: 'invalid', issues: checked.issues };
      const s = storage();
      if (!s) return { status: 'unavailable' };
      const key = caseKey(c.id);
      const existing = readRaw(s, key);
      if (existing === 'unavailable') return { status: 'unavailable' };
      let skipped: DecodeIssue[] | undefined;
      const parsed = existing === null ? null : parseJson(existing);
      const raw = parsed?.ok ? parsed.value : null;
      const decoded =
        existing === null ? null : parsed?.ok ? decodeCase(raw) : decodeStored(existing);
      if (!checked.ok) {
        // One bad answer must not stop every save: store the rest, keep the
        // stored value of the bad ones, and name them. (Issues are capped per
        // pass, hence the loop; each pass removes at least one answer.)
        const storedAnswers = decoded?.status === 'ok' ? decoded.case.answers : {};
        const answers: Record<string, unknown> = { ...c.answers };
        const bad: DecodeIssue[] = [];
        for (let pass = 0; !checked.ok && pass < 50; pass++) {
          if (!checked.issues.every((i) => i.questionId !== undefined))
            return { status: 'invalid', issues: checked.issues };
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
        if (!checked.ok) return { status: 'invalid', issues: bad };
        skipped = bad;
      }
      if (existing !== null && decoded !== null) {
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
          const moved = quarantine(s, c.id, existing);
          if (quarantineFailed(moved)) return { status: moved };
        }
      } else if (typeof opts.baseRev === 'string' && !opts.force) {
        return { status: 'conflict', reason: 'deleted', storedRev: null, storedUpdatedAt: null };
      }
      const now = opts.now ?? clock();
      const rev = newId();
      const text = JSON.stringify(encodeCase(checked.case, now, rev));
      try {
        s.setItem(key, text);
      } catch (e) {
        return { status: classifyStorageError(e) };
      }
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
            const parsed = parseJson(text);
            const status = parsed.ok ? decodeCase(parsed.value).status : 'corrupt';
            if (parsed.ok && (status === 'ok' || status === 'too-new'))
              envelopes.push(parsed.value);
            else quarantined.push({ key, text });
          }
        }
        return { envelopes, quarantined };
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
        return { status: 'ok', removed: keys.length };
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
