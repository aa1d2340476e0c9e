/**
 * How a case travels inside an appendix: the case envelope JSON (format/case-envelope.ts),
 * UTF-8, base64, split into custom document properties (docProps/custom.xml).
 *
 * Why base64 and chunks: Word limits a text property to 255 characters, and
 * LibreOffice trims or rewrites whitespace in property values on a round trip.
 * Base64 has no whitespace and no character XML forbids, so hostile text in a
 * case (U+FFFE, lone surrogates) cannot break custom.xml either.
 *
 * Pure (no docx, no jszip): shared by the writer and the reader.
 */

/**
 * Marker property: "<format>;<encoding>;<chunk count>;crc32-<8 hex digits>".
 * The CRC-32 is of the envelope's UTF-8 bytes: one flipped base64 character
 * would otherwise decode to a different, valid-looking case. Appendices made
 * before the checksum ("<format>;<encoding>;<chunk count>") still open.
 */
export const EMBED_MARKER = 'Underlagskollen';
export const EMBED_CHUNK_PREFIX = 'Underlagskollen_';
export const EMBED_FORMAT = 'underlagskollen-case;base64-utf8';
export const EMBED_CHUNK_SIZE = 255;

function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    out += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return btoa(out);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE), the checksum of the embedded case and of a zip entry. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** CRC-32 (IEEE), as 8 lower-case hex digits. */
export function crc32Hex(bytes: Uint8Array): string {
  return crc32(bytes).toString(16).padStart(8, '0');
}

function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

export interface CustomProperty {
  name: string;
  value: string;
}

/** Envelope JSON text -> custom properties (marker first, then numbered chunks). */
export function toCustomProperties(envelopeJson: string): CustomProperty[] {
  const bytes = new TextEncoder().encode(envelopeJson);
  const b64 = bytesToBase64(bytes);
  const chunks: CustomProperty[] = [];
  for (let i = 0; i * EMBED_CHUNK_SIZE < b64.length; i++) {
    chunks.push({
      name: `${EMBED_CHUNK_PREFIX}${String(i + 1).padStart(4, '0')}`,
      value: b64.slice(i * EMBED_CHUNK_SIZE, (i + 1) * EMBED_CHUNK_SIZE),
    });
  }
  return [
    { name: EMBED_MARKER, value: `${EMBED_FORMAT};${chunks.length};crc32-${crc32Hex(bytes)}` },
    ...chunks,
  ];
}

export type EmbeddedText =
  { status: 'ok'; json: string } | { status: 'absent' } | { status: 'damaged'; detail: string };

/** Custom properties (any order) -> the envelope JSON text, or why not. Never throws. */
export function fromCustomProperties(props: ReadonlyMap<string, string>): EmbeddedText {
  const marker = props.get(EMBED_MARKER);
  if (marker === undefined) return { status: 'absent' };
  const m = /^(.*);(\d{1,7})(?:;crc32-([0-9a-f]{8}))?$/.exec(marker.trim());
  if (!m || m[1] !== EMBED_FORMAT) return { status: 'damaged', detail: 'unknown embedding' };
  const count = Number(m[2]);
  const expected = m[3];
  let b64 = '';
  for (let i = 1; i <= count; i++) {
    const chunk = props.get(`${EMBED_CHUNK_PREFIX}${String(i).padStart(4, '0')}`);
    if (chunk === undefined) return { status: 'damaged', detail: `missing part ${i} of ${count}` };
    b64 += chunk.replace(/\s+/g, '');
  }
  try {
    const bytes = base64ToBytes(b64);
    if (expected !== undefined && crc32Hex(bytes) !== expected) {
      return { status: 'damaged', detail: 'the embedded case does not match its checksum' };
    }
    const json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { status: 'ok', json };
  } catch {
    return { status: 'damaged', detail: 'embedded data is not valid base64 UTF-8' };
  }
}

