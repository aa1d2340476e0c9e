import { describe, expect, it } from 'vitest';
import { isRealIsoDate } from '../../src/checklist/dates';
import { caseSchema } from '../../src/checklist/schema';

const withAnswers = (answers: Record<string, unknown>) => ({
  id: 'c',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  answers,
});

const consultation = (date: string) => ({
  id: 'k1',
  party: 'sametinget',
  partyName: '',
  requested: '',
  reply: '',
  form: '',
  date,
  outcome: '',
  notes: '',
});

describe('real dates', () => {
  it('accepts real calendar dates, leap days included, and nothing else', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2025-12-31')).toBe(true);
    expect(isRealIsoDate('2025-02-29')).toBe(false);
    expect(isRealIsoDate('2025-02-31')).toBe(false);
    expect(isRealIsoDate('2025-13-01')).toBe(false);
    expect(isRealIsoDate('2025-1-01')).toBe(false);
  });

  it('refuses a case whose date answer is impossible', () => {
    expect(caseSchema.safeParse(withAnswers({ 'a.date': '2025-02-28' })).success).toBe(true);
    expect(caseSchema.safeParse(withAnswers({ 'a.date': '' })).success).toBe(true);
    expect(caseSchema.safeParse(withAnswers({ 'a.date': '2025-02-31' })).success).toBe(false);
  });

  it('refuses a case whose consultation date is impossible', () => {
    const ok = withAnswers({ 'd.consultations': [consultation('2025-03-01')] });
    const bad = withAnswers({ 'd.consultations': [consultation('2025-02-31')] });
    expect(caseSchema.safeParse(ok).success).toBe(true);
    expect(caseSchema.safeParse(bad).success).toBe(false);
  });
});
