/**
 * Which translated message (namespace `storage`) belongs to each storage
 * result. Pure: returns the key and interpolation values, the UI calls t().
 * test/unit/case-storage.test.ts checks that every key exists in sv and en.
 */
import type { OpenCaseFileResult, ReadBackupResult } from './case-files';
import type { SaveResult } from './case-storage';
import type { DecodeIssue } from '../format/case-envelope';

export interface StorageMessage {
  key: `storage:${string}`;
  values?: Record<string, unknown>;
}

const MB = 1024 * 1024;
const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

export function saveMessage(r: SaveResult): StorageMessage {
  switch (r.status) {
    case 'ok':
      return { key: 'storage:status.saved', values: { time: new Date(r.savedAt) } };
    case 'quota':
      return { key: 'storage:save.quota' };
    case 'unavailable':
      return { key: 'storage:save.unavailable' };
    case 'refused-too-new':
      return { key: 'storage:save.refusedTooNew' };
    case 'conflict':
      return {
        key: r.reason === 'deleted' ? 'storage:save.conflictDeleted' : 'storage:save.conflict',
      };
    case 'invalid':
      return { key: 'storage:save.invalid', values: { count: r.issues.length } };
  }
}

export function openFileMessage(r: OpenCaseFileResult): StorageMessage {
  switch (r.status) {
    case 'ok':
      return { key: r.migrated ? 'storage:file.openedMigrated' : 'storage:file.opened' };
    case 'empty':
      return { key: 'storage:file.empty' };
    case 'too-large':
      return { key: 'storage:file.tooLarge', values: { size: mb(r.bytes), max: mb(r.maxBytes) } };
    case 'not-json':
      return { key: 'storage:file.notJson' };
    case 'read-error':
      return { key: 'storage:file.readError' };
    case 'not-a-case':
      return { key: 'storage:file.notACase' };
    case 'is-backup':
      return { key: 'storage:file.isBackup' };
    case 'invalid':
      return { key: 'storage:file.invalid', values: { count: r.issueCount } };
    case 'too-new':
      return { key: 'storage:file.tooNew', values: { version: r.appVersion ?? r.version } };
  }
}

export function backupFileMessage(r: ReadBackupResult): StorageMessage {
  switch (r.status) {
    case 'ok':
      return { key: 'storage:backup.read', values: { count: r.entries.length } };
    case 'not-a-backup':
      return { key: 'storage:backup.notABackup' };
    case 'too-new':
      return { key: 'storage:backup.tooNew' };
    case 'too-large':
      return { key: 'storage:file.tooLarge', values: { size: mb(r.bytes), max: mb(r.maxBytes) } };
    default:
      return openFileMessage(r);
  }
}

const issueCodes = new Set([
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'invalid_value',
  'invalid_union',
  'unrecognized_keys',
  'duplicate_id',
  'too_deep',
  'reserved_key',
]);

/**
 * One line of the "invalid file" list: where (path or question) and what. zod's
 * own message is English, so it is never put into the translated line.
 */
export function issueMessage(issue: DecodeIssue): StorageMessage {
  const code = issueCodes.has(issue.code) ? issue.code : 'other';
  return {
    key: `storage:issue.${code}`,
    values: { path: issue.path || '–', max: issue.maximum },
  };
}