/** The text of XML character data or an attribute value: entities and character references resolved. */
export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_m, e: string) => {
    const low = e.toLowerCase();
    if (low === 'lt') return '<';
    if (low === 'gt') return '>';
    if (low === 'amp') return '&';
    if (low === 'quot') return '"';
    if (low === 'apos') return "'";
    const code = low.startsWith('#x') ? parseInt(low.slice(2), 16) : parseInt(low.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** After `<`: an optional `/`, an optional namespace prefix, the local name (sticky). */
const tagName = /(\/?)(?:[\w.-]+:)?([\w.-]+)/y;

const valueTags = new Set(['lpwstr', 'lpstr', 'bstr']);
const nameAttr = /(?:^|\s)name\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/**
 * Read name -> text value from docProps/custom.xml. A small tolerant scanner
 * rather than a DOM parser so it runs the same in Node, the browser and a
 * Worker; it accepts any namespace prefix and attribute order (Word and
 * LibreOffice differ).
 *
 * Linear in the input: it walks from `<` to the next `>` with indexOf and
 * never looks back, so a hostile file (tens of thousands of unclosed tags)
 * costs one pass, not one rescan per tag.
 */
export function parseCustomXml(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  let pos = 0;
  let name: string | null = null;
  let valueStart = -1;
  let value: string | null = null;
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) break;
    const gt = xml.indexOf('>', lt + 1);
    if (gt < 0) break;
    pos = gt + 1;
    tagName.lastIndex = lt + 1;
    const m = tagName.exec(xml);
    if (!m || tagName.lastIndex > gt) continue;
    const closing = m[1] === '/';
    const tag = m[2] ?? '';
    const selfClosing = !closing && xml.charCodeAt(gt - 1) === 0x2f; // '/'
    if (tag === 'property') {
      if (closing) {
        if (name !== null) out.set(name, value ?? '');
        name = null;
        value = null;
        valueStart = -1;
      } else {
        const attr = nameAttr.exec(xml.slice(tagName.lastIndex, gt));
        name = attr ? unescapeXml(attr[1] ?? attr[2] ?? '') : null;
        value = null;
        valueStart = -1;
        if (selfClosing && name !== null) {
          out.set(name, '');
          name = null;
        }
      }
    } else if (name !== null && valueTags.has(tag)) {
      if (closing) {
        if (valueStart >= 0 && value === null) value = unescapeXml(xml.slice(valueStart, lt));
        valueStart = -1;
      } else if (selfClosing) {
        value ??= '';
      } else {
        valueStart = pos;
      }
    }
  }
  return out;
}

// ---- the export summary (format/export-summary.ts), a part of its own ----------------------------

/**
 * The export summary travels in a zip part of its own, not in docProps/custom.xml (which holds
 * the case and the text fingerprints). An XML part, so the package's `xml` content type covers
 * it; the JSON inside is base64 UTF-8 with its CRC-32, like the case. Word and LibreOffice drop
 * parts they do not know when they re-save a file: a reader then recomputes the summary from
 * the embedded case, which they keep.
 */
export const SUMMARY_PART = 'underlagskollen/summary.xml';
const SUMMARY_NS = 'urn:underlagskollen:summary';

/** Summary JSON text -> the XML of its part. */
export function toSummaryXml(json: string): string {
  const bytes = new TextEncoder().encode(json);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<summary xmlns="${SUMMARY_NS}" encoding="base64-utf8" crc32="${crc32Hex(bytes)}">` +
    `${bytesToBase64(bytes)}</summary>`
  );
}

/** The summary part's XML -> the summary JSON text, or why not. Never throws. */
export function fromSummaryXml(xml: string): EmbeddedText {
  const m = /<summary\b([^>]*)>([A-Za-z0-9+/=\s]*)<\/summary>/.exec(xml);
  if (!m) return { status: 'damaged', detail: 'the summary part is not readable' };
  const attrs = m[1] ?? '';
  const crc = /\bcrc32="([0-9a-f]{8})"/.exec(attrs)?.[1];
  if (!/\bencoding="base64-utf8"/.test(attrs) || !crc) {
    return { status: 'damaged', detail: 'unknown summary encoding' };
  }
  try {
    const bytes = base64ToBytes((m[2] ?? '').replace(/\s+/g, ''));
    if (crc32Hex(bytes) !== crc) {
      return { status: 'damaged', detail: 'the summary does not match its checksum' };
    }
    return { status: 'ok', json: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { status: 'damaged', detail: 'the summary is not valid base64 UTF-8' };
  }
}
