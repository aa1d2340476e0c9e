import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/checklist/schema';
import { emptyContext } from '../../src/checklist/types';
import type { StatTable } from '../../src/checklist/types';
import { renderDocx } from '../../src/appendix/docx-writer';
import { EMBED_MARKER, toCustomProperties } from '../../src/appendix/embed';
import { buildAppendix } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { readAppendix } from '../../src/appendix/read-appendix';
import { serializeCase } from '../../src/format/case-envelope';
import { caseWith, loadExample, shippedContext, unzipText } from '../helpers/appendix-fixtures';

const sv = nodeTranslator('sv');
const en = nodeTranslator('en');
const ctx = shippedContext();
// The unit tests run in jsdom (vite.config.ts), whose DOMParser is a strict XML parser.
const { DOMParser } = globalThis;

/** Strict XML 1.0 parse: jsdom returns a <parsererror> document for anything not well-formed. */
function xmlProblem(xml: string): string | null {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  return err ? (err.textContent ?? 'parsererror') : null;
}

async function render(c: Case, lng: 'sv' | 'en' = 'sv'): Promise<Uint8Array> {
  const model = buildAppendix(c, { t: lng === 'sv' ? sv : en, lng, ctx });
  return renderDocx(model, c, { now: new Date('2025-01-01T00:00:00Z') });
}

// ---- hostile text -------------------------------------------------------------------------

const nasty = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '😀',
  '👩‍👩‍👧',
  'שלום',
  'مرحبا',
  '\u202E',
  '\u200F',
  '&amp;',
  '<w:t>',
  ']]>',
  '"\'',
  ' ',
  '  ',
);
const hostileString = (max: number) =>
  fc
    .array(
      fc.oneof(nasty, fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 10 })),
      {
        maxLength: 30,
      },
    )
    .map((parts) => parts.join('').slice(0, max));

const hostileTable = fc.record({
  indicator: hostileString(200),
  label: hostileString(200),
  women: hostileString(90),
  men: hostileString(90),
  sentence: fc.option(hostileString(500), { nil: null }),
});

const hostileCase = fc
  .record({
    title: hostileString(200),
    dnr: hostileString(60),
    officer: hostileString(200),
    proposal: hostileString(2000),
    how: hostileString(2000),
    women: hostileString(3000),
    conclusion: hostileString(3000),
    table: hostileTable,
    measure: hostileString(500),
    parties: hostileString(200),
  })
  .map((h): Case => {
    const table: StatTable = {
      id: 't1',
      indicator: h.table.indicator,
      unit: 'count',
      period: '2024',
      source: 'S',
      breakdown: '',
      groups: ['women', 'men'],
      rows: [
        { id: 'r1', label: h.table.label, values: { women: h.table.women, men: h.table.men } },
      ],
      sentence: h.table.sentence,
    };
    return caseWith({
      'a.title': h.title,
      'a.dnr': h.dnr,
      'a.officer': h.officer,
      'a.proposal': h.proposal,
      'b1.affects': 'ja',
      'b1.groups': ['invanare'],
      'b1.how': h.how,
      'b2.split': 'ja',
      'b2.tables': [table],
      'b3.women': h.women,
      'b4.unjustified': 'ja',
      'b4.measures': [
        { id: 'm1', measure: h.measure, responsible: h.officer, when: h.dnr, followUp: h.how },
      ],
      'd.samiSignificance': 'ja',
      'd.consultations': [
        {
          id: 'c1',
          party: 'sameby',
          partyName: h.parties,
          requested: '2024-12-01',
          reply: 'begar',
          date: '2025-01-02',
          form: 'mote',
          outcome: '',
          notes: h.how,
        },
      ],
      's.conclusion': h.conclusion,
    });
  });

async function assertWellFormed(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files).filter(
    (p) => p.endsWith('.xml') || p.endsWith('.rels'),
  )) {
    const xml = await zip.file(path)!.async('string');
    const problem = xmlProblem(xml);
    if (problem) throw new Error(`${path} is not well-formed: ${problem}`);
  }
}

