/**
 * The cases stored in this browser for the follow-up (issue 14): each case record's stored text
 * goes through the same reader as a dropped .json case file (in the Web Worker, recomputed with
 * this build's rules by `toCounted`), one record at a time, read only when its turn comes. So a
 * damaged record is listed as not counted with its reason, and 1,000 stored cases never hold
 * the page: the main thread lists the record keys (nothing decoded, not even the list index,
 * which may have to be rebuilt for another rule context) and reads one record's text per step.
 */
import type { RuleContext } from '../checklist/types';
import type { CaseRepository } from './case-storage';
import { countFollowupItems } from './followup-files';
import type { FollowupRun, StoredItem } from './followup-files';

/** How a stored case is named in the lists: by its title and Dnr when it could be read. */
export type StoredLabel = (known: { title: string; dnr: string } | null, id: string) => string;

function quarantined(repo: CaseRepository) {
  const q = repo.listQuarantine();
  return q === 'unavailable' ? [] : q;
}

/**
 * How many case records this browser holds, those set aside as damaged included (the case list
 * shows them too); from the keys: nothing is read.
 */
export function storedCaseCount(repo: CaseRepository): number {
  const ids = repo.storedIds();
  return ids === 'unavailable' ? 0 : ids.length + quarantined(repo).length;
}

/**
 * One item per stored case record (damaged and too-new ones too), then one per record set
 * aside as damaged (quarantine.ts): read like the others, listed with its reason, never counted.
 */
export function storedItems(repo: CaseRepository, label: StoredLabel): StoredItem[] {
  const ids = repo.storedIds();
  if (ids === 'unavailable') return [];
  const stored: StoredItem[] = ids.map((id) => ({
    name: label(null, id),
    nameOf: (c) => label(c.summary, id),
    read: () => {
      const text = repo.readRecord(id);
      return text === 'unavailable' ? null : text;
    },
  }));
  const setAside: StoredItem[] = quarantined(repo).map((q) => ({
    name: label(null, q.id),
    nameOf: () => label(null, q.id),
    setAside: true,
    read: () => repo.readQuarantined(q.key),
  }));
  return [...stored, ...setAside];
}

/** Count the stored cases like files: in the worker, one at a time, with progress and cancel. */
export function countStoredCases(
  repo: CaseRepository,
  ctx: RuleContext,
  label: StoredLabel,
  opts: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<FollowupRun> {
  return countFollowupItems(storedItems(repo, label), ctx, opts);
}
