/**
 * The follow-up screen's "also count the cases stored in this browser": the option says how
 * many there are, ticking it counts them (named "I webbläsaren: <title>"), a damaged record is
 * listed with its reason, a case that is also in a picked file counts once (the newest), and
 * unticking it leaves the files' result.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FollowupPage } from '../../src/ui/followup/FollowupPage';
import { serializeCase } from '../../src/format/case-envelope';
import { loadExample } from '../helpers/appendix-fixtures';
import { renderWithI18n } from '../helpers/render';
import { newTestSession } from '../helpers/session';

const far = loadExample('far-niva1.sv.json');
const snow = loadExample('snorojning.sv.json');
const title = (c: typeof far) => c.answers['a.title'] as string;

beforeEach(() => {
  localStorage.clear();
  const session = newTestSession();
  for (const c of [far, snow]) expect(session.repo.save(c).status).toBe('ok');
  localStorage.setItem('ulk:case:broken', 'not json at all');
});

describe('FollowupPage with the cases stored in this browser', () => {
  it('counts the stored cases, lists a damaged record, and counts a case in a file once', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<FollowupPage />);
    const option = screen.getByRole('checkbox', {
      name: 'Räkna även ärendena som sparats i den här webbläsaren (3 st)',
    });
    expect(option).not.toBeChecked();

    await user.click(option);
    const heading = await screen.findByRole('heading', { level: 2, name: 'Resultat' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(
      screen.getByText(
        '0 filer lästa och 3 sparade ärenden i webbläsaren lästa, 2 ärenden räknade, 1 fil eller sparat ärende räknades inte.',
      ),
    ).toBeVisible();
    const rejected = screen.getByRole('region', {
      name: 'Filer och sparade ärenden som inte räknades (1)',
    });
    expect(
      within(rejected).getByRole('row', { name: /I webbläsaren: ärende utan titel \(broken\)/ }),
    ).toHaveTextContent('Filen är skadad och kunde inte läsas');

    // The number of cases opens the list behind it, named by where they are.
    const counts = screen.getAllByRole('button', { name: /: Antal ärenden, .*, visa ärendena$/ });
    await user.click(counts[0]!);
    expect(screen.getAllByText(/^I webbläsaren: /).length).toBeGreaterThan(0);

    // The same case exported later, after one more change, in a picked file: counted once.
    const later = { ...far, updatedAt: '2099-01-01T00:00:00.000Z' };
    await user.upload(screen.getByLabelText('Välj filer'), [
      new File([serializeCase(later)], 'far.json', { type: 'application/json' }),
    ]);
    await screen.findByText(
      '1 fil läst och 3 sparade ärenden i webbläsaren lästa, 2 ärenden räknade, 2 filer eller sparade ärenden räknades inte.',
    );
    const all = screen.getByRole('region', {
      name: 'Filer och sparade ärenden som inte räknades (2)',
    });
    expect(
      within(all).getByRole('row', { name: (n) => n.includes(`I webbläsaren: ${title(far)}`) }),
    ).toHaveTextContent('Samma ärende finns i en nyare fil (far.json); det räknas en gång.');

    // Unticked: only the file is counted; the files are not read again.
    await user.click(screen.getByRole('checkbox', { name: /Räkna även ärendena som sparats/ }));
    expect(screen.getByText('1 fil läst, 1 ärende räknat, 0 filer räknades inte.')).toBeVisible();
  });

  it('with nothing stored the option is off and says so', async () => {
    localStorage.clear();
    newTestSession();
    await renderWithI18n(<FollowupPage />, 'en');
    expect(
      screen.getByRole('checkbox', { name: 'Also count the cases stored in this browser (0)' }),
    ).toBeDisabled();
    expect(screen.getByText('There are no cases stored in this browser.')).toBeVisible();
  });
});
