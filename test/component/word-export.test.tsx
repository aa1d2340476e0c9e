/**
 * The Word export's states on the preview page: busy (a progress message in
 * role=status, the button aria-disabled, a second click ignored) → done (the
 * download announced) or failed (what went wrong, the case kept). The writer
 * itself is replaced by a promise the test settles.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DocxExportError } from '../../src/appendix/export-off-thread';
import type { ExportRequest } from '../../src/appendix/export-off-thread';
import { newCase } from '../../src/checklist/schema';
import type { Answers } from '../../src/checklist/types';
import { caseStore } from '../../src/session/case-store';
import { PreviewPage } from '../../src/ui/preview/PreviewPage';
import { renderWithI18n } from '../helpers/render';

const writer = vi.hoisted(() => ({
  render: vi.fn<(req: ExportRequest) => Promise<Uint8Array<ArrayBuffer>>>(),
}));

vi.mock('../../src/appendix/export-off-thread', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/appendix/export-off-thread')>()),
  renderDocxOffThread: writer.render,
}));

const CASE_ID = 'word-export-case';
const answers: Answers = { 'a.title': 'Ny simhall i Östby', 'a.dnr': 'KS 2026/12' };
const BUTTON = 'Ladda ner bilagan (Word)';

function deferred() {
  let resolve!: (b: Uint8Array<ArrayBuffer>) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<Uint8Array<ArrayBuffer>>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

let downloads: Blob[] = [];

beforeEach(() => {
  const c = newCase(CASE_ID, new Date('2026-03-01T10:00:00Z'));
  caseStore.open({ case: { ...c, answers }, readOnly: false, sandbox: false });
  downloads = [];
  Object.defineProperty(URL, 'createObjectURL', {
    value: (b: Blob) => {
      downloads.push(b);
      return 'blob:test';
    },
    configurable: true,
  });
  Object.defineProperty(URL, 'revokeObjectURL', { value: () => {}, configurable: true });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
  writer.render.mockReset();
});

describe('the Word export on the preview page', () => {
  it('says the Word file is being created and keeps the button disabled until it is downloaded', async () => {
    const user = userEvent.setup();
    const job = deferred();
    writer.render.mockReturnValue(job.promise);
    await renderWithI18n(<PreviewPage caseId={CASE_ID} />);

    await user.click(screen.getByRole('button', { name: BUTTON }));
    expect(await screen.findByRole('status')).toHaveTextContent('Word-filen skapas …');
    expect(screen.getByRole('button', { name: BUTTON })).toHaveAttribute('aria-disabled', 'true');

    await user.click(screen.getByRole('button', { name: BUTTON }));
    expect(writer.render).toHaveBeenCalledTimes(1);
    const req = writer.render.mock.calls[0]?.[0];
    expect(req?.caseForEmbedding.answers).toEqual(answers);
    expect(req?.model.caseTitle).toBe('Ny simhall i Östby');

    job.resolve(new Uint8Array([80, 75, 3, 4]));
    expect(
      await screen.findByText('Bilagan är nedladdad: KS-2026-12_Ny-simhall-i-Ostby.docx'),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).not.toHaveTextContent('Word-filen skapas');
    expect(screen.getByRole('button', { name: BUTTON })).not.toHaveAttribute('aria-disabled');
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('says the export took too long and keeps the case when the worker gives no answer', async () => {
    const user = userEvent.setup();
    writer.render.mockRejectedValue(new DocxExportError('timeout', 'no answer'));
    await renderWithI18n(<PreviewPage caseId={CASE_ID} />);

    await user.click(screen.getByRole('button', { name: BUTTON }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Bilagan kunde inte skapas: det tog för lång tid att skapa Word-filen. Inget av det du har skrivit har gått förlorat.',
    );
    expect(screen.getByRole('status')).not.toHaveTextContent('Word-filen skapas');
    expect(screen.getByRole('button', { name: BUTTON })).not.toHaveAttribute('aria-disabled');
    expect(downloads).toHaveLength(0);
    expect(caseStore.getSnapshot()?.case.answers).toEqual(answers);
  });

  it('says the Word file could not be built when the writer fails, and a new try can succeed', async () => {
    const user = userEvent.setup();
    writer.render
      .mockRejectedValueOnce(new DocxExportError('render', 'boom'))
      .mockResolvedValueOnce(new Uint8Array([80, 75, 3, 4]));
    await renderWithI18n(<PreviewPage caseId={CASE_ID} />);

    await user.click(screen.getByRole('button', { name: BUTTON }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Bilagan kunde inte skapas: ett fel uppstod när Word-filen byggdes av ärendets innehåll.',
    );
    await user.click(screen.getByRole('button', { name: BUTTON }));
    expect(
      await screen.findByText('Bilagan är nedladdad: KS-2026-12_Ny-simhall-i-Ostby.docx'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('announces the progress and the result in English when the service is in English', async () => {
    const user = userEvent.setup();
    const job = deferred();
    writer.render.mockReturnValue(job.promise);
    await renderWithI18n(<PreviewPage caseId={CASE_ID} />, 'en');

    await user.click(screen.getByRole('button', { name: 'Download the appendix (Word)' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Creating the Word file …');
    job.reject(new DocxExportError('timeout', 'no answer'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The appendix could not be created: creating the Word file took too long.',
    );
  });
});
