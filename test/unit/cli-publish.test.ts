import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../scripts/appendix-cli';
import { PUBLISH_INTENDED_KEY } from '../../src/checklist/publish-check';

const work = mkdtempSync(join(tmpdir(), 'ulk-cli-publish-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function caseFile(name: string, answers: Record<string, unknown>): string {
  const at = '2026-03-01T10:00:00.000Z';
  const p = join(work, name);
  writeFileSync(
    p,
    JSON.stringify({
      format: 'underlagskollen-case',
      version: 2,
      savedAt: at,
      case: { id: name.replace(/\W/g, '-'), createdAt: at, updatedAt: at, answers },
    }),
  );
  return p;
}

const withPnr = {
  'a.title': 'Bidrag',
  'a.dnr': 'RS 2026-00123',
  'a.date': '2026-01-15',
  'a.proposal': 'Sökande är 811218-9876.',
};

describe('the publish check in npm run appendix', () => {
  it('warns about a personnummer, naming the question, and still writes the file', async () => {
    const out = join(work, 'a.docx');
    const r = await runCli([caseFile('pnr.json', withPnr), out]);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([
      'warning: personnummer 811218-9876 in question a.proposal ("Vilket beslut föreslås?")',
    ]);
    expect(existsSync(out)).toBe(true);
  });

  it('makes an unmarked hit an error with --strict and writes nothing', async () => {
    const out = join(work, 'strict.docx');
    const r = await runCli([caseFile('pnr2.json', withPnr), out, '--strict']);
    expect(r.code).toBe(1);
    expect(r.err.at(-1)).toMatch(/^--strict: 1 item/);
    expect(existsSync(out)).toBe(false);
  });

  it('lets a hit the officer marked as intended pass --strict', async () => {
    const marked = {
      ...withPnr,
      [PUBLISH_INTENDED_KEY]: ['a.proposal|personnummer|8112189876'],
    };
    const r = await runCli([caseFile('marked.json', marked), join(work, 'm.docx'), '--strict']);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([
      'warning: personnummer 811218-9876 in question a.proposal ("Vilket beslut föreslås?") (marked as intended)',
    ]);
  });

  it('does not warn about a Dnr or a date', async () => {
    const r = await runCli([
      caseFile('clean.json', {
        'a.title': 'Simhall',
        'a.dnr': 'RS 2026-00123',
        'a.date': '2026-01-15',
      }),
      join(work, 'c.docx'),
      '--strict',
    ]);
    expect(r).toMatchObject({ code: 0, err: [] });
  });
});
