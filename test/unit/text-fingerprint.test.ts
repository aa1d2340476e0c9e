import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/checklist/schema';
import { renderDocx } from '../../src/appendix/docx-writer';
import { parseCustomXml } from '../../src/appendix/embed';
import { buildAppendix } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { readAppendix } from '../../src/appendix/read-appendix';
import {
  TEXT_MARKER,
  compareParts,
  documentParts,
  fromTextProperties,
  headingStyleIds,
  normaliseText,
} from '../../src/appendix/text-fingerprint';
import type { TextPart } from '../../src/appendix/text-fingerprint';
import { loadExample, shippedContext } from '../helpers/appendix-fixtures';

const ctx = shippedContext();

async function appendix(c: Case, lng: 'sv' | 'en' = 'sv'): Promise<Uint8Array> {
  return renderDocx(buildAppendix(c, { t: nodeTranslator(lng), lng, ctx }), c);
}

/** Change one part of a written .docx, as Word would after an edit. */
async function edit(
  bytes: Uint8Array,
  path: string,
  change: (xml: string) => string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(path)!.async('string');
  const changed = change(xml);
  expect(changed).not.toBe(xml);
  zip.file(path, changed);
  return zip.generateAsync({ type: 'uint8array' });
}

async function storedParts(bytes: Uint8Array): Promise<TextPart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = fromTextProperties(
    parseCustomXml(await zip.file('docProps/custom.xml')!.async('string')),
  );
  if (!Array.isArray(parts)) throw new Error(`no fingerprint: ${parts}`);
  return parts;
}

async function textOf(bytes: Uint8Array) {
  const r = await readAppendix(bytes);
  expect(r.status).toBe('ok');
  return r.status === 'ok' ? r.text : null;
}

const snow = loadExample('snorojning.sv.json');
const women = snow.answers['b3.women'] as string;

describe('the text fingerprint of an appendix', () => {
  it('is written per heading of the document, and a file as written reads as unchanged', async () => {
    const bytes = await appendix(snow);
    const parts = await storedParts(bytes);
    // Page one's top, then one part per heading the writer put there (steps among them).
    expect(parts[0]!.heading).toBeNull();
    expect(parts.length).toBeGreaterThan(8);
    expect(parts.filter((p) => /^Steg [1-5]\b/.test(p.heading ?? ''))).toHaveLength(5);
    expect(new Set(parts.map((p) => p.crc)).size).toBe(parts.length);
    expect(await textOf(bytes)).toEqual({ status: 'unchanged', parts: [] });
  });

  it('names the step whose text was edited in Word after export', async () => {
    const bytes = await appendix(snow);
    const step3 = (await storedParts(bytes)).find((p) => /^Steg 3\b/.test(p.heading ?? ''));
    expect(step3).toBeDefined();
    const edited = await edit(bytes, 'word/document.xml', (xml) =>
      xml.replace('färre fallolyckor', 'fler fallolyckor'),
    );
    expect(women).toContain('färre fallolyckor');
    const text = await textOf(edited);
    expect(text).toEqual({ status: 'edited', parts: [{ heading: step3!.heading }] });
    // The case itself is still read from the embedded answers.
    const r = await readAppendix(edited);
    expect(r.status === 'ok' && r.case.answers['b3.women']).toBe(women);
  });

  it('names page one when the case header was edited, and every part when two were', async () => {
    const bytes = await appendix(snow);
    const parts = await storedParts(bytes);
    const dnr = snow.answers['a.dnr'] as string;
    const front = await edit(bytes, 'word/document.xml', (xml) =>
      xml.replace(`>${dnr}<`, '>RS/1/2099<'),
    );
    expect(await textOf(front)).toEqual({ status: 'edited', parts: [{ heading: null }] });

    const step1 = parts.find((p) => /^Steg 1\b/.test(p.heading ?? ''))!;
    expect(snow.answers['b1.how']).toContain('avgör vem');
    const two = await edit(front, 'word/document.xml', (xml) =>
      xml.replace('avgör vem', 'avgör vilka'),
    );
    expect(await textOf(two)).toEqual({
      status: 'edited',
      parts: [{ heading: null }, { heading: step1.heading }],
    });
  });

  it('reads a heading added in Word as an edit of the part it splits', async () => {
    const bytes = await appendix(snow);
    const step3 = (await storedParts(bytes)).find((p) => /^Steg 3\b/.test(p.heading ?? ''))!;
    const added = await edit(bytes, 'word/document.xml', (xml) =>
      xml.replace(
        /(<w:p>(?:(?!<w:p>).)*?färre fallolyckor)/,
        '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Ny rubrik</w:t></w:r></w:p>$1',
      ),
    );
    const text = await textOf(added);
    expect(text?.status).toBe('edited');
    expect(text?.parts).toEqual(
      expect.arrayContaining([{ heading: step3.heading }, { heading: 'Ny rubrik' }]),
    );
  });

  it('does not see re-saves that change nothing a reader sees', async () => {
    const bytes = await appendix(snow);
    const resaved = await edit(bytes, 'word/document.xml', (xml) =>
      xml
        // A run split in two, a soft hyphen, a zero-width space and doubled spaces.
        .replace('färre fallolyckor', 'fär</w:t></w:r><w:r><w:t>re\u00ad fall\u200bolyckor')
        .replace('säkrare väg', 'säkrare  \u00a0väg')
        // A field code (its result is the visible text) and a deleted tracked change.
        .replace(
          '<w:t xml:space="preserve">Kvinnor gynnas',
          '<w:instrText> QUOTE </w:instrText><w:delText>Bort</w:delText><w:t xml:space="preserve">Kvinnor gynnas',
        ),
    );
    expect(await textOf(resaved)).toEqual({ status: 'unchanged', parts: [] });
  });

  it('finds headings by their built-in name when a Swedish Word renames the style to Rubrik1', async () => {
    const bytes = await appendix(snow);
    let renamed = await edit(bytes, 'word/styles.xml', (xml) =>
      xml.replace(/w:styleId="Heading1"/g, 'w:styleId="Rubrik1"'),
    );
    renamed = await edit(renamed, 'word/document.xml', (xml) =>
      xml.replace(/w:val="Heading1"/g, 'w:val="Rubrik1"'),
    );
    expect(await textOf(renamed)).toEqual({ status: 'unchanged', parts: [] });
  });

  it('says "unknown", quietly, for an appendix from a build without fingerprints', async () => {
    const bytes = await appendix(snow);
    const old = await edit(bytes, 'docProps/custom.xml', (xml) =>
      xml.replace(/<property [^>]*name="UnderlagskollenText[^"]*">.*?<\/property>/g, ''),
    );
    expect(await textOf(old)).toEqual({ status: 'unknown', parts: [], reason: 'no-fingerprint' });
    const newer = await edit(bytes, 'docProps/custom.xml', (xml) =>
      xml.replace(/(underlagskollen-text;[^;]*;)1;/, '$19;'),
    );
    expect(await textOf(newer)).toMatchObject({ status: 'unknown', reason: 'newer' });
  });

  it('works the same for an English appendix', async () => {
    const c = loadExample('snorojning.en.json');
    const bytes = await appendix(c, 'en');
    expect(await textOf(bytes)).toEqual({ status: 'unchanged', parts: [] });
    const step = (await storedParts(bytes)).find((p) => /^Step 3\b/.test(p.heading ?? ''))!;
    const word = (c.answers['b3.women'] as string).split(' ')[1]!;
    const edited = await edit(bytes, 'word/document.xml', (xml) =>
      xml.replace(` ${word} `, ' EDITED '),
    );
    expect(await textOf(edited)).toEqual({ status: 'edited', parts: [{ heading: step.heading }] });
  });
});

