/**
 * The example Word template and the hostile templates for the tests (test/fixtures/templates/).
 *
 *   npx tsx scripts/make-template-fixtures.ts [out-dir]
 *
 * example-bilaga.dotx is what docs/config.md describes: the styles of a Swedish Word (localised
 * ids such as "Rubrik1" for "heading 1"), headings in DejaVu Sans, text in Liberation Serif, the
 * table style "Table Grid", 3 cm top margin, a header with a logo and the fields {{dnr}} (split
 * over two runs, as Word does) and a content control tagged uk:bilaga, a footer with committee,
 * meeting date and page X of Y. The hostile ones each break one rule; the zip bombs are made by
 * the functions here when a test needs them. Pure Node (node:zlib).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import { crc32 } from '../src/appendix/embed';
import { makeZip } from './make-hostile-fixtures';
import type { ZipInput } from './make-hostile-fixtures';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const enc = (s: string) => new TextEncoder().encode(s);

/** A small solid PNG (the "logo"). */
function png(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), Buffer.from(data)]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3)]);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

const style = (type: string, id: string, name: string, body = '', extra = '') =>
  `<w:style w:type="${type}" w:styleId="${id}"${extra}><w:name w:val="${name}"/>${body}</w:style>`;
const heading = (id: string, name: string, size: number, level: number) =>
  style(
    'paragraph',
    id,
    name,
    `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
      `<w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="${level}"/></w:pPr>` +
      `<w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans" w:cs="DejaVu Sans"/><w:b/><w:color w:val="1F4E79"/><w:sz w:val="${size}"/><w:lang w:val="en-US"/></w:rPr>`,
  );

interface Options {
  /** Leave out the style named "heading 2". */
  withoutHeading2?: boolean;
  /** Extra relationships of header1.xml (e.g. an external image). */
  headerRels?: string;
  /** Extra XML in the header's paragraph (e.g. a field). */
  headerExtra?: string;
  extraEntries?: ZipInput[];
  contentType?: string;
}

