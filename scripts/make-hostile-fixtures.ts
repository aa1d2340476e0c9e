/**
 * Hostile files for the import tests (test/fixtures/hostile/).
 *
 *   npx tsx scripts/make-hostile-fixtures.ts [out-dir]
 *
 * Small fixtures are committed; the large ones (zip bombs) are made by the
 * functions here when a test needs them (the e2e spec and the unit tests call
 * them directly), so the repository does not carry megabytes of zeros.
 * Pure Node (node:zlib, no app code): Playwright and Vitest can both import it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../src/appendix/embed';

// ---- a minimal zip writer -------------------------------------------------------------

export interface ZipInput {
  name: string;
  data: Uint8Array;
  /** Lie about the inflated size in both headers (a zip bomb that hides its size). */
  declaredSize?: number;
}

export function makeZip(entries: readonly ZipInput[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const packed = deflateRawSync(e.data, { level: 9 });
    const crc = crc32(e.data);
    const usize = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(usize, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(usize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

const DOCUMENT_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  '<w:body><w:p><w:r><w:t>Bilaga</w:t></w:r></w:p></w:body></w:document>';

const CUSTOM_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">';

/** A .docx shell with the given docProps/custom.xml. */
export function docxWithCustomXml(customXml: Uint8Array, declaredSize?: number): Uint8Array {
  return makeZip([
    { name: '[Content_Types].xml', data: utf8('<Types/>') },
    { name: 'word/document.xml', data: utf8(DOCUMENT_XML) },
    {
      name: 'docProps/custom.xml',
      data: customXml,
      ...(declaredSize !== undefined ? { declaredSize } : {}),
    },
  ]);
}

// ---- the hostile files ------------------------------------------------------------------

/** 80,000 `<property>` tags that are never closed: a backtracking scanner takes seconds. */
export function unclosedTagsDocx(count = 80_000): Uint8Array {
  const tag = '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="x">';
  return docxWithCustomXml(utf8(CUSTOM_HEAD + tag.repeat(count)));
}

function bombXml(bytes: number): Uint8Array {
  const head = utf8(CUSTOM_HEAD + '<property name="Underlagskollen"><vt:lpwstr>');
  const out = new Uint8Array(bytes);
  out.set(head);
  out.fill(0x20, head.length);
  return out;
}

/** custom.xml that inflates to `bytes` (default 64 MB) and says so in its headers. */
export function declaredBombDocx(bytes = 64 * 1024 * 1024): Uint8Array {
  return docxWithCustomXml(bombXml(bytes));
}

/** The same bomb, but its headers claim 1 KB: only counting what comes out catches it. */
export function lyingBombDocx(bytes = 64 * 1024 * 1024): Uint8Array {
  return docxWithCustomXml(bombXml(bytes), 1024);
}

const envelope = (c: Record<string, unknown>) => ({
  format: 'underlagskollen-case',
  version: 1,
  savedAt: '2025-01-01T08:00:00.000Z',
  case: { createdAt: '2025-01-01T08:00:00.000Z', updatedAt: '2025-01-01T08:00:00.000Z', ...c },
});

/** Small JSON fixtures: name -> file text. */
export function jsonFixtures(): Record<string, string> {
  const deep = 5000;
  const measure = (id: string, text: string) => ({
    id,
    measure: text,
    responsible: '',
    when: '',
    followUp: '',
  });
  return {
    // JSON.stringify writes a lone surrogate as an escape, exactly what a crafted file holds.
    'lone-surrogate-id.json': JSON.stringify(
      envelope({ id: 'x\uD800', answers: { 'a.title': 'Ensamt surrogattecken' } }),
    ),
    'duplicate-ids.json': JSON.stringify(
      envelope({
        id: 'hostile-duplicate-ids',
        answers: {
          'a.title': 'Dubbla id',
          'b4.measures': [measure('m1', 'Första åtgärden'), measure('m1', 'Andra åtgärden')],
        },
      }),
    ),
    'deep-nesting.json': JSON.stringify(
      envelope({ id: 'hostile-deep', answers: { 'a.title': 'Djup', 'x.unknown': 0 } }),
    ).replace('"x.unknown":0', `"x.unknown":${'['.repeat(deep)}1${']'.repeat(deep)}`),
    'over-long-title.json': JSON.stringify(
      envelope({ id: 'hostile-long-title', answers: { 'a.title': 'x'.repeat(2001) } }),
    ),
    'option-injection.json': JSON.stringify(
      envelope({
        id: 'hostile-option',
        answers: { 'a.title': 'Injektion', 'b1.affects': '$t(common:notFound.title)' },
      }),
    ),
    'proto-key.json': JSON.stringify(
      envelope({ id: 'hostile-proto', answers: { 'a.title': 'Proto', 'x.other': 'kvar' } }),
    ).replace('"x.other"', '"__proto__"'),
  };
}

/** Every fixture, small and large: name -> bytes. */
export function allFixtures(): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(jsonFixtures())) out[name] = utf8(text);
  out['unclosed-tags.docx'] = unclosedTagsDocx();
  out['bomb-declared.docx'] = declaredBombDocx();
  out['bomb-lying.docx'] = lyingBombDocx();
  return out;
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const dir = process.argv[2] ?? 'test/fixtures/hostile';
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(allFixtures())) {
    writeFileSync(join(dir, name), bytes);
    console.log(`${name}: ${bytes.length} bytes`);
  }
}
