/**
 * One file for the follow-up (issue 14): a .docx appendix made by the app (its embedded case
 * and stored summary) or a .json case file or backup, into the cases to count and the reasons
 * the rest is not counted. Bounded like the appendix reader (only two small parts of a zip are
 * ever inflated, each capped) and never throws, so one bad file never stops a run.
 *
 * Runs in Node (the CLI) and in a Worker (a screen): bytes in, plain data out.
 */
import { parseExportSummary } from '../format/export-summary';
import type { ExportSummary } from '../format/export-summary';
import type { FollowupInput } from '../format/followup/aggregate';
import { MAX_FOLLOWUP_FILE_BYTES, readFollowupJson } from '../format/followup/read-json';
import type { Rejection } from '../format/followup/read-json';
import { startsWithZipMagic } from '../format/zip-magic';
import { readAppendixContents } from './read-appendix';

export interface FollowupFileRead {
  inputs: FollowupInput[];
  rejected: Rejection[];
}

function storedSummary(json: string | null, caseId: string): ExportSummary | null {
  if (json === null) return null;
  const d = parseExportSummary(json);
  // A summary a later build wrote, or one for another case, is not compared with.
  return (d.status === 'ok' || d.status === 'migrated') && d.value.caseId === caseId
    ? d.value
    : null;
}

export async function readFollowupFile(file: string, bytes: Uint8Array): Promise<FollowupFileRead> {
  if (bytes.length > MAX_FOLLOWUP_FILE_BYTES) {
    return { inputs: [], rejected: [{ file, reason: 'too-large' }] };
  }
  if (startsWithZipMagic(bytes)) {
    const { result, summary } = await readAppendixContents(bytes);
    switch (result.status) {
      case 'ok': {
        const json = summary.status === 'ok' ? summary.json : null;
        const stored = storedSummary(json, result.case.id);
        return {
          inputs: [{ file, case: result.case, stored, savedAt: stored?.savedAt ?? '' }],
          rejected: [],
        };
      }
      case 'not-ours':
        return { inputs: [], rejected: [{ file, reason: result.reason }] };
      case 'damaged':
        return {
          inputs: [],
          rejected: [{ file, reason: 'damaged', damage: result.damage, detail: result.detail }],
        };
      case 'too-new':
        return { inputs: [], rejected: [{ file, reason: 'too-new', version: result.version }] };
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { inputs: [], rejected: [{ file, reason: 'not-docx' }] };
  }
  if (!/^\s*[{[]/.test(text)) return { inputs: [], rejected: [{ file, reason: 'not-docx' }] };
  const r = readFollowupJson(text);
  if (!r.ok) return { inputs: [], rejected: [{ file, ...r.rejection }] };
  return {
    inputs: r.cases.map((c) => ({ file, case: c.case, stored: null, savedAt: c.savedAt })),
    rejected: r.rejected.map((x) => ({ file, ...x })),
  };
}
