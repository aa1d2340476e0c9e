import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from '../../src/ui/common/ErrorSummary';
import { renderWithI18n } from '../helpers/render';

function Form({ errors }: { errors: { id: string; message: string }[] }) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <div className="form-group">
        <label htmlFor="title">Titel</label>
        <input id="title" />
      </div>
      <fieldset id="choice">
        <legend>Val</legend>
        <input type="radio" id="choice-ja" name="choice" aria-label="Ja" />
        <input type="radio" id="choice-nej" name="choice" aria-label="Nej" />
      </fieldset>
    </>
  );
}

describe('ErrorSummary', () => {
  it('renders nothing when there are no errors', async () => {
    await renderWithI18n(<Form errors={[]} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a titled alert that takes focus and links to each field', async () => {
    await renderWithI18n(
      <Form
        errors={[
          { id: 'title', message: 'Svara på frågan om titel' },
          { id: 'choice', message: 'Välj ett svar' },
        ]}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveFocus();
    expect(alert).toHaveAttribute('data-keep-focus');
    expect(alert).toHaveAccessibleName('Det finns problem');
    expect(alert).toHaveTextContent('Det finns problem');
    expect(screen.getByRole('link', { name: 'Svara på frågan om titel' })).toHaveAttribute(
      'href',
      '#title',
    );
  });

  it('moves focus to the field, and to the first input of a group, when a link is clicked', async () => {
    const user = userEvent.setup();
    await renderWithI18n(
      <Form
        errors={[
          { id: 'title', message: 'Titelfel' },
          { id: 'choice', message: 'Valfel' },
        ]}
      />,
    );
    await user.click(screen.getByRole('link', { name: 'Titelfel' }));
    expect(screen.getByLabelText('Titel')).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Valfel' }));
    expect(screen.getByRole('radio', { name: 'Ja' })).toHaveFocus();
  });

  it('takes focus again when its errors change', async () => {
    const { rerender, i18n } = await renderWithI18n(
      <Form errors={[{ id: 'title', message: 'A' }]} />,
    );
    screen.getByLabelText('Titel').focus();
    const { I18nextProvider } = await import('react-i18next');
    rerender(
      <I18nextProvider i18n={i18n}>
        <Form errors={[{ id: 'choice', message: 'B' }]} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert')).toHaveFocus();
  });

  it('is written in English when the language is English', async () => {
    await renderWithI18n(<Form errors={[{ id: 'title', message: 'x' }]} />, 'en');
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveTextContent(
      'There is a problem',
    );
  });
});
