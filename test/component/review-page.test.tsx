import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import JSZip from 'jszip';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RuleContextContext } from '../../src/session/rule-context';
import { newTestSession } from '../helpers/session';
import { buildAppendix } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { renderDocx } from '../../src/appendix/docx-writer';
import { summarise } from '../../src/checklist/rules';
import { CASE_KEY_PREFIX } from '../../src/storage/case-storage';
import { parseCaseText, serializeCase } from '../../src/format/case-envelope';
import { ReviewPage } from '../../src/ui/review/ReviewPage';
import { examplesDir, loadExample, shippedContext } from '../helpers/appendix-fixtures';
import { renderWithI18n } from '../helpers/render';

const ctx = shippedContext();
const FILE_LABEL = 'Välj en bilaga eller en ärendefil';

function renderReview(lng: 'sv' | 'en' = 'sv') {
  return renderWithI18n(
    <RuleContextContext.Provider value={ctx}>
      <ReviewPage />
    </RuleContextContext.Provider>,
    lng,
  );
}

function exampleFile(name: string): File {
  return new File([readFileSync(`${examplesDir}${name}`, 'utf8')], name, {
    type: 'application/json',
  });
}

async function appendixOf(name: string, editDocument?: (xml: string) => string): Promise<File> {
  const c = loadExample(name);
  const model = buildAppendix(c, { t: nodeTranslator('sv'), lng: 'sv', ctx });
  let bytes: Uint8Array = await renderDocx(model, c);
  if (editDocument) {
    // As if the file had been opened in Word and a word changed after export.
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', editDocument(xml));
    bytes = await zip.generateAsync({ type: 'uint8array' });
  }
  return new File([new Uint8Array(bytes)], name.replace('.json', '.docx'), {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}

function checklistAnswers(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[1]?.textContent ?? '');
}

beforeEach(() => {
  newTestSession();
  window.location.hash = '#/review';
});

describe('ReviewPage', () => {
  it('reads a weak case file and says it can be referred back, step by step', async () => {
    const user = userEvent.setup();
    await renderReview();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Granska en mottagen bilaga' }),
    ).toBeInTheDocument();
    await user.upload(
      screen.getByLabelText(FILE_LABEL),
      exampleFile('plan-jamstalldhet-2022.sv.json'),
    );

    const summary = summarise(loadExample('plan-jamstalldhet-2022.sv.json').answers, ctx);
    const notMet = summary.steps.filter((s) => s.outcome.kind === 'not-met').map((s) => s.n);
    expect(notMet.length).toBeGreaterThanOrEqual(3);
    const conclusion = await screen.findByRole('region', { name: 'Slutsats' });
    expect(conclusion).toHaveTextContent(
      `Ärendet kan återremitteras för komplettering i steg ${new Intl.ListFormat('sv', { type: 'conjunction' }).format(notMet.map(String))}.`,
    );
    expect(checklistAnswers()).toEqual(
      summary.steps.map((s) => (s.outcome.kind === 'met' ? 'Ja' : 'Nej')),
    );
    expect(screen.getByRole('columnheader', { name: 'Påstående' })).toBeInTheDocument();
    expect(
      screen.getByRole('rowheader', { name: 'Det finns könsuppdelad statistik.' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Läst från ärendefilen plan-jamstalldhet-2022.sv.json/),
    ).toBeInTheDocument();
    // The header, read from the case.
    const header = screen.getByRole('region', { name: 'Uppgifter om ärendet' });
    expect(within(header).getByText('Bilaga 4')).toBeInTheDocument();
    // Nothing was stored.
    expect(Object.keys(localStorage).filter((k) => k.startsWith(CASE_KEY_PREFIX))).toEqual([]);
  });

  it('reads a .docx made by the app and says a complete paper can go forward', async () => {
    const user = userEvent.setup();
    await renderReview();
    await user.upload(screen.getByLabelText(FILE_LABEL), await appendixOf('snorojning.sv.json'));
    const conclusion = await screen.findByRole('region', { name: 'Slutsats' });
    expect(conclusion).toHaveTextContent('Underlaget kan gå vidare.');
    expect(conclusion).toHaveTextContent(
      'Alla fem steg för jämställda beslutsunderlag är uppfyllda.',
    );
    expect(checklistAnswers()).toEqual(['Ja', 'Ja', 'Ja', 'Ja', 'Ja']);
    expect(screen.getByText(/Läst från Word-filen snorojning.sv.docx/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Vad saknas' })).toHaveTextContent(
      'Alla obligatoriska frågor är besvarade.',
    );
    expect(
      screen.getByRole('heading', { name: /Mottagen bilaga: Prioriteringsordning för snöröjning/ }),
    ).toHaveFocus();
  });

  it('shows the Sami warning and the parts verdicts of a case that lacks the consultation', async () => {
    const user = userEvent.setup();
    const c = loadExample('ungdomsmottagning.sv.json');
    const withoutConsultation = { ...c, answers: { ...c.answers, 'd.consultations': [] } };
    await renderReview();
    await user.upload(
      screen.getByLabelText(FILE_LABEL),
      new File([serializeCase(withoutConsultation)], 'ungdom.json', { type: 'application/json' }),
    );
    const conclusion = await screen.findByRole('region', { name: 'Slutsats' });
    expect(conclusion).toHaveTextContent(
      'Kan inte gå till sammanträdet förrän Sametinget har konsulterats.',
    );
    expect(conclusion).not.toHaveTextContent('Underlaget kan gå vidare.');
    expect(conclusion).toHaveClass('review-conclusion--back');
    expect(screen.getByRole('region', { name: 'Bedömning av underlaget' })).toHaveTextContent(
      'Nationella minoriteter och samer',
    );
    expect(screen.getByRole('region', { name: 'Varför delar bör kompletteras' })).toHaveTextContent(
      'Ingen konsultation med Sametinget är dokumenterad.',
    );
  });

  it('lists the unanswered required questions by section with their labels', async () => {
    const user = userEvent.setup();
    const c = loadExample('snorojning.sv.json');
    const answers = { ...c.answers };
    delete answers['a.officer'];
    delete answers['s.conclusion'];
    await renderReview();
    await user.upload(
      screen.getByLabelText(FILE_LABEL),
      new File([serializeCase({ ...c, answers })], 'c.json', { type: 'application/json' }),
    );
    const missing = await screen.findByRole('region', { name: 'Vad saknas' });
    expect(missing).toHaveTextContent('2 obligatoriska frågor är obesvarade');
    expect(within(missing).getByRole('heading', { name: 'Ärendet' })).toBeInTheDocument();
    expect(within(missing).getByRole('heading', { name: 'Samlad bedömning' })).toBeInTheDocument();
    expect(within(missing).getAllByRole('listitem')).toHaveLength(2);
  });

  it('says precisely what is wrong with a file that is not a case', async () => {
    const user = userEvent.setup({ applyAccept: false });
    await renderReview();
    const input = screen.getByLabelText(FILE_LABEL);
    await user.upload(input, new File(['hej'], 'anteckning.txt', { type: 'text/plain' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Filen är varken en bilaga (.docx) eller en ärendefil (.json) från Underlagskollen.',
    );
    expect(input).toHaveAccessibleDescription(/Filen är varken en bilaga/);

    await user.upload(
      input,
      new File(['{"name":"x"}'], 'other.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Filen är en JSON-fil men inte ett ärende från Underlagskollen.',
    );

    const tooNew = readFileSync(`${examplesDir}snorojning.sv.json`, 'utf8').replace(
      /"version": \d+/,
      '"version": 99',
    );
    await user.upload(input, new File([tooNew], 'new.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('nyare version av Underlagskollen');

    const docx = new Uint8Array(await (await appendixOf('snorojning.sv.json')).arrayBuffer());
    await user.upload(input, new File([docx.slice(0, 2000)], 'cut.docx'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Bilagan är skadad');
    expect(screen.queryByRole('region', { name: 'Slutsats' })).toBeNull();
  });

  it('makes the received case my own draft: a copy under a new id, then its task list', async () => {
    const user = userEvent.setup();
    await renderReview();
    await user.upload(screen.getByLabelText(FILE_LABEL), await appendixOf('far-niva1.sv.json'));
    await user.click(await screen.findByRole('button', { name: 'Gör till mitt eget utkast' }));
    const keys = Object.keys(localStorage).filter((k) => k.startsWith(CASE_KEY_PREFIX));
    expect(keys).toHaveLength(1);
    const stored = parseCaseText(localStorage.getItem(keys[0]!)!);
    const original = loadExample('far-niva1.sv.json');
    expect(stored.status).toBe('ok');
    if (stored.status !== 'ok') return;
    expect(stored.case.id).not.toBe(original.id);
    expect(stored.case.answers).toEqual(original.answers);
    expect(window.location.hash).toBe(`#/case/${stored.case.id}`);
  });

  it('speaks English when the UI is in English', async () => {
    const user = userEvent.setup();
    await renderReview('en');
    await user.upload(
      screen.getByLabelText('Choose an appendix or a case file'),
      exampleFile('delegationsordning.en.json'),
    );
    const conclusion = await screen.findByRole('region', { name: 'Conclusion' });
    expect(conclusion).toHaveTextContent('The paper can go forward.');
    expect(
      screen.getByRole('heading', { name: "SKR's Checklist for gender-equal decisions" }),
    ).toBeInTheDocument();
  });

  it('puts the conclusion and the politicians checklist first, the case details folded below', async () => {
    const user = userEvent.setup();
    await renderReview();
    await user.upload(screen.getByLabelText(FILE_LABEL), await appendixOf('snorojning.sv.json'));
    const conclusion = await screen.findByRole('region', { name: 'Slutsats' });
    const politicians = screen.getByRole('region', {
      name: 'SKR:s Checklista för jämställda beslut',
    });
    const details = screen
      .getByText('Ärendets uppgifter, bedömning per del och vad som saknas')
      .closest('details')!;
    expect(details).not.toBeNull();
    expect(details.open).toBe(false);
    const header = screen.getByRole('region', { name: 'Uppgifter om ärendet' });
    expect(details).toContainElement(header);
    expect(details).toContainElement(screen.getByRole('region', { name: 'Vad saknas' }));
    expect(details).not.toContainElement(conclusion);
    // In reading order: heading, conclusion, checklist, then the folded details.
    const heading = screen.getByRole('heading', { level: 2, name: /^Mottagen bilaga:/ });
    const follows = (a: Node, b: Node) =>
      Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(heading, conclusion)).toBe(true);
    expect(follows(conclusion, politicians)).toBe(true);
    expect(follows(politicians, details)).toBe(true);
    expect(heading).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Filen snorojning.sv.docx är läst. Slutsatsen visas först.',
    );
    // The text was not touched: said quietly after the file name.
    expect(screen.getByText(/Läst från Word-filen snorojning.sv.docx/)).toHaveTextContent(
      'Texten i Word-filen stämmer med de inbäddade svaren.',
    );
    // The picker is now one compact "open another file" below the result.
    expect(screen.queryByLabelText(FILE_LABEL)).toBeNull();
    expect(follows(details, screen.getByLabelText('Öppna en annan fil'))).toBe(true);
    await user.click(screen.getByText('Ärendets uppgifter, bedömning per del och vad som saknas'));
    expect(details.open).toBe(true);
  });

  it('says plainly that the Word text was edited after export, and names the part', async () => {
    const user = userEvent.setup();
    await renderReview();
    await user.upload(
      screen.getByLabelText(FILE_LABEL),
      await appendixOf('snorojning.sv.json', (xml) =>
        xml.replace('färre fallolyckor', 'fler fallolyckor'),
      ),
    );
    const conclusion = await screen.findByRole('region', { name: 'Slutsats' });
    const notice = screen
      .getByText(/Texten i Word-filen har ändrats efter exporten/)
      .closest('.notice')!;
    expect(notice).toHaveTextContent(
      'Texten i Word-filen har ändrats efter exporten: Steg 3. Konsekvenser för kvinnor och män, flickor och pojkar.',
    );
    expect(notice).toHaveTextContent(
      'Det som visas här bygger på de inbäddade svaren, inte på den ändrade texten.',
    );
    expect(notice).not.toHaveTextContent('Steg 1');
    // Before the conclusion, which still comes from the embedded answers.
    expect(
      notice.compareDocumentPosition(conclusion) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(conclusion).toHaveTextContent('Underlaget kan gå vidare.');
    expect(screen.queryByText(/stämmer med de inbäddade svaren/)).toBeNull();
  });

  it('says nothing about the Word text of a case file, and keeps the open case when another file fails', async () => {
    const user = userEvent.setup({ applyAccept: false });
    await renderReview();
    await user.upload(screen.getByLabelText(FILE_LABEL), exampleFile('snorojning.sv.json'));
    const conclusion = await screen.findByRole('region', { name: 'Slutsats' });
    expect(screen.getByText(/Läst från ärendefilen/)).toHaveTextContent(
      /^Läst från ärendefilen snorojning.sv.json.$/,
    );
    expect(screen.queryByText(/Texten i Word-filen/)).toBeNull();
    const another = screen.getByLabelText('Öppna en annan fil');
    await user.upload(another, new File(['hej'], 'anteckning.txt', { type: 'text/plain' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Filen är varken en bilaga');
    expect(another).toHaveAccessibleDescription(/Filen är varken en bilaga/);
    expect(conclusion).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Slutsats' })).toHaveTextContent(
      'Underlaget kan gå vidare.',
    );
    // The same file again is a new screen: the alert goes, focus moves to the result.
    await user.upload(another, exampleFile('snorojning.sv.json'));
    expect(
      await screen.findByRole('heading', { level: 2, name: /^Mottagen bilaga:/ }),
    ).toHaveFocus();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
