import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RuleContextContext } from '../../src/session/rule-context';
import { OrgUiContext } from '../../src/ui/common/org-ui-context';
import { QuestionPage } from '../../src/ui/checklist/QuestionPage';
import { renderWithI18n } from '../helpers/render';
import { answers, CASE_ID, go, JourneyRoutes, openFreshCase, paths } from './journey-harness';

const B1_LABEL = 'Berör ärendet kvinnor och män, flickor och pojkar?';
const EXAMPLE_SUMMARY = 'Visa ett exempel';

beforeEach(() => {
  openFreshCase();
  go(paths.tasks(CASE_ID));
});

describe('QuestionPage', () => {
  it('shows a lone question as the page heading with its hint, example and why-we-ask', async () => {
    go(paths.page(CASE_ID, 'b1-affects'));
    await renderWithI18n(<JourneyRoutes />);
    expect(screen.getByRole('heading', { level: 1, name: B1_LABEL })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: B1_LABEL })).toBeInTheDocument();
    expect(screen.getByText('Visa ett exempel')).toBeInTheDocument();
    expect(screen.getByText('Varför frågar vi?')).toBeInTheDocument();
    expect(
      screen.getByText('Steg 1: Berör ärendet kvinnor och män, flickor och pojkar?', {
        selector: '.caption',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('eller')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Vet inte ännu' })).toBeInTheDocument();
    expect(document.title).toContain(B1_LABEL);
  });

  it('opens the help texts when asked to (trainers demo)', async () => {
    await renderWithI18n(
      <QuestionPage caseId={CASE_ID} pageId="b1-affects" returnTo={null} showHelpOpen />,
    );
    // b1.affects has both help texts: the example and "Varför frågar vi?", both open.
    const why = screen.getByText('Varför frågar vi?', { selector: 'summary' }).closest('details');
    const example = screen.getByText(EXAMPLE_SUMMARY, { selector: 'summary' }).closest('details');
    expect(why).toBeInstanceOf(HTMLDetailsElement);
    expect(example).toBeInstanceOf(HTMLDetailsElement);
    expect(why).toHaveAttribute('open');
    expect(example).toHaveAttribute('open');
    expect(
      screen.getByText(/Därför börjar SKR:s fem steg för jämställda beslutsunderlag/),
    ).toBeVisible();
  });

  it('keeps the help texts closed by default', async () => {
    await renderWithI18n(<QuestionPage caseId={CASE_ID} pageId="b1-affects" returnTo={null} />);
    const why = screen.getByText('Varför frågar vi?', { selector: 'summary' }).closest('details');
    expect(why).not.toBeNull();
    expect(why).not.toHaveAttribute('open');
  });

  it('shows a focused error summary linking to the field when Continue is pressed with nothing chosen', async () => {
    const user = userEvent.setup();
    go(paths.page(CASE_ID, 'b1-affects'));
    await renderWithI18n(<JourneyRoutes />);
    await user.click(screen.getByRole('button', { name: 'Fortsätt' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveAccessibleName('Det finns problem');
    expect(within(summary).getByText('Det finns problem')).toBeInTheDocument();
    const link = within(summary).getByRole('link');
    expect(link).toHaveTextContent(B1_LABEL);
    const target = document.querySelector(link.getAttribute('href') ?? '#none');
    expect(target).toBe(screen.getByRole('group', { name: B1_LABEL }));
    // The field carries the same message, linked with aria-describedby.
    expect(screen.getByRole('group', { name: B1_LABEL })).toHaveAccessibleDescription(
      expect.stringContaining(`Fel: Välj ett svar på frågan ”${B1_LABEL}”`),
    );
    expect(document.title).toMatch(/^Fel: /);
    expect(window.location.hash).toBe(paths.page(CASE_ID, 'b1-affects'));

    await user.click(link);
    expect(screen.getByRole('radio', { name: 'Ja' })).toHaveFocus();
  });

  it('saves each answer at once, before Continue', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<QuestionPage caseId={CASE_ID} pageId="a-arende" returnTo={null} />);
    await user.type(screen.getByRole('textbox', { name: 'Vad heter ärendet?' }), 'Ny simhall');
    expect(answers()['a.title']).toBe('Ny simhall');
  });

  it('asks for the reason next when step 1 is answered No', async () => {
    const user = userEvent.setup();
    go(paths.page(CASE_ID, 'b1-affects'));
    await renderWithI18n(<JourneyRoutes />);
    await user.click(screen.getByRole('radio', { name: 'Nej' }));
    await user.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(window.location.hash).toBe(paths.page(CASE_ID, 'b1-reason'));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Varför berör ärendet inte kvinnor och män, flickor och pojkar?',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tillbaka' })).toHaveAttribute(
      'href',
      paths.page(CASE_ID, 'b1-affects'),
    );
  });

  it('goes to the section check page after its last page', async () => {
    const user = userEvent.setup();
    openFreshCase({ 'b1.affects': 'nej' });
    go(paths.page(CASE_ID, 'b1-reason'));
    await renderWithI18n(<JourneyRoutes />);
    await user.type(screen.getByRole('textbox'), 'Teknisk ändring');
    await user.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(window.location.hash).toBe(paths.check(CASE_ID, 'steg1'));
  });

  it('shows and hides a conditional question on the same page and keeps its hidden answer', async () => {
    const user = userEvent.setup();
    openFreshCase({ 'b1.affects': 'ja' });
    await renderWithI18n(<QuestionPage caseId={CASE_ID} pageId="b1-groups" returnTo={null} />);
    expect(screen.queryByRole('textbox', { name: 'Vilka andra grupper berörs?' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Andra' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Vilka andra grupper berörs?' }),
      'Turister',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Andra' }));
    expect(screen.queryByRole('textbox', { name: 'Vilka andra grupper berörs?' })).toBeNull();
    expect(answers()['b1.groupsOther']).toBe('Turister');
    await user.click(screen.getByRole('checkbox', { name: 'Andra' }));
    expect(screen.getByRole('textbox', { name: 'Vilka andra grupper berörs?' })).toHaveValue(
      'Turister',
    );
  });

  it('shows the four basic principles checked and not removable, and asks which other article', async () => {
    const user = userEvent.setup();
    // An old case that stored two of the principles: nothing stored is dropped by a new tick.
    openFreshCase({ 'c.affects': 'direkt', 'c.articles': ['art3', 'art24'] });
    await renderWithI18n(<QuestionPage caseId={CASE_ID} pageId="c-articles" returnTo={null} />);
    for (const name of [
      'Artikel 2: Icke-diskriminering (prövas alltid)',
      'Artikel 3: Barnets bästa (prövas alltid)',
      'Artikel 6: Rätt till liv, överlevnad och utveckling (prövas alltid)',
      'Artikel 12: Rätt att uttrycka sina åsikter och bli hörd (prövas alltid)',
    ]) {
      const box = screen.getByRole('checkbox', { name });
      expect(box).toBeChecked();
      expect(box).toBeDisabled();
    }
    expect(screen.getByRole('checkbox', { name: /Artikel 24/ })).toBeChecked();
    expect(screen.queryByRole('textbox', { name: 'Vilka andra artiklar berörs?' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Annan artikel' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Vilka andra artiklar berörs?' }),
      'Artikel 22',
    );
    expect(answers()['c.articles']).toEqual(['art3', 'art24', 'annan']);
    expect(answers()['c.articlesOther']).toBe('Artikel 22');
    expect(
      screen.getByRole('textbox', { name: 'Hur berörs de fyra grundprinciperna i ärendet?' }),
    ).toBeInTheDocument();
  });

  it('brings back answers hidden by an earlier change when they apply again', async () => {
    const user = userEvent.setup();
    openFreshCase({ 'b1.affects': 'ja', 'b1.groups': ['elever', 'patienter'] });
    go(paths.page(CASE_ID, 'b1-affects'));
    await renderWithI18n(<JourneyRoutes />);
    await user.click(screen.getByRole('radio', { name: 'Nej' }));
    await user.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(window.location.hash).toBe(paths.page(CASE_ID, 'b1-reason'));
    await user.click(screen.getByRole('link', { name: 'Tillbaka' }));
    expect(window.location.hash).toBe(paths.page(CASE_ID, 'b1-affects'));
    await user.click(await screen.findByRole('radio', { name: 'Ja' }));
    await user.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(window.location.hash).toBe(paths.page(CASE_ID, 'b1-groups'));
    expect(await screen.findByRole('checkbox', { name: 'Elever' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Patienter' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Brukare' })).not.toBeChecked();
  });

  it('never blocks typing past the soft limit and reports it on Continue', async () => {
    const user = userEvent.setup();
    openFreshCase({ 'a.title': 'x'.repeat(195) });
    await renderWithI18n(<QuestionPage caseId={CASE_ID} pageId="a-arende" returnTo={null} />);
    const input = screen.getByRole('textbox', { name: 'Vad heter ärendet?' });
    expect(input).not.toHaveAttribute('maxlength');
    await user.type(input, 'abcdefghij');
    expect(input).toHaveValue('x'.repeat(195) + 'abcdefghij');
    await user.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(
      await screen.findByRole('link', {
        name: 'Svaret på ”Vad heter ärendet?” får vara högst 200 tecken',
      }),
    ).toBeInTheDocument();
    expect(answers()['a.title']).toHaveLength(205);
  });

  it('counts characters left and over in a long answer without blocking typing', async () => {
    const user = userEvent.setup();
    openFreshCase({ 'a.proposal': 'y'.repeat(1980) });
    await renderWithI18n(<QuestionPage caseId={CASE_ID} pageId="a-proposal" returnTo={null} />);
    expect(screen.getByText('Du har 20 tecken kvar')).toBeInTheDocument();
    const area = screen.getByRole('textbox', { name: 'Vilket beslut föreslås?' });
    expect(area).not.toHaveAttribute('maxlength');
    expect(area).toHaveAccessibleDescription(
      expect.stringContaining('Du kan skriva upp till 2000 tecken.'),
    );
    await user.type(area, 'z'.repeat(25));
    expect(await screen.findByText('Du har 5 tecken för mycket')).toBeInTheDocument();
    expect(area).toHaveValue('y'.repeat(1980) + 'z'.repeat(25));
  });

  it('names every row input and remove button of the measures', async () => {
    const user = userEvent.setup();
    openFreshCase({ 'b1.affects': 'ja', 'b4.unjustified': 'ja' });
    await renderWithI18n(<QuestionPage caseId={CASE_ID} pageId="b4-measures" returnTo={null} />);
    await user.click(screen.getByRole('button', { name: 'Lägg till en åtgärd' }));
    await user.click(screen.getByRole('button', { name: 'Lägg till en åtgärd till' }));
    await user.type(screen.getByRole('textbox', { name: 'Åtgärd 2: Ansvarig' }), 'HR-chefen');
    expect(screen.getByRole('textbox', { name: 'Åtgärd 1: Åtgärd' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ta bort Åtgärd 1' }));
    expect(screen.getByRole('textbox', { name: 'Åtgärd 1: Ansvarig' })).toHaveValue('HR-chefen');
    expect(screen.queryByRole('textbox', { name: 'Åtgärd 2: Ansvarig' })).toBeNull();
  });

  it('offers the configured committees and keeps free text possible', async () => {
    const user = userEvent.setup();
    await renderWithI18n(
      <OrgUiContext.Provider
        value={{ committees: ['Regionstyrelsen', 'Hälso- och sjukvårdsnämnden'] }}
      >
        <QuestionPage caseId={CASE_ID} pageId="a-committee" returnTo={null} />
      </OrgUiContext.Provider>,
    );
    const input = screen.getByRole('combobox', {
      name: 'Vilken nämnd eller styrelse fattar beslutet?',
    });
    const list = document.getElementById(input.getAttribute('list') ?? '');
    expect([...(list?.querySelectorAll('option') ?? [])].map((o) => o.value)).toEqual([
      'Regionstyrelsen',
      'Hälso- och sjukvårdsnämnden',
    ]);
    await user.type(input, 'Kulturnämnden');
    expect(answers()['a.committee']).toBe('Kulturnämnden');
  });

  it('shows a stored organisation goal that is no longer configured, checked, with a note', async () => {
    openFreshCase({
      'b1.affects': 'ja',
      'b5.goals': [{ id: 'national-2' }, { id: 'org:old', text: 'Jämställd rekrytering' }],
    });
    await renderWithI18n(
      <RuleContextContext.Provider
        value={{ adminLanguages: [], orgGoals: [{ id: 'g1', sv: 'Lika lön', en: 'Equal pay' }] }}
      >
        <QuestionPage caseId={CASE_ID} pageId="b5-goals" returnTo={null} />
      </RuleContextContext.Provider>,
    );
    expect(screen.getByRole('checkbox', { name: 'Ekonomisk jämställdhet' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Lika lön' })).not.toBeChecked();
    const stale = screen.getByRole('checkbox', { name: /Jämställd rekrytering/ });
    expect(stale).toBeChecked();
    expect(stale).toHaveAccessibleDescription('Målet finns inte längre i organisationens mål.');
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Lika lön' }));
    expect(answers()['b5.goals']).toEqual([
      { id: 'national-2' },
      { id: 'org:old', text: 'Jämställd rekrytering' },
      { id: 'org:g1', text: 'Lika lön' },
    ]);
  });

  it('renders the statistics editor inside the question and requires a filled table', async () => {
    const user = userEvent.setup();
    openFreshCase({ 'b1.affects': 'ja', 'b2.split': 'ja' });
    await renderWithI18n(<QuestionPage caseId={CASE_ID} pageId="b2-tables" returnTo={null} />);
    const label = 'Lägg in den könsuppdelade statistiken';
    expect(screen.getByRole('heading', { level: 1, name: label })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Lägg till en tabell' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fortsätt' }));
    const link = await screen.findByRole('link', {
      name: `Fyll i minst en tabell med indikator och värden för ”${label}”`,
    });
    await user.click(link);
    expect(screen.getByRole('button', { name: 'Lägg till en tabell' })).toHaveFocus();
  });

  it('returns to check answers after a change made from there', async () => {
    const user = userEvent.setup();
    openFreshCase({ 'a.title': 'Gammal titel' });
    const returnTo = { kind: 'check' as const, sectionId: 'arendet' };
    go(paths.page(CASE_ID, 'a-arende', returnTo));
    await renderWithI18n(<JourneyRoutes />);
    expect(screen.getByRole('link', { name: 'Tillbaka' })).toHaveAttribute(
      'href',
      paths.check(CASE_ID, 'arendet'),
    );
    await user.clear(screen.getByRole('textbox', { name: 'Vad heter ärendet?' }));
    await user.type(screen.getByRole('textbox', { name: 'Vad heter ärendet?' }), 'Ny titel');
    await user.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(window.location.hash).toBe(paths.check(CASE_ID, 'arendet'));
  });

  it('asks a question opened by a change before returning to check answers', async () => {
    const user = userEvent.setup();
    openFreshCase({ 'b1.affects': 'ja', 'b1.groups': ['elever'] });
    const returnTo = { kind: 'check' as const, sectionId: null };
    go(paths.page(CASE_ID, 'b1-affects', returnTo));
    await renderWithI18n(<JourneyRoutes />);
    await user.click(screen.getByRole('radio', { name: 'Nej' }));
    await user.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(window.location.hash).toBe(paths.page(CASE_ID, 'b1-reason', returnTo));
    await user.type(await screen.findByRole('textbox'), 'Intern teknisk fråga');
    await user.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(window.location.hash).toBe(paths.check(CASE_ID, null));
  });

  it('says so when a page does not apply to the answers given', async () => {
    openFreshCase({ 'b1.affects': 'ja' });
    await renderWithI18n(<QuestionPage caseId={CASE_ID} pageId="b1-reason" returnTo={null} />);
    expect(screen.getByRole('heading', { name: 'Frågan behövs inte just nu' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå till uppgiftslistan' })).toHaveAttribute(
      'href',
      paths.tasks(CASE_ID),
    );
  });

  it('says so when the case is not open', async () => {
    await renderWithI18n(<QuestionPage caseId="another" pageId="b1-affects" returnTo={null} />);
    expect(screen.getByRole('heading', { name: 'Ärendet är inte öppet' })).toBeInTheDocument();
  });

  it('is rendered in English, error messages included', async () => {
    const user = userEvent.setup();
    go(paths.page(CASE_ID, 'b1-affects'));
    await renderWithI18n(<JourneyRoutes />, 'en');
    const label = 'Does the case affect women and men, girls and boys?';
    expect(screen.getByRole('heading', { level: 1, name: label })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert', { name: 'There is a problem' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: `Select an answer to “${label}”` }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Save and return to the task list' }),
    ).toBeInTheDocument();
  });
});