describe('the fingerprint functions', () => {
  const p = (heading: string | null, crc: string): TextPart => ({ heading, crc });

  it('normalises white space, soft hyphens and Unicode forms', () => {
    expect(normaliseText('  a\u00a0\t b\u00adc\n')).toBe('a bc');
    expect(normaliseText('Ga\u0308vle')).toBe(normaliseText('Gävle'));
  });

  it('cuts at level-1 and level-2 headings only, by style or outline level', () => {
    const xml =
      '<w:body><w:p><w:r><w:t>Top</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="H"/></w:pPr><w:r><w:t>One</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>text</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:t>Three</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Two</w:t></w:r></w:p></w:body>';
    const ids = headingStyleIds(
      '<w:styles><w:style w:type="paragraph" w:styleId="H"><w:name w:val="heading 1"/></w:style></w:styles>',
    );
    expect(documentParts(xml, ids).map((x) => x.heading)).toEqual([null, 'One', 'Two']);
  });

  it('compares: same is unchanged, a changed fingerprint names its part once', () => {
    const stored = [p(null, 'aaaaaaaa'), p('Steg 1', 'bbbbbbbb'), p('Steg 2', 'cccccccc')];
    expect(compareParts(stored, stored)).toEqual({ status: 'unchanged', parts: [] });
    expect(
      compareParts(stored, [p(null, 'aaaaaaaa'), p('Steg 1', 'dddddddd'), p('Steg 2', 'cccccccc')]),
    ).toEqual({ status: 'edited', parts: [{ heading: 'Steg 1' }] });
    // Removed part, and parts in another order.
    expect(compareParts(stored, [p(null, 'aaaaaaaa'), p('Steg 2', 'cccccccc')])).toEqual({
      status: 'edited',
      parts: [{ heading: 'Steg 1' }],
    });
    expect(compareParts(stored, [stored[0]!, stored[2]!, stored[1]!])).toEqual({
      status: 'edited',
      parts: [{ heading: 'Steg 1' }, { heading: 'Steg 2' }],
    });
  });

  it('refuses a malformed fingerprint rather than guessing', () => {
    const m = (entries: [string, string][]) => fromTextProperties(new Map(entries));
    expect(m([])).toBe('absent');
    expect(m([[TEXT_MARKER, 'something else;1;1']])).toBe('invalid');
    expect(m([[TEXT_MARKER, 'underlagskollen-text;crc32-nfc-ws;1;999999']])).toBe('invalid');
    expect(m([[TEXT_MARKER, 'underlagskollen-text;crc32-nfc-ws;1;2']])).toBe('invalid');
    expect(
      m([
        [TEXT_MARKER, 'underlagskollen-text;crc32-nfc-ws;1;1'],
        ['UnderlagskollenText_0001', 'not-hex;x'],
      ]),
    ).toBe('invalid');
  });
});
