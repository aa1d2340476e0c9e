import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readAppendix } from '../../src/appendix/read-appendix';
import { CASE_SCHEMA_VERSION, caseSchema } from '../../src/checklist/schema';
import { createCaseRepository, caseKey } from '../../src/storage/case-storage';
import { decodeCase, parseCaseText } from '../../src/format/case-envelope';
import { migrations } from '../../src/format/case-migrations';
import { readBackupFile } from '../../src/storage/case-files';
import { MemoryStorage } from '../../src/storage/memory-storage';
import {
  OVERRIDES_KEY,
  readOverrides,
  resetOverrideMemory,
} from '../../src/storage/override-storage';
import { OFFICER_NAME_KEY, readOfficerName } from '../../src/storage/officer-name';
import { LANGUAGE_KEY, decodeUiLanguage, readUiLanguage } from '../../src/storage/ui-language';
import { samiDuty } from '../../src/checklist/sami-duty';
import type { Consultation } from '../../src/checklist/types';

/** Every versioned fixture, as raw text (the exact bytes an old build wrote). */
const fixtures = import.meta.glob<string>('../fixtures/case-v*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const fixtureText = (v: number): string => {
  const text = fixtures[`../fixtures/case-v${v}.json`];
  if (text === undefined) throw new Error(`no fixture for version ${v}`);
  return text;
};
const shippedVersions = Array.from({ length: CASE_SCHEMA_VERSION }, (_, i) => i + 1);

describe('migrations', () => {
  it('form one ordered chain from version 1 to the current version', () => {
    expect(migrations.map((m) => [m.from, m.to])).toEqual(
      shippedVersions.slice(0, -1).map((v) => [v, v + 1]),
    );
  });

  it.each(shippedVersions)('has a fixture for shipped version %i', (v) => {
    expect(Object.keys(fixtures)).toContain(`../fixtures/case-v${v}.json`);
  });

  it.each(shippedVersions)('decodes the version %i fixture to a valid current case', (v) => {
    const text = fixtureText(v);
    const raw = JSON.parse(text) as { version: number };
    expect(raw.version).toBe(v);
    const result = parseCaseText(text);
    expect(result).toMatchObject({ status: 'ok', version: v, migrated: v !== CASE_SCHEMA_VERSION });
    if (result.status !== 'ok') return;
    expect(caseSchema.safeParse(result.case).success).toBe(true);
    expect(result.case.answers['a.title']).toBe('Ny simhall i Storby');
  });

  it.each(shippedVersions)(
    'loads a stored version %i record and re-saves it as the current version',
    (v) => {
      const storage = new MemoryStorage();
      const text = fixtureText(v);
      const id = (JSON.parse(text) as { case: { id: string } }).case.id;
      storage.setItem(caseKey(id), text);
      const repo = createCaseRepository(storage);
      const loaded = repo.load(id);
      if (loaded.status !== 'ok') throw new Error(`load failed: ${loaded.status}`);
      expect(repo.save(loaded.case, { baseRev: loaded.rev }).status).toBe('ok');
      const stored = JSON.parse(storage.getItem(caseKey(id)) ?? '{}') as { version: number };
      expect(stored.version).toBe(CASE_SCHEMA_VERSION);
      expect(decodeCase(stored)).toMatchObject({ status: 'ok', case: loaded.case });
    },
  );

  it('treats a version above the current one as too new, and version 0 or text as corrupt', () => {
    const fixture = JSON.parse(fixtureText(1)) as Record<string, unknown>;
    expect(decodeCase({ ...fixture, version: CASE_SCHEMA_VERSION + 1 }).status).toBe('too-new');
    expect(decodeCase({ ...fixture, version: 0 }).status).toBe('corrupt');
    expect(decodeCase({ ...fixture, version: '1' }).status).toBe('corrupt');
  });
});

/** A frozen fixture of another stored or exported format (test/fixtures/formats/). */
const formatFixture = (name: string): Buffer =>
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/formats', name));

