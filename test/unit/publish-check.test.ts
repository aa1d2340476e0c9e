import { describe, expect, it } from 'vitest';
import {
  PUBLISH_INTENDED_KEY,
  luhnOk,
  publishCheck,
  publishCounts,
  scanText,
  withIntended,
} from '../../src/checklist/publish-check';
import { emptyContext } from '../../src/checklist/types';

const kinds = (text: string) => scanText(text).map((h) => `${h.kind}:${h.text}`);

describe('the publish check', () => {
  it.each([
    ['811218-9876', 'personnummer'],
    ['8112189876', 'personnummer'],
    ['19811218-9876', 'personnummer'],
    ['198112189876', 'personnummer'],
    ['811218+9876', 'personnummer'],
    ['Sökande 811218-9876 bor i länet', 'personnummer'],
    ['(811218-9876)', 'personnummer'],
    ['701063-2391', 'samordningsnummer'],
    ['197010632391', 'samordningsnummer'],
    ['pnr: 850709-9805.', 'personnummer'],
    ['000229-0005', 'personnummer'],
  ])('finds a valid number in "%s" as a %s', (text, kind) => {
    expect(scanText(text).map((h) => h.kind)).toEqual([kind]);
  });

  it.each([
    'RS 2026-00123',
    'Dnr RS 2026-00123',
    'KS 2024/0123-45',
    '2026-01-15',
    'Mötet 2026-03-04 kl. 13.00',
    '20260115',
    '811218-9875', // wrong check digit
    '811318-9876', // month 13
    '810231-9876', // 31 February
    '19010229-1234', // 29 February 1901: no leap year
    '701093-2391', // day 93 - 60 = 33
    '1 050 000 kr',
    'Budget 12 500 000 kronor 2026',
    'år 2025 och 2026',
    '45 %',
    '0,25',
    'Artikel 12 i barnkonventionen',
    'SFS 2022:66',
    '123456-7890',
    'Bilaga 3',
    '1234567890123',
    'ISBN 978-91-7085-123-4',
    '0–17 år',
    '2019-2025',
  ])('finds nothing in "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each([
    ['anna.andersson@example.se', 'email'],
    ['Skriv till Kalle_Åberg+bilaga@kommun.example.org!', 'email'],
    ['070-123 45 67', 'phone'],
    ['0701234567', 'phone'],
    ['073 123 45 67', 'phone'],
    ['+46 70 123 45 67', 'phone'],
    ['+46701234567', 'phone'],
    ['+46 (0)8 123 456 78', 'phone'],
    ['08-123 456 78', 'phone'],
    ['08-12 34 56', 'phone'],
    ['063-14 20 00', 'phone'],
    ['Ring 0771-123 456 i dag', 'phone'],
  ])('finds "%s" as an %s', (text, kind) => {
    expect(scanText(text).map((h) => h.kind)).toEqual([kind]);
  });

  it('lists several hits of one text in reading order', () => {
    expect(kinds('Anna (811218-9876), anna@example.se, 070-123 45 67.')).toEqual([
      'personnummer:811218-9876',
      'email:anna@example.se',
      'phone:070-123 45 67',
    ]);
  });

  it('checks the Luhn digit', () => {
    expect(luhnOk('8112189876')).toBe(true);
    expect(luhnOk('8112189877')).toBe(false);
    expect(luhnOk('81121898')).toBe(false);
  });

  it('names the question of each hit and its page, and skips dates, choices and the Dnr', () => {
    const hits = publishCheck(
      {
        'a.title': 'Bidrag till 811218-9876',
        'a.dnr': 'RS 2026-00123',
        'a.date': '2026-01-15',
        'a.proposal': 'Kontakt: anna@example.se',
      },
      emptyContext,
    );
    expect(hits.map((h) => [h.questionId, h.pageId.length > 0, h.kind])).toEqual([
      ['a.title', true, 'personnummer'],
      ['a.proposal', true, 'email'],
    ]);
  });

  it('keeps a mark as intended in the answers and counts it in the summary', () => {
    const answers = { 'a.proposal': 'anna@example.se och 811218-9876' };
    const [email] = publishCheck(answers, emptyContext);
    const marked = { ...answers, [PUBLISH_INTENDED_KEY]: withIntended(answers, email!.key, true) };
    const hits = publishCheck(marked, emptyContext);
    expect(hits.map((h) => [h.kind, h.intended])).toEqual([
      ['email', true],
      ['personnummer', false],
    ]);
    expect(publishCounts(hits)).toEqual([
      { kind: 'personnummer', intended: 0, open: 1 },
      { kind: 'email', intended: 1, open: 0 },
    ]);
  });

  it('reads marks tolerantly: a damaged mark list counts as no marks', () => {
    const hits = publishCheck(
      { 'a.proposal': 'anna@example.se', [PUBLISH_INTENDED_KEY]: 'not a list' } as never,
      emptyContext,
    );
    expect(hits.map((h) => h.intended)).toEqual([false]);
  });
});
