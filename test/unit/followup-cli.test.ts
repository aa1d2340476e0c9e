/**
 * The follow-up from the command line over a mixed folder: appendices of every example made
 * with the existing writer (with recorded decisions), a damaged file, a foreign .docx, a
 * duplicate, a too-new file, a backup and a text file that is ignored. The --json counts are
 * checked against the rules, the CSV parses back to the same counts, the Word report opens.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFollowup } from '../../scripts/followup-cli';
import type { FollowupJson } from '../../scripts/followup-cli';
import { renderDocx } from '../../src/appendix/docx-writer';
import { buildAppendix } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { summarise } from '../../src/checklist/conclusion';
import type { Decision } from '../../src/checklist/decision';
import type { Case } from '../../src/checklist/schema';
import { emptyContext } from '../../src/checklist/types';
import { decisionDate } from '../../src/checklist/sami-duty';
import { serializeCase } from '../../src/format/case-envelope';
import { examplesDir, loadExample } from '../helpers/appendix-fixtures';

const work = mkdtempSync(join(tmpdir(), 'ulk-followup-'));
const dir = join(work, 'drive');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const index = JSON.parse(readFileSync(`${examplesDir}index.json`, 'utf8')) as { file: string }[];
const decisions: Decision[] = [
  { outcome: 'enligt-forslaget', date: '', paragraph: '§ 1', steps: [], parts: [] },
  { outcome: 'aterremiss', date: '', paragraph: '§ 2', steps: [2, 4], parts: ['child'] },
  { outcome: 'med-andring', date: '', paragraph: '§ 3', steps: [], parts: [] },
  { outcome: 'aterremiss', date: '', paragraph: '§ 4', steps: [4], parts: [] },
];
const cases: Case[] = index.map((e, i) => {
  const c = loadExample(e.file);
  const d = decisions[i % 5];
  return d ? { ...c, decision: { ...d, date: decisionDate(c.answers) } } : c;
});
const sv = nodeTranslator('sv');

async function appendix(c: Case): Promise<Uint8Array> {
  return renderDocx(buildAppendix(c, { t: sv, lng: 'sv', ctx: emptyContext }), c);
}

beforeAll(async () => {
  mkdirSync(join(dir, 'sub'), { recursive: true });
  for (const [i, c] of cases.entries()) {
    writeFileSync(join(dir, i % 2 ? 'sub' : '', `${c.id}.docx`), await appendix(c));
  }
  // The same case again, older: it counts once (the appendix is newer).
  const first = cases[0]!;
  writeFileSync(
    join(dir, 'old-copy.json'),
    serializeCase({ ...first, updatedAt: '2000-01-01T00:00:00.000Z' }),
  );
  writeFileSync(join(dir, 'damaged.docx'), (await appendix(first)).slice(0, 4000));
  const foreign = new JSZip();
  foreign.file('word/document.xml', '<w:document/>');
  foreign.file('[Content_Types].xml', '<Types/>');
  writeFileSync(join(dir, 'foreign.docx'), await foreign.generateAsync({ type: 'uint8array' }));
  const tooNew = JSON.parse(serializeCase(cases[1]!)) as Record<string, unknown>;
  writeFileSync(join(dir, 'too-new.json'), JSON.stringify({ ...tooNew, version: 99 }));
  writeFileSync(join(dir, 'notes.txt'), 'not read');
});

const run = async (...args: string[]) => {
  const r = await runFollowup([dir, '--json', ...args]);
  expect(r.code).toBe(0);
  return JSON.parse(r.out.join('\n')) as FollowupJson;
};

describe('npm run followup', () => {
  it('counts every example once, per committee and year, as the rules judge it', async () => {
    const j = await run();
    expect(j.total).toBe(cases.length + 4);
    expect(j.counted).toBe(cases.length);
    expect(j.groups.reduce((s, g) => s + g.cases, 0)).toBe(cases.length);
    for (const g of j.groups) {
      const mine = cases.filter(
        (c) =>
          String(c.answers['a.committee']).trim() === g.committee &&
          Number(decisionDate(c.answers).slice(0, 4)) === g.year,
      );
      expect(g.cases).toBe(mine.length);
      for (const s of g.steps) {
        const kinds = mine.map(
          (c) => summarise(c.answers, emptyContext).steps[s.step - 1]!.outcome.kind,
        );
        expect([s.met, s.notMet, s.notApplicable]).toEqual([
          kinds.filter((k) => k === 'met').length,
          kinds.filter((k) => k === 'not-met').length,
          kinds.filter((k) => k === 'not-applicable').length,
        ]);
      }
      expect(g.differs).toBe(0);
    }
    const all = (f: (g: FollowupJson['groups'][number]) => number) =>
      j.groups.reduce((s, g) => s + f(g), 0);
    const withDecision = cases.filter((c) => c.decision);
    expect(all((g) => g.decisions.aterremiss!)).toBe(
      withDecision.filter((c) => c.decision!.outcome === 'aterremiss').length,
    );
    expect(all((g) => g.aterremiss.steps['4']!)).toBe(
      withDecision.filter((c) => c.decision!.steps.includes(4)).length,
    );
    expect(all((g) => g.decisions.none!)).toBe(cases.length - withDecision.length);
  });

  it('lists the files it did not count, with their reasons in Swedish and English', async () => {
    const j = await run();
    const byFile = Object.fromEntries(j.rejected.map((r) => [r.file, r]));
    expect(Object.keys(byFile).sort()).toEqual([
      'drive/damaged.docx',
      'drive/foreign.docx',
      'drive/old-copy.json',
      'drive/too-new.json',
    ]);
    expect(byFile['drive/damaged.docx']).toMatchObject({ code: 'damaged' });
    expect(byFile['drive/damaged.docx']!.reason).toMatch(/^Filen är skadad/);
    expect(byFile['drive/foreign.docx']).toMatchObject({
      code: 'no-case',
      reason: 'Word-filen är inte gjord av Underlagskollen (den saknar det inbäddade ärendet).',
    });
    expect(byFile['drive/old-copy.json']).toMatchObject({ code: 'duplicate' });
    expect(byFile['drive/old-copy.json']!.reason).toContain(`drive/${cases[0]!.id}.docx`);
    expect(byFile['drive/too-new.json']).toMatchObject({ code: 'too-new' });
    expect(byFile['drive/too-new.json']!.reason).toContain('version 99');
    const en = await run('--lang', 'en');
    expect(en.rejected.find((r) => r.code === 'too-new')!.reason).toMatch(
      /^The file was made by a newer version/,
    );
  });

  it('filters on year and tertial', async () => {
    const j = await run('--year', '2025', '--tertial', '1');
    const expected = cases.filter((c) => {
      const d = decisionDate(c.answers);
      return d.startsWith('2025-') && Number(d.slice(5, 7)) <= 4;
    });
    expect(j.counted).toBe(expected.length);
    expect(j.groups.every((g) => g.year === 2025)).toBe(true);
  });

  it('writes a CSV that parses back to the same counts: BOM, semicolons, decimal comma, CRLF', async () => {
    const csvPath = join(work, 'out.csv');
    const r = await runFollowup([dir, '--csv', csvPath, '--json']);
    const j = JSON.parse(r.out.join('\n')) as FollowupJson;
    const raw = readFileSync(csvPath, 'utf8');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    expect(raw.endsWith('\r\n')).toBe(true);
    const lines = raw.slice(1).split('\r\n').filter(Boolean);
    const parse = (line: string) =>
      line.split(';').map((c) => {
        expect(c).toMatch(/^".*"$/);
        return c.slice(1, -1).replace(/""/g, '"');
      });
    expect(parse(lines[0]!)).toEqual(['Nämnd', 'År', 'Mått', 'Antal', 'Andel', 'Ärenden']);
    const rows = lines.slice(1).map(parse);
    for (const g of j.groups) {
      for (const m of g.measures) {
        const row = rows.find(
          (x) => x[0] === g.committee && x[1] === String(g.year) && x[2] === m.label,
        );
        expect(row?.[3]).toBe(String(m.count));
      }
      const steg1 = rows.find(
        (x) => x[0] === g.committee && x[1] === String(g.year) && x[2] === 'Steg 1 uppfyllt',
      )!;
      const share = Number(steg1[4]!.replace(',', '.'));
      expect(share).toBeCloseTo((g.steps[0]!.met / g.cases) * 100, 1);
      expect(steg1[4]).not.toContain('.');
    }
  });

  it('writes a Word report that opens, titled with the committee and year', async () => {
    const out = join(work, 'report.docx');
    const r = await runFollowup([dir, '--docx', out, '--year', '2025']);
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Uppföljning av jämställda beslutsunderlag');
    expect(xml).toContain('Filer som inte räknades');
    expect(xml).toContain('Återremiss');
    // Well-formed XML: every table closes.
    expect(xml.split('<w:tbl>').length).toBe(xml.split('</w:tbl>').length);
  });

  it('reports usage errors with exit code 2', async () => {
    expect((await runFollowup([])).code).toBe(2);
    expect((await runFollowup([dir, '--tertial', '4'])).code).toBe(2);
    expect((await runFollowup([dir, '--lang', 'de'])).code).toBe(2);
  });
});
