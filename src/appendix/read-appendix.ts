/**
 * Read a received appendix (.docx bytes) back into a case. jszip is loaded with
 * a dynamic import so it stays out of the first load. Never throws: every
 * outcome is a result the UI can show in plain words.
 */
import type { Case } from '../checklist/schema';
import { decodeCase } from '../storage/envelope';
import { fromCustomProperties, parseCustomXml } from './embed';

export type ReadAppendixResult =
  | { status: 'ok'; case: Case; migrated: boolean }
  /** Not a .docx at all, or a .docx without our embedded case. */
  | { status: 'not-ours'; reason: 'not-docx' | 'no-case' }
  /** A broken zip, or our embedded case is incomplete or invalid. */
  | { status: 'damaged'; detail: string }
  /** Made by a newer version of the app. */
  | { status: 'too-new'; version: number };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWithZipMagic(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

export async function readAppendix(data: ArrayBuffer | Uint8Array): Promise<ReadAppendixResult> {
  try {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    if (!startsWithZipMagic(bytes)) return { status: 'not-ours', reason: 'not-docx' };
    const { default: JSZip } = await import('jszip');
    let zip: InstanceType<typeof JSZip>;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch {
      return { status: 'damaged', detail: 'the file is not a readable zip archive' };
    }
    if (!zip.file('word/document.xml')) return { status: 'not-ours', reason: 'not-docx' };
    const custom = zip.file('docProps/custom.xml');
    if (!custom) return { status: 'not-ours', reason: 'no-case' };
    let xml: string;
    try {
      xml = await custom.async('string');
    } catch {
      return { status: 'damaged', detail: 'docProps/custom.xml cannot be read' };
    }
    const embedded = fromCustomProperties(parseCustomXml(xml));
    if (embedded.status === 'absent') return { status: 'not-ours', reason: 'no-case' };
    if (embedded.status === 'damaged') return { status: 'damaged', detail: embedded.detail };
    let raw: unknown;
    try {
      raw = JSON.parse(embedded.json);
    } catch {
      return { status: 'damaged', detail: 'embedded case is not valid JSON' };
    }
    const decoded = decodeCase(raw);
    switch (decoded.status) {
      case 'ok':
        return { status: 'ok', case: decoded.case, migrated: decoded.migrated };
      case 'too-new':
        return { status: 'too-new', version: decoded.version };
      case 'corrupt':
      case 'not-ours':
        return { status: 'damaged', detail: decoded.detail };
    }
  } catch (e) {
    return { status: 'damaged', detail: e instanceof Error ? e.message : 'unreadable file' };
  }
}
