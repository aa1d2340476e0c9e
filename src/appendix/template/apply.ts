/**
 * Puts the organisation's template onto a packed appendix: the writer's .docx is made as always,
 * then its zip is post-processed. Taken from the template: the styles (merged, see styles.ts),
 * the theme (colours and theme fonts), the page size and margins of its last section, its
 * headers and footers with their images (fields filled, see fields.ts) and, when it has the
 * table style "Table Grid", that style for the appendix's bordered tables. Everything else of
 * the appendix (the body, the embedded case, the document properties) stays as written.
 */
import type { Case } from '../../checklist/schema';
import type { AppendixModel } from '../model';
import { fieldValues, fillFields } from './fields';
import type { FieldValues } from './fields';
import { attr, imageContentType } from './inspect';
import type { LoadedTemplate, TemplatePart } from './inspect';
import { hasTableGrid, localisedIds, mergeStyles, renameStyleRefs } from './styles';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

type Zip = import('jszip');

async function text(zip: Zip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`the appendix has no ${path}`);
  return f.async('string');
}

interface Added {
  refs: string;
  rels: string;
  overrides: string;
  extensions: Set<string>;
}

function addParts(
  zip: Zip,
  kind: 'header' | 'footer',
  parts: LoadedTemplate['headers'],
  values: FieldValues,
  added: Added,
  renames: Map<string, string>,
) {
  parts.forEach(({ type, part }, i) => {
    const name = `tpl-${kind}${i + 1}.xml`;
    zip.file(`word/${name}`, renameStyleRefs(fillFields(part.xml, values), renames));
    zip.file(`word/_rels/${name}.rels`, imageRels(zip, part, `${kind}${i + 1}`, added.extensions));
    const id = `rIdTpl${kind === 'header' ? 'H' : 'F'}${i + 1}`;
    added.refs += `<w:${kind}Reference w:type="${type}" r:id="${id}"/>`;
    added.rels += `<Relationship Id="${id}" Type="${REL}/${kind}" Target="${name}"/>`;
    added.overrides += `<Override PartName="/word/${name}" ContentType="${CT}.${kind}+xml"/>`;
  });
}

