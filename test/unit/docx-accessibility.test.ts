import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/appendix/docx-writer';
import { buildAppendix } from '../../src/appendix/model';
import { inspectTemplate } from '../../src/appendix/template/inspect';
import type { LoadedTemplate } from '../../src/appendix/template/inspect';
import type { AppendixModel, ChartBlock } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { loadExample, shippedContext } from '../helpers/appendix-fixtures';

// Reads the produced .docx XML the way assistive technology and registry systems do:
// heading styles, repeated table header rows, the charts' text alternatives, language,
// title and author, A4 and page numbers.

const ctx = shippedContext();
const { DOMParser } = globalThis;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Produced {
  model: AppendixModel;
  zip: JSZip;
  doc: Document;
  xml: string;
}

async function produce(
  file: string,
  lng: 'sv' | 'en',
  template?: LoadedTemplate,
): Promise<Produced> {
  const c = loadExample(file);
  const model = buildAppendix(c, { t: nodeTranslator(lng), lng, ctx });
  const zip = await JSZip.loadAsync(
    await renderDocx(model, c, { now: new Date('2025-01-01T00:00:00Z'), template }),
  );
  const xml = await zip.file('word/document.xml')!.async('string');
  return { model, zip, xml, doc: new DOMParser().parseFromString(xml, 'application/xml') };
}

const text = (el: Element) =>
  Array.from(el.getElementsByTagNameNS(W, 't'))
    .map((t) => t.textContent ?? '')
    .join('');
const attr = (el: Element | undefined, name: string) => el?.getAttributeNS(W, name) ?? null;
const child = (el: Element, name: string) =>
  Array.from(el.children).find((c) => c.namespaceURI === W && c.localName === name);

function paragraphsWithStyle(doc: Document, style: string): string[] {
  return Array.from(doc.getElementsByTagNameNS(W, 'p'))
    .filter((p) => {
      const pPr = child(p, 'pPr');
      return pPr ? attr(child(pPr, 'pStyle'), 'val') === style : false;
    })
    .map(text);
}

function charts(m: AppendixModel): ChartBlock[] {
  return m.parts.flatMap((p) =>
    p.subsections.flatMap((s) =>
      s.blocks.flatMap((b) =>
        b.kind === 'qa' && b.answer.kind === 'tables'
          ? b.answer.tables.flatMap((t) => (t.chart ? [t.chart] : []))
          : [],
      ),
    ),
  );
}

/** Top-level and nested tables with their caption (w:tblCaption), description and first row. */
function tables(doc: Document) {
  return Array.from(doc.getElementsByTagNameNS(W, 'tbl')).map((tbl) => {
    const tblPr = child(tbl, 'tblPr')!;
    const firstRow = child(tbl, 'tr')!;
    const trPr = child(firstRow, 'trPr');
    return {
      caption: attr(child(tblPr, 'tblCaption'), 'val'),
      description: attr(child(tblPr, 'tblDescription'), 'val'),
      headerRow: trPr ? child(trPr, 'tblHeader') !== undefined : false,
      firstRowText: text(firstRow),
    };
  });
}

// The same checks for the built-in look and with the organisation's example Word template: the
// accessibility of the appendix does not depend on the template.
async function exampleTemplate(): Promise<LoadedTemplate> {
  const bytes = new Uint8Array(readFileSync('test/fixtures/templates/example-bilaga.dotx'));
  const r = await inspectTemplate(bytes);
  if (!r.ok) throw new Error(`the example template is refused: ${r.problem.code}`);
  return r.template;
}

