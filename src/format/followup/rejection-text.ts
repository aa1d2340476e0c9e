/**
 * A file that is not counted, in the user's words: the screen, the CLI, its CSV and the Word
 * report all word a rejection here, so they cannot disagree. The readers keep a technical
 * detail (English, for tests and debugging); what the user is shown is the kind of damage that
 * detail describes, translated (followup:damage.*), never the English text itself.
 */
import type { FollowupTranslate } from './measures';
import type { Rejection } from './read-json';

/** What is wrong with a damaged or unreadable file; the keys of `followup:damage.*`. */
export type DamageKind =
  | 'zip'
  | 'too-much-data'
  | 'embedding'
  | 'case-content'
  | 'backup'
  | 'not-case-record'
  | 'set-aside'
  | 'gone'
  | 'read'
  | 'other';

/** The kind of damage a reader's technical detail describes (read-appendix.ts, embed.ts, ...). */
export function damageKind(detail: string | undefined): DamageKind {
  const d = detail ?? '';
  if (/zip archive/.test(d)) return 'zip';
  if (/declares more data|inflates past|size cap/.test(d)) return 'too-much-data';
  if (/custom\.xml|embedd|checksum|base64|missing part \d+ of \d+/.test(d)) return 'embedding';
  if (/backup/.test(d)) return 'backup';
  if (d === 'not a case record') return 'not-case-record';
  if (d === 'set aside as damaged') return 'set-aside';
  if (d === 'gone') return 'gone';
  if (d === 'read error') return 'read';
  // An exception's message (the worker's last resort) says nothing a user can act on.
  if (/^\w*Error\b/.test(d)) return 'other';
  // The case envelope's own checks: a missing part, or the first schema issue ("path: message").
  if (/^(missing case|invalid case|missing format marker|not valid JSON)$/.test(d) || /: /.test(d))
    return 'case-content';
  return 'other';
}

export function rejectionText(r: Rejection, t: FollowupTranslate, maxFileBytes: number): string {
  return t(`followup:rejected.${r.reason}`, {
    detail: t(`followup:damage.${damageKind(r.detail)}`),
    version: r.version ?? '',
    file: r.keptFile ?? '',
    max: maxFileBytes / 1024 / 1024,
  });
}
