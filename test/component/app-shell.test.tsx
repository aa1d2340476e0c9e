import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { caseStore } from '../../src/session/case-store';
import { newTestSession, testSession } from '../helpers/session';
import { defaultsLoaded } from '../../src/config/load-config';
import { renderWithI18n } from '../helpers/render';

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
