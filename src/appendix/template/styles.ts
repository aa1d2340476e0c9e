/**
 * The appendix's styles on top of a template's: the template's styles.xml is the base (its
 * Normal, headings, table style, fonts and colours win), and every style the appendix uses that
 * the template lacks is added from the built-in set without its font and colour, so it follows
 * the template's Normal. A Swedish Word names its styles by localised ids ("Rubrik1" for the
 * built-in "heading 1"): such ids are renamed to the ids the appendix refers to, so the headings
 * stay real Word headings (the accessibility of the appendix does not depend on the template).
 * The language of the appendix is set in the defaults and removed from single styles.
 */
import { attr, styleNames } from './inspect';

/** Built-in style names (w:name, lower case) and the style ids the writer uses for them. */
const CANONICAL: readonly (readonly [id: string, name: string])[] = [
  ['Normal', 'normal'],
  ['Heading1', 'heading 1'],
  ['Heading2', 'heading 2'],
  ['Heading3', 'heading 3'],
  ['Title', 'title'],
  ['Subtitle', 'subtitle'],
  ['Caption', 'caption'],
  ['Header', 'header'],
  ['Footer', 'footer'],
  ['ListParagraph', 'list paragraph'],
  ['TableGrid', 'table grid'],
  ['Hyperlink', 'hyperlink'],
];

const STYLE_BLOCK = /<w:style\b[^>]*>[\s\S]*?<\/w:style>/g;
const REF = '(<w:(?:basedOn|next|link|pStyle|rStyle|tblStyle) w:val=")';

function ids(xml: string): Set<string> {
  const out = new Set<string>();
  for (const m of xml.matchAll(STYLE_BLOCK)) {
    const id = attr(/<w:style\b[^>]*>/.exec(m[0])![0], 'w:styleId');
    if (id) out.add(id);
  }
  return out;
}

const escRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Localised style id -> the id the appendix uses ("Rubrik1" -> "Heading1"). */
export function localisedIds(stylesXml: string): Map<string, string> {
  const names = styleNames(stylesXml);
  const have = ids(stylesXml);
  const out = new Map<string, string>();
  for (const [id, name] of CANONICAL) {
    const local = names.get(name);
    if (local && local !== id && !have.has(id)) out.set(local, id);
  }
  return out;
}

/** Style references (and, in styles.xml, style ids) renamed to the appendix's ids. */
export function renameStyleRefs(xml: string, renames: Map<string, string>): string {
  let out = xml;
  for (const [local, id] of renames) {
    const e = escRe(local);
    out = out
      .replace(new RegExp(`(w:styleId=")${e}(")`, 'g'), `$1${id}$2`)
      .replace(new RegExp(`${REF}${e}(")`, 'g'), `$1${id}$2`);
  }
  return out;
}

function withLanguage(xml: string, langTag: string): string {
  const lang = `<w:lang w:val="${langTag}"/>`;
  // Single styles say nothing about the language; the defaults say it once.
  let out = xml.replace(STYLE_BLOCK, (s) =>
    s.replace(/<w:lang\b[^>]*\/>/g, '').replace(/<w:numPr>[\s\S]*?<\/w:numPr>|<w:numPr\/>/g, ''),
  );
  if (/<w:rPrDefault>[\s\S]*?<w:lang\b/.test(out)) {
    return out.replace(/(<w:rPrDefault>[\s\S]*?)<w:lang\b[^>]*\/>/, `$1${lang}`);
  }
  if (/<w:rPrDefault>\s*<w:rPr>/.test(out)) {
    return out.replace(/(<w:rPrDefault>\s*<w:rPr>)/, `$1${lang}`);
  }
  if (/<w:rPrDefault\/>/.test(out)) {
    return out.replace(/<w:rPrDefault\/>/, `<w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>`);
  }
  const rPrDefault = `<w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>`;
  if (/<w:docDefaults>/.test(out)) return out.replace(/<w:docDefaults>/, `$&${rPrDefault}`);
  if (/<w:docDefaults\/>/.test(out)) {
    return out.replace(/<w:docDefaults\/>/, `<w:docDefaults>${rPrDefault}</w:docDefaults>`);
  }
  out = out.replace(/<w:styles\b[^>]*>/, `$&<w:docDefaults>${rPrDefault}</w:docDefaults>`);
  return out;
}

/** Whether the merged styles have a table style the appendix's tables then use. */
export function hasTableGrid(stylesXml: string): boolean {
  return ids(stylesXml).has('TableGrid');
}

/** The template's styles with the appendix's missing styles added and its language set. */
export function mergeStyles(
  templateStyles: string,
  builtInStyles: string,
  langTag: string,
): string {
  const base = renameStyleRefs(templateStyles, localisedIds(templateStyles));
  const have = ids(base);
  const added: string[] = [];
  for (const m of builtInStyles.matchAll(STYLE_BLOCK)) {
    const id = attr(/<w:style\b[^>]*>/.exec(m[0])![0], 'w:styleId');
    if (!id || have.has(id)) continue;
    added.push(m[0].replace(/<w:rFonts\b[^>]*\/>|<w:color\b[^>]*\/>/g, ''));
  }
  const merged = base.replace(/<\/w:styles>\s*$/, `${added.join('')}</w:styles>`);
  return withLanguage(merged, langTag);
}
