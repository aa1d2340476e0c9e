import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caseStore } from '../../src/session/case-store';
import { newCase } from '../../src/checklist/schema';
import type { Answers, StatTable } from '../../src/checklist/types';
import { PreviewPage } from '../../src/ui/preview/PreviewPage';
import { loadExample } from '../helpers/appendix-fixtures';
import { renderWithI18n } from '../helpers/render';

const CASE_ID = 'preview-case';

function openCase(answers: Answers) {
  const c = newCase(CASE_ID, new Date('2026-03-01T10:00:00Z'));
  caseStore.open({ case: { ...c, answers }, readOnly: false, sandbox: false });
}

const baseAnswers: Answers = {
  'a.title': 'Ny simhall i Östby',
  'a.dnr': 'KS 2026/12',
  'b1.affects': 'ja',
};

function preview(name = 'Förhandsgranskning av bilagan'): HTMLElement {
  return screen.getByRole('article', { name });
}

function setClipboard(value: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
}

beforeEach(() => {
  openCase(baseAnswers);
});

afterEach(() => {
  vi.restoreAllMocks();
  setClipboard(undefined);
});

describe('PreviewPage', () => {
  it('shows the page title, the appendix title, the verdict and unanswered questions as unanswered', async () => {
    await renderWithI18n(<PreviewPage caseId={CASE_ID} />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Förhandsgranska och exportera bilagan' }),
    ).toBeInTheDocument();
    const article = preview();
    expect(
      within(article).getByRole('heading', {
        level: 2,
        name: 'Jämställdhet, barnets rättigheter och nationella minoriteter',
      }),
    ).toBeInTheDocument();
    expect(within(article).getAllByText('Ny simhall i Östby').length).toBeGreaterThan(0);

    const verdict = within(article).getByRole('table', {
      name: 'Underlagskollens bedömning per del och steg',
    });
    const step2 = within(verdict).getByRole('rowheader', {
      name: 'Steg 2. Könsuppdelad statistik',
    }).parentElement!;
    expect(within(step2).getByText('Bör kompletteras')).toBeInTheDocument();

    expect(within(article).getAllByText('Ej besvarad').length).toBeGreaterThan(0);
    expect(
      screen.getByText(/frågor är obesvarade – de visas som obesvarade i bilagan/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kontrollera dina svar' })).toHaveAttribute(
      'href',
      `#/case/${CASE_ID}/check`,
    );
  });

  it('updates the preview when an answer changes', async () => {
    await renderWithI18n(<PreviewPage caseId={CASE_ID} />);
    act(() => caseStore.setAnswer('a.title', 'Ny sporthall'));
    await waitFor(() =>
      expect(within(preview()).getAllByText('Ny sporthall').length).toBeGreaterThan(0),
    );
    expect(within(preview()).queryByText('Ny simhall i Östby')).not.toBeInTheDocument();
  });

  it('switches the preview and the summary texts to English when English is chosen', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<PreviewPage caseId={CASE_ID} />);
    const group = screen.getByRole('group', { name: 'Språk i bilagan' });
    expect(within(group).getByRole('radio', { name: 'Svenska' })).toBeChecked();

    await user.click(within(group).getByRole('radio', { name: 'English' }));
    // The page itself stays Swedish; only the appendix changes language.
    expect(
      screen.getByRole('heading', { level: 1, name: 'Förhandsgranska och exportera bilagan' }),
    ).toBeInTheDocument();
    const article = await screen.findByRole('heading', {
      level: 2,
      name: "Gender equality, children's rights and national minorities",
    });
    expect(article.closest('article')).toHaveAttribute('lang', 'en-GB');
    expect(within(preview()).getAllByText('Not answered').length).toBeGreaterThan(0);
    expect(within(preview()).queryByText('Ej besvarad')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Gender equality analysis' })).toBeInTheDocument();
  });

  it('copies a summary text to the clipboard and announces it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    await renderWithI18n(<PreviewPage caseId={CASE_ID} />);
    setClipboard({ writeText });

    const field = screen.getByRole('textbox', { name: 'Jämställdhetsanalys' });
    expect(field).toHaveAttribute('readonly');
    const text = (field as HTMLTextAreaElement).value;
    expect(text).toContain('Ärendet berör kvinnor och män, flickor och pojkar.');

    await user.click(screen.getByRole('button', { name: 'Kopiera Jämställdhetsanalys' }));
    expect(writeText).toHaveBeenCalledWith(text);
    expect(await screen.findByRole('status')).toHaveTextContent('Texten är kopierad');
  });

  it('falls back to selecting the text and execCommand when the clipboard API is missing', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<PreviewPage caseId={CASE_ID} />);
    setClipboard(undefined);
    const exec = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });

    await user.click(screen.getByRole('button', { name: 'Kopiera Prövning av barnets bästa' }));
    expect(exec).toHaveBeenCalledWith('copy');
    expect(screen.getByRole('textbox', { name: 'Prövning av barnets bästa' })).toHaveFocus();
    expect(await screen.findByRole('status')).toHaveTextContent('Texten är kopierad');
  });

  it('downloads the Word file with the name from Dnr and title and announces it', async () => {
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
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await renderWithI18n(<PreviewPage caseId={CASE_ID} />);

    await user.click(screen.getByRole('button', { name: 'Ladda ner bilagan (Word)' }));
    expect(
      await screen.findByText(
        'Bilagan är nedladdad: KS-2026-12_Ny-simhall-i-Ostby.docx',
        {},
        {
          timeout: 15000,
        },
      ),
    ).toBeInTheDocument();
    expect(click).toHaveBeenCalled();
    expect(created[0]?.type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(created[0]?.size).toBeGreaterThan(1000);
  });

  it('shows an error and keeps the answers when the export fails', async () => {
    const user = userEvent.setup();
    Object.defineProperty(URL, 'createObjectURL', {
      value: () => {
        throw new Error('blocked');
      },
      configurable: true,
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderWithI18n(<PreviewPage caseId={CASE_ID} />);

    await user.click(screen.getByRole('button', { name: 'Ladda ner bilagan (Word)' }));
    expect(await screen.findByRole('alert', {}, { timeout: 15000 })).toHaveTextContent(
      'Bilagan kunde inte skapas: webbläsaren tog inte emot filen (nedladdningen stoppades). Inget av det du har skrivit har gått förlorat.',
    );
    expect(caseStore.getSnapshot()?.case.answers).toEqual(baseAnswers);
  });
});

describe('PreviewPage with a full example case', () => {
  it('shows the sex composition, the rates table, one chart per statistics table and step 4 not met', async () => {
    const example = loadExample('sjukresor.sv.json');
    caseStore.open({ case: { ...example, id: CASE_ID }, readOnly: false, sandbox: false });
    await renderWithI18n(<PreviewPage caseId={CASE_ID} />);
    const article = preview();
    const counts = within(article).getByRole('table', {
      name: /^Personer som gjort minst en sjukresa med taxi \(antal\)/,
    });
    expect(
      within(counts).getByRole('columnheader', { name: 'Könsfördelning (andel kvinnor)' }),
    ).toBeInTheDocument();
    const rates = within(article).getByRole('table', {
      name: /^Andel av kvinnorna och av männen i målgruppen/,
    });
    expect(
      within(rates).getByRole('row', { name: /^Totalt 49\s000 51\s500 12,9\s% 7,6\s% \+5,3$/ }),
    ).toBeInTheDocument();
    // The taxi table and the car table each have their chart; the rates table has none.
    expect(within(article).getAllByRole('img', { name: /^Diagram|, 20\d\d$/ }).length).toBe(2);
    expect(
      within(article).getAllByText(/Osakliga skillnader finns men inga åtgärder föreslås\./).length,
    ).toBeGreaterThan(0);
  });

  it('says in place of the chart that it is left out when a statistics table has too many rows', async () => {
    const example = loadExample('sjukresor.sv.json');
    const [first, ...others] = example.answers['b2.tables'] as StatTable[];
    const long: StatTable = {
      ...first!,
      rows: Array.from({ length: 30 }, (_, i) => ({
        ...first!.rows[0]!,
        id: `long-${i}`,
        label: `Grupp ${i + 1}`,
        subset: false,
      })),
    };
    const answers = { ...example.answers, 'b2.tables': [long, ...others] };
    caseStore.open({ case: { ...example, answers, id: CASE_ID }, readOnly: false, sandbox: false });
    await renderWithI18n(<PreviewPage caseId={CASE_ID} />);
    const article = preview();
    expect(
      within(article).getByText(
        'Diagrammet är utelämnat eftersom tabellen har 30 rader (diagram ritas för högst 25 rader). Alla värden står i tabellen.',
      ),
    ).toBeInTheDocument();
    // The figures and the rates table both keep the last row.
    expect(within(article).getAllByRole('row', { name: /^Grupp 30 / })).toHaveLength(2);
    // Only the car table still has its chart.
    expect(within(article).getAllByRole('img', { name: /^Diagram|, 20\d\d$/ }).length).toBe(1);
  });

  it('shows statistics as tables with computed figures and a chart, measures and the consultation log', async () => {
    const example = loadExample('ungdomsmottagning.sv.json');
    caseStore.open({ case: { ...example, id: CASE_ID }, readOnly: false, sandbox: false });
    await renderWithI18n(<PreviewPage caseId={CASE_ID} />);
    const article = preview();

    const stats = within(article).getByRole('table', {
      name: /^Besök vid ungdomsmottagningen/,
    });
    expect(within(stats).getByRole('columnheader', { name: 'Kvinnor' })).toBeInTheDocument();
    expect(
      within(stats).getByRole('columnheader', { name: 'Könsfördelning (andel kvinnor)' }),
    ).toBeInTheDocument();
    expect(within(article).getAllByRole('img').length).toBeGreaterThan(0);

    expect(within(article).getAllByRole('columnheader', { name: 'Ansvarig' }).length).toBe(1);
    expect(within(article).getByRole('columnheader', { name: 'Part' })).toBeInTheDocument();
    expect(
      within(article).getByRole('columnheader', { name: 'Vad som kommit fram' }),
    ).toBeInTheDocument();
    // The body starts on a new printed page after the summary, as in Word; its parts follow on.
    const parts = within(article).getAllByRole('region');
    expect(parts.length).toBe(5);
    expect(parts[0]).toHaveClass('print-break-before');
    for (const part of parts.slice(1)) expect(part).not.toHaveClass('print-break-before');
  });
});
