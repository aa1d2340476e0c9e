import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION, caseSchema } from '../../src/checklist/schema';
import { createCaseRepository, caseKey } from '../../src/storage/case-storage';
import { decodeCase, migrations, parseCaseText } from '../../src/storage/envelope';
import { MemoryStorage } from '../../src/storage/memory-storage';

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
