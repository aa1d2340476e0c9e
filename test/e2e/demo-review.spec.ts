/**
 * End to end: trainers and secretaries.
 * - Demo: start an example, change it, reset it, and the user's real case in
 *   localStorage is untouched; presentation mode has no horizontal scroll at 320 px.
 * - Review: an appendix of every example, produced with the CLI (the same code as
 *   the app), opened with setInputFiles shows the right conclusion.
 * - Print emulation hides the navigation; axe finds no WCAG 2.1 A/AA violations.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolations } from './helpers/axe';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { seedCase } from './helpers/seed';
import { caseConclusion, summarise } from '../../src/checklist/rules';
import type { PartKey } from '../../src/checklist/rules';
import { parseConfig, ruleContextFrom } from '../../src/config/config-schema';
import type { Answers } from '../../src/checklist/types';

const REAL_ID = 'e2e-real-case';
const realEnvelope = JSON.stringify({
  format: 'underlagskollen-case',
  version: 1,
  savedAt: '2026-03-01T10:00:00.000Z',
  case: {
    id: REAL_ID,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    answers: { 'a.title': 'Mitt riktiga ärende', 'a.officer': 'Anna Andersson' },
  },
});

const SNOW_TITLE =
  'Prioriteringsordning för snöröjning och halkbekämpning vid regionens vårdlokaler 2024–2027';

const SAMI_BLOCKED = 'Kan inte gå till sammanträdet förrän Sametinget har konsulterats';

/**
 * Every Swedish example in public/examples/index.json and the conclusion a secretary must see,
 * from the same rule function the review screen uses (config.json: Sami administrative area).
 */
const ctx = ruleContextFrom(
  parseConfig(JSON.parse(readFileSync('public/config.json', 'utf8')) as unknown).config,
);
const reviewSv = JSON.parse(readFileSync('locales/sv/review.json', 'utf8')) as {
  conclusion: { canGoOn: string; sendBack: string; sendBackParts: string };
};
const rulesSv = JSON.parse(readFileSync('locales/sv/rules.json', 'utf8')) as {
  verdict: Record<PartKey, { notMet: string }>;
};
const examples = (
  JSON.parse(readFileSync('public/examples/index.json', 'utf8')) as { file: string; lang: string }[]
)
  .filter((e) => e.lang === 'sv')
  .map((e) => {
    // Read as stored (the unit tests check every example decodes); the rules need only the answers.
    const stored = JSON.parse(readFileSync(`public/examples/${e.file}`, 'utf8')) as {
      case: { answers: Answers };
    };
    const conclusion = caseConclusion(summarise(stored.case.answers, ctx));
    const steps = new Intl.ListFormat('sv', { type: 'conjunction' }).format(
      (conclusion.kind === 'send-back' ? conclusion.steps : []).map(String),
    );
    const samiBlocked = conclusion.kind === 'send-back' && conclusion.samiBlocked;
    const lead =
      conclusion.kind === 'can-go-on'
        ? reviewSv.conclusion.canGoOn
        : conclusion.steps.length > 0
          ? reviewSv.conclusion.sendBack.replace('{{steps}}', steps)
          : samiBlocked
            ? SAMI_BLOCKED
            : reviewSv.conclusion.sendBackParts;
    return {
      name: e.file.replace(/\.sv\.json$/, ''),
      lead,
      samiBlocked,
      parts: conclusion.parts.map((p) => rulesSv.verdict[p].notMet),
    };
  });

async function seedRealCase(page: Page) {
  await page.addInitScript(
    ([key, value]) => {
      // Only once: later navigations must not overwrite what the app saved.
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [`ulk:case:${REAL_ID}`, realEnvelope] as const,
  );
}

async function storedCases(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k?.startsWith('ulk:case:')) out[k] = localStorage.getItem(k) ?? '';
    }
    return out;
  });
}

