/**
 * A file the follow-up does not count is worded in the user's language: the readers' technical
 * detail (English) is never shown, only the kind of damage the reader found (rejection-text.ts).
 * The files are read by the real reader, so each kind is the one its reader gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFollowupFile } from '../../src/appendix/followup-read';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { rejectionText } from '../../src/format/followup/rejection-text';
import type { DamageKind } from '../../src/format/damage';
import type { Rejection } from '../../src/format/followup/read-json';
import { declaredBombDocx, lyingBombDocx } from '../../scripts/make-hostile-fixtures';
import sv from '../../locales/sv/followup.json';
import en from '../../locales/en/followup.json';

const utf8 = (s: string) => new TextEncoder().encode(s);
const hostile = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'hostile', name)));
const envelope = (c: Record<string, unknown>) =>
  JSON.stringify({
    format: 'underlagskollen-case',
    version: 1,
    savedAt: '2025-01-01T08:00:00.000Z',
    case: { createdAt: '2025-01-01T08:00:00.000Z', updatedAt: '2025-01-01T08:00:00.000Z', ...c },
  });

/** A bad file, the kind of damage it is, and a phrase of the Swedish text the user reads. */
const cases: [string, Uint8Array, DamageKind, string][] = [
  ['not-a-zip.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'zip', 'Word-dokument'],
  ['bomb-declared.docx', declaredBombDocx(), 'too-much-data', 'mer data än en bilaga'],
  ['bomb-lying.docx', lyingBombDocx(), 'too-much-data', 'mer data än en bilaga'],
  ['checksum-flip.docx', hostile('checksum-flip.docx'), 'embedding', 'inbäddade ärendet'],
  [
    'wrong-type.json',
    utf8(envelope({ id: 'x', answers: { 'a.title': 7 } })),
    'case-content',
    'följer inte formatet',
  ],
  [
    'no-case.json',
    utf8('{"format":"underlagskollen-case","version":1}'),
    'case-content',
    'formatet',
  ],
  [
    'bad-backup.json',
    utf8('{"format":"underlagskollen-backup","version":"ett"}'),
    'backup',
    'ofullständig',
  ],
  [
    'empty-backup.json',
    utf8('{"format":"underlagskollen-backup","version":1}'),
    'backup',
    'ofullständig',
  ],
];

describe('the reason a file is not counted', () => {
  it.each(cases)(
    '%s: the kind of damage, in Swedish and English, never the English detail',
    async (file, bytes, kind, phrase) => {
      const { rejected } = await readFollowupFile(file, bytes);
      expect(rejected).toHaveLength(1);
      const r = rejected[0]!;
      expect(r.reason).toBe('damaged');
      expect(r.damage).toBe(kind);
      const svText = rejectionText(r, nodeTranslator('sv'));
      const enText = rejectionText(r, nodeTranslator('en'));
      expect(svText).toMatch(/^Filen är skadad och kunde inte läsas: .+\.$/);
      expect(svText).toContain(phrase);
      expect(enText).toMatch(/^The file is damaged and could not be read: .+\.$/);
      expect(svText).not.toContain(r.detail);
      expect(enText).not.toContain(r.detail);
    },
  );

  it('words the stored records and read errors of the screen, and anything unforeseen', () => {
    const sv0 = nodeTranslator('sv');
    const text = (reason: Rejection['reason'], damage?: DamageKind) =>
      rejectionText({ file: 'f', reason, ...(damage ? { damage } : {}), detail: 'x' }, sv0);
    expect(text('unreadable', 'gone')).toBe(
      'Filen kunde inte öppnas: det sparade ärendet togs bort medan räkningen pågick.',
    );
    expect(text('unreadable', 'read')).toBe(
      'Filen kunde inte öppnas: filen gick inte att läsa från disken.',
    );
    expect(text('damaged', 'set-aside')).toContain('flyttats undan som skadat');
    expect(text('damaged', 'not-case-record')).toContain('inte ett ärende');
    expect(text('damaged')).toBe(
      'Filen är skadad och kunde inte läsas: ett oväntat fel uppstod när filen lästes.',
    );
  });

  it('has a text for every kind in both languages', () => {
    const kinds: DamageKind[] = [
      'zip',
      'too-much-data',
      'embedding',
      'case-content',
      'backup',
      'not-case-record',
      'set-aside',
      'gone',
      'read',
      'other',
    ];
    expect(Object.keys(sv.damage).sort()).toEqual([...kinds].sort());
    expect(Object.keys(en.damage).sort()).toEqual([...kinds].sort());
  });
});
