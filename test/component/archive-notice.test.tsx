import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Case } from '../../src/checklist/schema';
import { createCaseRepository } from '../../src/storage/case-storage';
import { HomePage } from '../../src/ui/cases/HomePage';
import { renderWithI18n } from '../helpers/render';
import { newTestSession } from '../helpers/session';

function makeCase(id: string, title: string, updatedAt: string): Case {
  return { id, createdAt: '2025-01-01T08:00:00.000Z', updatedAt, answers: { 'a.title': title } };
}

function seed(...cases: Case[]) {
  const repo = createCaseRepository(localStorage);
  for (const c of cases) expect(repo.save(c).status).toBe('ok');
}

const caseIds = () =>
  Object.keys(localStorage)
    .filter((k) => k.startsWith('ulk:case:'))
    .sort();

async function renderHome() {
  newTestSession();
  const user = userEvent.setup();
  await renderWithI18n(<HomePage />);
  return user;
}

const blobs: Blob[] = [];
beforeEach(() => {
  localStorage.clear();
  window.location.hash = '#/';
  blobs.length = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blobs.push(b as Blob);
    return 'blob:archive';
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('the storage warning of the case list', () => {
  it('is not shown while storage has room', async () => {
    seed(makeCase('a', 'Ett ärende', '2025-01-01T10:00:00.000Z'));
    await renderHome();
    // The notice is loaded on demand: let a load that should not happen finish first.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByRole('button', { name: 'Arkivera gamla ärenden till fil' })).toBeNull();
  });

  it('warns at 80 %, downloads the archive first and removes only after the confirmation', async () => {
    seed(
      makeCase('gammal', 'Gammalt ärende', '2024-01-01T10:00:00.000Z'),
      makeCase('ny', 'Nytt ärende', '2025-06-01T10:00:00.000Z'),
    );
    // Another app of the origin fills the rest: 2.2 M characters ≈ 84 % of 5 MiB.
    localStorage.setItem('other-app', 'x'.repeat(2_200_000));
    const user = await renderHome();
    // The notice is loaded when it is needed.
    expect(
      await screen.findByRole('heading', { name: 'Webbläsarens lagring är nästan full' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/ungefär 84 %/)).toBeInTheDocument();
    expect(
      screen.getByText('2 ärenden väljs, de som inte har ändrats på längst tid.'),
    ).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Arkivera gamla ärenden till fil' }));
    // Step 1: the file is handed to the browser; nothing is removed yet.
    expect(blobs).toHaveLength(1);
    const file = JSON.parse(await blobs[0]!.text()) as { format: string; cases: unknown[] };
    expect(file.format).toBe('underlagskollen-backup');
    expect(file.cases).toHaveLength(2);
    expect(caseIds()).toEqual(['ulk:case:gammal', 'ulk:case:ny']);
    expect(screen.getByText(/Ingenting är borttaget än/)).toBeVisible();

    // Cancel keeps everything.
    await user.click(screen.getByRole('button', { name: 'Avbryt, behåll ärendena' }));
    expect(caseIds()).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Arkivera gamla ärenden till fil' }));
    await user.click(
      screen.getByRole('button', { name: 'Filen är sparad — ta bort ärendena från webbläsaren' }),
    );
    expect(caseIds()).toEqual([]);
    expect(
      screen.getByText(/2 ärenden är arkiverade och borttagna från webbläsaren/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: 'Gammalt ärende' })).toBeNull();
  });

  it('removes nothing when the archive file cannot be made', async () => {
    seed(makeCase('a', 'Ett ärende', '2025-01-01T10:00:00.000Z'));
    localStorage.setItem('other-app', 'x'.repeat(2_200_000));
    const user = await renderHome();
    await screen.findByRole('button', { name: 'Arkivera gamla ärenden till fil' });
    const getItem = vi.spyOn(Storage.prototype, 'key').mockImplementation(() => {
      throw new Error('storage gone');
    });
    await user.click(screen.getByRole('button', { name: 'Arkivera gamla ärenden till fil' }));
    getItem.mockRestore();
    expect(screen.getByRole('alert')).toHaveTextContent('Arkivfilen kunde inte skapas');
    expect(blobs).toHaveLength(0);
    expect(caseIds()).toEqual(['ulk:case:a']);
  });
});
