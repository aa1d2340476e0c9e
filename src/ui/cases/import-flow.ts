/**
 * The case list's import flow as a pure reducer: a case file, an appendix
 * or a backup is picked, read, stored (asking first when an id is taken:
 * replace, save as a copy or cancel) and reported. No React, no storage, no
 * translation: the hook (use-import-flow.ts) reads and stores, this says what
 * comes next and which lines the report shows (`Line`: a translation key with
 * values, optionally after a label such as the case's title).
 *
 *   idle ─picked→ reading ─read-failed→ report (error)
 *                 reading ─stored→ asking (an id is taken) | report
 *                 asking ─answered (replace | copy)→ report
 *                 asking ─cancelled→ report
 */
import type { Case } from '../../checklist/schema';
import type { ImportReport } from '../../storage/case-files';
import {
  backupFileMessage,
  issueMessage,
  openFileMessage,
  saveMessage,
} from '../../storage/messages';
import { receivedMessage } from '../../storage/read-file';
import type { ReadFailure, ReadFileResult } from '../../storage/read-file';

/** One line of a report: `label: t(key, values)`, or `t(key, values)` without a label. */
export interface Line {
  key: string;
  values?: Record<string, unknown>;
  label?: string;
}

export type Tone = 'info' | 'warning' | 'error';

export interface Report {
  tone: Tone;
  lines: Line[];
  /** A case to offer as a link (a note must be read before it is opened). */
  openLink?: string;
}

export type ImportPurpose = 'open' | 'restore';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; purpose: ImportPurpose }
  /** Cases whose ids are taken, waiting for the user's choice. */
  | { kind: 'asking'; cases: Case[]; openAfter: boolean; prefix: Line[] }
  /** `navigateTo`: the id of the case to open now. */
  | { kind: 'report'; report: Report; navigateTo: string | null };

/** What was read and stored (the case or backup of a successful `readFile`). */
type ReadOk = Extract<ReadFileResult, { status: 'case' | 'backup' }>;

export type ImportEvent =
  | { type: 'picked'; purpose: ImportPurpose }
  | { type: 'read-failed'; failure: ReadFailure }
  | { type: 'stored'; read: ReadOk; report: ImportReport }
  | { type: 'answered'; choice: 'replace' | 'copy'; report: ImportReport }
  | { type: 'cancelled' };

export const idle: ImportState = { kind: 'idle' };

const line = (m: { key: string; values?: Record<string, unknown> }, label?: string): Line => ({
  key: m.key,
  ...(m.values ? { values: m.values } : {}),
  ...(label !== undefined ? { label } : {}),
});

/** Why a file could not be read, in the words of the screen that read it. */
export function failureLines(r: ReadFailure): Line[] {
  switch (r.source) {
    case 'docx': {
      const m = receivedMessage(r);
      return [line({ ...m, key: `review:${m.key}` })];
    }
    case 'json': {
      const lines = [line(openFileMessage(r.failure))];
      if (r.failure.status === 'invalid')
        lines.push(...r.failure.issues.map((i) => line(issueMessage(i))));
      return lines;
    }
    case 'backup':
      return [line(backupFileMessage(r.failure))];
  }
}

/** What an import did: counts, fresh ids, and why each failed entry failed. */
export function reportLines(report: ImportReport): Line[] {
  const lines: Line[] = [];
  if (report.imported.length > 0)
    lines.push(line({ key: 'storage:import.imported', values: { count: report.imported.length } }));
  for (const c of report.imported) {
    if (c.freshIds)
      lines.push(
        line({ key: 'storage:import.freshIds', values: { count: c.freshIds } }, c.title || c.id),
      );
  }
  if (report.identical.length > 0)
    lines.push(
      line({ key: 'storage:import.identical', values: { count: report.identical.length } }),
    );
  if (report.failed.length > 0) {
    lines.push(line({ key: 'storage:import.failed', values: { count: report.failed.length } }));
    for (const f of report.failed) {
      switch (f.status) {
        case 'too-new':
          lines.push(
            line({ key: 'storage:import.entryTooNew' }, String(f.title ?? f.id ?? f.index + 1)),
          );
          break;
        case 'invalid':
          lines.push(line({ key: 'storage:import.entryInvalid' }, String(f.id ?? f.index + 1)));
          break;
        case 'not-a-case':
          lines.push(line({ key: 'storage:import.entryNotACase' }, String(f.index + 1)));
          break;
        case 'save-failed':
          lines.push(
            line(
              f.result.status === 'refused-too-new'
                ? { key: 'cases:ask.existingTooNew' }
                : f.result.status === 'quota'
                  ? // Nothing was opened: "your work is kept while the tab is open" would be untrue.
                    { key: 'storage:import.entryQuota' }
                  : f.result.status === 'unavailable'
                    ? { key: 'storage:import.entryUnavailable' }
                    : saveMessage(f.result),
              f.id,
            ),
          );
          break;
      }
    }
  }
  return lines;
}

const report = (r: Report, navigateTo: string | null = null): ImportState => ({
  kind: 'report',
  report: r,
  navigateTo,
});

/** A single case read from a file (case file or appendix) and stored. */
function storedCase(read: Extract<ReadOk, { status: 'case' }>, r: ImportReport): ImportState {
  const c = read.case;
  if (r.conflicts.length > 0) return { kind: 'asking', cases: [c], openAfter: true, prefix: [] };
  if (r.imported.length === 0 && r.identical.length === 0)
    return report({ tone: 'error', lines: reportLines(r) });
  const opened =
    read.source === 'docx'
      ? line({ key: 'cases:files.appendixOpened' })
      : line({ key: read.migrated ? 'storage:file.openedMigrated' : 'storage:file.opened' });
  if (read.freshIds) {
    // The note must be read: stay on the list and offer the case as a link.
    const note = line({ key: 'storage:import.freshIds', values: { count: read.freshIds } });
    return report({ tone: 'warning', lines: [opened, note], openLink: c.id });
  }
  return report({ tone: 'info', lines: [opened] }, c.id);
}

function storedBackup(read: Extract<ReadOk, { status: 'backup' }>, r: ImportReport): ImportState {
  const lines = [line(backupFileMessage(read.backup)), ...reportLines(r)];
  if (r.conflicts.length > 0)
    return {
      kind: 'asking',
      cases: r.conflicts.map((c) => c.incoming),
      openAfter: false,
      prefix: lines,
    };
  return report({ tone: r.failed.length > 0 ? 'warning' : 'info', lines });
}

export function importFlow(state: ImportState, event: ImportEvent): ImportState {
  switch (event.type) {
    case 'picked':
      return { kind: 'reading', purpose: event.purpose };
    case 'read-failed':
      return report({ tone: 'error', lines: failureLines(event.failure) });
    case 'stored':
      return event.read.status === 'case'
        ? storedCase(event.read, event.report)
        : storedBackup(event.read, event.report);
    case 'cancelled':
      if (state.kind !== 'asking') return state;
      return report({
        tone: 'info',
        lines: [...state.prefix, line({ key: 'cases:ask.cancelled' })],
      });
    case 'answered': {
      if (state.kind !== 'asking') return state;
      const lines = [...state.prefix, ...reportLines(event.report)];
      const first = event.report.imported[0];
      if (state.openAfter && first) return report({ tone: 'info', lines }, first.id);
      return report({ tone: event.report.failed.length > 0 ? 'warning' : 'info', lines });
    }
  }
}
