import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { testI18n } from './i18n';
import { testSession } from './session';
import type { Language } from '../../src/i18n/i18n';
import { SessionProvider } from '../../src/session/session-context';

/**
 * Render a component with the real translations (and the test's session, when
 * it made one with `newTestSession()`); returns Testing Library's result and i18n.
 */
export async function renderWithI18n(ui: ReactElement, lng: Language = 'sv') {
  const i18n = await testI18n(lng);
  const session = testSession();
  const tree = session ? <SessionProvider session={session}>{ui}</SessionProvider> : ui;
  const result = render(<I18nextProvider i18n={i18n}>{tree}</I18nextProvider>);
  return { ...result, i18n };
}
