import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caseStore } from '../../src/session/case-store';
import { RuleContextContext } from '../../src/session/rule-context';
import { parseCaseText } from '../../src/format/case-envelope';
import { DecisionPage } from '../../src/ui/checklist/DecisionPage';
import { TaskListPage } from '../../src/ui/checklist/TaskListPage';
import { ReviewPage } from '../../src/ui/review/ReviewPage';
import { examplesDir, shippedContext } from '../helpers/appendix-fixtures';
import { renderWithI18n } from '../helpers/render';
import { newTestSession } from '../helpers/session';
import { CASE_ID, go, openFreshCase, paths } from './journey-harness';

const SAVE = 'Spara beslutet';

function decision() {
  return caseStore.getSnapshot()?.case.decision;
}

function errorSummary(): HTMLElement {
  return screen.getByRole('alert', { name: 'Det finns problem' });
}

beforeEach(() => {
  openFreshCase();
  go(paths.decision(CASE_ID));
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('DecisionPage', () => {
  it('refuses a form without an outcome, with the error summary focused', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<DecisionPage caseId={CASE_ID} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Registrera beslutet' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Tillbaka till uppgiftslistan' })).toHaveAttribute(
      'href',
      paths.tasks(CASE_ID),
    );
    await user.click(screen.getByRole('button', { name: SAVE }));
    // The check is asynchronous (the form's resolver): wait for the summary and its focus.
    const summary = await screen.findByRole('alert', { name: 'Det finns problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'Välj vad nämnden beslutade' })).toBeVisible();
    expect(
      screen.getByRole('group', { name: 'Vad beslutade nämnden?' }),
    ).toHaveAccessibleDescription(/^Fel: ?Välj vad nämnden beslutade$/);
    expect(decision()).toBeUndefined();
  });

  it('refuses an återremiss that names no step or part', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<DecisionPage caseId={CASE_ID} />);
    // Steps are asked only for an återremiss.
    expect(screen.queryByRole('group', { name: /återremitterades/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Återremiss' }));
    const sentBack = screen.getByRole('group', { name: 'Vad återremitterades ärendet för?' });
    expect(within(sentBack).getAllByRole('checkbox')).toHaveLength(8);
    await user.click(screen.getByRole('button', { name: SAVE }));
    expect(
      within(errorSummary()).getByRole('link', {
        name: 'Välj minst ett steg eller en del som ärendet återremitterades för',
      }),
    ).toBeVisible();
    expect(decision()).toBeUndefined();
  });

  it('refuses a date the browser could not read', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<DecisionPage caseId={CASE_ID} />);
    await user.click(screen.getByRole('radio', { name: 'Avslag' }));
    const date = screen.getByLabelText('Beslutsdatum');
    // As Chromium reports a half-typed or impossible date (30 February): no value, badInput.
    Object.defineProperty(date, 'validity', { value: { badInput: true }, configurable: true });
    await user.click(screen.getByRole('button', { name: SAVE }));
    expect(
      within(errorSummary()).getByRole('link', {
        name: 'Beslutsdatum måste vara ett riktigt datum, till exempel 2026-03-17',
      }),
    ).toBeVisible();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(decision()).toBeUndefined();
  });

  it('saves an återremiss for step 4 in the case and goes back to the task list', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<DecisionPage caseId={CASE_ID} />);
    await user.click(screen.getByRole('radio', { name: 'Återremiss' }));
    await user.click(screen.getByRole('checkbox', { name: /^Steg 4/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Barnrätt (del C)' }));
    await user.type(screen.getByLabelText('Beslutsdatum'), '2026-03-17');
    await user.type(screen.getByLabelText('Protokollsparagraf'), '  § 45 ');
    await user.click(screen.getByRole('button', { name: SAVE }));
    expect(decision()).toEqual({
      outcome: 'aterremiss',
      date: '2026-03-17',
      paragraph: '§ 45',
      steps: [4],
      parts: ['child'],
    });
    expect(window.location.hash).toBe(paths.tasks(CASE_ID));
  });

  it('drops the steps when the outcome is changed away from återremiss, and removes a decision', async () => {
    const user = userEvent.setup();
    caseStore.setDecision({
      outcome: 'aterremiss',
      date: '',
      paragraph: '',
      steps: [2],
      parts: [],
    });
    await renderWithI18n(<DecisionPage caseId={CASE_ID} />);
    expect(screen.getByRole('checkbox', { name: /^Steg 2/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Beslut enligt förslaget' }));
    await user.click(screen.getByRole('button', { name: SAVE }));
    expect(decision()).toEqual({
      outcome: 'enligt-forslaget',
      date: '',
      paragraph: '',
      steps: [],
      parts: [],
    });
    go(paths.decision(CASE_ID));
    await user.click(screen.getByRole('button', { name: 'Ta bort beslutet' }));
    expect(decision()).toBeUndefined();
    expect(caseStore.getSnapshot()?.case).not.toHaveProperty('decision');
  });
});

describe('in English', () => {
  it('asks and refuses in English', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<DecisionPage caseId={CASE_ID} />, 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'Record the decision' })).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Referred back' }));
    expect(screen.getByRole('checkbox', { name: 'Child rights (part C)' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save the decision' }));
    expect(
      within(screen.getByRole('alert', { name: 'There is a problem' })).getByRole('link', {
        name: 'Choose at least one step or part the case was referred back for',
      }),
    ).toBeVisible();
  });
});

describe('the task list', () => {
  it('shows the recorded decision and links to change it', async () => {
    caseStore.setDecision({
      outcome: 'aterremiss',
      date: '2026-03-17',
      paragraph: '§ 45',
      steps: [4],
      parts: [],
    });
    go(paths.tasks(CASE_ID));
    await renderWithI18n(<TaskListPage caseId={CASE_ID} />);
    const section = screen.getByRole('region', { name: 'Beslut' });
    expect(within(section).getByText('Återremiss')).toBeVisible();
    expect(within(section).getByText('Steg 4')).toBeVisible();
    expect(within(section).getByText('2026-03-17')).toBeVisible();
    expect(within(section).getByText('§ 45')).toBeVisible();
    expect(within(section).getByRole('link', { name: 'Ändra beslutet' })).toHaveAttribute(
      'href',
      paths.decision(CASE_ID),
    );
  });

  it('says when no decision is recorded', async () => {
    go(paths.tasks(CASE_ID));
    await renderWithI18n(<TaskListPage caseId={CASE_ID} />);
    const section = screen.getByRole('region', { name: 'Beslut' });
    expect(section).toHaveTextContent('Inget beslut är registrerat än.');
    expect(within(section).getByRole('link', { name: 'Registrera beslutet' })).toBeVisible();
  });
});

describe('the review screen', () => {
  it('records a decision in a copy and leaves the received case as it was', async () => {
    newTestSession();
    window.location.hash = '#/review';
    const user = userEvent.setup();
    const created: Blob[] = [];
    Object.defineProperty(URL, 'createObjectURL', {
      value: (b: Blob) => {
        created.push(b);
        return 'blob:test';
      },
      configurable: true,
    });
    Object.defineProperty(URL, 'revokeObjectURL', { value: () => {}, configurable: true });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    const name = 'snorojning.sv.json';
    const text = readFileSync(`${examplesDir}${name}`, 'utf8');
    await renderWithI18n(
      <RuleContextContext.Provider value={shippedContext()}>
        <ReviewPage />
      </RuleContextContext.Provider>,
    );
    await user.upload(
      screen.getByLabelText('Välj en bilaga eller en ärendefil'),
      new File([text], name, { type: 'application/json' }),
    );
    const region = await screen.findByRole('region', { name: 'Nämndens beslut' });
    await user.click(within(region).getByRole('button', { name: 'Registrera beslut' }));
    expect(within(region).getByRole('heading', { name: 'Nämndens beslut' })).toHaveFocus();
    await user.click(within(region).getByRole('radio', { name: 'Beslut med ändring' }));
    await user.type(within(region).getByLabelText('Beslutsdatum'), '2026-04-02');
    await user.type(within(region).getByLabelText('Protokollsparagraf'), 'KS § 12');
    await user.click(within(region).getByRole('button', { name: 'Använd beslutet' }));

    expect(region).toHaveTextContent(
      `Beslutet är registrerat i en kopia. Den mottagna filen ${name} är oförändrad.`,
    );
    expect(created).toHaveLength(0);
    await user.click(within(region).getByRole('button', { name: 'Spara en kopia med beslutet' }));
    expect(created).toHaveLength(1);
    expect(clicked[0]).toMatch(/-beslut\.json$/);
    expect(within(region).getByRole('status')).toHaveTextContent(
      `Kopian ${clicked[0]} är sparad. Originalfilen är oförändrad.`,
    );
    const copy = parseCaseText(await created[0]!.text());
    const original = parseCaseText(text);
    if (copy.status !== 'ok' || original.status !== 'ok') throw new Error('not read back');
    expect(copy.case.decision).toEqual({
      outcome: 'med-andring',
      date: '2026-04-02',
      paragraph: 'KS § 12',
      steps: [],
      parts: [],
    });
    expect(copy.case.answers).toEqual(original.case.answers);
    expect(copy.case.id).toBe(original.case.id);
    expect(original.case.decision).toBeUndefined();
  });
});
