/**
 * Read a received appendix (.docx bytes) back into a case. jszip is loaded with
 * a dynamic import so it stays out of the first load. Never throws: every
 * outcome is a result the UI can show in plain words.
 *
 * A zip is a promise about sizes, not a guarantee: a 2 MB file can inflate to
 * gigabytes. Only docProps/custom.xml, the export summary's small part and, for the text
 * check, word/document.xml and word/styles.xml are ever inflated, each refused when its declared
 * size (or the sum over the archive) is over its cap, and cut off as soon as what actually comes
 * out passes the cap. The text check never fails the read: at worst `unknown`. The browser runs this in
 * a Worker (read-worker.ts); tests and the CLI call it directly.
 */
import type { Case } from '../checklist/schema';
import { decodeCase } from '../format/case-envelope';
import type { DamageKind } from '../format/damage';
import { startsWithZipMagic } from '../format/zip-magic';
import { SUMMARY_PART, fromCustomProperties, fromSummaryXml, parseCustomXml } from './embed';
import type { EmbeddedText } from './embed';
import {
  UNKNOWN_TEXT,
  compareParts,
  documentParts,
  fromTextProperties,
  headingStyleIds,
} from './text-fingerprint';
import type { TextCheck } from './text-fingerprint';

export type ReadAppendixResult =
  /** `text`: whether the visible text still matches what was exported (text-fingerprint.ts). */
  | { status: 'ok'; case: Case; migrated: boolean; text: TextCheck }
  /** Not a .docx at all, or a .docx without our embedded case. */
  | { status: 'not-ours'; reason: 'not-docx' | 'no-case' }
  /** A broken zip, or our embedded case is incomplete or invalid. */
  | { status: 'damaged'; damage: DamageKind; detail: string }
  /** Made by a newer version of the app. */
  | { status: 'too-new'; version: number };

/**
 * custom.xml of the largest case the schema allows is well under this (the
 * case file itself is capped at 10 MB; base64 and chunking add about 50 %).
 */
export const MAX_CUSTOM_XML_BYTES = 24 * 1024 * 1024;
/** The whole archive, as declared by its central directory. */
export const MAX_DECLARED_TOTAL_BYTES = 256 * 1024 * 1024;
/** document.xml of the largest appendix is well under this; past it the text is not checked. */
export const MAX_DOCUMENT_XML_BYTES = 64 * 1024 * 1024;
const MAX_STYLES_XML_BYTES = 4 * 1024 * 1024;

type ZipEntry = { _data?: { uncompressedSize?: unknown } };

export function declaredSize(entry: unknown): number {
  const size = (entry as ZipEntry)._data?.uncompressedSize;
  return typeof size === 'number' && Number.isFinite(size) && size >= 0 ? size : 0;
}

interface StreamLike {
  on(event: 'data', cb: (chunk: Uint8Array) => void): StreamLike;
  on(event: 'end', cb: () => void): StreamLike;
  on(event: 'error', cb: (e: Error) => void): StreamLike;
  resume(): StreamLike;
  pause(): StreamLike;
}

