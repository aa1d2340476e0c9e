import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { newCase } from '../../src/checklist/schema';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/storage/case-files';
import { encodeCase } from '../../src/format/case-envelope';
import { readFile, receivedMessage } from '../../src/storage/read-file';
import { buildAppendix } from '../../src/appendix/model';
import { renderDocx } from '../../src/appendix/docx-writer';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { loadExample, shippedContext } from '../helpers/appendix-fixtures';

const simhall = {
  ...newCase('simhall', new Date('2025-03-01T08:00:00.000Z')),
  answers: { 'a.title': 'Ny simhall' },
};
const caseFile = () =>
  new Blob([JSON.stringify(encodeCase(simhall))], { type: 'application/json' });
const backupFile = () =>
  new Blob([
    JSON.stringify({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: '2025-03-02T08:00:00.000Z',
      cases: [encodeCase(simhall)],
    }),
  ]);

describe('reading a dropped or picked file', () => {
  it('reads a case file as one case from JSON', async () => {
    const r = await readFile(caseFile());
    expect(r.status).toBe('case');
    if (r.status === 'case') {
      expect(r.source).toBe('json');
      expect(r.case.answers).toEqual(simhall.answers);
    }
  });

  it('reads our Word appendix as the case it carries', async () => {
    const c = loadExample('snorojning.sv.json');
    const model = buildAppendix(c, { t: nodeTranslator('sv'), lng: 'sv', ctx: shippedContext() });
    const bytes = await renderDocx(model, c);
    const r = await readFile(new Blob([new Uint8Array(bytes)]));
    expect(r.status).toBe('case');
    if (r.status === 'case') {
      expect(r.source).toBe('docx');
      expect(r.case.answers).toEqual(c.answers);
    }
  });

  it('refuses a backup where one case is expected, and reads it where a backup is', async () => {
    const asCase = await readFile(backupFile());
    expect(asCase).toEqual({ status: 'failed', source: 'json', failure: { status: 'is-backup' } });
    const asBackup = await readFile(backupFile(), 'backup');
    expect(asBackup.status).toBe('backup');
    if (asBackup.status === 'backup') {
      expect(asBackup.backup.kind).toBe('backup');
      expect(asBackup.backup.entries).toHaveLength(1);
    }
  });

  it('takes a single case file as a backup of one case when restoring', async () => {
    const r = await readFile(caseFile(), 'backup');
    expect(r.status === 'backup' && r.backup.kind).toBe('case-file');
  });

  it('tells a Word file without our case from an empty file, and words both for the review screen', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const other = await readFile(
      new Blob([new Uint8Array(await zip.generateAsync({ type: 'uint8array' }))]),
    );
    expect(other).toEqual({
      status: 'failed',
      source: 'docx',
      failure: { status: 'docx-without-case' },
    });
    const empty = await readFile(new Blob([]));
    expect(empty).toEqual({ status: 'failed', source: 'json', failure: { status: 'empty' } });
    if (other.status === 'failed' && empty.status === 'failed') {
      expect(receivedMessage(other)).toEqual({ key: 'error.docxWithoutCase' });
      expect(receivedMessage(empty)).toEqual({ key: 'error.empty' });
    }
  });

  it('calls a binary file that is neither JSON nor a Word file not ours', async () => {
    const r = await readFile(
      new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0xff, 0xfe, 0x00])]),
    );
    expect(r.status).toBe('failed');
    if (r.status === 'failed') expect(receivedMessage(r)).toEqual({ key: 'error.notOurs' });
  });
});
