import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { caseStore } from '../../src/session/case-store';
import { newTestSession, testSession } from '../helpers/session';
import { defaultsLoaded } from '../../src/config/load-config';
import { renderWithI18n } from '../helpers/render';
import { caseWith } from '../helpers/appendix-fixtures';
import { openBrowserCaseRepository } from '../../src/storage/case-storage';

beforeEach(() => {
  localStorage.clear();
  newTestSession();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  caseStore.open(null);
  window.location.hash = '';
  vi.restoreAllMocks();
});

describe('the app shell', () => {
  it('shows "case not found" for a link with a malformed percent escape instead of a blank page', async () => {
    window.location.hash = '#/case/%ZZ';
    const { i18n } = await renderWithI18n(<div />);
    await renderWithI18n(<App i18n={i18n} config={defaultsLoaded()} session={testSession()!} />);
    expect(await screen.findByRole('heading', { name: 'Ärendet finns inte' })).toBeInTheDocument();
  });
});

describe('the save line', () => {
  const statusLine = () => document.querySelector('.status-line') as HTMLElement;

  async function renderApp(lng: 'sv' | 'en' = 'sv') {
    openBrowserCaseRepository().repo.save(caseWith({ 'a.title': 'Cykelbanan' }, 'case-1'), {
      baseRev: null,
    });
    window.location.hash = '#/case/case-1';
    const { i18n } = await renderWithI18n(<div />, lng);
    await renderWithI18n(<App i18n={i18n} config={defaultsLoaded()} session={testSession()!} />);
    await screen.findByRole('heading', { level: 1, name: 'Cykelbanan' });
  }

  let edits = 0;
  async function edit() {
    // The case is open (and wired to autosave) once its screen shows.
    await waitFor(() => expect(caseStore.getSnapshot()?.case.id).toBe('case-1'));
    // A new value each time: the store ignores a change to the value it already has.
    act(() => caseStore.setAnswer('a.dnr', `KS 2026/${++edits}`));
    act(() => testSession()!.flush());
  }

  it('says "Sparat kl. HH:MM" inside the case and nothing on the case list or review', async () => {
    await renderApp();
    await edit();
    await waitFor(() => expect(statusLine()).toHaveTextContent(/^Sparat kl\. \d\d:\d\d$/));
    act(() => {
      window.location.hash = '#/';
    });
    await screen.findByRole('heading', { level: 1, name: 'Mina ärenden' });
    expect(statusLine()).toBeEmptyDOMElement();
    act(() => {
      window.location.hash = '#/review';
    });
    await screen.findByRole('heading', { level: 1 });
    expect(statusLine()).toBeEmptyDOMElement();
    // Back in the case, the line is there again.
    act(() => {
      window.location.hash = '#/case/case-1';
    });
    await waitFor(() => expect(statusLine()).toHaveTextContent(/^Sparat kl\./));
  });

  it('is in English, with the clock in English, when the UI is English', async () => {
    await renderApp('en');
    await edit();
    const time = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' });
    await waitFor(() => expect(statusLine()).toHaveTextContent(/^Saved at /));
    const shown = statusLine().textContent!.replace(/^Saved at /, '');
    const now = Date.now();
    // The save was just now: the shown time is this minute's (or the last one's) in English.
    expect([time.format(now), time.format(now - 60_000)]).toContain(shown);
  });

  it('says nothing for a sandbox (demo) case, where nothing is saved', async () => {
    await renderApp();
    await edit();
    await waitFor(() => expect(statusLine()).toHaveTextContent(/^Sparat/));
    // The demo page opens its sandbox case from outside the case's route.
    act(() => {
      window.location.hash = '#/';
    });
    await screen.findByRole('heading', { level: 1, name: 'Mina ärenden' });
    act(() =>
      caseStore.open({
        case: caseWith({ 'a.title': 'Demo' }, 'demo-1'),
        readOnly: false,
        sandbox: true,
      }),
    );
    act(() => {
      window.location.hash = '#/case/demo-1';
    });
    await screen.findByRole('heading', { level: 1, name: 'Demo' });
    expect(statusLine()).toBeEmptyDOMElement();
  });
});
