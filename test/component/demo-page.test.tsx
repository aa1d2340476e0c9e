import { readFileSync } from 'node:fs';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caseStore } from '../../src/session/case-store';
import { useRoute } from '../../src/routing/router';
import { newTestSession, testSession } from '../helpers/session';
import { caseWith, examplesDir, loadExample } from '../helpers/appendix-fixtures';
import { openBrowserCaseRepository } from '../../src/storage/case-storage';
import { DemoBanner } from '../../src/ui/demo/DemoBanner';
import { DemoPage } from '../../src/ui/demo/DemoPage';
import { endDemo } from '../../src/ui/demo/demo-session';
import { renderWithI18n } from '../helpers/render';

const index = JSON.parse(readFileSync(`${examplesDir}index.json`, 'utf8')) as {
  lang: 'sv' | 'en';
  exercise?: boolean;
}[];
import { go, JourneyRoutes, paths } from './journey-harness';

const SNOW_TITLE =
  'Prioriteringsordning för snöröjning och halkbekämpning vid regionens vårdlokaler 2024–2027';

/** Serves public/examples/ as the app's static files would. */
function stubExamplesFetch() {
  vi.stubGlobal('fetch', async (input: string) => {
    const name = decodeURIComponent(input.replace(/^\.\/examples\//, ''));
    let text: string;
    try {
      text = readFileSync(`${examplesDir}${name}`, 'utf8');
    } catch {
      return { ok: false, status: 404, json: async () => null, text: async () => '' };
    }
    return {
      ok: true,
      status: 200,
      json: async () => JSON.parse(text) as unknown,
      text: async () => text,
    };
  });
}

function localStorageContents(): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k !== null) out[k] = localStorage.getItem(k);
  }
  return out;
}

function Harness() {
  const route = useRoute();
  return (
    <>
      <DemoBanner />
      {route.name === 'demo' ? (
        <DemoPage />
      ) : route.name === 'home' ? (
        <p>home</p>
      ) : (
        <JourneyRoutes />
      )}
    </>
  );
}

beforeEach(() => {
  stubExamplesFetch();
  // A real case of the user's, stored before the demo starts.
  openBrowserCaseRepository().repo.save(caseWith({ 'a.title': 'Mitt riktiga ärende' }, 'real-1'), {
    baseRev: null,
  });
  // The app's session wires autosave to the case store, as in the running app.
  newTestSession({ autosaveDelayMs: 0 });
  caseStore.open(null);
  // ...and open, as if the user came to the demo from their own work.
  testSession()!.openCaseById('real-1');
  go(paths.demo());
});

afterEach(() => {
  act(() => endDemo());
  vi.unstubAllGlobals();
  document.documentElement.classList.remove('presentation');
});

async function startSnowDemo() {
  const user = userEvent.setup();
  await renderWithI18n(<Harness />);
  await user.click(await screen.findByRole('button', { name: /^Starta demo.*snöröjning/ }));
  await screen.findByRole('heading', { level: 1, name: SNOW_TITLE });
  return user;
}

