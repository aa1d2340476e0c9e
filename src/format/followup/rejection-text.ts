/**
 * A file that is not counted, in the user's words: the screen, the CLI, its CSV and the Word
 * report all word a rejection here, so they cannot disagree. A damaged or unreadable file is
 * worded from the kind of damage its reader found (`damage`, followup:damage.*), never from the
 * reader's technical detail, which is English.
 */
import type { FollowupTranslate } from './measures';
import { MAX_FOLLOWUP_FILE_BYTES } from './read-json';
import type { Rejection } from './read-json';

export function rejectionText(r: Rejection, t: FollowupTranslate): string {
  return t(`followup:rejected.${r.reason}`, {
    detail: t(`followup:damage.${r.damage ?? 'other'}`),
    version: r.version ?? '',
    file: r.keptFile ?? '',
    max: MAX_FOLLOWUP_FILE_BYTES / 1024 / 1024,
  });
}