describe('frozen fixtures of every stored and exported format', () => {
  afterEach(() => {
    localStorage.clear();
    resetOverrideMemory();
  });

  it('reads the backup file, its version 1 and version 2 cases and its set-aside record', async () => {
    const file = new Blob([formatFixture('backup-v1.json').toString()], {
      type: 'application/json',
    });
    const r = await readBackupFile(file);
    expect(r).toMatchObject({
      status: 'ok',
      kind: 'backup',
      exportedAt: '2026-12-01T10:00:00.000Z',
      quarantinedCount: 1,
    });
    if (r.status !== 'ok') return;
    expect(r.entries).toMatchObject([
      { index: 0, status: 'ok', migrated: true, case: { id: 'fixture-v1' } },
      { index: 1, status: 'ok', migrated: true, case: { id: 'fixture-v2' } },
    ]);
    const v1 = parseCaseText(fixtureText(1));
    const v2 = parseCaseText(fixtureText(2));
    if (v1.status !== 'ok' || v2.status !== 'ok') throw new Error('case fixtures');
    expect(r.entries.map((e) => (e.status === 'ok' ? e.case : null))).toEqual([v1.case, v2.case]);
  });

  it('keeps the version 2 step-5 comment and reads the version 3 comment of each goal', () => {
    const v2 = parseCaseText(fixtureText(2));
    const v3 = parseCaseText(fixtureText(3));
    if (v2.status !== 'ok' || v3.status !== 'ok') throw new Error('case fixtures');
    expect(v2.case.answers['b5.goals']).toEqual([{ id: 'national-1' }]);
    expect(v3.case.answers['b5.goals']).toEqual([
      {
        id: 'national-1',
        comment: 'Samrådet om simhallens öppettider ger kvinnor och män samma inflytande.',
      },
    ]);
    expect(v3.case.answers['b5.contribution']).toBe(
      'Förslaget bidrar till en jämn fördelning av makt och inflytande.',
    );
  });

  it('reads the stored officer name record', () => {
    localStorage.setItem(OFFICER_NAME_KEY, formatFixture('officer-name-v1.json').toString());
    expect(readOfficerName()).toBe('Anna Andersson');
  });

  it('reads the settings overrides record as the settings it holds', () => {
    localStorage.setItem(OVERRIDES_KEY, formatFixture('settings-overrides-v1.json').toString());
    expect(readOverrides()).toEqual({
      committees: ['Kommunstyrelsen', 'Barn- och utbildningsnämnden'],
      goals: [
        {
          id: 'local-m3k2x9ab',
          sv: 'Alla barn i årskurs 3 kan simma',
          en: 'Every child in year 3 can swim',
        },
      ],
      adminLanguages: ['finska', 'samiska'],
      appendix: { labelFormat: 'Bilaga {n}', footer: 'Storby kommun' },
    });
  });

  it.each(['ui-language-bare.txt', 'ui-language-v1.json'])(
    'reads the UI language record %s as English',
    (name) => {
      const text = formatFixture(name).toString();
      expect(decodeUiLanguage(text)).toBe('en');
      localStorage.setItem(LANGUAGE_KEY, text);
      expect(readUiLanguage()).toBe('en');
    },
  );

  it('reads the case embedded in the Word appendix as the version 2 case it was made from', async () => {
    const r = await readAppendix(new Uint8Array(formatFixture('appendix-case-v2.docx')));
    const v2 = parseCaseText(fixtureText(2));
    if (v2.status !== 'ok') throw new Error('case fixture');
    // Written before the text fingerprint: whether its text was edited cannot be known.
    expect(r).toEqual({
      status: 'ok',
      case: v2.case,
      migrated: true,
      text: { status: 'unknown', parts: [], reason: 'no-fingerprint' },
    });
  });
});

describe('version 1 → 2: the Sami consultation log', () => {
  const v1 = (consultations: unknown[], answers: Record<string, unknown> = {}) => ({
    format: 'underlagskollen-case',
    version: 1,
    savedAt: '2025-03-14T09:30:00.000Z',
    case: {
      id: 'old-case',
      createdAt: '2025-03-10T08:00:00.000Z',
      updatedAt: '2025-03-14T09:29:58.000Z',
      answers: { 'a.title': 'Gammalt ärende', ...answers, 'd.consultations': consultations },
    },
  });
  const old = (patch: Record<string, unknown>) => ({
    id: 'c1',
    date: '2025-02-01',
    parties: '',
    form: 'mote',
    outcome: 'enighet',
    notes: 'Synpunkter om språket.',
    ...patch,
  });
  const migrated = (items: unknown[], answers?: Record<string, unknown>) => {
    const r = decodeCase(v1(items, answers));
    if (r.status !== 'ok') throw new Error(`decode failed: ${JSON.stringify(r)}`);
    expect(r.migrated).toBe(true);
    return r.case.answers['d.consultations'] as Consultation[];
  };

  it('turns the frozen fixture’s free-text party into a Sami organisation and keeps the text', () => {
    const r = parseCaseText(fixtureText(1));
    if (r.status !== 'ok') throw new Error(r.status);
    expect(r.case.answers['d.consultations']).toEqual([
      {
        id: 'c1',
        party: 'organisation',
        partyName: 'Sameföreningen',
        requested: '',
        reply: 'begar',
        form: 'mote',
        date: '2025-02-01',
        outcome: 'pagaende',
        notes: '',
        legacy: { parties: 'Sameföreningen' },
      },
    ]);
  });

  it('makes a row naming Sametinget a consultation with Sametinget, keeping the whole old text', () => {
    const [c] = migrated([old({ parties: 'Sametinget och Vilhelmina norra sameby' })]);
    expect(c).toMatchObject({
      party: 'sametinget',
      partyName: '',
      date: '2025-02-01',
      form: 'mote',
      outcome: 'enighet',
      notes: 'Synpunkter om språket.',
      legacy: { parties: 'Sametinget och Vilhelmina norra sameby' },
    });
  });

  it('recognises a sameby by name and keeps the name', () => {
    const [c] = migrated([old({ parties: 'Vilhelmina norra sameby' })]);
    expect(c).toMatchObject({ party: 'sameby', partyName: 'Vilhelmina norra sameby' });
  });

  it('reads a digital meeting as a meeting and keeps a form that has no new equivalent', () => {
    const [digital, other] = migrated([
      old({ id: 'c1', parties: 'Sametinget', form: 'digitalt' }),
      old({ id: 'c2', parties: 'Sametinget', form: 'annat' }),
    ]);
    expect(digital).toMatchObject({ form: 'mote' });
    expect(digital?.legacy).toEqual({ parties: 'Sametinget' });
    expect(other).toMatchObject({ form: '', legacy: { parties: 'Sametinget', form: 'annat' } });
  });

  it('keeps an empty old row as an empty new row', () => {
    expect(
      migrated([{ id: 'c0', date: '', parties: '', form: '', outcome: '', notes: '' }]),
    ).toEqual([
      {
        id: 'c0',
        party: '',
        partyName: '',
        requested: '',
        reply: '',
        form: '',
        date: '',
        outcome: '',
        notes: '',
      },
    ]);
  });

  it('lets a held old consultation with Sametinget still meet the duty, and one with only a sameby not', () => {
    const answers = {
      'd.samiSignificance': 'ja',
      'a.date': '2025-03-14',
      'a.meetingDate': '2025-04-01',
    };
    const withSametinget = decodeCase(v1([old({ parties: 'Sametinget' })], answers));
    const withSameby = decodeCase(v1([old({ parties: 'Vilhelmina norra sameby' })], answers));
    if (withSametinget.status !== 'ok' || withSameby.status !== 'ok') throw new Error('decode');
    expect(samiDuty(withSametinget.case.answers)).toEqual({ kind: 'met', declined: false });
    expect(samiDuty(withSameby.case.answers)).toEqual({ kind: 'not-met', reasons: ['onlyOthers'] });
  });
});

