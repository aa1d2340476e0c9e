import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newTestSession } from '../helpers/session';
import type { Case } from '../../src/checklist/schema';
import { caseKey, createCaseRepository } from '../../src/storage/case-storage';
import { encodeCase } from '../../src/format/case-envelope';
import { HomePage } from '../../src/ui/cases/HomePage';
import { renderWithI18n } from '../helpers/render';
import { buildAppendix } from '../../src/appendix/model';
import { renderDocx } from '../../src/appendix/docx-writer';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { loadExample, shippedContext } from '../helpers/appendix-fixtures';

function makeCase(id: string, answers: Case['answers'], updatedAt: string): Case {
  return { id, createdAt: '2025-01-01T08:00:00.000Z', updatedAt, answers };
}

const simhall = makeCase(
  'simhall',
  { 'a.title': 'Ny simhall i Storby', 'a.dnr': 'KS 2025/123', 'a.committee': 'Kommunstyrelsen' },
  '2025-03-14T09:30:00.000Z',
);
const taxa = makeCase(
  'taxa',
  { 'a.title': 'Taxa för färdtjänst', 'a.dnr': 'TN 2024/77', 'a.committee': 'Tekniska nämnden' },
  '2025-03-10T12:00:00.000Z',
);
const untitled = makeCase('namnlos', {}, '2025-02-01T12:00:00.000Z');

function seed(...cases: Case[]) {
  const repo = createCaseRepository(localStorage);
  for (const c of cases) expect(repo.save(c).status).toBe('ok');
}

function storedIds(): string[] {
  return Object.keys(localStorage)
    .filter((k) => k.startsWith('ulk:case:'))
    .map((k) => k.slice('ulk:case:'.length))
    .sort();
}

async function renderHome() {
  newTestSession();
  const user = userEvent.setup();
  const result = await renderWithI18n(<HomePage />);
  return { user, ...result };
}

function rowOf(title: string): HTMLElement {
  const row = screen.getByRole('rowheader', { name: title }).closest('tr');
  if (!row) throw new Error(`no row for ${title}`);
  return row;
}

const rowTitles = () => screen.queryAllByRole('rowheader').map((h) => h.textContent);

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '#/';
});

