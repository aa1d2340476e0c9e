import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { renderFirstPaint } from '../../src/app/first-paint';
import { defaultsLoaded } from '../../src/config/load-config';
import { shellMarkup } from '../../scripts/vite-plugins/prerender-shell';
import { renderWithI18n } from '../helpers/render';
import { newTestSession, testSession } from '../helpers/session';

beforeEach(() => {
  localStorage.clear();
  newTestSession();
  window.location.hash = '';
});

afterEach(() => {
  vi.restoreAllMocks();
});

function parse(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = markup;
  return root;
}

/** What the running app renders on the case list (the real App, Swedish). */
async function appHeader() {
  const { i18n } = await renderWithI18n(<div />);
  const { container } = await renderWithI18n(
    <App i18n={i18n} config={defaultsLoaded()} session={testSession()!} />,
  );
  await screen.findByRole('heading', { level: 1, name: 'Mina ärenden' });
  return container;
}

describe('the prerendered first paint', () => {
  it('has exactly the menu, skip link and title that the running app renders', async () => {
    const shell = parse(await renderFirstPaint());
    const app = await appHeader();
    const nav = shell.querySelector('nav');
    expect(nav?.querySelectorAll('a')).toHaveLength(6);
    expect(nav?.outerHTML).toBe(app.querySelector('nav')?.outerHTML);
    expect(shell.querySelector('.skip-link')?.outerHTML).toBe(
      app.querySelector('.skip-link')?.outerHTML,
    );
    expect(shell.querySelector('.app-header__title')?.outerHTML).toBe(
      app.querySelector('.app-header__title')?.outerHTML,
    );
  });

  it('shows the case list heading and intro in Swedish, with the language button inert until the app runs', async () => {
    const shell = parse(await renderFirstPaint());
    expect(shell.querySelector('h1')?.textContent).toBe('Mina ärenden');
    expect(shell.querySelector('main#main-content')?.getAttribute('tabindex')).toBe('-1');
    const button = shell.querySelector('button.lang-switch');
    expect(button?.textContent).toBe('English');
    expect(button?.hasAttribute('disabled')).toBe(true);
    // The footer waits for the screen's content, so the case list never pushes it down.
    expect(shell.querySelector('footer')).toBeNull();
  });

  it('is what the build plugin writes into index.html (rendered through Vite’s SSR loader)', async () => {
    expect(await shellMarkup()).toBe(await renderFirstPaint());
  }, 60_000);
});
