/**
 * How full browser storage is, and which cases to archive when it is nearly full.
 *
 * The estimate: every key and value of the origin (ours and any other) counts its length in
 * UTF-16 code units × 2 bytes, against a quota of 5 MiB, the smallest common localStorage quota
 * (Firefox and Safari: about 5 MB per origin; Chromium allows 10 MiB of UTF-16, i.e. 5 Mi
 * characters, so there the warning comes early, which is the safe side).
 * `navigator.storage.estimate()` is not used: it reports the quota of IndexedDB and the caches,
 * which localStorage does not share, so it says nothing about this limit.
 */
import type { StorageLike } from './memory-storage';
import { allKeys } from './storage-keys';

/** The localStorage quota we count against (bytes). */
export const LOCAL_STORAGE_QUOTA_BYTES = 5 * 1024 * 1024;
/** From this share of the quota on, the case list warns. */
export const WARN_SHARE = 0.8;
/** Archiving frees space until the estimate falls to this share. */
export const ARCHIVE_TARGET_SHARE = 0.6;

export interface StorageUsage {
  usedBytes: number;
  quotaBytes: number;
  /** usedBytes / quotaBytes (may exceed 1 when a browser allows more). */
  share: number;
}

export function estimateUsage(
  s: StorageLike,
  quotaBytes: number = LOCAL_STORAGE_QUOTA_BYTES,
): StorageUsage {
  let chars = 0;
  for (const key of allKeys(s)) chars += key.length + (s.getItem(key)?.length ?? 0);
  const usedBytes = chars * 2;
  return { usedBytes, quotaBytes, share: usedBytes / quotaBytes };
}

export const shouldWarn = (u: StorageUsage): boolean => u.share >= WARN_SHARE;

export interface ArchiveCandidate {
  id: string;
  /** The case's last change (ISO); empty when unknown (then it counts as oldest). */
  updatedAt: string;
  /** Stored characters of its record. */
  size: number;
}

/**
 * The cases to archive: those not changed for the longest (oldest `updatedAt` first), until
 * the estimate falls to `ARCHIVE_TARGET_SHARE`; `keep` (e.g. the open case) is never chosen.
 * At least one case when any can be chosen.
 */
export function chooseArchive(
  cases: readonly ArchiveCandidate[],
  usage: StorageUsage,
  keep: ReadonlySet<string> = new Set(),
  targetShare: number = ARCHIVE_TARGET_SHARE,
): string[] {
  const sorted = cases
    .filter((c) => !keep.has(c.id))
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id));
  const target = targetShare * usage.quotaBytes;
  let used = usage.usedBytes;
  const chosen: string[] = [];
  for (const c of sorted) {
    if (chosen.length > 0 && used <= target) break;
    chosen.push(c.id);
    used -= (c.size + 'ulk:case:'.length + c.id.length) * 2;
  }
  return chosen;
}