describe('HomePage', () => {
  it('lists every case with its Dnr, committee, last change and status, newest first', async () => {
    seed(simhall, taxa, untitled);
    await renderHome();
    expect(screen.getByRole('heading', { level: 1, name: 'Mina ärenden' })).toBeInTheDocument();
    expect(rowTitles()).toEqual(['Ny simhall i Storby', 'Taxa för färdtjänst', 'Namnlöst ärende']);
    const row = rowOf('Ny simhall i Storby');
    expect(within(row).getByRole('link', { name: 'Ny simhall i Storby' })).toHaveAttribute(
      'href',
      '#/case/simhall',
    );
    expect(within(row).getByText('KS 2025/123')).toBeInTheDocument();
    expect(within(row).getByText('Kommunstyrelsen')).toBeInTheDocument();
    expect(within(row).getByText(/14 mars 2025/)).toBeInTheDocument();
    expect(within(row).getByText(/Jämställdhet: bör kompletteras i steg 1/)).toBeInTheDocument();
    expect(within(row).getByText(/frågor obesvarade/)).toBeInTheDocument();
    expect(
      within(row).getByRole('link', { name: 'Öppna ärendet Ny simhall i Storby' }),
    ).toHaveAttribute('href', '#/case/simhall');
  });

  it('explains the empty list and offers to create a case', async () => {
    const { user } = await renderHome();
    expect(screen.getByRole('heading', { name: 'Du har inga ärenden ännu' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nytt ärende' }));
    expect(storedIds()).toHaveLength(1);
    expect(window.location.hash).toBe(`#/case/${storedIds()[0]}`);
  });

  it('filters by title or Dnr and says how many cases are shown', async () => {
    seed(simhall, taxa, untitled);
    const { user } = await renderHome();
    const search = screen.getByRole('searchbox', { name: 'Sök ärende' });
    await user.type(search, 'tn 2024');
    expect(rowTitles()).toEqual(['Taxa för färdtjänst']);
    expect(screen.getByRole('status')).toHaveTextContent('1 av 3 ärenden visas.');
    await user.clear(search);
    await user.type(search, 'simhall');
    expect(rowTitles()).toEqual(['Ny simhall i Storby']);
    await user.clear(search);
    await user.type(search, 'finns inte');
    expect(rowTitles()).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('Inget ärende matchar ”finns inte”.');
  });

  it('duplicates a case under a new id with "(kopia)" after the title', async () => {
    seed(simhall);
    const { user } = await renderHome();
    await user.click(screen.getByRole('button', { name: 'Kopiera ärendet Ny simhall i Storby' }));
    expect(
      screen.getByText('Kopian ”Ny simhall i Storby (kopia)” har skapats.'),
    ).toBeInTheDocument();
    expect(rowTitles()).toContain('Ny simhall i Storby (kopia)');
    expect(storedIds()).toHaveLength(2);
    const copyRow = rowOf('Ny simhall i Storby (kopia)');
    expect(within(copyRow).getByText('KS 2025/123')).toBeInTheDocument();
  });

  it('deletes a case and restores it exactly with Ångra', async () => {
    seed(simhall, taxa);
    const before = localStorage.getItem(caseKey('taxa'));
    const { user } = await renderHome();
    await user.click(screen.getByRole('button', { name: 'Radera ärendet Taxa för färdtjänst' }));
    expect(screen.getByText('Ärendet ”Taxa för färdtjänst” raderades.')).toBeInTheDocument();
    expect(rowTitles()).toEqual(['Ny simhall i Storby']);
    expect(localStorage.getItem(caseKey('taxa'))).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Ångra' }));
    expect(screen.getByText('Ärendet ”Taxa för färdtjänst” är återställt.')).toBeInTheDocument();
    expect(rowTitles()).toEqual(['Ny simhall i Storby', 'Taxa för färdtjänst']);
    expect(localStorage.getItem(caseKey('taxa'))).toBe(before);
  });

  it('says precisely why a file that is not JSON cannot be opened and changes nothing', async () => {
    seed(simhall);
    const before = { ...localStorage };
    const { user } = await renderHome();
    const file = new File(['\u0000\u0001PK binary junk'], 'arende.json', {
      type: 'application/json',
    });
    await user.upload(
      screen.getByLabelText(
        'Välj en ärendefil (.json) eller en bilaga från Underlagskollen (.docx)',
      ),
      file,
    );
    expect(
      await screen.findByText(
        /Filen kan inte läsas\. En ärendefil från Underlagskollen är en textfil/,
      ),
    ).toBeInTheDocument();
    expect({ ...localStorage }).toEqual(before);
    expect(rowTitles()).toEqual(['Ny simhall i Storby']);
  });

  it('lists the invalid fields of a case file that fails validation', async () => {
    const { user } = await renderHome();
    const bad = {
      ...encodeCase(simhall, new Date()),
      case: { ...simhall, answers: { 'a.title': 42 } },
    };
    const file = new File([JSON.stringify(bad)], 'arende.json', { type: 'application/json' });
    await user.upload(
      screen.getByLabelText(
        'Välj en ärendefil (.json) eller en bilaga från Underlagskollen (.docx)',
      ),
      file,
    );
    expect(
      await screen.findByText(/Filen är en ärendefil men innehåller en felaktig uppgift/),
    ).toBeInTheDocument();
    expect(screen.getByText(/answers\.a\.title/)).toBeInTheDocument();
    expect(storedIds()).toEqual([]);
  });

  it('asks before replacing a stored case with the same id, and Avbryt keeps it', async () => {
    seed(simhall);
    const before = localStorage.getItem(caseKey('simhall'));
    const { user } = await renderHome();
    const changed = { ...simhall, answers: { ...simhall.answers, 'a.title': 'Ändrad simhall' } };
    const file = new File([JSON.stringify(encodeCase(changed, new Date()))], 'simhall.json', {
      type: 'application/json',
    });
    await user.upload(
      screen.getByLabelText(
        'Välj en ärendefil (.json) eller en bilaga från Underlagskollen (.docx)',
      ),
      file,
    );
    expect(await screen.findByRole('heading', { name: 'Ärendet finns redan' })).toBeInTheDocument();
    expect(screen.getByText(/Ärendet ”Ändrad simhall” finns redan/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(localStorage.getItem(caseKey('simhall'))).toBe(before);
    expect(rowTitles()).toEqual(['Ny simhall i Storby']);

    await user.upload(
      screen.getByLabelText(
        'Välj en ärendefil (.json) eller en bilaga från Underlagskollen (.docx)',
      ),
      file,
    );
    await user.click(await screen.findByRole('button', { name: 'Spara som kopia' }));
    expect(storedIds()).toHaveLength(2);
    expect(localStorage.getItem(caseKey('simhall'))).toBe(before);
  });

  it('lists a corrupt record as set aside while the other cases load', async () => {
    seed(simhall);
    localStorage.setItem(caseKey('trasig'), '{"format":"underlagskollen-case", broken');
    await renderHome();
    expect(rowTitles()).toEqual(['Ny simhall i Storby']);
    expect(
      screen.getByRole('heading', { name: 'Skadade poster som lagts åt sidan' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/1 sparad post kunde inte läsas/)).toBeInTheDocument();
    // Kept, never overwritten: the raw text is still in storage under a quarantine key.
    const kept = Object.keys(localStorage).filter((k) => k.startsWith('ulk:quarantine:trasig'));
    expect(kept.map((k) => localStorage.getItem(k))).toEqual([
      '{"format":"underlagskollen-case", broken',
    ]);
  });

  it('downloads a damaged record that could not be set aside because storage is full', async () => {
    seed(simhall);
    localStorage.setItem(caseKey('trasig'), '{"format":"underlagskollen-case", broken');
    const realSetItem = Storage.prototype.setItem;
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      key: string,
      value: string,
    ) {
      if (key.startsWith('ulk:quarantine:'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      realSetItem.call(this, key, value);
    });
    const blobs: Blob[] = [];
    const createUrl = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:damaged';
    });
    try {
      const { user } = await renderHome();
      expect(localStorage.getItem(caseKey('trasig'))).not.toBeNull();
      await user.click(screen.getByRole('button', { name: 'Spara som fil posten trasig' }));
      expect(blobs).toHaveLength(1);
      expect(await blobs[0]!.text()).toBe('{"format":"underlagskollen-case", broken');
    } finally {
      full.mockRestore();
      createUrl.mockRestore();
    }
  });

  it('shows a record written by a newer version as read-only', async () => {
    const future = { ...encodeCase(taxa, new Date()), version: 99, appVersion: '9.0.0' };
    localStorage.setItem(caseKey('taxa'), JSON.stringify(future));
    await renderHome();
    const row = rowOf('Taxa för färdtjänst');
    expect(within(row).getByText('Skrivskyddat: sparat av en nyare version')).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /Kopiera/ })).toBeNull();
  });

  it('re-reads the list when another tab saves a case', async () => {
    seed(simhall);
    await renderHome();
    const text = JSON.stringify(encodeCase(taxa, new Date()));
    localStorage.setItem(caseKey('taxa'), text);
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: caseKey('taxa'), newValue: text, oldValue: null }),
      );
    });
    expect(rowTitles()).toEqual(['Ny simhall i Storby', 'Taxa för färdtjänst']);
  });

  it('restores a case from a Word appendix made by the app, so the officer can continue', async () => {
    const c = loadExample('snorojning.sv.json');
    const model = buildAppendix(c, { t: nodeTranslator('sv'), lng: 'sv', ctx: shippedContext() });
    const bytes = await renderDocx(model, c);
    const file = new File([new Uint8Array(bytes)], 'bilaga.docx', {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const { user } = await renderHome();
    await user.upload(
      screen.getByLabelText(
        'Välj en ärendefil (.json) eller en bilaga från Underlagskollen (.docx)',
      ),
      file,
    );
    // The appendix is read in a worker (or its stand-in): slow on a loaded machine.
    await vi.waitFor(() => expect(window.location.hash).toBe(`#/case/${c.id}`), {
      timeout: 10_000,
    });
    const stored = createCaseRepository(localStorage).load(c.id);
    expect(stored.status).toBe('ok');
    if (stored.status === 'ok') expect(stored.case.answers).toEqual(c.answers);
  });

  it('says a Word file without our case inside cannot be restored, and stores nothing', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const { user } = await renderHome();
    await user.upload(
      screen.getByLabelText(
        'Välj en ärendefil (.json) eller en bilaga från Underlagskollen (.docx)',
      ),
      new File([new Uint8Array(bytes)], 'annan.docx'),
    );
    expect(
      await screen.findByText(/Word-filen innehåller inga ärendeuppgifter från Underlagskollen/),
    ).toBeInTheDocument();
    expect(storedIds()).toEqual([]);
  });
});

