/**
 * Was the visible text of an appendix edited after export? When the .docx is written, the
 * text of word/document.xml is cut into parts at its headings (level 1 and 2, whatever the
 * writer put there) and one CRC-32 per part is stored in custom document properties of its
 * own (never in the embedded case). On reading, the same cut is made of the received
 * document.xml and the fingerprints compared.
 *
 * Generic by design: no list of today's headings or texts, only "a paragraph whose style is
 * a level-1/2 heading starts a part". A heading style is found by its built-in name in
 * styles.xml ("heading 1"), so a Swedish Word that calls it "Rubrik1" still cuts the same.
 * The text is normalised so that a re-save that changes nothing a reader sees (LibreOffice,
 * Word) keeps the fingerprint: whitespace collapsed, soft hyphens and zero-width characters
 * dropped, field codes and deleted (tracked) text ignored, Unicode NFC.
 *
 * Pure (no jszip): scanners over XML text, linear in its length, never throwing on bad input.
 */
import { crc32Hex, unescapeXml } from './embed';
import type { CustomProperty } from './embed';

export const TEXT_MARKER = 'UnderlagskollenText';
export const TEXT_PART_PREFIX = 'UnderlagskollenText_';
/** Fingerprint format and version: bump the version when the cut or the normalisation changes. */
export const TEXT_FORMAT = 'underlagskollen-text;crc32-nfc-ws';
export const TEXT_VERSION = 1;
/** More parts than any appendix has; a marker claiming more is not ours. */
export const MAX_TEXT_PARTS = 500;
/** A part's heading as stored, for naming it; Word allows 255 characters per value. */
const MAX_NAME = 200;

export interface TextPart {
  /** The part's heading text; null for what comes before the first heading (page one's top). */
  heading: string | null;
  /** CRC-32 of the part's normalised text, 8 lower-case hex digits. */
  crc: string;
}

/** A part that differs; named as exported (or, for a part added in Word, as it now reads). */
export interface EditedPart {
  heading: string | null;
}

export type TextCheck =
  | { status: 'unchanged'; parts: [] }
  | { status: 'edited'; parts: EditedPart[] }
  /** No fingerprint (an older build), a newer format, or parts that cannot be read. */
  | { status: 'unknown'; parts: []; reason: 'no-fingerprint' | 'newer' | 'unreadable' };

export const UNKNOWN_TEXT = (reason: 'no-fingerprint' | 'newer' | 'unreadable'): TextCheck => ({
  status: 'unknown',
  parts: [],
  reason,
});

/** Visible text as a reader compares it: one space for any run of white space, no soft hyphens. */
export function normaliseText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
}

/** After `<`: an optional `/`, the qualified name (sticky). */
const TAG = /(\/?)([\w.-]+(?::[\w.-]+)?)/y;
const VAL = /\bw:val\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const STYLE_ID = /\bw:styleId\s*=\s*(?:"([^"]*)"|'([^']*)')/;

interface Tag {
  closing: boolean;
  selfClosing: boolean;
  name: string;
  attrs: string;
  start: number;
  end: number;
}

/** Every tag of an XML text, in order, one pass (the scanner of embed.ts, generalised). */
function* tags(xml: string): Generator<Tag> {
  let pos = 0;
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) return;
    const gt = xml.indexOf('>', lt + 1);
    if (gt < 0) return;
    pos = gt + 1;
    TAG.lastIndex = lt + 1;
    const m = TAG.exec(xml);
    if (!m || TAG.lastIndex > gt) continue;
    const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
    yield {
      closing: m[1] === '/',
      selfClosing,
      name: m[2] ?? '',
      attrs: xml.slice(TAG.lastIndex, selfClosing ? gt - 1 : gt),
      start: lt,
      end: pos,
    };
  }
}

function val(re: RegExp, attrs: string): string | null {
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2] ?? '') : null;
}