function imageRels(zip: Zip, part: TemplatePart, prefix: string, extensions: Set<string>) {
  const rels = part.images.map((img, i) => {
    const ext = img.path.slice(img.path.lastIndexOf('.') + 1).toLowerCase();
    const target = `media/tpl-${prefix}-${i + 1}.${ext}`;
    zip.file(`word/${target}`, img.bytes);
    extensions.add(ext);
    return `<Relationship Id="${img.id}" Type="${REL}/image" Target="${target}"/>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`
  );
}

/** Drop the writer's own header or footer parts (files, relationships, content types). */
async function dropOwn(zip: Zip, kind: 'header' | 'footer', rels: string, types: string) {
  let r = rels;
  let t = types;
  for (const m of rels.matchAll(/<Relationship\b[^>]*\/>/g)) {
    if (attr(m[0], 'Type') !== `${REL}/${kind}`) continue;
    const target = attr(m[0], 'Target') ?? '';
    zip.remove(`word/${target}`);
    zip.remove(`word/_rels/${target}.rels`);
    r = r.replace(m[0], '');
    t = t.replace(new RegExp(`<Override\\b[^>]*PartName="/word/${target}"[^>]*/>`), '');
  }
  return { rels: r, types: t };
}

function twips(tag: string, name: string): number {
  return Number(attr(tag, name) ?? NaN);
}

/** The body's width between the margins, from w:pgSz and w:pgMar. */
function contentWidth(setup: string): number {
  const sz = /<w:pgSz\b[^>]*\/>/.exec(setup)?.[0] ?? '';
  const mar = /<w:pgMar\b[^>]*\/>/.exec(setup)?.[0] ?? '';
  return twips(sz, 'w:w') - twips(mar, 'w:left') - twips(mar, 'w:right');
}

function sectionXml(sectPr: string, tpl: LoadedTemplate, added: Added): string {
  let s = sectPr;
  if (tpl.headers.length) s = s.replace(/<w:headerReference\b[^>]*\/>/g, '');
  if (tpl.footers.length) s = s.replace(/<w:footerReference\b[^>]*\/>/g, '');
  s = s.replace(/<w:sectPr\b[^>]*>/, (open) => open + added.refs);
  for (const tag of ['pgSz', 'pgMar']) {
    const mine = new RegExp(`<w:${tag}\\b[^>]*/>`);
    const theirs = mine.exec(tpl.pageSetup)?.[0];
    if (theirs) s = s.replace(mine, theirs);
  }
  if (tpl.headers.length || tpl.footers.length) {
    s = s.replace(/<w:titlePg\/>/, '');
    if (tpl.titlePage) s = s.replace(/(<w:docGrid\b|<\/w:sectPr>)/, '<w:titlePg/>$1');
  }
  return s;
}

/** Tables as wide as the template's text column, and its table style on the bordered ones. */
function bodyXml(doc: string, scale: number, tableStyle: boolean): string {
  let out = doc;
  if (Number.isFinite(scale) && scale > 0 && Math.abs(scale - 1) > 0.001) {
    out = out.replace(
      /(<w:(?:tblW|gridCol|tcW)\b[^>]*\sw:w=")(\d+)(")/g,
      (_m, a: string, w: string, b: string) => `${a}${Math.floor(Number(w) * scale)}${b}`,
    );
  }
  if (tableStyle) {
    out = out.replace(/<w:tblPr>([\s\S]*?)<\/w:tblPr>/g, (whole, inner: string) =>
      /<w:tblBorders>(?:(?!<\/w:tblBorders>)[\s\S])*w:color="808080"/.test(inner)
        ? `<w:tblPr><w:tblStyle w:val="TableGrid"/>${inner.replace(/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/, '')}</w:tblPr>`
        : whole,
    );
  }
  return out;
}

/** The packed appendix with the template applied. */
export async function applyTemplate(
  docx: Uint8Array,
  tpl: LoadedTemplate,
  model: AppendixModel,
  c: Case,
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(docx);
  const values = fieldValues(model, c.answers);

  const styles = mergeStyles(tpl.styles, await text(zip, 'word/styles.xml'), model.langTag);
  zip.file('word/styles.xml', styles);
  if (tpl.theme) zip.file('word/theme/theme1.xml', tpl.theme);

  let rels = await text(zip, 'word/_rels/document.xml.rels');
  let types = await text(zip, '[Content_Types].xml');
  const added: Added = { refs: '', rels: '', overrides: '', extensions: new Set() };
  if (tpl.headers.length) ({ rels, types } = await dropOwn(zip, 'header', rels, types));
  if (tpl.footers.length) ({ rels, types } = await dropOwn(zip, 'footer', rels, types));
  const renames = localisedIds(tpl.styles);
  addParts(zip, 'header', tpl.headers, values, added, renames);
  addParts(zip, 'footer', tpl.footers, values, added, renames);
  zip.file(
    'word/_rels/document.xml.rels',
    rels.replace('</Relationships>', `${added.rels}</Relationships>`),
  );
  const defaults = [...added.extensions]
    .filter((ext) => !new RegExp(`Extension="${ext}"`, 'i').test(types))
    .map((ext) => `<Default Extension="${ext}" ContentType="${imageContentType(`x.${ext}`)}"/>`)
    .join('');
  zip.file(
    '[Content_Types].xml',
    types
      .replace(/(<Types\b[^>]*>)/, `$1${defaults}`)
      .replace('</Types>', `${added.overrides}</Types>`),
  );

  const doc = await text(zip, 'word/document.xml');
  const sectPr = [...doc.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].at(-1)?.[0] ?? '';
  const scale = tpl.pageSetup ? contentWidth(tpl.pageSetup) / contentWidth(sectPr) : 1;
  const body = bodyXml(doc, scale, hasTableGrid(styles));
  zip.file('word/document.xml', body.replace(sectPr, sectionXml(sectPr, tpl, added)));

  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) as Promise<
    Uint8Array<ArrayBuffer>
  >;
}
