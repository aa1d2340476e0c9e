import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ConfigProvider, useOrgConfig } from '../../src/config/config-context';
import { OVERRIDES_KEY } from '../../src/storage/override-storage';
import { parseConfigText } from '../../src/config/load-config';
import type { LoadedConfig } from '../../src/config/load-config';
import { SettingsPage } from '../../src/ui/settings/SettingsPage';
import { renderWithI18n } from '../helpers/render';

const deployedJson = {
  version: 1,
  organisation: { name: 'Region Testland', shortName: 'RT' },
  committees: ['Regionstyrelsen', 'Hälso- och sjukvårdsnämnden'],
  goals: [
    {
      id: 'jamstalldhet-i-beslut',
      sv: 'Ett jämställdhetsperspektiv ska införlivas i allt beslutsfattande.',
      en: 'A gender-equality perspective in all decision-making.',
    },
    { id: 'jamlik-region', sv: 'En jämlik och jämställd region.' },
  ],
  adminLanguages: ['samiska'],
  appendix: { labelFormat: 'Bilaga {n}', footer: 'Region Testland' },
  allowLocalOverrides: true,
};

/** Shows what the rest of the app would use, to check that saved overrides take effect. */
function EffectiveProbe() {
  const { effective } = useOrgConfig();
  return (
    <ul aria-label="effective committees">
      {effective.committees.map((c) => (
        <li key={c}>{c}</li>
      ))}
    </ul>
  );
}

function renderPage(
  loaded: LoadedConfig = parseConfigText(JSON.stringify(deployedJson)),
  lng: 'sv' | 'en' = 'sv',
) {
  return renderWithI18n(
    <ConfigProvider initial={loaded}>
      <SettingsPage />
      <EffectiveProbe />
    </ConfigProvider>,
    lng,
  );
}

function deployedSection() {
  return screen.getByRole('region', { name: 'Organisationens inställningar' });
}