/**
 * The ids of the paragraph styles that are level-1 or level-2 headings: the built-in names
 * ("heading 1", "heading 2", any id) and any style with outline level 0 or 1. Without a
 * readable styles.xml, Word's own ids.
 */
export function headingStyleIds(stylesXml: string | null): Set<string> {
  const out = new Set(['Heading1', 'Heading2']);
  if (!stylesXml) return out;
  let id: string | null = null;
  for (const t of tags(stylesXml)) {
    if (t.name === 'w:style') {
      id = t.closing ? null : val(STYLE_ID, t.attrs);
    } else if (id !== null && !t.closing) {
      if (t.name === 'w:name') {
        const name = (val(VAL, t.attrs) ?? '').toLowerCase();
        if (name === 'heading 1' || name === 'heading 2') out.add(id);
      } else if (t.name === 'w:outlineLvl') {
        const lvl = val(VAL, t.attrs);
        if (lvl === '0' || lvl === '1') out.add(id);
      }
    }
  }
  return out;
}

/** Elements whose text a reader does not see: field codes, deleted and moved-away text, fallbacks. */
const HIDDEN = new Set(['w:instrText', 'w:delText', 'w:delInstrText', 'w:moveFrom', 'mc:Fallback']);
const SPACE = new Set(['w:tab', 'w:br', 'w:cr', 'w:ptab']);

/**
 * document.xml -> its parts, each with its heading and fingerprint. A part starts at every
 * top-level paragraph whose style (or own outline level) makes it a level-1/2 heading.
 */
