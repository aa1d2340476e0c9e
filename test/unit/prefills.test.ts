import { afterEach, describe, expect, it, vi } from 'vitest';
import { newCase } from '../../src/checklist/schema';
import { localIsoDate } from '../../src/checklist/dates';
import { countWord, endSentence, joinSentences, midSentence } from '../../src/checklist/sentences';
import {
  holdsStarter,
  starterSource,
  starterText,
  withStarter,
} from '../../src/checklist/starter-text';
import { readFileSync } from 'node:fs';
import { examplesDir, loadExample } from '../helpers/appendix-fixtures';
import type { Measure, StatTable } from '../../src/checklist/types';
import {
  OFFICER_NAME_KEY,
  readOfficerName,
  resetOfficerNameMemory,
  writeOfficerName,
} from '../../src/storage/officer-name';
import { nodeTranslator } from '../../src/appendix/node-i18n';

describe("the officer's own name, a setting of this browser", () => {
  afterEach(() => {
    localStorage.clear();
    resetOfficerNameMemory();
    vi.restoreAllMocks();
  });

  it('is stored as a versioned record under its own key and read back, trimmed', () => {
    expect(readOfficerName()).toBe('');
    expect(writeOfficerName('  Anna   Andersson ')).toBe(true);
    expect(JSON.parse(localStorage.getItem(OFFICER_NAME_KEY) ?? '')).toEqual({
      format: 'underlagskollen-officer-name',
      version: 1,
      name: 'Anna Andersson',
    });
    expect(readOfficerName()).toBe('Anna Andersson');
  });

  it('is removed when saved blank', () => {
    writeOfficerName('Anna Andersson');
    writeOfficerName('   ');
    expect(localStorage.getItem(OFFICER_NAME_KEY)).toBeNull();
    expect(readOfficerName()).toBe('');
  });

  it('is never read from a damaged record or one written by a newer build', () => {
    localStorage.setItem(OFFICER_NAME_KEY, '{"format":"underlagskollen-officer-name"');
    expect(readOfficerName()).toBe('');
    localStorage.setItem(
      OFFICER_NAME_KEY,
      JSON.stringify({ format: 'underlagskollen-officer-name', version: 9, name: 'X' }),
    );
    expect(readOfficerName()).toBe('');
  });

  it('lasts for the session when storage refuses it', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(writeOfficerName('Anna Andersson')).toBe(false);
    expect(readOfficerName()).toBe('Anna Andersson');
  });
});

describe('a new case', () => {
  it("starts with today's local date as the paper's date and the officer's name", () => {
    // 23:30 on 1 March in the local zone is still 1 March, whatever UTC says.
    const now = new Date(2026, 2, 1, 23, 30);
    const c = newCase('c1', now, { officer: ' Anna Andersson ' });
    expect(c.answers).toEqual({ 'a.date': '2026-03-01', 'a.officer': 'Anna Andersson' });
    expect(localIsoDate(new Date(2026, 0, 5, 0, 5))).toBe('2026-01-05');
  });

  it('leaves the officer and the meeting date empty when nothing is known', () => {
    const c = newCase('c2', new Date(2026, 11, 24, 8), { officer: '  ' });
    expect(c.answers).toEqual({ 'a.date': '2026-12-24' });
  });
});

