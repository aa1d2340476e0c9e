/**
 * The officer's own name, a personal setting of this browser (never part of the organisation's
 * config.json): a versioned record under `ulk:officer-name`,
 * `{ "format": "underlagskollen-officer-name", "version": 1, "name": "…" }`.
 * A new case gets it as its "Handläggare"; the officer can change it per case.
 * Storage can be disabled or full: the name then lasts for this session only.
 */
import { encodeVersioned, isRecord, parseVersioned } from '../format/versioned-json';
import type { VersionedFormat } from '../format/versioned-json';

export const OFFICER_NAME_KEY = 'ulk:officer-name';

/** The same cap as the case's "Handläggare" question (part-a.ts). */
export const OFFICER_NAME_MAX = 200;

const officerNameFormat: VersionedFormat<string> = {
  format: 'underlagskollen-officer-name',
  version: 1,
  validate: (record) =>
    isRecord(record) && typeof record.name === 'string'
      ? { ok: true, value: record.name.slice(0, OFFICER_NAME_MAX) }
      : { ok: false, detail: 'no name' },
};

let memory: string | null = null;

/** Trimmed, inner runs of white space as one space, capped. */
export const cleanOfficerName = (name: string): string =>
  name.replace(/\s+/g, ' ').trim().slice(0, OFFICER_NAME_MAX);

/** The stored name; '' when none is stored, it cannot be read or a newer build wrote it. */
export function readOfficerName(): string {
  if (memory !== null) return memory;
  let text: string | null;
  try {
    text = localStorage.getItem(OFFICER_NAME_KEY);
  } catch {
    return '';
  }
  if (text === null) return '';
  const decoded = parseVersioned(officerNameFormat, text);
  return decoded.status === 'ok' || decoded.status === 'migrated' ? decoded.value : '';
}

/** Save (a blank name removes it). Returns false when only this session keeps it. */
export function writeOfficerName(name: string): boolean {
  const clean = cleanOfficerName(name);
  try {
    if (clean === '') localStorage.removeItem(OFFICER_NAME_KEY);
    else {
      localStorage.setItem(
        OFFICER_NAME_KEY,
        JSON.stringify(encodeVersioned(officerNameFormat, { name: clean })),
      );
    }
    memory = null;
    return true;
  } catch {
    memory = clean;
    return false;
  }
}

/** For tests: forget the in-memory fallback. */
export function resetOfficerNameMemory(): void {
  memory = null;
}