/** Same-document navigation, as a link click would do (the sandbox lives in memory). */
async function goHash(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

test.describe('demo mode', () => {
  test('start, change, reset and end a demo; the real case is untouched', async ({ page }) => {
    await seedRealCase(page);
    await page.goto('./#/demo');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Demoläge för utbildning' }),
    ).toBeVisible();
    await expect(page.getByText('Övningsexempel: vad saknas här?').first()).toBeVisible();
    await expectNoAxeViolations(page);
    const before = await storedCases(page);
    expect(Object.keys(before)).toEqual([`ulk:case:${REAL_ID}`]);

    await page.getByRole('button', { name: /^Starta demo.*snöröjning/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: SNOW_TITLE })).toBeVisible();
    const banner = page.getByRole('region', { name: 'DEMO – ingenting sparas' });
    await expect(banner).toBeVisible();
    const demoId = decodeURIComponent(new URL(page.url()).hash.replace('#/case/', ''));
    expect(demoId).toMatch(/^demo-/);
    await expectNoAxeViolations(page);

    // Change an answer through the question page, as a participant would.
    await goHash(page, `#/case/${encodeURIComponent(demoId)}/page/a-arende`);
    const title = page.getByRole('textbox', { name: 'Vad heter ärendet?' });
    await title.fill('Ändrat under kursen');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await goHash(page, `#/case/${encodeURIComponent(demoId)}`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Ändrat under kursen' }),
    ).toBeVisible();

    // Let any autosave timer run out, then look at storage.
    await page.waitForTimeout(1500);
    expect(await storedCases(page)).toEqual(before);

    await banner.getByRole('button', { name: 'Återställ exemplet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: SNOW_TITLE })).toBeVisible();
    expect(new URL(page.url()).hash).toBe(`#/case/${encodeURIComponent(demoId)}`);

    await banner.getByRole('button', { name: 'Avsluta demo' }).click();
    await expect(banner).toBeHidden();
    await expect(
      page.getByRole('link', { name: 'Mitt riktiga ärende', exact: true }),
    ).toBeVisible();
    expect(await storedCases(page)).toEqual(before);
  });

  test('presentation mode opens the help and has no horizontal scroll at 320 px', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('./#/demo');
    await page.getByRole('button', { name: /^Starta demo.*ungdomsmottagning/i }).click();
    await expect(page.getByRole('region', { name: 'DEMO – ingenting sparas' })).toBeVisible();
    await page.getByRole('button', { name: 'Presentationsläge' }).click();
    await expect(page.locator('html')).toHaveClass(/presentation/);
    const demoId = decodeURIComponent(new URL(page.url()).hash.replace('#/case/', ''));
    await goHash(page, `#/case/${encodeURIComponent(demoId)}/page/b1-affects`);
    await expect(page.getByText('Varför frågar vi?')).toBeVisible();
    for (const d of await page.locator('details').all())
      await expect(d).toHaveAttribute('open', '');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('review mode', () => {
  let dir = '';

  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ulk-review-'));
    for (const e of examples) {
      // The CLI is the app's own export code run in Node.
      execFileSync(
        'npx',
        [
          'tsx',
          'scripts/appendix-cli.ts',
          `public/examples/${e.name}.sv.json`,
          join(dir, `${e.name}.docx`),
          '--config',
          'public/config.json',
        ],
        { stdio: 'pipe' },
      );
    }
  });

  for (const e of examples) {
    test(`an appendix of ${e.name} shows the right conclusion`, async ({ page }) => {
      await page.goto('./#/review');
      await expect(
        page.getByRole('heading', { level: 1, name: 'Granska en mottagen bilaga' }),
      ).toBeVisible();
      await page
        .getByLabel('Välj en bilaga eller en ärendefil')
        .setInputFiles(join(dir, `${e.name}.docx`));
      const conclusion = page.getByRole('region', { name: 'Slutsats' });
      await expect(conclusion).toContainText(e.lead);
      // The conclusion comes first; the case details are folded below it.
      await expect(page.getByRole('region', { name: 'Uppgifter om ärendet' })).toBeHidden();
      for (const part of e.parts) await expect(conclusion).toContainText(part);
      if (e.samiBlocked) {
        await expect(conclusion).toContainText(`${SAMI_BLOCKED}.`);
        await expect(conclusion).not.toContainText('Underlaget kan gå vidare.');
      } else {
        await expect(conclusion).not.toContainText(SAMI_BLOCKED);
      }
      // Reviewing stores nothing.
      expect(await storedCases(page)).toEqual({});
    });
  }

  test('children heavily affected and not heard: the review and the case list both send it back', async ({
    page,
  }) => {
    const youth = examples.find((e) => e.name === 'ungdomskort');
    expect(youth).toMatchObject({
      lead: reviewSv.conclusion.sendBackParts,
      parts: [rulesSv.verdict.child.notMet],
    });
    const text = readFileSync('public/examples/ungdomskort.sv.json', 'utf8');
    await page.addInitScript(
      ([key, value]) => {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      },
      ['ulk:case:example-ungdomskort-sv', text] as const,
    );
    await page.goto('./#/');
    const row = page.getByRole('row', { name: /Ny taxa för ungdomskortet/ });
    await expect(row.getByText('Barnets rättigheter: bör kompletteras')).toBeVisible();
    await expect(row.getByText('Jämställdhet: underlaget räcker')).toBeVisible();
  });

  test('a file that is not ours gets a precise message', async ({ page }) => {
    await page.goto('./#/review');
    await page.getByLabel('Välj en bilaga eller en ärendefil').setInputFiles({
      name: 'bild.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]),
    });
    await expect(page.getByRole('alert')).toContainText(
      'Filen är varken en bilaga (.docx) eller en ärendefil (.json) från Underlagskollen.',
    );
    await expectNoAxeViolations(page);
  });

  test('the review screen passes axe on screen and in print, where navigation is hidden', async ({
    page,
  }) => {
    await page.goto('./#/review');
    await page.getByLabel('Välj en bilaga eller en ärendefil').setInputFiles({
      name: 'plan.json',
      mimeType: 'application/json',
      buffer: readFileSync('public/examples/plan-jamstalldhet-2022.sv.json'),
    });
    await expect(page.getByRole('region', { name: 'Slutsats' })).toBeVisible();
    // Once a file is open the picker is the compact "open another file" below the result.
    await expect(page.getByLabel('Välj en bilaga eller en ärendefil')).toHaveCount(0);
    await expect(page.getByLabel('Öppna en annan fil')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
    await expect(page.getByLabel('Öppna en annan fil')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Gör till mitt eget utkast' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Slutsats' })).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('the case list shows that a case cannot go to the meeting until Sametinget is consulted', async ({
  page,
}) => {
  const example = JSON.parse(readFileSync('public/examples/transportplan.sv.json', 'utf8')) as {
    case: { answers: Record<string, unknown> };
  };
  await seedCase(page, 'e2e-sami-blocked', example.case.answers);
  await seedCase(page, 'e2e-sami-met', {
    ...example.case.answers,
    'a.title': 'Samma väg, Sametinget konsulterat',
    'd.consultations': [
      ...(example.case.answers['d.consultations'] as unknown[]),
      {
        id: 'road-c2',
        party: 'sametinget',
        partyName: '',
        requested: '2026-01-12',
        reply: 'avstar',
        form: '',
        date: '',
        outcome: '',
        notes: '',
      },
    ],
  });
  await page.goto('./');
  const blockedRow = page.getByRole('row', {
    name: /Länsplan för regional transportinfrastruktur/,
  });
  await expect(blockedRow).toContainText(SAMI_BLOCKED);
  const metRow = page.getByRole('row', { name: /Samma väg, Sametinget konsulterat/ });
  await expect(metRow).toContainText('Jämställdhet: underlaget räcker');
  await expect(metRow).not.toContainText(SAMI_BLOCKED);
  await expectNoAxeViolations(page);
});

test('printing the check-answers page of a demo case hides the navigation', async ({ page }) => {
  await page.goto('./#/demo');
  await page.getByRole('button', { name: /^Starta demo.*snöröjning/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: SNOW_TITLE })).toBeVisible();
  const demoId = decodeURIComponent(new URL(page.url()).hash.replace('#/case/', ''));
  await goHash(page, `#/case/${encodeURIComponent(demoId)}/check`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kontrollera dina svar' }),
  ).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Avsluta demo' })).toBeHidden();
  await expect(page.getByText('DEMO – ingenting sparas')).toBeVisible();
  await expectNoAxeViolations(page);
});