describe.each([
  ['the built-in look', false],
  ['the example Word template', true],
])('the Word appendix for assistive technology, in %s', (_look, withTemplate) => {
  let sv: Produced;
  let en: Produced;
  beforeAll(async () => {
    const template = withTemplate ? await exampleTemplate() : undefined;
    sv = await produce('far-niva1.sv.json', 'sv', template);
    en = await produce('far-niva1.en.json', 'en', template);
  });

  it('uses Heading 1 for every part and Heading 2 for the steps', () => {
    const h1 = paragraphsWithStyle(sv.doc, 'Heading1');
    for (const part of sv.model.parts) expect(h1).toContain(part.heading);
    expect(h1).toContain(sv.model.verdict.heading);
    // The officer's concluding assessment stands beside the tool's assessment, not under it.
    expect(h1).toContain(sv.model.conclusion.heading);
    const h2 = paragraphsWithStyle(sv.doc, 'Heading2');
    expect(h2).toContain('Steg 2. Könsuppdelad statistik');
    expect(paragraphsWithStyle(en.doc, 'Heading1')).toContain('Gender-equal decision papers');
  });

  it('marks the first row of every data table as a header row that repeats', () => {
    const data = tables(sv.doc).filter((t) => !t.caption?.startsWith('Diagram'));
    // Field table (no header row by design: label/value pairs) + verdict + child checks
    // + 2 statistics + measures.
    expect(data.length).toBeGreaterThanOrEqual(5);
    const withHeader = data.filter((t) => t.headerRow);
    expect(withHeader.map((t) => t.firstRowText)).toContain('Del och stegBedömningKommentar');
    // The only table without a header row is the label/value table of case fields.
    const without = data.filter((t) => !t.headerRow);
    expect(without).toHaveLength(1);
    expect(without[0]!.firstRowText).toMatch(/^Diarienummer/);
  });

  it('gives each statistics table its caption as the table title', () => {
    const captions = tables(sv.doc).map((t) => t.caption);
    expect(captions).toContain('Förskrivna FaR med stöd på nivå 1 (antal), 2023');
  });

  it('carries each chart text alternative as a paragraph and as the table description', () => {
    for (const p of [sv, en]) {
      const cs = charts(p.model);
      expect(cs).toHaveLength(2);
      const alts = paragraphsWithStyle(p.doc, 'ChartAlt');
      const described = tables(p.doc).filter((t) => t.description);
      for (const c of cs) {
        expect(alts).toContain(c.altText);
        expect(described.map((t) => [t.caption, t.description])).toContainEqual([
          c.caption,
          c.altText,
        ]);
        expect(paragraphsWithStyle(p.doc, 'Caption')).toContain(c.caption);
      }
    }
    expect(charts(sv.model)[0]!.altText).toContain('Halmstad: kvinnor 412, män 198');
    expect(charts(en.model)[0]!.altText).toContain('Halmstad: women 412, men 198');
  });

  it('prints the group name and value beside every bar, so colour is never the only cue', () => {
    const chartTbl = Array.from(sv.doc.getElementsByTagNameNS(W, 'tbl')).find((t) =>
      attr(child(child(t, 'tblPr')!, 'tblCaption'), 'val')?.startsWith('Diagram'),
    )!;
    const rows = Array.from(chartTbl.getElementsByTagNameNS(W, 'tr')).map(text);
    // A kön+ row's label stands beside its first bar.
    expect(rows).toContain('HalmstadKvinnor412');
    expect(rows).toContain('Män198');
    // Bars are shaded cells: women solid, men patterned.
    const shadings = Array.from(chartTbl.getElementsByTagNameNS(W, 'shd')).map((s) =>
      attr(s, 'val'),
    );
    expect(shadings).toContain('clear');
    expect(shadings).toContain('thinDiagStripe');
  });

  it('declares the document language in the styles: sv-SE, and en-GB for English', async () => {
    const svStyles = await sv.zip.file('word/styles.xml')!.async('string');
    const enStyles = await en.zip.file('word/styles.xml')!.async('string');
    expect(svStyles).toContain('<w:lang w:val="sv-SE"/>');
    expect(svStyles).not.toContain('en-GB');
    expect(enStyles).toContain('<w:lang w:val="en-GB"/>');
    expect(enStyles).not.toContain('sv-SE');
  });

  it('has a title and an author in the document properties', async () => {
    const core = await sv.zip.file('docProps/core.xml')!.async('string');
    expect(core).toMatch(/<dc:title>Jämställdhet[^<]*Fysisk aktivitet på recept[^<]*<\/dc:title>/);
    expect(core).toContain('<dc:creator>Karin Nilsson</dc:creator>');
    const coreEn = await en.zip.file('docProps/core.xml')!.async('string');
    expect(coreEn).toMatch(/<dc:title>Gender equality[^<]+<\/dc:title>/);
  });

  it('is A4 with page numbers "Sida x av y" as PAGE and NUMPAGES fields in the footer', async () => {
    expect(sv.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const footers = await Promise.all(
      Object.keys(sv.zip.files)
        .filter((p) => /^word\/(?:tpl-)?footer\d+\.xml$/.test(p))
        .map((p) => sv.zip.file(p)!.async('string')),
    );
    const headers = await Promise.all(
      Object.keys(sv.zip.files)
        .filter((p) => /^word\/(?:tpl-)?header\d+\.xml$/.test(p))
        .map((p) => sv.zip.file(p)!.async('string')),
    );
    expect(footers.length).toBeGreaterThanOrEqual(1);
    for (const f of footers) {
      expect(f).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(f).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
      expect(f).toContain('Sida ');
    }
    // The Dnr is on every page: in the footer of the built-in look, in the template's header.
    expect([...footers, ...headers].join('')).toMatch(/Dnr (?:<[^>]*>)*(?:RS )?LN-V\/2024:37/);
  });
});