describe('the small rules of generated sentences', () => {
  it('adds a full stop only where the text has none', () => {
    expect(endSentence('Inga pengar finns')).toBe('Inga pengar finns.');
    expect(endSentence('Inga pengar finns. ')).toBe('Inga pengar finns.');
    expect(endSentence('Varför?')).toBe('Varför?');
    expect(endSentence('Se bilagan …')).toBe('Se bilagan …');
    expect(endSentence('   ')).toBe('');
    expect(joinSentences('Mål: En jämlik region.', '', 'Bidrag: Samma tillgång')).toBe(
      'Mål: En jämlik region. Bidrag: Samma tillgång.',
    );
  });

  it('writes counts under 13 as words and larger ones as digits', () => {
    expect([0, 1, 2, 12, 13].map((n) => countWord(n, 'sv'))).toEqual([
      'noll',
      'en',
      'två',
      'tolv',
      '13',
    ]);
    expect(countWord(1, 'sv', true)).toBe('ett');
    expect([1, 3, 12, 40].map((n) => countWord(n, 'en'))).toEqual(['one', 'three', 'twelve', '40']);
  });

  it('writes minority names in lower case inside a Swedish sentence, never in English', () => {
    expect(midSentence('Samer', 'sv')).toBe('samer');
    expect(midSentence('Sverigefinnar', 'sv')).toBe('sverigefinnar');
    expect(midSentence('Sami', 'en')).toBe('Sami');
    expect(midSentence('SKR', 'sv')).toBe('SKR');
  });
});

describe('the starting texts offered on the question pages', () => {
  const t = nodeTranslator('sv');
  const table: StatTable = {
    id: 't1',
    indicator: 'Deltagare.',
    unit: 'count',
    period: '2025',
    source: '',
    breakdown: '',
    groups: ['women', 'men'],
    rows: [{ id: 'r1', label: '', values: { women: '62', men: '38' } }],
    sentence: null,
  };
  const measure: Measure = {
    id: 'm1',
    measure: 'Riktad information till män.',
    responsible: 'Enhetschef',
    when: '2026',
    followUp: 'Andelen män som deltar, per kvartal',
  };

  it('for the statistics: the sentence of each table, named by its indicator', () => {
    const text = starterText('statistics', { 'b2.tables': [table] }, t, 'sv');
    expect(text).toMatch(/^Deltagare: Kvinnorna är fler/);
    // The officer's own sentence for a table wins, as in the appendix.
    const own = { ...table, sentence: 'Två av tre deltagare är kvinnor.' };
    expect(starterText('statistics', { 'b2.tables': [own, table] }, t, 'sv')).toMatch(
      /^Deltagare: Två av tre deltagare är kvinnor\.\n\nDeltagare: Kvinnorna/,
    );
    expect(starterText('statistics', {}, t, 'sv')).toBe('');
  });

  it("for step 5's follow-up: each finished measure with its follow-up", () => {
    const half: Measure = { ...measure, id: 'm2', responsible: '' };
    expect(starterText('measuresFollowUp', { 'b4.measures': [measure, half] }, t, 'sv')).toBe(
      'Riktad information till män. Uppföljning: Andelen män som deltar, per kvartal.',
    );
    expect(starterText('measuresFollowUp', {}, t, 'sv')).toBe('');
  });

  it('is added after what is typed, never in its place', () => {
    expect(withStarter('', 'Ny text.')).toBe('Ny text.');
    expect(withStarter('Min text.\n\n', 'Ny text.')).toBe('Min text.\n\nNy text.');
    expect(holdsStarter('Min text.\n\nNy text.', 'Ny text.')).toBe(true);
    expect(holdsStarter('Min text.', 'Ny text.')).toBe(false);
  });
});

describe('the answer each starting text is made from', () => {
  const files = JSON.parse(readFileSync(`${examplesDir}index.json`, 'utf8')) as {
    file: string;
    lang: 'sv' | 'en';
  }[];

  it.each(files)('is all the text needs, in $file', ({ file, lang }) => {
    const answers = loadExample(file).answers;
    const t = nodeTranslator(lang);
    for (const kind of ['statistics', 'measuresFollowUp'] as const) {
      const key = starterSource[kind];
      const alone = answers[key] === undefined ? {} : { [key]: answers[key] };
      expect(starterText(kind, alone, t, lang), kind).toBe(starterText(kind, answers, t, lang));
    }
  });

  it('gives a text for a case with statistics, so the comparison above is not empty', () => {
    const answers = loadExample('ungdomsmottagning.sv.json').answers;
    expect(starterText('statistics', answers, nodeTranslator('sv'), 'sv')).not.toBe('');
  });
});
