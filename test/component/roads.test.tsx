/** The roads through a case: "Fortsätt till nästa del", the short child road's choice, the one-page road. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithI18n } from '../helpers/render';
import { answers, CASE_ID, go, JourneyRoutes, openFreshCase, paths } from './journey-harness';

beforeEach(() => {
  openFreshCase();
});

describe('the check page of a section', () => {
  it('leads on with "Fortsätt till nästa del" to the next section, skipping steps that do not apply', async () => {
    const user = userEvent.setup();
    openFreshCase({ 'b1.affects': 'nej', 'b1.noReason': 'Intern fråga.' });
    go(paths.check(CASE_ID, 'steg1'));
    await renderWithI18n(<JourneyRoutes />);
    const next = await screen.findByRole('link', { name: 'Fortsätt till nästa del' });
    expect(next).toHaveClass('button');
    expect(screen.getByRole('link', { name: 'Till uppgiftslistan' })).toBeInTheDocument();
    await user.click(next);
    expect(window.location.hash).toBe(paths.page(CASE_ID, 'c-affects'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Berör ärendet barn?' }),
    ).toBeVisible();
  });
});

describe('the short child-rights road', () => {
  it('offers the full road beside the short one, and Continue follows the choice', async () => {
    const user = userEvent.setup();
    openFreshCase({ 'c.affects': 'indirekt' });
    go(paths.page(CASE_ID, 'c-extent'));
    await renderWithI18n(<JourneyRoutes />);
    expect(screen.queryByRole('radio', { name: 'Gå igenom hela barnrättsprövningen' })).toBeNull();
    await user.click(await screen.findByRole('radio', { name: 'I liten grad' }));
    expect(
      await screen.findByRole('radio', { name: 'Gå igenom hela barnrättsprövningen' }),
    ).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Kort barnrättsprövning' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(window.location.hash).toBe(paths.page(CASE_ID, 'c-short-knowledge'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Barnen, kunskapen och barnens röst' }),
    ).toBeVisible();
    // The short pages say which road this is and lead to the choice.
    expect(
      screen.getByRole('link', { name: 'Gå igenom hela barnrättsprövningen' }),
    ).toHaveAttribute('href', paths.page(CASE_ID, 'c-extent'));
    // Every required question of this level is on the short road's pages.
    expect(screen.getByRole('group', { name: 'Har barn kommit till tals?' })).toBeVisible();

    go(paths.page(CASE_ID, 'c-extent'));
    await user.click(
      await screen.findByRole('radio', { name: 'Gå igenom hela barnrättsprövningen' }),
    );
    expect(answers()['c.road']).toBe('full');
    await user.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(window.location.hash).toBe(paths.page(CASE_ID, 'c-children'));
  });
});

describe('the one-page road', () => {
  it('is offered on the task list of a new case', async () => {
    go(paths.tasks(CASE_ID));
    await renderWithI18n(<JourneyRoutes />);
    const link = await screen.findByRole('link', { name: /^Snabbväg/ });
    expect(link).toHaveAttribute('href', paths.page(CASE_ID, 'snabbvag'));
  });

  it('requires a reason for each "Nej" and then leads to the check page of the whole case', async () => {
    const user = userEvent.setup();
    openFreshCase({
      'a.title': 'Delegationsordning',
      'a.proposal': 'Ny delegationsordning.',
      'a.committee': 'Regionstyrelsen',
      'a.officer': 'Anna Andersson',
      'a.date': '2026-01-10',
    });
    go(paths.page(CASE_ID, 'snabbvag'));
    await renderWithI18n(<JourneyRoutes />);
    const group = (name: string) => screen.getByRole('group', { name });
    await screen.findByRole('heading', { level: 1, name: /^Snabbväg/ });
    await user.click(
      within(group('Berör ärendet kvinnor och män, flickor och pojkar?')).getByRole('radio', {
        name: 'Nej',
      }),
    );
    await user.click(within(group('Berör ärendet barn?')).getByRole('radio', { name: 'Nej' }));
    await user.click(
      within(group('Berör ärendet de nationella minoriteterna?')).getByRole('radio', {
        name: 'Nej',
      }),
    );
    await user.click(
      within(group('Kan ärendet få särskild betydelse för samerna?')).getByRole('radio', {
        name: 'Nej',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Fortsätt' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toHaveLength(4);
    expect(window.location.hash).toBe(paths.page(CASE_ID, 'snabbvag'));

    await user.type(
      screen.getByRole('textbox', {
        name: 'Varför berör ärendet inte kvinnor och män, flickor och pojkar?',
      }),
      'Intern ordning.',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Varför berör ärendet inte barn?' }),
      'Inga barn.',
    );
    await user.type(
      screen.getByRole('textbox', {
        name: 'Varför berör ärendet inte de nationella minoriteterna?',
      }),
      'Inga minoriteter.',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Vilken är din samlade bedömning?' }),
      'Inget att påverka.',
    );
    await user.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(window.location.hash).toBe(paths.check(CASE_ID, null));
    expect(answers()['d.noReason']).toBe('Inga minoriteter.');
  });

  it('leads into the ordinary road with the answers kept on a "Ja"', async () => {
    const user = userEvent.setup();
    openFreshCase({
      'a.title': 'Busstaxa',
      'a.proposal': 'Ny taxa.',
      'a.committee': 'Regionstyrelsen',
      'a.officer': 'Anna Andersson',
      'a.date': '2026-01-10',
    });
    go(paths.page(CASE_ID, 'snabbvag'));
    await renderWithI18n(<JourneyRoutes />);
    const group = (name: string) => screen.getByRole('group', { name });
    await user.click(
      within(
        await screen.findByRole('group', {
          name: 'Berör ärendet kvinnor och män, flickor och pojkar?',
        }),
      ).getByRole('radio', { name: 'Ja' }),
    );
    await user.click(within(group('Berör ärendet barn?')).getByRole('radio', { name: 'Nej' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Varför berör ärendet inte barn?' }),
      'Inga barn.',
    );
    for (const name of [
      'Berör ärendet de nationella minoriteterna?',
      'Kan ärendet få särskild betydelse för samerna?',
    ]) {
      await user.click(within(group(name)).getByRole('radio', { name: 'Nej' }));
    }
    await user.type(
      screen.getByRole('textbox', {
        name: 'Varför berör ärendet inte de nationella minoriteterna?',
      }),
      'Inga minoriteter.',
    );
    expect(screen.queryByRole('textbox', { name: 'Vilken är din samlade bedömning?' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(window.location.hash).toBe(paths.page(CASE_ID, 'b1-groups'));
    expect(answers()).toMatchObject({
      'b1.affects': 'ja',
      'c.affects': 'nej',
      'c.noReason': 'Inga barn.',
    });
  });
});
