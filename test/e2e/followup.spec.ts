/**
 * The follow-up screen (issue 14) over a mixed folder made in the test: Word appendices of
 * several examples written by the app's own export code (the appendix CLI), some with a
 * recorded decision, an older copy of one case as a .json file (a duplicate), a damaged
 * .docx, a foreign .docx and a .json that is not ours. The counts per committee and year and
 * the rejected files must be those the follow-up CLI gives for the same folder; the CSV the
 * screen downloads must be the CLI's CSV and parse back to the same counts; the Word report
 * downloads and LibreOffice opens it; axe finds nothing on the screen with results.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { followupExamples, makeFollowupFolder } from './helpers/followup-folder';
import type { FollowupCliJson } from './helpers/followup-folder';

let work = '';
let dir = '';
let cli: FollowupCliJson;
let cliCsv: string;

const base = (f: string) => f.replace(/^.*\//, '');

test.describe('follow-up screen', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    ({ work, dir, cli, cliCsv } = await makeFollowupFolder());
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
    expect(files).toHaveLength(followupExamples.length + 4);
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

    // LibreOffice opens the screen's report: its PDF holds the title, every group and the
    // charts' text alternatives (LibreOffice exits 0 even when it cannot read a file).
    const docxPath = join(work, 'screen-report.docx');
    writeFileSync(docxPath, bytes);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, docxPath], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    const pdf = join(work, 'screen-report.pdf');
    expect(existsSync(pdf)).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('Uppföljning av jämställda beslutsunderlag');
    for (const g of cli.groups) expect(text).toContain(`${g.committee} ${g.year}`);
    expect(text).toContain('Diagram: SKR:s steg, barnrätt och nationella minoriteter');
    expect(text).toContain('Liggande staplar över');
  });
});
