/**
 * The cases stored in this browser for the follow-up (issue 14): each case record's stored text
 * goes through the same reader as a dropped .json case file (in the Web Worker, recomputed with
 * this build's rules by `toCounted`), one record at a time, read only when its turn comes. So a
 * damaged record is listed as not counted with its reason, and 1,000 stored cases never hold
 * the page: the main thread only reads one record's text per step.
 */
import type { RuleContext } from '../checklist/types';
import type { CaseRepository } from './case-storage';
import type { CaseMeta } from './case-record';
import { countFollowupItems } from './followup-files';
import type { FollowupRun, StoredItem } from './followup-files';

/**
 * How many case records this browser holds, those set aside as damaged included (the case list
 * shows them too); from the list index: nothing is decoded.
 */
export function storedCaseCount(repo: CaseRepository): number {
  const list = repo.list();
  return list.status === 'ok' ? list.entries.length + list.quarantined.length : 0;
}

/**
 * One item per stored case record (damaged and too-new ones too), named by `label` from what
 * the list index knows (the title; meta is null for a record that could not be read), then one
 * per record set aside as damaged (quarantine.ts): read like the others, never counted.
 */
export function storedItems(
  repo: CaseRepository,
  label: (meta: CaseMeta | null, id: string) => string,
): StoredItem[] {
  const list = repo.list();
  if (list.status !== 'ok') return [];
  const stored: StoredItem[] = list.entries.map((e) => ({
    name: label(e.meta, e.id),
    read: () => {
      const text = repo.readRecord(e.id);
      return text === 'unavailable' ? null : text;
    },
  }));
  const setAside: StoredItem[] = list.quarantined.map((q) => ({
    name: label(null, q.id),
    setAside: true,
    read: () => repo.readQuarantined(q.key),
  }));
  return [...stored, ...setAside];
}

/** Count the stored cases like files: in the worker, one at a time, with progress and cancel. */
export function countStoredCases(
  repo: CaseRepository,
  ctx: RuleContext,
  label: (meta: CaseMeta | null, id: string) => string,
  opts: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<FollowupRun> {
  return countFollowupItems(storedItems(repo, label), ctx, opts);
}
