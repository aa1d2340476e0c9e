/**
 * The Sami consultation duty (lag 2022:66) on the screens an officer walks through: the
 * consultation page warns at once and as the log changes, check-answers never calls the
 * log optional, and the administrative-area hint is worded by the organisation.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RuleContextContext } from '../../src/session/rule-context';
import type { Answers, RuleContext } from '../../src/checklist/types';
import { emptyContext } from '../../src/checklist/types';
import { CheckAnswersPage } from '../../src/ui/checklist/CheckAnswersPage';
import { QuestionPage } from '../../src/ui/checklist/QuestionPage';
import { renderWithI18n } from '../helpers/render';
import { answers, CASE_ID, openFreshCase } from './journey-harness';

const sami: Answers = {
  'a.date': '2026-03-02',
  'a.meetingDate': '2026-04-14',
  'd.affects': 'nej',
  'd.samiSignificance': 'ja',
};

const blocked = 'Kan inte gå till sammanträdet förrän Sametinget har konsulterats.';

function row(label: string): HTMLElement {
  const r = screen.getByText(label, { selector: 'dt' }).parentElement;
  if (!r) throw new Error(`No row for ${label}`);
  return r;
}

beforeEach(() => {
  openFreshCase();
});

describe('the consultation page', () => {
  it('shows the warning as soon as it opens when nothing is logged', async () => {
    openFreshCase(sami);
    await renderWithI18n(<QuestionPage caseId={CASE_ID} pageId="d-consultation" returnTo={null} />);
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent(blocked);
    expect(note).toHaveTextContent('Ingen konsultation med Sametinget är dokumenterad.');
  });

  it('keeps the warning for a sameby alone and lifts it when Sametinget declines', async () => {
    const user = userEvent.setup();
    openFreshCase(sami);
    await renderWithI18n(<QuestionPage caseId={CASE_ID} pageId="d-consultation" returnTo={null} />);
    await user.click(screen.getByRole('button', { name: 'Lägg till en konsultation' }));
    // The first row is with Sametinget; make it a sameby instead.
    await user.selectOptions(screen.getByLabelText(/^Konsultation 1: Part$/), 'sameby');
    await user.type(
      screen.getByLabelText(/Konsultation 1: Samebyns eller organisationens namn/),
      'Mittådalens sameby',
    );
    await user.type(screen.getByLabelText(/Konsultation 1: Datum då begäran/), '2026-01-12');
    expect(screen.getByRole('note')).toHaveTextContent(
      'Konsultation är dokumenterad bara med en sameby eller en samisk organisation.',
    );

    await user.click(screen.getByRole('button', { name: 'Lägg till en konsultation till' }));
    await user.selectOptions(screen.getByLabelText(/^Konsultation 2: Part$/), 'sametinget');
    await user.type(screen.getByLabelText(/Konsultation 2: Datum då begäran/), '2026-01-12');
    await user.selectOptions(screen.getByLabelText(/Konsultation 2: Svar på begäran/), 'avstar');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(screen.queryByText(blocked)).not.toBeInTheDocument();
    expect(answers()['d.consultations']).toEqual([
      expect.objectContaining({ party: 'sameby', partyName: 'Mittådalens sameby' }),
      expect.objectContaining({ party: 'sametinget', requested: '2026-01-12', reply: 'avstar' }),
    ]);
  });

  it('says the law does not apply to a decision before 1 March 2024, instead of warning', async () => {
    openFreshCase({ ...sami, 'a.date': '2023-10-02', 'a.meetingDate': '2023-11-07' });
    await renderWithI18n(<QuestionPage caseId={CASE_ID} pageId="d-consultation" returnTo={null} />);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(screen.getByText(/Beslutet fattas 7 november 2023, före den 1 mars 2024/)).toBeVisible();
  });
});

describe('check-answers for part D', () => {
  it('never calls the consultation log optional while the duty is unmet', async () => {
    openFreshCase(sami);
    await renderWithI18n(<CheckAnswersPage caseId={CASE_ID} sectionId="minoriteter" />);
    const log = row('Vilka konsultationer har genomförts?');
    expect(
      within(log).getByText(
        'Saknas: konsultation med Sametinget krävs enligt lag (2022:66) om konsultation i frågor som rör det samiska folket',
      ),
    ).toBeInTheDocument();
    expect(log).not.toHaveTextContent(/frivillig|valfri/i);
    expect(within(log).getByRole('link', { name: /^Svara/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Bedömning' })).toHaveTextContent(blocked);
  });

  it('shows a logged consultation with its party, request, outcome and what came out of it', async () => {
    openFreshCase({
      ...sami,
      'd.consultations': [
        {
          id: 'k1',
          party: 'sametinget',
          partyName: '',
          requested: '2026-01-20',
          reply: 'begar',
          form: 'mote',
          date: '2026-02-10',
          outcome: 'enighet',
          notes: 'Sametinget ville ha informationen på sydsamiska.',
        },
      ],
    });
    await renderWithI18n(<CheckAnswersPage caseId={CASE_ID} sectionId="minoriteter" />);
    expect(row('Vilka konsultationer har genomförts?')).toHaveTextContent(
      'Sametinget. Begäran skickad: 20 januari 2026. Hölls: 10 februari 2026, Möte (även digitalt). Resultat: Enighet. Vad som kommit fram: Sametinget ville ha informationen på sydsamiska.',
    );
    expect(screen.queryByText(blocked)).not.toBeInTheDocument();
  });
});

describe('the minorities verdict', () => {
  it('shows why no samråd took place beside the verdict', async () => {
    openFreshCase({
      'd.affects': 'ja',
      'd.samrad': 'nej',
      'd.samradWhyNot': 'Samrådsgruppen har inte kunnat samlas.',
    });
    await renderWithI18n(<CheckAnswersPage caseId={CASE_ID} sectionId={null} />);
    expect(screen.getByRole('region', { name: 'Bedömning av underlaget' })).toHaveTextContent(
      'Samråd med minoriteterna har inte skett. Skäl: Samrådsgruppen har inte kunnat samlas.',
    );
  });
});

describe('the administrative-area question', () => {
  const render = async (ctx: RuleContext) => {
    openFreshCase({ 'd.affects': 'ja' });
    return renderWithI18n(
      <RuleContextContext.Provider value={ctx}>
        <QuestionPage caseId={CASE_ID} pageId="d-admin" returnTo={null} />
      </RuleContextContext.Provider>,
    );
  };

  it('names the configured languages and says what binds a region', async () => {
    await render({ ...emptyContext, adminLanguages: ['finska', 'samiska'], orgKind: 'region' });
    const hint = screen.getByText(/Regionen ingår i förvaltningsområdet för finska och samiska\./);
    expect(hint).toHaveTextContent('gäller kommunerna, inte regionen');
    expect(hint).not.toHaveTextContent(/ett eller flera minoritetsspråk|helt eller delvis/);
  });

  it('names förskola and äldreomsorg under today’s law for a kommun', async () => {
    await render({ ...emptyContext, adminLanguages: ['meankieli'], orgKind: 'kommun' });
    const hint = screen.getByText(/Kommunen ingår i förvaltningsområdet för meänkieli\./);
    expect(hint).toHaveTextContent('hela eller en väsentlig del');
    expect(hint).toHaveTextContent('skollagen 8 kap. 12 a §');
  });
});
