import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { questionById } from '../../src/checklist/question-bank';
import { FormattedAnswer } from '../../src/ui/common/format-answer';
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
});
