import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppErrorBoundary } from '../../src/app/ErrorBoundary';
import { caseStore } from '../../src/session/case-store';
import { newTestSession, testSession } from '../helpers/session';
import { newCase } from '../../src/checklist/schema';
import { renderWithI18n } from '../helpers/render';

function Crashing(): never {
  throw new Error('boom');
}

beforeEach(() => {
  newTestSession();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  caseStore.open(null);
  vi.restoreAllMocks();
});

describe('AppErrorBoundary', () => {
  it('keeps the open case when a screen crashes and offers reload and save as file', async () => {
    const c = newCase('crash-case');
    caseStore.open({ case: c, readOnly: false, sandbox: false });
    caseStore.setAnswer('a.title', 'Ny busslinje till sjukhuset');
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:case');
    URL.revokeObjectURL = vi.fn();

    await renderWithI18n(
      <AppErrorBoundary>
        <Crashing />
      </AppErrorBoundary>,
    );

    expect(screen.getByRole('alert')).toHaveTextContent('Ditt ärende är inte förlorat');
    expect(screen.getByRole('button', { name: 'Ladda om sidan' })).toBeInTheDocument();
    // The case itself is untouched by the crash.
    expect(caseStore.getSnapshot()?.case.answers['a.title']).toBe('Ny busslinje till sjukhuset');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Spara ärendet som fil' }));
    expect(click).toHaveBeenCalledOnce();
    expect(clicked[0]).toMatch(/Ny-busslinje-till-sjukhuset.*\.json$/);
  });

  it('shows the screen again after navigating elsewhere', async () => {
    let crash = true;
    function Maybe() {
      if (crash) throw new Error('boom');
      return <p>Uppgiftslistan</p>;
    }
    await renderWithI18n(
      <AppErrorBoundary>
        <Maybe />
      </AppErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    crash = false;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await screen.findByText('Uppgiftslistan')).toBeInTheDocument();
  });
});

describe('AppErrorBoundary and navigation', () => {
  it('shows the new screen on the first navigation after a crash, even before any hashchange event', async () => {
    let crash = true;
    function Maybe() {
      if (crash) throw new Error('boom');
      return <p>Uppgiftslistan</p>;
    }
    const { rerender, i18n } = await renderWithI18n(
      <AppErrorBoundary resetKey="#/case/a">
        <Maybe />
      </AppErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    crash = false;
    const { I18nextProvider } = await import('react-i18next');
    const { SessionProvider } = await import('../../src/session/session-context');
    rerender(
      <I18nextProvider i18n={i18n}>
        <SessionProvider session={testSession()!}>
          <AppErrorBoundary resetKey="#/">
            <Maybe />
          </AppErrorBoundary>
        </SessionProvider>
      </I18nextProvider>,
    );
    expect(screen.getByText('Uppgiftslistan')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
