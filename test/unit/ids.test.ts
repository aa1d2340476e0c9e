import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/checklist/schema';
import { openCaseFile } from '../../src/storage/case-files';
import { caseKey, createCaseRepository } from '../../src/storage/case-storage';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { decodeCase, encodeCase } from '../../src/format/case-envelope';
import { issueMessage } from '../../src/storage/messages';

const measure = (id: string, text: string) => ({
  id,
  measure: text,
  responsible: '',
  when: '',
  followUp: '',
});

function caseWith(answers: Case['answers'], id = 'case-1'): Case {
  const at = '2025-01-01T08:00:00.000Z';
  return { id, createdAt: at, updatedAt: at, answers };
}

const fileOf = (value: unknown) => new Blob([JSON.stringify(value)], { type: 'application/json' });

describe('ids of cases and rows', () => {
  it('sets aside a stored case whose id holds a lone surrogate, so the case list still opens', () => {
    const storage = new MemoryStorage();
    const bad = JSON.stringify(encodeCase(caseWith({ 'a.title': 'Trasig' }, 'x\uD800')));
    storage.setItem(caseKey('x\uD800'), bad);
    const repo = createCaseRepository(storage);
    const list = repo.list();
    expect(list.status).toBe('ok');
    if (list.status !== 'ok') return;
    expect(list.entries[0]?.result.status).toBe('corrupt');
    // Set aside unchanged, not deleted.
    expect(repo.setAsideDamaged()).toBe(1);
    const quarantined = repo.listQuarantine();
    expect(quarantined).toHaveLength(1);
    if (quarantined === 'unavailable') return;
    expect(repo.readQuarantined(quarantined[0]!.key)).toBe(bad);
  });

  it('refuses a case id outside the safe character set', () => {
    const r = decodeCase(encodeCase(caseWith({}, 'a b/../c')));
    expect(r.status).toBe('corrupt');
  });

  it('refuses two measures with the same id and names the problem', () => {
    const r = decodeCase(
      encodeCase(caseWith({ 'b4.measures': [measure('m1', 'Första'), measure('m1', 'Andra')] })),
    );
    expect(r.status).toBe('corrupt');
    if (r.status !== 'corrupt') return;
    expect(r.issues?.[0]).toMatchObject({ path: 'answers.b4.measures.1.id', code: 'duplicate_id' });
    expect(issueMessage(r.issues![0]!).key).toBe('storage:issue.duplicate_id');
  });

  it('refuses two rows of one statistics table with the same id', () => {
    const table = {
      id: 't1',
      indicator: 'Besök',
      unit: 'count',
      period: '2024',
      source: '',
      breakdown: '',
      groups: ['women', 'men'],
      rows: [
        { id: 'r1', label: 'A', values: {} },
        { id: 'r1', label: 'B', values: {} },
      ],
      sentence: null,
    };
    expect(decodeCase(encodeCase(caseWith({ 'b2.tables': [table] } as never))).status).toBe(
      'corrupt',
    );
  });

  it('gives an imported file with duplicate measure and consultation ids fresh ids and says how many', async () => {
    const consultation = (id: string, notes: string) => ({
      id,
      party: 'sametinget',
      partyName: '',
      requested: '',
      reply: '',
      form: '',
      date: '',
      outcome: '',
      notes,
    });
    const envelope = encodeCase(
      caseWith({
        'b4.measures': [measure('m1', 'Första'), measure('m1', 'Andra'), measure('m1', 'Tredje')],
        'd.consultations': [consultation('c', 'ett'), consultation('c', 'två')],
      }),
    );
    const r = await openCaseFile(fileOf(envelope));
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.freshIds).toBe(3);
    const measures = r.case.answers['b4.measures'] as { id: string; measure: string }[];
    expect(new Set(measures.map((m) => m.id)).size).toBe(3);
    expect(measures.map((m) => m.measure)).toEqual(['Första', 'Andra', 'Tredje']);
    expect(measures[0]!.id).toBe('m1');
  });
});

describe('issue lines', () => {
  it('never put zod’s English message into a translated line', () => {
    const m = issueMessage({ path: 'answers.x', code: 'custom', message: 'Invalid input' });
    expect(JSON.stringify(m)).not.toContain('Invalid input');
  });
});

describe('an answer key "__proto__"', () => {
  it('refuses the file and names the key instead of dropping the answer silently', async () => {
    const text = JSON.stringify(encodeCase(caseWith({ 'a.title': 'Proto', 'x.other': 'kvar' })));
    const r = await openCaseFile(new Blob([text.replace('"x.other"', '"__proto__"')]));
    expect(r).toMatchObject({
      status: 'invalid',
      issues: [{ path: 'answers.__proto__', code: 'reserved_key' }],
    });
    if (r.status === 'invalid')
      expect(issueMessage(r.issues[0]!).key).toBe('storage:issue.reserved_key');
  });
});