export function templateEntries(o: Options = {}): ZipInput[] {
  const styles =
    XML +
    `<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>` +
    `<w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:cs="Liberation Serif"/>` +
    `<w:sz w:val="23"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="140" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    style('paragraph', 'Normal', 'Normal', '<w:qFormat/>', ' w:default="1"') +
    style(
      'table',
      'Normaltabell',
      'Normal Table',
      '<w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>',
      ' w:default="1"',
    ) +
    heading('Rubrik', 'Title', 44, 9).replace('<w:outlineLvl w:val="9"/>', '') +
    heading('Rubrik1', 'heading 1', 30, 0) +
    (o.withoutHeading2 ? '' : heading('Rubrik2', 'heading 2', 25, 1)) +
    style(
      'paragraph',
      'Sidhuvud',
      'header',
      '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/><w:color w:val="1F4E79"/></w:rPr>',
    ) +
    style(
      'paragraph',
      'Sidfot',
      'footer',
      '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="17"/></w:rPr>',
    ) +
    style(
      'table',
      'Tabellrutnt',
      'Table Grid',
      '<w:basedOn w:val="Normaltabell"/><w:tblPr><w:tblBorders>' +
        ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
          .map((e) => `<w:${e} w:val="single" w:sz="8" w:space="0" w:color="1F4E79"/>`)
          .join('') +
        '</w:tblBorders></w:tblPr>',
    ) +
    '</w:styles>';

  const header =
    XML +
    `<w:hdr xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="${WP}"><w:p><w:pPr><w:pStyle w:val="Sidhuvud"/><w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs></w:pPr>` +
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="1080000" cy="360000"/>` +
    `<wp:docPr id="1001" name="Logotyp" descr="Region Exempelstad, logotyp"/>` +
    `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1001" name="logo.png" descr="Region Exempelstad, logotyp"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1080000" cy="360000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>` +
    `</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>` +
    `<w:r><w:tab/><w:t xml:space="preserve">REGION EXEMPELSTAD  ·  Dnr {{d</w:t></w:r>` +
    `<w:proofErr w:type="spellStart"/><w:r><w:t>nr}}</w:t></w:r><w:proofErr w:type="spellEnd"/>` +
    `<w:r><w:t xml:space="preserve">  ·  </w:t></w:r>` +
    `<w:sdt><w:sdtPr><w:tag w:val="uk:bilaga"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Klicka här för bilaga</w:t></w:r></w:sdtContent></w:sdt>` +
    (o.headerExtra ?? '') +
    `</w:p></w:hdr>`;

  const footer =
    XML +
    `<w:ftr xmlns:w="${W}" xmlns:r="${R}"><w:p><w:pPr><w:pStyle w:val="Sidfot"/><w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs></w:pPr>` +
    `<w:r><w:t xml:space="preserve">{{titel}} – {{namnd}}, sammanträde {{sammantradesdatum}}</w:t></w:r>` +
    `<w:r><w:tab/><w:t xml:space="preserve">Sida {{sida}} av {{sidor}}</w:t></w:r></w:p></w:ftr>`;

  const document =
    XML +
    `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body><w:p><w:r><w:t>Mallens brödtext används inte av Underlagskollen.</w:t></w:r></w:p>` +
    `<w:sectPr><w:headerReference w:type="default" r:id="rId10"/><w:footerReference w:type="default" r:id="rId11"/>` +
    `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1134" w:bottom="1418" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;

  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`;
  const rels = (body: string) =>
    XML +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
  const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  const types =
    XML +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>` +
    `<Override PartName="/word/document.xml" ContentType="${o.contentType ?? `${CT}.template.main+xml`}"/>` +
    `<Override PartName="/word/styles.xml" ContentType="${CT}.styles+xml"/>` +
    `<Override PartName="/word/header1.xml" ContentType="${CT}.header+xml"/>` +
    `<Override PartName="/word/footer1.xml" ContentType="${CT}.footer+xml"/></Types>`;

  return [
    { name: '[Content_Types].xml', data: enc(types) },
    {
      name: '_rels/.rels',
      data: enc(rels(rel('rId1', 'officeDocument', 'word/document.xml'))),
    },
    { name: 'word/document.xml', data: enc(document) },
    {
      name: 'word/_rels/document.xml.rels',
      data: enc(
        rels(
          rel('rId1', 'styles', 'styles.xml') +
            rel('rId10', 'header', 'header1.xml') +
            rel('rId11', 'footer', 'footer1.xml'),
        ),
      ),
    },
    { name: 'word/styles.xml', data: enc(styles) },
    { name: 'word/header1.xml', data: enc(header) },
    {
      name: 'word/_rels/header1.xml.rels',
      data: enc(rels(rel('rIdLogo', 'image', 'media/logo.png') + (o.headerRels ?? ''))),
    },
    { name: 'word/media/logo.png', data: png(120, 40, [0x1f, 0x4e, 0x79]) },
    { name: 'word/footer1.xml', data: enc(footer) },
    ...(o.extraEntries ?? []),
  ];
}

export function exampleTemplate(): Uint8Array {
  return makeZip(templateEntries());
}

/** Hostile or broken templates, each with the problem code it must be refused with. */
export function hostileTemplates(): { name: string; code: string; bytes: Uint8Array }[] {
  const entries = templateEntries();
  return [
    {
      name: 'macros.dotm',
      code: 'macros',
      bytes: makeZip(
        templateEntries({
          contentType: 'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
          extraEntries: [{ name: 'word/vbaProject.bin', data: enc('Attribute VB_Name = "x"') }],
        }),
      ),
    },
    {
      name: 'external-image.dotx',
      code: 'external',
      bytes: makeZip(
        templateEntries({
          headerRels: `<Relationship Id="rIdX" Type="${R}/image" Target="https://tracker.example/logo.png" TargetMode="External"/>`,
        }),
      ),
    },
    {
      name: 'include-field.dotx',
      code: 'activeContent',
      bytes: makeZip(
        templateEntries({
          headerExtra:
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
            '<w:r><w:instrText xml:space="preserve"> INCLUDEPICTURE "\\\\server\\logo.png" \\d </w:instrText></w:r>' +
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        }),
      ),
    },
    {
      name: 'no-heading-2.dotx',
      code: 'missingStyle',
      bytes: makeZip(templateEntries({ withoutHeading2: true })),
    },
    {
      name: 'bomb-declared.dotx',
      code: 'zipBomb',
      bytes: makeZip([
        ...entries,
        { name: 'word/padding.xml', data: new Uint8Array(48 * 1024 * 1024) },
      ]),
    },
    {
      name: 'bomb-lying.dotx',
      code: 'zipBomb',
      bytes: makeZip(
        entries.map((e) =>
          e.name === 'word/styles.xml'
            ? { ...e, data: new Uint8Array(20 * 1024 * 1024).fill(0x20), declaredSize: 4000 }
            : e,
        ),
      ),
    },
    { name: 'not-a-zip.dotx', code: 'notZip', bytes: enc('<html>This is not a Word file</html>') },
    {
      name: 'truncated.dotx',
      code: 'damaged',
      bytes: makeZip(entries).slice(0, 900),
    },
  ];
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const dir = process.argv[2] ?? 'test/fixtures/templates';
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'example-bilaga.dotx'), exampleTemplate());
  for (const h of hostileTemplates()) {
    if (h.name.startsWith('bomb-')) continue;
    writeFileSync(join(dir, h.name), h.bytes);
  }
  console.log(`Wrote the example and hostile templates to ${dir}`);
}