describe('the .docx writer', () => {
  it('has an XML checker that does reject U+FFFE and lone surrogates', () => {
    expect(xmlProblem('<a>ok 😀</a>')).toBeNull();
    expect(xmlProblem('<a>\uFFFE</a>')).not.toBeNull();
    expect(xmlProblem('<a>\uD800</a>')).not.toBeNull();
    expect(xmlProblem('<a>\u0001</a>')).not.toBeNull();
  });

  it('always produces well-formed XML for cases full of hostile text', async () => {
    await fc.assert(
      fc.asyncProperty(hostileCase, async (c) => {
        await assertWellFormed(await render(c));
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('copes with an answer of 100,000 characters mixing everything at once', async () => {
    const unit = 'Text\t😀 שלום \uFFFE\uD800\u0001\r\n';
    const huge = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const c = caseWith({ 'a.title': 'Stor', 'a.proposal': huge, 's.conclusion': huge });
    const bytes = await render(c);
    await assertWellFormed(bytes);
    const doc = await unzipText(bytes, 'word/document.xml');
    expect(doc).toContain('<w:tab/>');
    expect(doc).toContain('<w:br/>');
    expect(doc).toContain('😀 שלום');
    expect(doc.includes('\uFFFE') || doc.includes('\u0001')).toBe(false);
    const back = await readAppendix(bytes);
    expect(back).toEqual({
      status: 'ok',
      case: c,
      migrated: false,
      text: { status: 'unchanged', parts: [] },
    });
  }, 60_000);

  it('marks the verdict table header row to repeat on each page', async () => {
    const doc = await unzipText(
      await render(loadExample('snorojning.sv.json')),
      'word/document.xml',
    );
    expect(doc).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:tblHeader\/>/);
    expect(doc).toContain('Del och steg');
  });

  it('uses real heading styles for parts and steps', async () => {
    const bytes = await render(loadExample('snorojning.sv.json'));
    const doc = await unzipText(bytes, 'word/document.xml');
    const styles = await unzipText(bytes, 'word/styles.xml');
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
    expect(doc).toContain('<w:pStyle w:val="Heading2"/>');
    expect(doc).toContain('<w:pStyle w:val="Title"/>');
    expect(styles).toMatch(/w:styleId="Heading1"/);
    expect(doc).toContain('w:pageBreakBefore');
  });

  it('sets the language, A4, the Dnr and Bilaga in the page header and page numbers in the footer', async () => {
    const svBytes = await render(loadExample('snorojning.sv.json'));
    expect(await unzipText(svBytes, 'word/styles.xml')).toContain('<w:lang w:val="sv-SE"/>');
    expect(await unzipText(svBytes, 'word/document.xml')).toMatch(
      /<w:pgSz w:w="11906" w:h="16838"/,
    );
    const zip = await JSZip.loadAsync(svBytes);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^word\/footer\d+\.xml$/.test(p))
        .map((p) => zip.file(p)!.async('string')),
    );
    const footer = footers.join('');
    expect(footer).not.toContain('Dnr');
    expect(footer).toContain('Sida ');
    // One header for every page, page one too, as Swedish committee papers have it.
    const headers = Object.keys(zip.files).filter((p) => /^word\/header\d+\.xml$/.test(p));
    expect(headers).toHaveLength(1);
    const header = await zip.file(headers[0]!)!.async('string');
    expect(header).toContain('Dnr RS/845/2024');
    expect(header).toContain('Bilaga 3');
    expect(await unzipText(svBytes, 'word/document.xml')).not.toContain('<w:titlePg/>');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    const enBytes = await render(loadExample('snorojning.en.json'), 'en');
    expect(await unzipText(enBytes, 'word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
  });

  it('prints the organisation footer once, with its line breaks, on the first page as on the others', async () => {
    const c = loadExample('snorojning.sv.json');
    const model = buildAppendix(c, { t: sv, lng: 'sv', ctx });
    model.footer.orgText = 'Kommunen\nBox 1, 123 45 Orten\n\nwww.example.se';
    const zip = await JSZip.loadAsync(await renderDocx(model, c));
    const footerFiles = Object.keys(zip.files).filter((p) => /^word\/footer\d+\.xml$/.test(p));
    expect(footerFiles).toHaveLength(1);
    for (const name of footerFiles) {
      const xml = await zip.file(name)!.async('string');
      expect(xml.match(/Kommunen/g), name).toHaveLength(1);
      expect(xml.match(/www\.example\.se/g), name).toHaveLength(1);
      // The two lines of the first paragraph stay apart: a line break between them.
      expect(xml, name).toMatch(/Kommunen<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:br\/>/);
    }
  });

  it('writes title and author into the document properties', async () => {
    const core = await unzipText(
      await render(loadExample('snorojning.sv.json')),
      'docProps/core.xml',
    );
    expect(core).toContain(
      '<dc:title>Jämställdhet, barnets rättigheter och nationella minoriteter: Prioriteringsordning för snöröjning',
    );
    expect(core).toContain('<dc:creator>Maria Lindqvist</dc:creator>');
  });
});

describe('reading an appendix back', () => {
  it('restores exactly the case that was exported', async () => {
    for (const file of [
      'ungdomsmottagning.sv.json',
      'far-niva1.en.json',
      'delegationsordning.sv.json',
    ]) {
      const c = loadExample(file);
      expect(await readAppendix(await render(c))).toEqual({
        status: 'ok',
        case: c,
        migrated: false,
        text: { status: 'unchanged', parts: [] },
      });
    }
  });

  it('splits the embedded case into properties of at most 255 characters', () => {
    const props = toCustomProperties(serializeCase(loadExample('ungdomsmottagning.sv.json')));
    expect(props[0]!.name).toBe(EMBED_MARKER);
    expect(props.length).toBeGreaterThan(10);
    expect(props.every((p) => p.value.length <= 255)).toBe(true);
  });

  it('says a file that is not a zip is not ours', async () => {
    expect(await readAppendix(new TextEncoder().encode('{"hello": 1}'))).toEqual({
      status: 'not-ours',
      reason: 'not-docx',
    });
    expect(await readAppendix(new Uint8Array())).toMatchObject({ status: 'not-ours' });
  });

  it('says a zip that is not a Word file is not ours', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await readAppendix(bytes)).toEqual({ status: 'not-ours', reason: 'not-docx' });
  });

  it('says a Word file without our case is not ours', async () => {
    const zip = await JSZip.loadAsync(await render(loadExample('snorojning.sv.json')));
    zip.remove('docProps/custom.xml');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await readAppendix(bytes)).toEqual({ status: 'not-ours', reason: 'no-case' });
  });

  it('says a broken zip is damaged', async () => {
    const good = await render(loadExample('snorojning.sv.json'));
    const broken = good.slice(0, 400);
    expect(await readAppendix(broken)).toMatchObject({ status: 'damaged' });
  });

  it('says a tampered or incomplete embedded case is damaged', async () => {
    const zip = await JSZip.loadAsync(await render(loadExample('snorojning.sv.json')));
    const xml = await zip.file('docProps/custom.xml')!.async('string');
    const missingChunk = xml.replace(
      /<property[^>]*name="Underlagskollen_0002">[\s\S]*?<\/property>/,
      '',
    );
    zip.file('docProps/custom.xml', missingChunk);
    expect(await readAppendix(await zip.generateAsync({ type: 'uint8array' }))).toMatchObject({
      status: 'damaged',
      detail: expect.stringContaining('missing part 2'),
    });
    const badJson = toCustomProperties('{"format": "underlagskollen-case", ');
    zip.file('docProps/custom.xml', customXml(badJson));
    expect(await readAppendix(await zip.generateAsync({ type: 'uint8array' }))).toMatchObject({
      status: 'damaged',
    });
  });

  it('says a case from a newer version is too new', async () => {
    const zip = await JSZip.loadAsync(await render(loadExample('snorojning.sv.json')));
    const env = JSON.parse(serializeCase(loadExample('snorojning.sv.json'))) as Record<
      string,
      unknown
    >;
    env.version = 99;
    zip.file('docProps/custom.xml', customXml(toCustomProperties(JSON.stringify(env))));
    expect(await readAppendix(await zip.generateAsync({ type: 'uint8array' }))).toEqual({
      status: 'too-new',
      version: 99,
    });
  });

  it('never throws, whatever bytes it gets', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const withMagic = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]);
        const r = await readAppendix(withMagic);
        expect(['not-ours', 'damaged']).toContain(r.status);
      }),
      { numRuns: 50 },
    );
  });

  it('renders an empty case without errors', async () => {
    const c = caseWith({});
    const bytes = await renderDocx(buildAppendix(c, { t: sv, lng: 'sv', ctx: emptyContext }), c);
    await assertWellFormed(bytes);
    expect(
      (await unzipText(bytes, 'word/document.xml')).match(/Ej besvarad/g)?.length,
    ).toBeGreaterThan(5);
  });
});

