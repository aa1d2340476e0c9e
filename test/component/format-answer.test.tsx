import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { questionById } from '../../src/checklist/question-bank';
import { FormattedAnswer, formatDate } from '../../src/ui/common/format-answer';
import { renderWithI18n } from '../helpers/render';

describe('FormattedAnswer', () => {
  it('shows a choice value that is not an option of the question as plain text', async () => {
    const hostile = '$t(common:notFound.title)';
    await renderWithI18n(
      <p data-testid="answer">
        <FormattedAnswer question={questionById.get('b1.affects')!} value={hostile} />
      </p>,
    );
    expect(screen.getByTestId('answer')).toHaveTextContent(hostile);
    expect(screen.queryByText(/Sidan finns inte/)).not.toBeInTheDocument();
  });

  it('translates a real option', async () => {
    await renderWithI18n(
      <p data-testid="answer">
        <FormattedAnswer question={questionById.get('b1.affects')!} value="vet-inte" />
      </p>,
    );
    expect(screen.getByTestId('answer')).not.toHaveTextContent('vet-inte');
  });

  it('shows a long date, and an impossible date as typed instead of another day', async () => {
    expect(formatDate('2025-02-28', 'sv')).toBe('28 februari 2025');
    expect(formatDate('2025-02-28', 'en')).toBe('28 February 2025');
    expect(formatDate('2025-02-31', 'sv')).toBe('2025-02-31');
    await renderWithI18n(
      <p data-testid="answer">
        <FormattedAnswer question={questionById.get('a.date')!} value="2025-02-31" />
      </p>,
    );
    expect(screen.getByTestId('answer')).toHaveTextContent('2025-02-31');
    expect(screen.getByTestId('answer')).not.toHaveTextContent(/mars/);
  });
});
