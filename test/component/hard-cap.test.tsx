import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { limits } from '../../src/checklist/limits';
import { questionById } from '../../src/checklist/question-bank';
import { TextField } from '../../src/ui/checklist/fields/TextField';
import { TextareaField } from '../../src/ui/checklist/fields/TextareaField';
import { renderWithI18n } from '../helpers/render';

function Harness({ kind, onValue }: { kind: 'text' | 'textarea'; onValue: (v: string) => void }) {
  const [value, setValue] = useState('');
  const question = questionById.get(kind === 'text' ? 'a.title' : 'b1.how')!;
  const Field = kind === 'text' ? TextField : TextareaField;
  return (
    <Field
      question={question}
      id="f"
      value={value}
      onChange={(v) => {
        setValue(v);
        onValue(v);
      }}
      asHeading={false}
    />
  );
}

describe('text inputs at the hard cap', () => {
  it('cuts a pasted title at 2,000 characters and says so, naming the field', async () => {
    let last = '';
    await renderWithI18n(<Harness kind="text" onValue={(v) => (last = v)} />);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'a'.repeat(2001) } });
    expect(last).toHaveLength(limits.text);
    expect(screen.getByRole('status')).toHaveTextContent(
      /Texten i ”Vad heter ärendet\?” var för lång och har kortats till 2\s000 tecken/,
    );
  });

  it('cuts a long text at 100,000 characters and says so', async () => {
    let last = '';
    await renderWithI18n(<Harness kind="textarea" onValue={(v) => (last = v)} />);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'b'.repeat(100_001) } });
    expect(last).toHaveLength(limits.longText);
    expect(screen.getByRole('status')).toHaveTextContent(/var för lång/);
  });
});