export function documentParts(documentXml: string, headingIds: ReadonlySet<string>): TextPart[] {
  const parts: { heading: string | null; text: string[] }[] = [{ heading: null, text: [] }];
  let depth = 0; // nested w:p (text boxes) belong to the paragraph around them
  let hidden = 0;
  let textStart = -1;
  let para: string[] = [];
  let isHeading = false;
  for (const t of tags(documentXml)) {
    const n = t.name;
    if (HIDDEN.has(n)) {
      if (t.selfClosing) continue;
      hidden += t.closing ? -1 : 1;
      if (hidden < 0) hidden = 0;
      continue;
    }
    if (n === 'w:p') {
      if (t.selfClosing) continue;
      if (!t.closing) {
        depth++;
        if (depth === 1) {
          para = [];
          isHeading = false;
        }
      } else if (depth > 0) {
        depth--;
        if (depth === 0) {
          const text = para.join('');
          if (isHeading) parts.push({ heading: normaliseText(text), text: [text] });
          else parts[parts.length - 1]!.text.push(text);
        }
      }
      continue;
    }
    if (depth === 0 || hidden > 0) continue;
    if (n === 'w:t') {
      if (t.selfClosing) continue;
      if (!t.closing) textStart = t.end;
      else if (textStart >= 0) {
        para.push(unescapeXml(documentXml.slice(textStart, t.start)));
        textStart = -1;
      }
    } else if (SPACE.has(n) && !t.closing) {
      para.push(' ');
    } else if (depth === 1 && !t.closing) {
      if (n === 'w:pStyle') {
        const id = val(VAL, t.attrs);
        if (id !== null && headingIds.has(id)) isHeading = true;
      } else if (n === 'w:outlineLvl') {
        const lvl = val(VAL, t.attrs);
        if (lvl === '0' || lvl === '1') isHeading = true;
      }
    }
  }
  return parts
    .filter((p, i) => i > 0 || p.text.some((s) => normaliseText(s) !== ''))
    .map((p) => ({
      heading: p.heading,
      crc: crc32Hex(new TextEncoder().encode(normaliseText(p.text.join(' ')))),
    }));
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The parts -> custom properties: a marker "<format>;<version>;<count>", then one per part. */
export function toTextProperties(parts: readonly TextPart[]): CustomProperty[] {
  return [
    { name: TEXT_MARKER, value: `${TEXT_FORMAT};${TEXT_VERSION};${parts.length}` },
    ...parts.map((p, i) => ({
      name: `${TEXT_PART_PREFIX}${String(i + 1).padStart(4, '0')}`,
      value: `${p.crc};${(p.heading ?? '').slice(0, MAX_NAME)}`,
    })),
  ];
}

/** Custom properties -> the stored parts, or why there are none. Never throws. */
export function fromTextProperties(
  props: ReadonlyMap<string, string>,
): TextPart[] | 'absent' | 'newer' | 'invalid' {
  const marker = props.get(TEXT_MARKER);
  if (marker === undefined) return 'absent';
  const m = /^(.*);(\d{1,6});(\d{1,6})$/.exec(marker.trim());
  if (!m || m[1] !== TEXT_FORMAT) return 'invalid';
  if (Number(m[2]) > TEXT_VERSION) return 'newer';
  if (Number(m[2]) !== TEXT_VERSION) return 'invalid';
  const count = Number(m[3]);
  if (count < 1 || count > MAX_TEXT_PARTS) return 'invalid';
  const out: TextPart[] = [];
  for (let i = 1; i <= count; i++) {
    const v = props.get(`${TEXT_PART_PREFIX}${String(i).padStart(4, '0')}`);
    const pm = v === undefined ? null : /^\s*([0-9a-f]{8});([\s\S]*)$/.exec(v);
    if (!pm) return 'invalid';
    const name = normaliseText(pm[2] ?? '').slice(0, MAX_NAME);
    // Page one's top is stored without a name; only the first part can be it.
    out.push({ heading: i === 1 && name === '' ? null : name, crc: pm[1]! });
  }
  return out;
}

/**
 * Stored parts vs the parts of the received document. A stored part whose fingerprint is no
 * longer there was edited (or merged, split or removed); a received part whose fingerprint was
 * never stored was edited or added. Named once each, in document order.
 */
export function compareParts(stored: readonly TextPart[], current: readonly TextPart[]): TextCheck {
  if (stored.length === current.length && stored.every((p, i) => p.crc === current[i]!.crc)) {
    return { status: 'unchanged', parts: [] };
  }
  const left = new Map<string, number>();
  for (const p of current) left.set(p.crc, (left.get(p.crc) ?? 0) + 1);
  const names: (string | null)[] = [];
  const add = (h: string | null) => {
    if (!names.includes(h)) names.push(h);
  };
  for (const p of stored) {
    const n = left.get(p.crc) ?? 0;
    if (n > 0) left.set(p.crc, n - 1);
    else add(p.heading);
  }
  const storedCrcs = new Map<string, number>();
  for (const p of stored) storedCrcs.set(p.crc, (storedCrcs.get(p.crc) ?? 0) + 1);
  for (const p of current) {
    const n = storedCrcs.get(p.crc) ?? 0;
    if (n > 0) storedCrcs.set(p.crc, n - 1);
    else if (!stored.some((s) => s.heading === p.heading && names.includes(s.heading))) {
      add(p.heading);
    }
  }
  // Same parts in another order: every part that moved.
  if (names.length === 0) {
    stored.forEach((p, i) => {
      if (current[i]?.crc !== p.crc) add(p.heading);
    });
  }
  return { status: 'edited', parts: names.map((heading) => ({ heading })) };
}

/** Insert properties into docProps/custom.xml text (pids after the highest there). */
export function addCustomProperties(customXml: string, props: readonly CustomProperty[]): string {
  const close = customXml.lastIndexOf('</Properties>');
  if (close < 0) return customXml;
  let pid = 1;
  for (const m of customXml.matchAll(/\bpid\s*=\s*"(\d+)"/g)) pid = Math.max(pid, Number(m[1]));
  const xml = props
    .map(
      (p) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${++pid}" name="${escapeXml(p.name)}"><vt:lpwstr>${escapeXml(p.value)}</vt:lpwstr></property>`,
    )
    .join('');
  return customXml.slice(0, close) + xml + customXml.slice(close);
}
