/**
 * The follow-up screen (issue 14) over a mixed folder made in the test: Word appendices of
 * several examples written by the app's own export code (the appendix CLI), some with a
 * recorded decision, an older copy of one case as a .json file (a duplicate), a damaged
 * .docx, a foreign .docx and a .json that is not ours. The counts per committee and year and
 * the rejected files must be those the follow-up CLI gives for the same folder; the CSV the
 * screen downloads must be the CLI's CSV and parse back to the same counts; the Word report
 * downloads as a zip; axe finds nothing on the screen with results.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { expectNoAxeViolations } from './helpers/axe';

interface CliJson {
  counted: number;
  rejected: { file: string; reason: string; code: string }[];
  groups: {
    committee: string;
    year: number | null;
    cases: number;
    steps: { step: number; met: number; notMet: number; notApplicable: number }[];
    decisions: Record<string, number>;
  }[];
}

const examples = ['far-niva1', 'plan-jamstalldhet-2022', 'snorojning', 'ungdomskort', 'sjukresor'];
const decisions = [
  { outcome: 'enligt-forslaget', date: '', paragraph: '§ 1', steps: [], parts: [] },
  { outcome: 'aterremiss', date: '', paragraph: '§ 2', steps: [2, 4], parts: ['child'] },
  null,
  { outcome: 'avslag', date: '', paragraph: '§ 4', steps: [], parts: [] },
  null,
];

let work = '';
let dir = '';
let cli: CliJson;
let cliCsv: string;

const base = (f: string) => f.replace(/^.*\//, '');

test.describe('follow-up screen', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    work = mkdtempSync(join(tmpdir(), 'ulk-followup-e2e-'));
    dir = join(work, 'drive');
    mkdirSync(dir, { recursive: true });
    const cases = join(work, 'cases');
    mkdirSync(cases);
    for (const [i, name] of examples.entries()) {
      const env = JSON.parse(readFileSync(`public/examples/${name}.sv.json`, 'utf8'));
      if (decisions[i]) env.case.decision = decisions[i];
      const json = join(cases, `${name}.json`);
      writeFileSync(json, JSON.stringify(env));
      // The app's own export code, run in Node.
      execFileSync(
        'npx',
        ['tsx', 'scripts/appendix-cli.ts', json, join(dir, `${name}.docx`)].concat([
          '--config',
          'public/config.json',
        ]),
        { stdio: 'pipe' },
      );
    }
    // The first case again, older: counted once (the appendix is newer).
    const old = JSON.parse(readFileSync(`public/examples/${examples[0]}.sv.json`, 'utf8'));
    old.case.updatedAt = '2000-01-01T00:00:00.000Z';
    writeFileSync(join(dir, 'old-copy.json'), JSON.stringify(old));
    writeFileSync(
      join(dir, 'damaged.docx'),
      readFileSync(join(dir, `${examples[1]}.docx`)).subarray(0, 4000),
    );
    const foreign = new JSZip();
    foreign.file('[Content_Types].xml', '<Types/>');
    foreign.file('word/document.xml', '<w:document/>');
    writeFileSync(join(dir, 'foreign.docx'), await foreign.generateAsync({ type: 'uint8array' }));
    writeFileSync(join(dir, 'notes.json'), '{"hello": "world"}');
    const csvPath = join(work, 'cli.csv');
    const out = execFileSync(
      'npx',
      ['tsx', 'scripts/followup-cli.ts', dir, '--json', '--csv', csvPath].concat([
        '--config',
        'public/config.json',
      ]),
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    cli = JSON.parse(out.toString('utf8')) as CliJson;
    cliCsv = readFileSync(csvPath, 'utf8');
  });

  test.afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('counts the folder per committee and year, lists the rejected files, exports CSV and Word', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('./#/');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Uppföljning' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Uppföljning' })).toBeVisible();
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(examples.length + 4);
    await page.getByLabel('Välj filer').setInputFiles(files.map((f) => join(dir, f)));
    const result = page.getByRole('heading', { level: 2, name: 'Resultat' });
    await expect(result).toBeVisible({ timeout: 60_000 });
    await expect(result).toBeFocused();
    await expect(
      page.getByText(
        `${files.length} filer lästa, ${cli.counted} ärenden räknade, ${cli.rejected.length} filer räknades inte.`,
      ),
    ).toBeVisible();

    // The same counts as the CLI, per committee and year.
    expect(cli.groups.length).toBeGreaterThan(1);
    for (const g of cli.groups) {
      const name = `${g.committee} ${g.year}`;
      const section = page.getByRole('region', { name, exact: true });
      await expect(section.getByText(`Antal ärenden: ${g.cases}`)).toBeVisible();
      const steps = section.getByRole('table', { name: `SKR:s steg, ${name}` });
      for (const s of g.steps) {
        const cells = steps
          .getByRole('row', { name: new RegExp(`^Steg ${s.step}\\b`) })
          .getByRole('cell');
        await expect(cells).toHaveText([String(s.met), String(s.notMet), String(s.notApplicable)]);
      }
      const decisionsTable = section.getByRole('table', {
        name: `Beslut och återremisser, ${name}`,
      });
      await expect(
        decisionsTable.getByRole('row', { name: /^Återremiss \d/ }).getByRole('cell'),
      ).toHaveText(String(g.decisions.aterremiss ?? 0));
    }

    // The rejected files, each with its reason in Swedish (the CLI's words).
    expect(cli.rejected.map((r) => r.code).sort()).toEqual([
      'damaged',
      'duplicate',
      'no-case',
      'not-ours',
    ]);
    const rejected = page.getByRole('region', {
      name: `Filer som inte räknades (${cli.rejected.length})`,
    });
    for (const r of cli.rejected) {
      const row = rejected.getByRole('row', { name: new RegExp(base(r.file).replace('.', '\\.')) });
      await expect(row).toContainText(r.reason.replaceAll('drive/', ''));
    }

    // A number opens the cases behind it.
    const g0 = cli.groups[0]!;
    await page
      .getByRole('button', {
        name: `${g0.cases}: Antal ärenden, ${g0.committee} ${g0.year}, visa ärendena`,
      })
      .click();
    const list = page.getByRole('heading', { level: 3, name: /^Antal ärenden – / });
    await expect(list).toBeFocused();
    await expect(
      page.getByRole('region', { name: /^Antal ärenden – / }).getByRole('row'),
    ).toHaveCount(g0.cases + 1);

    await expectNoAxeViolations(page);

    // CSV: the CLI's CSV exactly, and it parses back to the same counts.
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner CSV (Excel)' }).click(),
    ]);
    const csv = await readFile((await csvDownload.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe(cliCsv);
    const rows = csv
      .slice(1)
      .trim()
      .split('\r\n')
      .map((line) => line.slice(1, -1).split('";"'));
    expect(rows[0]).toEqual(['Nämnd', 'År', 'Mått', 'Antal', 'Andel', 'Ärenden']);
    for (const g of cli.groups) {
      const count = (measure: string) =>
        rows.find((r) => r[0] === g.committee && r[1] === String(g.year) && r[2] === measure)?.[3];
      expect(count('Antal ärenden')).toBe(String(g.cases));
      for (const s of g.steps) {
        expect(count(`Steg ${s.step} uppfyllt`)).toBe(String(s.met));
        expect(count(`Steg ${s.step} ej uppfyllt`)).toBe(String(s.notMet));
      }
    }

    // The Word report: a zip (a .docx).
    const [docxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner Word-rapport' }).click(),
    ]);
    const bytes = await readFile((await docxDownload.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(docxDownload.suggestedFilename()).toMatch(/\.docx$/);
  });
});