function customXml(props: { name: string; value: string }[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    props
      .map(
        (p, i) =>
          `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${p.name}"><vt:lpwstr>${p.value}</vt:lpwstr></property>`,
      )
      .join('') +
    '</Properties>'
  );
}

describe('a statistics table at the row limit in Word', () => {
  it('holds every row and value, no chart, and the notice that the chart is left out', async () => {
    const n = 500;
    const table: StatTable = {
      id: 't1',
      indicator: 'Besök',
      unit: 'count',
      period: '2024',
      source: '',
      breakdown: 'Ort',
      groups: ['women', 'men'],
      rows: Array.from({ length: n }, (_, i) => ({
        id: `r${i}`,
        label: `Ort ${i + 1}`,
        values: { women: String(1000 + i), men: String(5000 + i) },
      })),
      sentence: null,
    };
    const c = caseWith({ 'b1.affects': 'ja', 'b2.split': 'ja', 'b2.tables': [table] });
    const xml = await unzipText(
      await renderDocx(buildAppendix(c, { t: sv, lng: 'sv', ctx }), c),
      'word/document.xml',
    );
    expect(xmlProblem(xml)).toBeNull();
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!);
    const plain = (s: string) => s.replace(/\s/g, ' ');
    for (let i = 0; i < n; i++) {
      const at = texts.indexOf(`Ort ${i + 1}`);
      expect(at, `row ${i + 1}`).toBeGreaterThan(-1);
      expect(plain(texts[at + 1]!)).toBe(plain((1000 + i).toLocaleString('sv-SE')));
      expect(plain(texts[at + 2]!)).toBe(plain((5000 + i).toLocaleString('sv-SE')));
    }
    expect(xml).toContain('Diagrammet är utelämnat eftersom tabellen har 500 rader');
    expect(xml).not.toContain('Diagram: ');
  });
});
