import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { testI18n } from './i18n';
import type { Language } from '../../src/i18n/i18n';

/** Render a component with the real translations; returns Testing Library's result and i18n. */
export async function renderWithI18n(ui: ReactElement, lng: Language = 'sv') {
  const i18n = await testI18n(lng);
  const result = render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
  return { ...result, i18n };
}