/** Inflate one entry, giving up as soon as more than `max` bytes come out. */
export function inflateCapped(
  entry: { internalStream?: (type: 'uint8array') => StreamLike },
  max: number,
): Promise<Uint8Array | 'too-large'> {
  return new Promise((resolve, reject) => {
    if (typeof entry.internalStream !== 'function') {
      reject(new Error('no stream'));
      return;
    }
    const stream = entry.internalStream('uint8array');
    const chunks: Uint8Array[] = [];
    let total = 0;
    let done = false;
    stream.on('data', (chunk) => {
      if (done) return;
      total += chunk.length;
      if (total > max) {
        done = true;
        stream.pause();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (e) => {
      if (done) return;
      done = true;
      reject(e);
    });
    stream.on('end', () => {
      if (done) return;
      done = true;
      const out = new Uint8Array(total);
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
    stream.resume();
  });
}

/** The stored export summary's part is small; anything over this is refused unread. */
export const MAX_SUMMARY_XML_BYTES = 256 * 1024;

/** What an appendix holds: the case (as readAppendix says) and, when asked for, the summary. */
export interface AppendixContents {
  result: ReadAppendixResult;
  /**
   * The export summary's JSON text, as stored (format/export-summary.ts decodes it); `absent`
   * in appendices made before the summary or re-saved by Word or LibreOffice.
   */
  summary: EmbeddedText;
}

const absent: EmbeddedText = { status: 'absent' };

export async function readAppendix(data: ArrayBuffer | Uint8Array): Promise<ReadAppendixResult> {
  return (await readAppendixContents(data, false)).result;
}

async function readSummaryPart(zip: import('jszip')): Promise<EmbeddedText> {
  const part = zip.file(SUMMARY_PART);
  if (!part) return absent;
  if (declaredSize(part) > MAX_SUMMARY_XML_BYTES) {
    return { status: 'damaged', detail: 'the summary part is larger than a summary' };
  }
  try {
    const inflated = await inflateCapped(
      part as unknown as Parameters<typeof inflateCapped>[0],
      MAX_SUMMARY_XML_BYTES,
    );
    if (inflated === 'too-large') return { status: 'damaged', detail: 'the summary is too large' };
    return fromSummaryXml(new TextDecoder('utf-8').decode(inflated));
  } catch {
    return { status: 'damaged', detail: 'the summary part cannot be read' };
  }
}

/**
 * Read the embedded case and (with `withSummary`) the export summary, with the same bounds:
 * only these two small parts are ever inflated, each capped. Never throws.
 */
export async function readAppendixContents(
  data: ArrayBuffer | Uint8Array,
  withSummary = true,
): Promise<AppendixContents> {
  let summary: EmbeddedText = absent;
  const done = (result: ReadAppendixResult): AppendixContents => ({ result, summary });
  try {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    if (!startsWithZipMagic(bytes)) return done({ status: 'not-ours', reason: 'not-docx' });
    const { default: JSZip } = await import('jszip');
    let zip: InstanceType<typeof JSZip>;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch {
      return done({
        status: 'damaged',
        damage: 'zip',
        detail: 'the file is not a readable zip archive',
      });
    }
    if (!zip.file('word/document.xml')) return done({ status: 'not-ours', reason: 'not-docx' });
    const custom = zip.file('docProps/custom.xml');
    if (!custom) return done({ status: 'not-ours', reason: 'no-case' });
    let declaredTotal = 0;
    for (const entry of Object.values(zip.files)) declaredTotal += declaredSize(entry);
    if (declaredTotal > MAX_DECLARED_TOTAL_BYTES || declaredSize(custom) > MAX_CUSTOM_XML_BYTES) {
      return done({
        status: 'damaged',
        damage: 'too-much-data',
        detail: 'the archive declares more data than an appendix holds',
      });
    }
    let xml: string;
    try {
      const inflated = await inflateCapped(
        custom as unknown as Parameters<typeof inflateCapped>[0],
        MAX_CUSTOM_XML_BYTES,
      );
      if (inflated === 'too-large') {
        return done({
          status: 'damaged',
          damage: 'too-much-data',
          detail: 'docProps/custom.xml inflates past the size cap',
        });
      }
      xml = new TextDecoder('utf-8').decode(inflated);
    } catch {
      return done({
        status: 'damaged',
        damage: 'embedding',
        detail: 'docProps/custom.xml cannot be read',
      });
    }
    if (withSummary) summary = await readSummaryPart(zip);
    const props = parseCustomXml(xml);
    const embedded = fromCustomProperties(props);
    if (embedded.status === 'absent') return done({ status: 'not-ours', reason: 'no-case' });
    if (embedded.status === 'damaged')
      return done({ status: 'damaged', damage: 'embedding', detail: embedded.detail });
    let raw: unknown;
    try {
      raw = JSON.parse(embedded.json);
    } catch {
      return done({
        status: 'damaged',
        damage: 'embedding',
        detail: 'embedded case is not valid JSON',
      });
    }
    const decoded = decodeCase(raw);
    switch (decoded.status) {
      case 'ok':
        return done({
          status: 'ok',
          case: decoded.case,
          migrated: decoded.migrated,
          text: await checkText(zip, props),
        });
      case 'too-new':
        return done({ status: 'too-new', version: decoded.version });
      case 'corrupt':
      case 'not-ours':
        return done({ status: 'damaged', damage: 'case-content', detail: decoded.detail });
    }
  } catch (e) {
    return done({
      status: 'damaged',
      damage: 'other',
      detail: e instanceof Error ? e.message : 'unreadable file',
    });
  }
}

type Zip = import('jszip');

/** One part of the zip as text, or null when it is missing, too large or unreadable. */
async function partText(zip: Zip, path: string, max: number): Promise<string | null> {
  const entry = zip.file(path);
  if (!entry || declaredSize(entry) > max) return null;
  const bytes = await inflateCapped(entry as unknown as Parameters<typeof inflateCapped>[0], max);
  return bytes === 'too-large' ? null : new TextDecoder('utf-8').decode(bytes);
}

/** The received document's text against the fingerprints stored when it was written. */
async function checkText(zip: Zip, props: ReadonlyMap<string, string>): Promise<TextCheck> {
  try {
    const stored = fromTextProperties(props);
    if (stored === 'absent') return UNKNOWN_TEXT('no-fingerprint');
    if (stored === 'newer') return UNKNOWN_TEXT('newer');
    if (stored === 'invalid') return UNKNOWN_TEXT('unreadable');
    const doc = await partText(zip, 'word/document.xml', MAX_DOCUMENT_XML_BYTES);
    if (doc === null) return UNKNOWN_TEXT('unreadable');
    const styles = zip.file('word/styles.xml')
      ? await partText(zip, 'word/styles.xml', MAX_STYLES_XML_BYTES)
      : null;
    return compareParts(stored, documentParts(doc, headingStyleIds(styles)));
  } catch {
    return UNKNOWN_TEXT('unreadable');
  }
}