describe('HomePage and hostile ids', () => {
  it('opens the case list when a stored case id holds a lone surrogate, and lists the others', async () => {
    seed(simhall);
    const bad = makeCase('x\uD800', { 'a.title': 'Trasigt id' }, '2025-03-20T09:00:00.000Z');
    localStorage.setItem(caseKey(bad.id), JSON.stringify(encodeCase(bad)));
    await renderHome();
    expect(screen.getByRole('heading', { level: 1, name: 'Mina ärenden' })).toBeInTheDocument();
    expect(rowTitles()).toEqual(['Ny simhall i Storby']);
  });

  it('imports a case file with two measures sharing an id, gives fresh ids and says so', async () => {
    const dup = makeCase(
      'dubbel',
      {
        'a.title': 'Dubbla åtgärder',
        'b4.measures': [
          { id: 'm1', measure: 'Ett', responsible: '', when: '', followUp: '' },
          { id: 'm1', measure: 'Två', responsible: '', when: '', followUp: '' },
        ],
      },
      '2025-03-20T09:00:00.000Z',
    );
    const { user } = await renderHome();
    const file = new File([JSON.stringify(encodeCase(dup))], 'dubbel.json', {
      type: 'application/json',
    });
    await user.upload(
      screen.getByLabelText(
        'Välj en ärendefil (.json) eller en bilaga från Underlagskollen (.docx)',
      ),
      file,
    );
    const box = await screen.findByTestId('cases-message');
    expect(box).toHaveTextContent('1 rad hade samma id som en annan rad');
    expect(within(box).getByRole('link', { name: 'Öppna ärendet' })).toHaveAttribute(
      'href',
      '#/case/dubbel',
    );
    const stored = JSON.parse(localStorage.getItem(caseKey('dubbel'))!) as {
      case: { answers: { 'b4.measures': { id: string }[] } };
    };
    const ids = stored.case.answers['b4.measures'].map((m) => m.id);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('HomePage import on a full disk', () => {
  it('says nothing was changed, not that work is kept while the tab is open', async () => {
    const { user } = await renderHome();
    const original = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      key: string,
      value: string,
    ) {
      if (key.startsWith('ulk:case:'))
        throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      original.call(this, key, value);
    });
    const file = new File([JSON.stringify(encodeCase(simhall))], 'simhall.json', {
      type: 'application/json',
    });
    await user.upload(
      screen.getByLabelText(
        'Välj en ärendefil (.json) eller en bilaga från Underlagskollen (.docx)',
      ),
      file,
    );
    const box = await screen.findByTestId('cases-message');
    expect(box).toHaveTextContent('lagringsutrymme är fullt');
    expect(box).toHaveTextContent('Inget har ändrats');
    expect(box).not.toHaveTextContent('så länge fliken är öppen');
    vi.restoreAllMocks();
  });
});
