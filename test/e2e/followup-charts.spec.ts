/**
 * The follow-up charts (issue 14) in Chromium, over the mixed folder of followup.spec.ts
 * (helpers/followup-folder.ts): every group shows its steps-and-parts chart and its decisions
 * chart, images whose accessible names and descriptions carry the numbers of the tables
 * beside them (and of the follow-up CLI); axe finds nothing with the charts on the page and
 * their text open; at 320 px the charts scale down and the page has no side scroll.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { makeFollowupFolder } from './helpers/followup-folder';
import type { FollowupCliJson } from './helpers/followup-folder';

let work = '';
let dir = '';
let cli: FollowupCliJson;

const outcomes = [
  ['enligt-forslaget', 'Beslut enligt förslaget'],
  ['med-andring', 'Beslut med ändring'],
  ['aterremiss', 'Återremiss'],
  ['bordlaggning', 'Bordläggning'],
  ['avslag', 'Avslag'],
  ['none', 'Beslut ej registrerat'],
] as const;

async function countFolder(page: Page) {
  await page.goto('./#/uppfoljning');
  await expect(page.getByRole('heading', { level: 1, name: 'Uppföljning' })).toBeVisible();
  const files = readdirSync(dir).sort();
  await page.getByLabel('Välj filer').setInputFiles(files.map((f) => join(dir, f)));
  await expect(page.getByRole('heading', { level: 2, name: 'Resultat' })).toBeVisible({
    timeout: 60_000,
  });
}

test.describe('follow-up charts', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    ({ work, dir, cli } = await makeFollowupFolder());
  });

  test.afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('each group has both charts, named and described with the numbers of its tables; axe clean', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await countFolder(page);
    expect(cli.groups.length).toBeGreaterThan(1);
    for (const g of cli.groups) {
      const name = `${g.committee} ${g.year}`;
      const section = page.getByRole('region', { name, exact: true });
      const cases = g.cases === 1 ? 'ärende' : 'ärenden';

      const parts = section.getByRole('img', {
        name: `Diagram: SKR:s steg, barnrätt och nationella minoriteter, ${name}`,
      });
      await expect(parts).toBeVisible();
      const desc = (await parts.evaluate(
        (el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent ?? '',
      )) as string;
      await expect(parts).toHaveAccessibleDescription(desc);
      const sentence = (label: string) => {
        const found = desc.split(/(?<=\.) /).find((s) => s.startsWith(`${label}:`));
        expect(found, `${label} in ${desc}`).toBeTruthy();
        return found!;
      };

      // Steps: the table's cells, the CLI's counts and the chart's words agree.
      const stepsTable = section.getByRole('table', { name: `SKR:s steg, ${name}` });
      for (const s of g.steps) {
        const cells = stepsTable
          .getByRole('row', { name: new RegExp(`^Steg ${s.step}\\b`) })
          .getByRole('cell');
        const shown = await cells.allTextContents();
        expect(shown).toEqual([String(s.met), String(s.notMet), String(s.notApplicable)]);
        const words = sentence(`Steg ${s.step}`);
        expect(words).toContain(`${s.met} av ${g.cases} ${cases} `);
        expect(words).toMatch(new RegExp(`, ${shown[1]} ej uppfyll(t|da), ${shown[2]} ej tilläm`));
      }
      // Child rights and minorities: the parts table's cells.
      const partsTable = section.getByRole('table', {
        name: `Barnrätt och nationella minoriteter, ${name}`,
      });
      for (const [label, c] of [
        ['Barnrättsbedömning', [g.child.done, g.child.notMet, g.child.notApplicable]],
        [
          'Nationella minoriteter',
          [g.minorities.met, g.minorities.notMet, g.minorities.notApplicable],
        ],
      ] as const) {
        const shown = await partsTable
          .getByRole('row', { name: new RegExp(`^${label}`) })
          .getByRole('cell')
          .allTextContents();
        expect(shown).toEqual(c.map(String));
        const words = sentence(label);
        expect(words).toContain(`${shown[0]} av ${g.cases} ${cases} `);
        expect(words).toMatch(new RegExp(`, ${shown[1]} ej uppfyll(t|da), ${shown[2]} ej tilläm`));
      }
      // The Sami duty: a row only where it was triggered; otherwise the words say so.
      if (g.sami.triggered === 0) {
        expect(desc).toContain('Den samiska konsultationsplikten utlöstes inte i något ärende.');
      } else {
        expect(sentence('Samisk konsultationsplikt utlöst')).toContain(
          `i ${g.sami.triggered} ärende`,
        );
      }

      // Decisions: one bar per outcome, with the table's count.
      const decisions = section.getByRole('img', { name: `Diagram: beslut, ${name}` });
      await expect(decisions).toBeVisible();
      const decisionsDesc = (await decisions.evaluate(
        (el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent ?? '',
      )) as string;
      const decisionsTable = section.getByRole('table', {
        name: `Beslut och återremisser, ${name}`,
      });
      for (const [key, label] of outcomes) {
        const cell = await decisionsTable
          .getByRole('row', { name: new RegExp(`^${label}\\b`) })
          .first()
          .getByRole('cell')
          .textContent();
        expect(cell).toBe(String(g.decisions[key] ?? 0));
        expect(decisionsDesc).toContain(`${label}: ${cell} av ${g.cases} ${cases} (`);
      }
    }

    // axe with the charts and one chart's text open.
    const text = page.getByRole('group').filter({ hasText: 'Diagrammet i text' }).first();
    await text.getByText('Diagrammet i text').click();
    await expect(text.getByText(/^Liggande staplar över/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('at 320 px the charts scale down and the page does not scroll sideways', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 800 });
    await countFolder(page);
    const charts = page.getByRole('img', { name: /^Diagram: / });
    await expect(charts).toHaveCount(cli.groups.length * 2);
    for (const chart of await charts.all()) {
      const box = (await chart.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
    const { scroll, width } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      width: window.innerWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(width);
  });
});