describe('SettingsPage', () => {
  it('shows the deployed organisation, committees, goals, languages and appendix label', async () => {
    await renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeInTheDocument();
    const deployed = deployedSection();
    expect(within(deployed).getAllByText('Region Testland')).toHaveLength(2);
    const committees = within(deployed).getAllByRole('list')[0]!;
    expect(
      within(committees)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Regionstyrelsen', 'Hälso- och sjukvårdsnämnden']);
    const goals = within(deployed).getByRole('table');
    expect(
      within(goals).getByText('Ett jämställdhetsperspektiv ska införlivas i allt beslutsfattande.'),
    ).toBeInTheDocument();
    expect(
      within(goals).getByText('A gender-equality perspective in all decision-making.'),
    ).toBeInTheDocument();
    expect(within(goals).getByText(/Ingen översättning/)).toBeInTheDocument();
    expect(within(deployed).getByText('Samiska')).toBeInTheDocument();
    expect(within(deployed).getByText('Exempel: Bilaga 1')).toBeInTheDocument();
  });

  it('says so when no organisation name, committees or goals are configured', async () => {
    await renderPage({ ...parseConfigText('{"version":1}'), found: false });
    const deployed = deployedSection();
    expect(within(deployed).getByText(/Ingen inställningsfil hittades/)).toBeInTheDocument();
    expect(within(deployed).getAllByText('Inte angivet').length).toBeGreaterThan(0);
    expect(
      within(deployed).getByText(/Inga nämnder eller styrelser är angivna/),
    ).toBeInTheDocument();
    expect(within(deployed).getByText(/Inga egna mål är angivna/)).toBeInTheDocument();
  });

  it('lets a user add a committee on this computer and the app then uses it', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.click(screen.getByRole('button', { name: 'Lägg till nämnd eller styrelse' }));
    const input = screen.getByRole('textbox', { name: 'Nämnd eller styrelse 3' });
    expect(input).toHaveFocus();
    await user.type(input, 'Patientnämnden');
    await user.click(screen.getByRole('button', { name: 'Spara på den här datorn' }));

    expect(await screen.findByText('Inställningarna är sparade på den här datorn.')).toBeVisible();
    const effective = screen.getByRole('list', { name: 'effective committees' });
    expect(
      within(effective)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Regionstyrelsen', 'Hälso- och sjukvårdsnämnden', 'Patientnämnden']);
    expect(
      screen.getByText(/egna inställningar på den här datorn för: nämnder och styrelser/),
    ).toBeVisible();
    // The deployed list is unchanged; only this computer has the extra committee.
    expect(within(deployedSection()).queryByText('Patientnämnden')).not.toBeInTheDocument();
    expect(localStorage.getItem(OVERRIDES_KEY)).toContain('Patientnämnden');
  });

  it('adds a goal of its own and removes a deployed committee', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.click(screen.getByRole('button', { name: 'Ta bort nämnd eller styrelse 1' }));
    await user.click(screen.getByRole('button', { name: 'Lägg till mål' }));
    const goal3 = screen.getByRole('group', { name: 'Mål 3' });
    await user.type(within(goal3).getByRole('textbox', { name: 'Målet på svenska' }), 'Lika lön');
    await user.click(screen.getByRole('button', { name: 'Spara på den här datorn' }));

    await screen.findByText('Inställningarna är sparade på den här datorn.');
    const stored = JSON.parse(localStorage.getItem(OVERRIDES_KEY) ?? '{}') as {
      overrides: { committees: string[]; goals: { id: string; sv: string }[] };
    };
    expect(stored.overrides.committees).toEqual(['Hälso- och sjukvårdsnämnden']);
    expect(stored.overrides.goals.map((g) => g.sv)).toContain('Lika lön');
    expect(stored.overrides.goals.at(-1)?.id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*$/);
  });

  it('shows an error summary that takes focus and links to a label format without {n}', async () => {
    const user = userEvent.setup();
    await renderPage();
    const label = screen.getByRole('textbox', { name: 'Bilagans beteckning' });
    await user.clear(label);
    await user.type(label, 'Bilaga');
    await user.click(screen.getByRole('button', { name: 'Spara på den här datorn' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveAccessibleName('Det finns problem');
    expect(within(summary).getByText('Det finns problem')).toBeVisible();
    await waitFor(() => expect(summary).toHaveFocus());
    const link = within(summary).getByRole('link', { name: /måste innehålla \{n\}/ });
    expect(label).toHaveAttribute('aria-invalid', 'true');
    expect(label).toHaveAccessibleDescription(/Fel: Beteckningen måste innehålla \{n\}/);
    await user.click(link);
    expect(label).toHaveFocus();
    expect(localStorage.getItem(OVERRIDES_KEY)).toBeNull();
    expect(
      screen.queryByText('Inställningarna är sparade på den här datorn.'),
    ).not.toBeInTheDocument();
  });

  it('resets to the deployed settings', async () => {
    localStorage.setItem(
      OVERRIDES_KEY,
      JSON.stringify({ version: 1, overrides: { committees: ['Egen nämnd'] } }),
    );
    const user = userEvent.setup();
    await renderPage();
    expect(screen.getByRole('textbox', { name: 'Nämnd eller styrelse 1' })).toHaveValue(
      'Egen nämnd',
    );
    await user.click(
      screen.getByRole('button', { name: 'Återställ till organisationens inställningar' }),
    );
    expect(screen.getByRole('textbox', { name: 'Nämnd eller styrelse 1' })).toHaveValue(
      'Regionstyrelsen',
    );
    expect(
      screen.getByText('Organisationens inställningar gäller igen på den här datorn.'),
    ).toBeVisible();
    expect(localStorage.getItem(OVERRIDES_KEY)).toBeNull();
  });

  it('offers no form when the deployment does not allow local overrides', async () => {
    await renderPage(
      parseConfigText(JSON.stringify({ ...deployedJson, allowLocalOverrides: false })),
    );
    expect(screen.getByText(/tillåter inte att inställningarna ändras/)).toBeVisible();
    expect(
      screen.queryByRole('button', { name: 'Spara på den här datorn' }),
    ).not.toBeInTheDocument();
  });

  it('shows the administrator which field of config.json is wrong and why', async () => {
    await renderPage(
      parseConfigText(JSON.stringify({ ...deployedJson, goals: [{ id: 'mål 1', sv: 'x' }] })),
    );
    const message = screen.getByRole('region', { name: /Meddelande till administratören/ });
    expect(within(message).getByText('goals[0].id')).toBeVisible();
    expect(within(message).getByRole('listitem')).toHaveTextContent(
      /Fel:.*goals\[0\]\.id.*Id får bara innehålla/,
    );
  });

  it('shows no administrator message when config.json is valid', async () => {
    await renderPage();
    expect(screen.queryByRole('region', { name: /Meddelande till administratören/ })).toBeNull();
  });

  it('is translated into English, with goals in English where given', async () => {
    await renderPage(undefined, 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Own gender-equality goals' })).toBeVisible();
    expect(screen.getByText('A gender-equality perspective in all decision-making.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Save on this computer' })).toBeVisible();
  });

  it('loads config.json itself when not given one, showing a loading message meanwhile', async () => {
    const loaded = parseConfigText(JSON.stringify(deployedJson));
    let resolve: (value: LoadedConfig) => void = () => {};
    const load = () => new Promise<LoadedConfig>((r) => (resolve = r));
    await renderWithI18n(
      <ConfigProvider load={load}>
        <SettingsPage />
      </ConfigProvider>,
    );
    expect(screen.getByText('Hämtar organisationens inställningar …')).toBeInTheDocument();
    resolve(loaded);
    expect(await within(await findDeployed()).findByText('Regionstyrelsen')).toBeVisible();
    expect(screen.queryByText('Hämtar organisationens inställningar …')).toBeNull();
  });

  it('gives the rules the administrative languages chosen on this computer', async () => {
    function RuleProbe() {
      const { ruleContext } = useOrgConfig();
      return <p data-testid="languages">{ruleContext.adminLanguages.join(',')}</p>;
    }
    const user = userEvent.setup();
    await renderWithI18n(
      <ConfigProvider initial={parseConfigText(JSON.stringify(deployedJson))}>
        <SettingsPage />
        <RuleProbe />
      </ConfigProvider>,
    );
    expect(screen.getByTestId('languages')).toHaveTextContent(/^samiska$/);
    await user.click(screen.getByRole('checkbox', { name: 'Finska' }));
    await user.click(screen.getByRole('button', { name: 'Spara på den här datorn' }));
    expect(screen.getByTestId('languages')).toHaveTextContent(/^finska,samiska$/);
  });
});

function findDeployed() {
  return screen.findByRole('region', { name: 'Organisationens inställningar' });
}
