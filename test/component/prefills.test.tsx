import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigProvider } from '../../src/config/config-context';
import { parseConfigText } from '../../src/config/load-config';
import { RuleContextContext } from '../../src/session/rule-context';
import { readOfficerName, resetOfficerNameMemory } from '../../src/storage/officer-name';
import { QuestionPage } from '../../src/ui/checklist/QuestionPage';
import { SettingsPage } from '../../src/ui/settings/SettingsPage';
import type { GoalRef, Measure, StatTable } from '../../src/checklist/types';
import { renderWithI18n } from '../helpers/render';
import { answers, CASE_ID, openFreshCase } from './journey-harness';

const config = parseConfigText(
  JSON.stringify({
    version: 1,
    organisation: { name: 'Region Testland' },
    allowLocalOverrides: false,
  }),
);

afterEach(() => {
  localStorage.clear();
  resetOfficerNameMemory();
});

describe("the officer's name in Settings", () => {
  it('is saved in this browser, even where the organisation allows no local settings', async () => {
    const user = userEvent.setup();
    await renderWithI18n(
      <ConfigProvider initial={config}>
        <SettingsPage />
      </ConfigProvider>,
    );
    const personal = screen.getByRole('region', { name: 'Dina personliga inställningar' });
    const name = within(personal).getByRole('textbox', {
      name: 'Ditt namn (sparas bara i den här webbläsaren)',
    });
    expect(name).toHaveAccessibleDescription(/Nya ärenden får ditt namn som handläggare/);
    await user.type(name, 'Anna Andersson ');
    await user.click(within(personal).getByRole('button', { name: 'Spara namnet' }));
    expect(within(personal).getByRole('status')).toHaveTextContent(
      'Ditt namn är sparat i den här webbläsaren.',
    );
    expect(readOfficerName()).toBe('Anna Andersson');
    expect(name).toHaveValue('Anna Andersson');
  });
});

const table: StatTable = {
  id: 't1',
  indicator: 'Deltagare FaR',
  unit: 'count',
  period: '2025',
  source: '',
  breakdown: '',
  groups: ['women', 'men'],
  rows: [{ id: 'r1', label: '', values: { women: '62', men: '38' } }],
  sentence: null,
};

describe('"Använd de beräknade meningarna" on "Vad visar statistiken?"', () => {
  it('adds the sentences after what is typed, says so and puts focus in the answer', async () => {
    const user = userEvent.setup();
    openFreshCase({ 'b1.affects': 'ja', 'b2.split': 'ja', 'b2.tables': [table] });
    await renderWithI18n(<QuestionPage caseId={CASE_ID} pageId="b2-analysis" returnTo={null} />);
    const field = screen.getByRole('textbox', {
      name: 'Vilka skillnader och likheter visar statistiken?',
    });
    await user.type(field, 'Egen inledning.');
    const button = screen.getByRole('button', { name: 'Använd de beräknade meningarna' });
    expect(button).toHaveAccessibleDescription(/det du redan har skrivit finns kvar/);
    await user.click(button);
    const value = answers()['b2.differences'] as string;
    expect(value).toMatch(/^Egen inledning\.\n\nDeltagare FaR: Kvinnorna är fler/);
    expect(field).toHaveFocus();
    expect(
      screen.getByText('Texten är tillagd sist i svaret. Du kan ändra den.'),
    ).toBeInTheDocument();
    // Offered once: the answer now holds it.
    expect(screen.queryByRole('button', { name: 'Använd de beräknade meningarna' })).toBeNull();
    expect(screen.getByText('Svaret innehåller redan den här texten.')).toBeInTheDocument();
  });

  it('is not offered before any table has figures', async () => {
    openFreshCase({ 'b1.affects': 'ja', 'b2.split': 'ja' });
    await renderWithI18n(<QuestionPage caseId={CASE_ID} pageId="b2-analysis" returnTo={null} />);
    expect(screen.queryByRole('button', { name: 'Använd de beräknade meningarna' })).toBeNull();
  });
});

describe('step 5', () => {
  const ctx = { adminLanguages: [], orgGoals: [{ id: 'g1', sv: 'Lika lön', en: 'Equal pay' }] };

  it('gives each chosen goal its own comment field, stored with the goal', async () => {
    const user = userEvent.setup();
    openFreshCase({ 'b1.affects': 'ja' });
    await renderWithI18n(
      <RuleContextContext.Provider value={ctx}>
        <QuestionPage caseId={CASE_ID} pageId="b5-goals" returnTo={null} />
      </RuleContextContext.Provider>,
    );
    const label = 'Hur bidrar förslaget och åtgärderna till målet?';
    expect(screen.queryByRole('textbox', { name: new RegExp(label) })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Jämställd hälsa' }));
    await user.click(screen.getByRole('checkbox', { name: 'Lika lön' }));
    const health = screen.getByRole('textbox', { name: `${label} Målet: Jämställd hälsa` });
    const pay = screen.getByRole('textbox', { name: `${label} Målet: Lika lön` });
    await user.type(health, 'Fler män nås.');
    await user.type(pay, 'Samma lön.');
    expect(answers()['b5.goals']).toEqual([
      { id: 'national-5', comment: 'Fler män nås.' },
      { id: 'org:g1', text: 'Lika lön', comment: 'Samma lön.' },
    ]);
    // Unticking by mistake and ticking again keeps what was typed.
    await user.click(screen.getByRole('checkbox', { name: 'Lika lön' }));
    expect(screen.queryByRole('textbox', { name: `${label} Målet: Lika lön` })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Lika lön' }));
    expect(screen.getByRole('textbox', { name: `${label} Målet: Lika lön` })).toHaveValue(
      'Samma lön.',
    );
    expect((answers()['b5.goals'] as GoalRef[]).map((g) => g.comment)).toEqual([
      'Fler män nås.',
      'Samma lön.',
    ]);
  });

  it("offers the measures' follow-up as the starting text of the follow-up", async () => {
    const user = userEvent.setup();
    const measure: Measure = {
      id: 'm1',
      measure: 'Riktad information till män',
      responsible: 'Enhetschef',
      when: '2026',
      followUp: 'Andelen män per kvartal',
    };
    openFreshCase({ 'b1.affects': 'ja', 'b4.unjustified': 'ja', 'b4.measures': [measure] });
    await renderWithI18n(<QuestionPage caseId={CASE_ID} pageId="b5-followup" returnTo={null} />);
    await user.click(screen.getByRole('button', { name: 'Använd åtgärdernas uppföljning' }));
    expect(answers()['b5.followUp']).toBe(
      'Riktad information till män. Uppföljning: Andelen män per kvartal.',
    );
    expect(screen.getByRole('textbox', { name: 'Hur och när följs effekterna upp?' })).toHaveValue(
      'Riktad information till män. Uppföljning: Andelen män per kvartal.',
    );
  });
});
