/**
 * The case store is the one owner of a question page's answers: a keystroke writes the answer
 * once and re-renders the field typed in, not the page around it nor the other fields.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caseStore } from '../../src/session/case-store';
import { QuestionPage } from '../../src/ui/checklist/QuestionPage';
import { renderWithI18n } from '../helpers/render';
import { answers, CASE_ID, openFreshCase } from './journey-harness';

const renders = vi.hoisted(() => ({ page: 0, fields: new Map<string, number>() }));

// The error summary is rendered once per render of the page (its list is built there).
vi.mock('../../src/ui/common/ErrorSummary', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ui/common/ErrorSummary')>();
  return {
    ...real,
    ErrorSummary: (props: ComponentProps<typeof real.ErrorSummary>) => {
      renders.page += 1;
      return real.ErrorSummary(props);
    },
  };
});

// Every field draws its label through the frame: one count per render of a question's field.
vi.mock('../../src/ui/checklist/fields/QuestionFrame', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ui/checklist/fields/QuestionFrame')>();
  return {
    ...real,
    QuestionFrame: (props: ComponentProps<typeof real.QuestionFrame>) => {
      const id = props.question.id;
      renders.fields.set(id, (renders.fields.get(id) ?? 0) + 1);
      return real.QuestionFrame(props);
    },
  };
});

beforeEach(() => {
  openFreshCase();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a keystroke on a question page', () => {
  it('writes the answer to the case store once and re-renders only the field typed in', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<QuestionPage caseId={CASE_ID} pageId="a-arende" returnTo={null} />);
    const title = screen.getByRole('textbox', { name: 'Vad heter ärendet?' });
    const writes = vi.spyOn(caseStore, 'setAnswer');
    const before = { page: renders.page, dnr: renders.fields.get('a.dnr') ?? 0 };
    const titleBefore = renders.fields.get('a.title') ?? 0;

    await user.type(title, 'Simhall');

    expect(title).toHaveValue('Simhall');
    expect(answers()['a.title']).toBe('Simhall');
    // One write per keystroke, each with the whole text so far.
    expect(writes.mock.calls.map((c) => c.slice(0, 2))).toEqual(
      ['S', 'Si', 'Sim', 'Simh', 'Simha', 'Simhal', 'Simhall'].map((v) => ['a.title', v]),
    );
    // The field typed in re-renders (once a keystroke); the page and the other field do not.
    const titleRenders = (renders.fields.get('a.title') ?? 0) - titleBefore;
    expect(titleRenders).toBe(7);
    expect(renders.page - before.page).toBe(0);
    expect((renders.fields.get('a.dnr') ?? 0) - before.dnr).toBe(0);
  });

  it('still shows an answer another tab merged into the open case', async () => {
    await renderWithI18n(<QuestionPage caseId={CASE_ID} pageId="a-arende" returnTo={null} />);
    const open = caseStore.getSnapshot()!;
    const merged = { ...open.case, answers: { ...open.case.answers, 'a.dnr': 'KS 2026/12' } };
    caseStore.open({ ...open, case: merged });
    expect(await screen.findByDisplayValue('KS 2026/12')).toBeInTheDocument();
  });
});