describe('DemoPage', () => {
  it('lists the examples in the UI language and marks the weak one as an exercise', async () => {
    await renderWithI18n(<Harness />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Demoläge för utbildning' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Ingenting sparas/)).toBeInTheDocument();
    expect(screen.getByText(/Dina riktiga ärenden påverkas inte/)).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Exempelärenden' });
    const cards = within(list).getAllByRole('listitem');
    const swedish = index.filter((e) => e.lang === 'sv');
    expect(cards).toHaveLength(swedish.length);
    const weak = cards.find((c) =>
      within(c).queryByRole('heading', { name: /Avslag på en ny politisk plan/ }),
    );
    expect(weak && within(weak).getByText('Övningsexempel: vad saknas här?')).toBeInTheDocument();
    // Differences without measures: an exercise on step 4.
    const noMeasures = cards.find((c) =>
      within(c).queryByRole('heading', { name: /Höjd egenavgift för sjukresor/ }),
    );
    expect(
      noMeasures && within(noMeasures).getByText('Övningsexempel: vad saknas här?'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Bra exempel')).toHaveLength(
      swedish.filter((e) => !e.exercise).length,
    );
  });

  it('shows the English titles when the UI is in English', async () => {
    await renderWithI18n(<Harness />, 'en');
    expect(
      await screen.findByRole('heading', { level: 3, name: /Snow clearing priorities/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Exercise: what is missing here?')).toHaveLength(
      index.filter((e) => e.lang === 'en' && e.exercise).length,
    );
  });

  it('opens the example as a sandbox case under a new demo id and shows the demo banner', async () => {
    await startSnowDemo();
    const open = caseStore.getSnapshot();
    expect(open?.sandbox).toBe(true);
    expect(open?.case.id).toMatch(/^demo-/);
    expect(open?.case.id).not.toBe(loadExample('snorojning.sv.json').id);
    expect(window.location.hash).toBe(paths.tasks(open!.case.id));
    const banner = screen.getByRole('region', { name: 'DEMO – ingenting sparas' });
    expect(within(banner).getByRole('button', { name: 'Återställ exemplet' })).toBeInTheDocument();
  });

  it('leaves the real cases in localStorage untouched while the demo is edited', async () => {
    const before = localStorageContents();
    expect(Object.keys(before)).toContain('ulk:case:real-1');
    const user = await startSnowDemo();
    const id = caseStore.getSnapshot()!.case.id;
    act(() => go(paths.page(id, 'a-arende')));
    const title = await screen.findByRole('textbox', { name: 'Vad heter ärendet?' });
    await user.clear(title);
    await user.type(title, 'Ändrat i demon');
    expect(caseStore.getSnapshot()?.case.answers['a.title']).toBe('Ändrat i demon');
    testSession()!.flush();
    expect(localStorageContents()).toEqual(before);
    expect(Object.keys(localStorage).some((k) => k.includes('demo-'))).toBe(false);
  });

  it('restores the pristine example under the same id with one click on reset', async () => {
    const user = await startSnowDemo();
    const id = caseStore.getSnapshot()!.case.id;
    act(() => caseStore.setAnswer('b2.split', 'delvis'));
    act(() => caseStore.setAnswer('a.title', 'Ändrat i demon'));
    await user.click(screen.getByRole('button', { name: 'Återställ exemplet' }));
    const open = caseStore.getSnapshot();
    expect(open?.case.id).toBe(id);
    expect(open?.sandbox).toBe(true);
    expect(open?.case.answers).toEqual(loadExample('snorojning.sv.json').answers);
    expect(window.location.hash).toBe(paths.tasks(id));
    expect(await screen.findByRole('heading', { level: 1, name: SNOW_TITLE })).toBeInTheDocument();
  });

  it('confirms the reset visibly in a status region until the example is changed again', async () => {
    const user = await startSnowDemo();
    const banner = screen.getByRole('region', { name: 'DEMO – ingenting sparas' });
    const status = within(banner).getByRole('status');
    expect(status).toBeEmptyDOMElement();
    act(() => caseStore.setAnswer('a.title', 'Ändrat i demon'));
    await user.click(screen.getByRole('button', { name: 'Återställ exemplet' }));
    expect(status).toHaveTextContent('Exemplet är återställt.');
    expect(within(status).getByText('Exemplet är återställt.')).toHaveClass('notice--success');
    await screen.findByRole('heading', { level: 1, name: SNOW_TITLE });
    // Once the example is changed, "restored" is no longer true and goes.
    act(() => caseStore.setAnswer('a.title', 'Ändrat igen'));
    expect(status).toBeEmptyDOMElement();
  });

  it('confirms the reset in English when the UI is English', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<Harness />, 'en');
    await user.click(await screen.findByRole('button', { name: /^Start demo.*Snow clearing/ }));
    await user.click(await screen.findByRole('button', { name: 'Reset the example' }));
    const banner = screen.getByRole('region', { name: 'DEMO – nothing is saved' });
    expect(within(banner).getByRole('status')).toHaveTextContent('The example has been reset.');
  });

  it('ends the demo: the sandbox is closed, the banner goes and the user is home', async () => {
    const user = await startSnowDemo();
    await user.click(screen.getByRole('button', { name: 'Avsluta demo' }));
    expect(caseStore.getSnapshot()).toBeNull();
    expect(window.location.hash).toBe(paths.home());
    expect(screen.queryByRole('region', { name: 'DEMO – ingenting sparas' })).toBeNull();
  });

  it('turns on presentation mode: a class on <html> and the help opened on question pages', async () => {
    const user = await startSnowDemo();
    const toggle = screen.getByRole('button', { name: 'Presentationsläge' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveClass('presentation');
    act(() => go(paths.page(caseStore.getSnapshot()!.case.id, 'b1-affects')));
    await screen.findByRole('group', { name: /Berör ärendet kvinnor och män/ });
    const details = document.querySelectorAll('details');
    expect(details.length).toBeGreaterThan(0);
    for (const d of details) expect(d).toHaveAttribute('open');
  });

  it('says so when the examples cannot be loaded, and offers to try again', async () => {
    vi.stubGlobal('fetch', async () => ({ ok: false, status: 500 }));
    await renderWithI18n(<Harness />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Exempelärendena kunde inte laddas');
    expect(screen.getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
  });
});
