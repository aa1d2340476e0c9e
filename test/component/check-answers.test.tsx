import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RuleContextContext } from '../../src/session/rule-context';
import { buildAppendix } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { CheckAnswersPage } from '../../src/ui/checklist/CheckAnswersPage';
import { renderWithI18n } from '../helpers/render';
import { answers, CASE_ID, go, JourneyRoutes, openFreshCase, paths } from './journey-harness';

function row(label: string): HTMLElement {
  const dt = screen.getByText(label, { selector: 'dt' });
  const r = dt.parentElement;
  if (!r) throw new Error(`No row for ${label}`);
  return r;
}

beforeEach(() => {
  openFreshCase();
});

describe('CheckAnswersPage', () => {
  it('shows an organisation goal with the text the appendix prints, after the goal was edited', async () => {
    const goals = [{ id: 'org:g1', text: 'Lika lön' }];
    openFreshCase({ 'b1.affects': 'ja', 'b5.goals': goals });
    const ctx = { adminLanguages: [], orgGoals: [{ id: 'g1', sv: 'Lika lön i hela regionen' }] };
    await renderWithI18n(
      <RuleContextContext.Provider value={ctx}>
        <CheckAnswersPage caseId={CASE_ID} sectionId="steg5" />
      </RuleContextContext.Provider>,
    );
    const shown = within(row('Vilka jämställdhetsmål bidrar förslaget till?'));
    expect(
      shown.getByText('Lika lön – ingen kommentar om hur förslaget bidrar', { selector: 'dd' }),
    ).toBeInTheDocument();
    expect(shown.queryByText(/i hela regionen/)).toBeNull();
    const model = buildAppendix(
      { id: CASE_ID, createdAt: '', updatedAt: '', answers: answers() },
      { t: nodeTranslator('sv'), lng: 'sv', ctx },
    );
    const printed = model.parts
      .flatMap((p) => p.subsections.flatMap((s) => s.blocks))
      .find((b) => b.kind === 'qa' && b.questionId === 'b5.goals');
    expect(printed).toMatchObject({
      answer: { items: ['Eget mål: Lika lön. Hur förslaget bidrar till målet är inte beskrivet.'] },
    });
  });

  it('lists the answers of a section with long dates and marks unanswered required questions', async () => {
    openFreshCase({
      'a.title': 'Ny simhall',
      'a.date': '2026-03-15',
      'a.committee': 'Regionstyrelsen',
    });
    await renderWithI18n(<CheckAnswersPage caseId={CASE_ID} sectionId="arendet" />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Kontrollera dina svar' }),
    ).toBeInTheDocument();
    expect(within(row('Vad heter ärendet?')).getByText('Ny simhall')).toBeInTheDocument();
    expect(
      within(row('Vilket datum har underlaget?')).getByText('15 mars 2026'),
    ).toBeInTheDocument();

    const proposal = row('Vilket beslut föreslås?');
    expect(within(proposal).getByText('Ej besvarad')).toBeInTheDocument();
    expect(
      within(proposal).getByRole('link', { name: 'Svara Vilket beslut föreslås?' }),
    ).toHaveAttribute(
      'href',
      paths.page(CASE_ID, 'a-proposal', { kind: 'check', sectionId: 'arendet' }),
    );
    expect(
      within(row('Vad heter ärendet?')).getByRole('link', { name: 'Ändra Vad heter ärendet?' }),
    ).toHaveAttribute(
      'href',
      paths.page(CASE_ID, 'a-arende', { kind: 'check', sectionId: 'arendet' }),
    );
    const verdict = screen.getByRole('region', { name: 'Bedömning' });
    expect(within(verdict).getByText('Pågår')).toBeInTheDocument();
  });

  it('shows option labels, lists, measures and the step outcome', async () => {
    openFreshCase({
      'b1.affects': 'ja',
      'b4.unjustified': 'ja',
      'b4.describe': 'Kvinnor får kortare insatser.',
      'b4.measures': [
        {
          id: 'm1',
          measure: 'Se över riktlinjen',
          responsible: 'Verksamhetschef',
          when: '2027',
          followUp: 'Årlig uppföljning',
        },
        { id: 'm2', measure: '', responsible: '', when: '', followUp: '' },
      ],
    });
    await renderWithI18n(<CheckAnswersPage caseId={CASE_ID} sectionId="steg4" />);
    expect(
      within(
        row(
          'Finns det osakliga skillnader eller likheter mellan kvinnor och män, flickor och pojkar?',
        ),
      ).getByText('Ja'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Se över riktlinjen. Ansvarig: Verksamhetschef. När: 2027. Uppföljning: Årlig uppföljning',
      ),
    ).toBeInTheDocument();
    const verdict = screen.getByRole('region', { name: 'Bedömning' });
    expect(within(verdict).getByText('Klar')).toBeInTheDocument();
    expect(within(verdict).getByText('Uppfyllt')).toBeInTheDocument();
  });

  it('returns here after a change link and Continue, with the new answer shown', async () => {
    const user = userEvent.setup();
    openFreshCase({ 'a.title': 'Gammal titel' });
    go(paths.check(CASE_ID, null));
    await renderWithI18n(<JourneyRoutes />);
    await user.click(within(row('Vad heter ärendet?')).getByRole('link', { name: /^Ändra/ }));
    const input = await screen.findByRole('textbox', { name: 'Vad heter ärendet?' });
    await user.clear(input);
    await user.type(input, 'Ny titel');
    await user.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(window.location.hash).toBe(paths.check(CASE_ID, null));
    expect(await screen.findByText('Ny titel', { selector: 'dd' })).toBeInTheDocument();
    expect(answers()['a.title']).toBe('Ny titel');
  });

  it('shows the whole case with a heading per section and the overall verdicts', async () => {
    openFreshCase({ 'b1.affects': 'nej', 'b1.noReason': 'Intern teknisk fråga' });
    await renderWithI18n(<CheckAnswersPage caseId={CASE_ID} sectionId={null} />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Steg 2: Könsuppdelad statistik' }),
    ).toBeInTheDocument();
    const verdicts = screen.getByRole('region', { name: 'Bedömning av underlaget' });
    expect(
      within(verdicts).getByText(/Ej tillämpligt: ärendet berör inte kvinnor och män/),
    ).toBeInTheDocument();
    expect(within(verdicts).getByText('Skäl: Intern teknisk fråga')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Förhandsgranska och skapa bilagan' })).toHaveAttribute(
      'href',
      paths.preview(CASE_ID),
    );
  });

  it('is rendered in English with English dates', async () => {
    openFreshCase({ 'a.date': '2026-03-15' });
    await renderWithI18n(<CheckAnswersPage caseId={CASE_ID} sectionId="arendet" />, 'en');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Check your answers' }),
    ).toBeInTheDocument();
    expect(screen.getByText('15 March 2026')).toBeInTheDocument();
    expect(screen.getAllByText('Not answered').length).toBeGreaterThan(0);
  });
});
