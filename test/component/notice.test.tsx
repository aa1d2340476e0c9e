import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Notice } from '../../src/ui/common/Notice';
import { renderWithI18n } from '../helpers/render';

describe('Notice', () => {
  it('is a region named by its heading when it has one', async () => {
    await renderWithI18n(
      <Notice variant="warning" heading="Skadade ärenden" headingLevel={3}>
        <p>Två ärenden kunde inte läsas.</p>
      </Notice>,
    );
    const region = screen.getByRole('region', { name: 'Skadade ärenden' });
    expect(region).toHaveTextContent('Två ärenden kunde inte läsas.');
    expect(screen.getByRole('heading', { level: 3, name: 'Skadade ärenden' })).toBeInTheDocument();
    expect(region).toHaveClass('notice', 'notice--warning');
  });

  it('is announced as an alert or a status only when asked to', async () => {
    await renderWithI18n(
      <>
        <Notice variant="error" role="alert">
          Det gick inte att spara.
        </Notice>
        <Notice variant="success" role="status" as="p">
          Sparat.
        </Notice>
        <Notice>Bara information.</Notice>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Det gick inte att spara.');
    expect(screen.getByRole('status')).toHaveTextContent('Sparat.');
    expect(screen.getByRole('status').tagName).toBe('P');
    expect(screen.getByRole('status')).toHaveClass('notice--success');
    const plain = screen.getByText('Bara information.');
    expect(plain).not.toHaveAttribute('role');
    expect(plain.className).toBe('notice');
  });

  it('lets focus be moved to its heading when it asks a question', async () => {
    await renderWithI18n(
      <Notice heading="Ärendet finns redan" headingFocusable>
        <p>Vill du ersätta det?</p>
      </Notice>,
    );
    const heading = screen.getByRole('heading', { name: 'Ärendet finns redan' });
    heading.focus();
    expect(heading).toHaveFocus();
  });
});
