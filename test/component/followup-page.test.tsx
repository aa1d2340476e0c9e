/**
 * The follow-up screen over a small mixed set: three example case files (one with a recorded
 * återremiss), the same case again (older) and a file that is not ours. The tables show the
 * counts the aggregation gives, a number opens the cases behind it, and the files not
 * counted are listed with their reasons in Swedish.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FollowupPage } from '../../src/ui/followup/FollowupPage';
import { FollowupResults } from '../../src/ui/followup/FollowupResults';
import { aggregateFollowup } from '../../src/format/followup/aggregate';
import { emptyContext } from '../../src/checklist/types';
import { serializeCase } from '../../src/format/case-envelope';
import type { Case } from '../../src/checklist/schema';
import { decisionDate } from '../../src/checklist/sami-duty';
import { loadExample } from '../helpers/appendix-fixtures';
import { renderWithI18n } from '../helpers/render';
import { newTestSession } from '../helpers/session';

const far = loadExample('far-niva1.sv.json');
const plan = loadExample('plan-jamstalldhet-2022.sv.json');
const snow = loadExample('snorojning.sv.json');
const planSentBack: Case = {
  ...plan,
  decision: {
    outcome: 'aterremiss',
    date: decisionDate(plan.answers),
    paragraph: '§ 12',
    steps: [2, 4],
    parts: [],
  },
};
const cases = [far, planSentBack, snow];
const expected = aggregateFollowup(
  cases.map((c, i) => ({ file: `${i}.json`, case: c, stored: null, savedAt: '' })),
  emptyContext,
);

beforeEach(() => {
  localStorage.clear();
  newTestSession();
});

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('FollowupPage', () => {
  it('counts picked files per committee and year and lists the ones not counted', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<FollowupPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Uppföljning' })).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Välj filer'), [
      file('far.json', serializeCase(far)),
      file('plan.json', serializeCase(planSentBack)),
      file('snow.json', serializeCase(snow)),
      file('far-old.json', serializeCase({ ...far, updatedAt: '2000-01-01T00:00:00.000Z' })),
      file('notes.json', '{"hello": "world"}'),
    ]);
    const heading = await screen.findByRole('heading', { level: 2, name: 'Resultat' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(
      screen.getByText(/5 filer lästa, 3 ärenden räknade, 2 filer räknades inte/),
    ).toBeVisible();

    expect(expected.groups.length).toBeGreaterThan(0);
    for (const g of expected.groups) {
      const name = `${g.committee || '(nämnd ej angiven)'} ${g.year ?? '(datum saknas)'}`;
      const section = screen.getByRole('region', { name });
      const steps = within(section).getByRole('table', { name: `SKR:s steg, ${name}` });
      for (const s of g.steps) {
        const row = within(steps).getByRole('row', { name: new RegExp(`^Steg ${s.n}\\b`) });
        const cells = within(row).getAllByRole('cell');
        expect(cells.map((c) => c.textContent)).toEqual([
          String(s.met.length),
          String(s.notMet.length),
          String(s.notApplicable.length),
        ]);
      }
      const decisions = within(section).getByRole('table', { name: /^Beslut och återremisser/ });
      const back = within(decisions).getByRole('row', { name: /^Återremiss \d/ });
      expect(within(back).getByRole('cell').textContent).toBe(
        String(g.decisions.aterremiss.length),
      );
    }

    const rejected = screen.getByRole('region', { name: 'Filer som inte räknades (2)' });
    expect(within(rejected).getByRole('row', { name: /notes\.json/ })).toHaveTextContent(
      'Filen är inte en ärendefil eller säkerhetskopia från Underlagskollen.',
    );
    expect(within(rejected).getByRole('row', { name: /far-old\.json/ })).toHaveTextContent(
      'Samma ärende finns i en nyare fil (far.json); det räknas en gång.',
    );
  });
});

describe('FollowupResults', () => {
  it('a number opens the list of the cases behind it, and closing returns to the number', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<FollowupResults groups={expected.groups} rejected={[]} />);
    const g = expected.groups.find((x) => x.decisions.aterremiss.length > 0)!;
    const name = `${g.committee || '(nämnd ej angiven)'} ${g.year ?? '(datum saknas)'}`;
    const button = screen.getByRole('button', {
      name: `${g.decisions.aterremiss.length}: Återremiss, ${name}, visa ärendena`,
    });
    await user.click(button);
    const list = screen.getByRole('heading', { level: 3, name: /^Återremiss – / });
    expect(list).toHaveFocus();
    const region = screen.getByRole('region', { name: list.textContent! });
    expect(
      within(region).getByRole('row', {
        name: new RegExp(planSentBack.answers['a.title'] as string),
      }),
    ).toBeVisible();
    await user.click(within(region).getByRole('button', { name: 'Stäng listan' }));
    expect(button).toHaveFocus();
  });
});
