/**
 * The follow-up charts on the screen: after the steps and parts tables and after the decisions
 * table of each group, an SVG image named by its title and described by its text alternative,
 * whose numbers are the table's; a legend that names every kind; pattern ids unique per chart;
 * the text alternative also readable in "Diagrammet i text".
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FollowupResults } from '../../src/ui/followup/FollowupResults';
import { aggregateFollowup } from '../../src/format/followup/aggregate';
import type { Case } from '../../src/checklist/schema';
import { decisionDate } from '../../src/checklist/sami-duty';
import { loadExample, shippedContext } from '../helpers/appendix-fixtures';
import { renderWithI18n } from '../helpers/render';

const NB = '\u00a0';
const same = (file: string, id: string, decision?: Case['decision']): Case => {
  const c = loadExample(file);
  return {
    ...c,
    id,
    answers: { ...c.answers, 'a.committee': 'Regionstyrelsen', 'a.meetingDate': '2026-02-10' },
    ...(decision ? { decision } : {}),
  };
};
const plan = loadExample('plan-jamstalldhet-2022.sv.json');
const cases = [
  same('sjukresor.sv.json', 'a', {
    outcome: 'enligt-forslaget',
    date: '',
    paragraph: '§ 1',
    steps: [],
    parts: [],
  }),
  same('far-niva1.sv.json', 'b'),
  same('snorojning.sv.json', 'c', {
    outcome: 'aterremiss',
    date: '',
    paragraph: '§ 2',
    steps: [2],
    parts: [],
  }),
  {
    ...plan,
    decision: {
      outcome: 'avslag',
      date: decisionDate(plan.answers),
      paragraph: '§ 9',
      steps: [],
      parts: [],
    },
  } as Case,
];
const { groups } = aggregateFollowup(
  cases.map((c, i) => ({ file: `${i}.json`, case: c, stored: null, savedAt: '' })),
  shippedContext(),
);

describe('FollowupChart', () => {
  it('draws each group’s charts with the table’s numbers in their name and description', async () => {
    const user = userEvent.setup();
    const { container } = await renderWithI18n(<FollowupResults groups={groups} rejected={[]} />);
    expect(groups.length).toBe(2);
    const rs = groups.find((g) => g.committee === 'Regionstyrelsen')!;
    expect(rs.cases).toHaveLength(3);

    for (const g of groups) {
      const name = `${g.committee} ${g.year}`;
      const section = screen.getByRole('region', { name });
      const n = g.cases.length;
      const cases = n === 1 ? 'ärende' : 'ärenden';

      const parts = within(section).getByRole('img', {
        name: `Diagram: SKR:s steg, barnrätt och nationella minoriteter, ${name}`,
      });
      const steps = within(section).getByRole('table', { name: `SKR:s steg, ${name}` });
      for (const s of g.steps) {
        const cells = within(
          within(steps).getByRole('row', { name: new RegExp(`^Steg ${s.n}\\b`) }),
        ).getAllByRole('cell');
        const [met, notMet, na] = cells.map((c) => c.textContent);
        expect(parts).toHaveAccessibleDescription(
          expect.stringContaining(`Steg ${s.n}: ${met} av ${n} ${cases} `),
        );
        expect(parts.getAttribute('aria-describedby')).toBeTruthy();
        const desc = document.getElementById(parts.getAttribute('aria-describedby')!)!.textContent!;
        const sentence = desc.split('. ').find((x) => x.startsWith(`Steg ${s.n}:`))!;
        expect(sentence).toMatch(new RegExp(`, ${notMet} ej uppfyll(t|da), ${na} ej tillämplig`));
      }
      // The chart follows the parts table in the section.
      const partsTable = within(section).getByRole('table', { name: /^Barnrätt och nationella/ });
      expect(
        partsTable.compareDocumentPosition(parts) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();

      const decisions = within(section).getByRole('img', { name: `Diagram: beslut, ${name}` });
      for (const [outcome, label] of [
        ['enligt-forslaget', 'Beslut enligt förslaget'],
        ['aterremiss', 'Återremiss'],
        ['avslag', 'Avslag'],
        ['none', 'Beslut ej registrerat'],
      ] as const) {
        expect(decisions).toHaveAccessibleDescription(
          expect.stringContaining(`${label}: ${g.decisions[outcome].length} av ${n} ${cases}`),
        );
      }
      const decisionsTable = within(section).getByRole('table', {
        name: /^Beslut och återremisser/,
      });
      expect(
        decisionsTable.compareDocumentPosition(decisions) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    }

    // The three cases of Regionstyrelsen 2026: one sent back, so a third (33,3 %).
    const rsDecisions = screen.getByRole('img', { name: 'Diagram: beslut, Regionstyrelsen 2026' });
    expect(rsDecisions).toHaveAccessibleDescription(
      expect.stringContaining(`Återremiss: 1 av 3 ärenden (33,3${NB}%).`),
    );
    // Beside each bar its count and share: a proposal decided, one sent back, one not recorded.
    expect(within(rsDecisions).getAllByText('1 (33,3 %)')).toHaveLength(3);

    // The legend names every kind, beside a swatch.
    const rsParts = screen.getByRole('img', {
      name: /^Diagram: SKR:s steg.*Regionstyrelsen 2026$/,
    });
    for (const l of ['Uppfyllt', 'Ej uppfyllt', 'Ej tillämpligt']) {
      expect(within(rsParts).getByText(l)).toBeInTheDocument();
    }

    // Pattern ids are unique on the page, and every pattern a bar uses exists.
    const ids = [...container.querySelectorAll('pattern')].map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const used = [...container.querySelectorAll('rect[fill^="url(#"]')].map((r) =>
      r.getAttribute('fill')!.slice(5, -1),
    );
    expect(used.length).toBeGreaterThan(0);
    for (const id of used) expect(ids).toContain(id);

    // Scales with the column: a viewBox and width 100 %, at most a quarter above its size.
    const svg = rsParts as unknown as SVGSVGElement;
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
    expect(svg.getAttribute('width')).toBe('100%');
    expect(svg.style.maxWidth).toBe(
      `${Number(svg.getAttribute('viewBox')!.split(' ')[2]) * 1.25}px`,
    );

    // The same words, readable in "Diagrammet i text".
    const section = screen.getByRole('region', { name: 'Regionstyrelsen 2026' });
    const [summary] = within(section).getAllByText('Diagrammet i text');
    await user.click(summary!);
    expect(
      within(section).getByText(
        (_, el) =>
          el?.tagName === 'P' && el.textContent!.startsWith('Liggande staplar över 3 ärenden:'),
      ),
    ).toBeVisible();
  });
});