describe('version 2 → 3: kön+ asked once', () => {
  const v2With = (answers: Record<string, unknown>) =>
    JSON.stringify({
      format: 'underlagskollen-case',
      version: 2,
      savedAt: '2026-01-01T00:00:00.000Z',
      case: {
        id: 'konplus',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        answers: { 'a.title': 'Kön+', ...answers },
      },
    });

  it('joins the step-2 answer to the step-3 one, step 2 first, and drops the old key', () => {
    const r = parseCaseText(
      v2With({ 'b2.konPlus': ' Statistiken: äldre män. ', 'b3.intersectional': 'Analysen.' }),
    );
    expect(r).toMatchObject({ status: 'ok', migrated: true, version: 2 });
    if (r.status !== 'ok') return;
    expect(r.case.answers['b3.intersectional']).toBe('Statistiken: äldre män.\n\nAnalysen.');
    expect('b2.konPlus' in r.case.answers).toBe(false);
  });

  it('keeps a lone step-2 answer and leaves a case without one as it was', () => {
    const only = parseCaseText(v2With({ 'b2.konPlus': 'Bara steg 2.' }));
    if (only.status !== 'ok') throw new Error('decode');
    expect(only.case.answers['b3.intersectional']).toBe('Bara steg 2.');
    const none = parseCaseText(v2With({ 'b3.intersectional': 'Bara steg 3.' }));
    if (none.status !== 'ok') throw new Error('decode');
    expect(none.case.answers).toEqual({ 'a.title': 'Kön+', 'b3.intersectional': 'Bara steg 3.' });
  });

  it('asks kön+ in step 3 only', async () => {
    const { questionById } = await import('../../src/checklist/question-bank');
    expect(questionById.has('b2.konPlus')).toBe(false);
    expect(questionById.get('b3.intersectional')?.kind).toBe('textarea');
  });
});

describe('version 2 → 3: the committee decision', () => {
  it('keeps a version 2 case as it was, with no decision', () => {
    const v2 = parseCaseText(fixtureText(2));
    if (v2.status !== 'ok') throw new Error(v2.status);
    expect(v2.migrated).toBe(true);
    expect(v2.case.decision).toBeUndefined();
    expect(v2.case.answers['a.title']).toBe('Ny simhall i Storby');
  });

  it('drops a stray decision a version 2 record carries instead of guessing at it', () => {
    const raw = JSON.parse(fixtureText(2)) as { case: Record<string, unknown> };
    raw.case.decision = { outcome: 'avslag' };
    const r = decodeCase(raw);
    expect(r).toMatchObject({ status: 'ok', migrated: true });
    if (r.status === 'ok') expect(r.case.decision).toBeUndefined();
  });

  it('reads the version 3 fixture’s återremiss for steps 2 and 4 and part C', () => {
    const r = parseCaseText(fixtureText(3));
    if (r.status !== 'ok') throw new Error(r.status);
    expect(r.case.decision).toEqual({
      outcome: 'aterremiss',
      date: '2025-04-02',
      paragraph: '§ 45',
      steps: [2, 4],
      parts: ['child'],
    });
  });
});
