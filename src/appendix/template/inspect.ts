/**
 * Reads and checks the organisation's Word template (.dotx or .docx) before anything of it is
 * used. Never throws: a template that is broken, too large, hostile or lacks a style gives one
 * problem with a code the settings screen translates (`settings:template.problems.<code>`), and
 * the appendix then keeps the built-in look.
 *
 * Nothing in a template is executed or fetched: a template with macros (vbaProject.bin, a
 * macro-enabled content type, ActiveX), any relationship with TargetMode="External" (a linked
 * image, an attached template, a hyperlink), a field that reads another file (INCLUDEPICTURE,
 * INCLUDETEXT, LINK, DDE) or a DOCTYPE is refused. A zip is a promise about sizes, not a
 * guarantee: the declared sizes are capped, and every part is inflated with a cap on what comes
 * out. Only the parts the appendix uses are read: styles, theme, the last section's page setup,
 * and the headers and footers with their images.
 */
import { declaredSize, inflateCapped } from '../read-appendix';

/** The template file itself (a logo in the header is usually well under 1 MB). */
export const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;
/** The whole archive as its central directory declares it. */
export const MAX_TEMPLATE_DECLARED_BYTES = 40 * 1024 * 1024;
/** One part, inflated. */
export const MAX_TEMPLATE_PART_BYTES = 8 * 1024 * 1024;
const MAX_ENTRIES = 2000;

export type TemplateProblemCode =
  | 'notFound'
  | 'notZip'
  | 'damaged'
  | 'tooLarge'
  | 'zipBomb'
  | 'notWord'
  | 'macros'
  | 'external'
  | 'activeContent'
  | 'missingStyle'
  | 'unsupportedImage';

export interface TemplateProblem {
  code: TemplateProblemCode;
  /** What exactly: a part name, a style name or a size in MB (interpolated as {{detail}}). */
  detail: string;
}

export interface TemplatePart {
  /** Path inside the template, e.g. word/header1.xml. */
  path: string;
  xml: string;
  /** Images the part refers to: relationship id -> path and bytes. */
  images: { id: string; path: string; bytes: Uint8Array }[];
}

export interface LoadedTemplate {
  styles: string;
  theme: string | null;
  /** w:pgSz and w:pgMar of the template's last section, as XML ('' when absent). */
  pageSetup: string;
  titlePage: boolean;
  headers: { type: string; part: TemplatePart }[];
  footers: { type: string; part: TemplatePart }[];
}

export type TemplateResult =
  { ok: true; template: LoadedTemplate } | { ok: false; problem: TemplateProblem };

class Refused extends Error {
  constructor(readonly problem: TemplateProblem) {
    super(problem.code);
  }
}

const refuse = (code: TemplateProblemCode, detail = ''): never => {
  throw new Refused({ code, detail });
};

const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
  tif: 'image/tiff',
  tiff: 'image/tiff',
};

export function imageContentType(path: string): string | undefined {
  return IMAGE_TYPES[path.slice(path.lastIndexOf('.') + 1).toLowerCase()];
}

/** Styles the appendix cannot do without: its text and its real headings (accessibility). */
export const REQUIRED_STYLES = ['Normal', 'heading 1', 'heading 2'] as const;

const REL_IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const ACTIVE_FIELD = /\b(?:INCLUDEPICTURE|INCLUDETEXT|LINK|DDE|DDEAUTO|IMPORT)\b/;

interface Rel {
  id: string;
  type: string;
  target: string;
}

export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1];
}

function relsOf(xml: string): Rel[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    id: attr(m[0], 'Id') ?? '',
    type: attr(m[0], 'Type') ?? '',
    target: attr(m[0], 'Target') ?? '',
  }));
}

/** "word/_rels/header1.xml.rels" for "word/header1.xml". */
function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target relative to its part's folder, normalised ("../media/a.png"). */
function resolve(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The names a template's styles are known by (w:name, lower case), with their ids. */
export function styleNames(stylesXml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of stylesXml.matchAll(/<w:style\b[^>]*>[\s\S]*?<\/w:style>/g)) {
    const id = attr(/<w:style\b[^>]*>/.exec(m[0])![0], 'w:styleId');
    const name = /<w:name w:val="([^"]*)"/.exec(m[0])?.[1];
    if (id && name) out.set(name.toLowerCase(), id);
  }
  return out;
}

type Zip = import('jszip');

async function readPart(zip: Zip, path: string, binary: true): Promise<Uint8Array>;
async function readPart(zip: Zip, path: string, binary?: false): Promise<string>;
async function readPart(zip: Zip, path: string, binary = false): Promise<string | Uint8Array> {
  const entry = zip.file(path);
  if (!entry) return refuse('damaged', path);
  if (declaredSize(entry) > MAX_TEMPLATE_PART_BYTES) refuse('zipBomb', path);
  let bytes: Uint8Array | 'too-large';
  try {
    bytes = await inflateCapped(
      entry as unknown as Parameters<typeof inflateCapped>[0],
      MAX_TEMPLATE_PART_BYTES,
    );
  } catch {
    return refuse('damaged', path);
  }
  if (bytes === 'too-large') return refuse('zipBomb', path);
  if (binary) return bytes;
  const text = new TextDecoder('utf-8').decode(bytes);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) refuse('activeContent', path);
  return text;
}

async function readHeaderFooter(zip: Zip, path: string): Promise<TemplatePart> {
  const xml = await readPart(zip, path);
  for (const m of xml.matchAll(/w:instr="([^"]*)"|<w:instrText[^>]*>([^<]*)</g)) {
    if (ACTIVE_FIELD.test(m[1] ?? m[2] ?? '')) refuse('activeContent', path);
  }
  if (/<w:object\b|<o:OLEObject\b|<w:control\b/.test(xml)) refuse('activeContent', path);
  const images: TemplatePart['images'] = [];
  const rp = relsPath(path);
  if (zip.file(rp)) {
    for (const rel of relsOf(await readPart(zip, rp))) {
      if (rel.type !== REL_IMAGE) continue;
      const target = resolve(path, rel.target);
      if (!imageContentType(target)) refuse('unsupportedImage', target);
      images.push({ id: rel.id, path: target, bytes: await readPart(zip, target, true) });
    }
  }
  return { path, xml, images };
}

async function inspect(bytes: Uint8Array): Promise<LoadedTemplate> {
  if (bytes.length > MAX_TEMPLATE_BYTES) {
    refuse('tooLarge', (bytes.length / 1024 / 1024).toFixed(1));
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    refuse('notZip');
  }
  const { default: JSZip } = await import('jszip');
  let zip: Zip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return refuse('damaged');
  }
  const names = Object.keys(zip.files);
  let declared = 0;
  for (const entry of Object.values(zip.files)) declared += declaredSize(entry);
  if (names.length > MAX_ENTRIES || declared > MAX_TEMPLATE_DECLARED_BYTES) {
    refuse('zipBomb', String(Math.round(declared / 1024 / 1024)));
  }
  const macro = names.find((n) => /vbaProject|vbaData|(?:^|\/)activeX\//i.test(n));
  if (macro) refuse('macros', macro);
  const embedded = names.find((n) => /^word\/embeddings\//i.test(n));
  if (embedded) refuse('activeContent', embedded);
  if (!zip.file('[Content_Types].xml') || !zip.file('word/document.xml')) refuse('notWord');
  const types = await readPart(zip, '[Content_Types].xml');
  if (/macroEnabled|vbaProject|activeX/i.test(types)) refuse('macros', '[Content_Types].xml');
  for (const n of names) {
    if (!n.endsWith('.rels')) continue;
    const rels = await readPart(zip, n);
    if (/TargetMode\s*=\s*"External"/i.test(rels)) refuse('external', n);
  }

  const docRels = relsOf(
    zip.file('word/_rels/document.xml.rels')
      ? await readPart(zip, 'word/_rels/document.xml.rels')
      : '',
  );
  const byType = (t: string) => docRels.find((r) => r.type.endsWith(`/relationships/${t}`));
  const stylesRel = byType('styles');
  const stylesPath = stylesRel ? resolve('word/document.xml', stylesRel.target) : 'word/styles.xml';
  if (!zip.file(stylesPath)) refuse('missingStyle', 'Normal');
  const styles = await readPart(zip, stylesPath);
  const known = styleNames(styles);
  for (const s of REQUIRED_STYLES) if (!known.has(s.toLowerCase())) refuse('missingStyle', s);

  const themeRel = byType('theme');
  const themePath = themeRel ? resolve('word/document.xml', themeRel.target) : '';
  const theme = themePath && zip.file(themePath) ? await readPart(zip, themePath) : null;

  const doc = await readPart(zip, 'word/document.xml');
  const sectPrs = [...doc.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)];
  const sectPr = sectPrs.at(-1)?.[0] ?? '';
  const pageSetup = [/<w:pgSz\b[^>]*\/>/, /<w:pgMar\b[^>]*\/>/]
    .map((re) => re.exec(sectPr)?.[0] ?? '')
    .join('');
  const parts = async (kind: 'header' | 'footer') => {
    const out: { type: string; part: TemplatePart }[] = [];
    for (const m of sectPr.matchAll(new RegExp(`<w:${kind}Reference\\b[^>]*>`, 'g'))) {
      const rel = docRels.find((r) => r.id === attr(m[0], 'r:id'));
      if (!rel) continue;
      const path = resolve('word/document.xml', rel.target);
      if (!zip.file(path)) refuse('damaged', path);
      out.push({
        type: attr(m[0], 'w:type') ?? 'default',
        part: await readHeaderFooter(zip, path),
      });
    }
    return out;
  };
  return {
    styles,
    theme,
    pageSetup,
    titlePage: /<w:titlePg(?:\s*\/>|\s+w:val="(?:1|true|on)")/.test(sectPr),
    headers: await parts('header'),
    footers: await parts('footer'),
  };
}

/** Check a template and read the parts the appendix uses. Never throws. */
export async function inspectTemplate(bytes: Uint8Array): Promise<TemplateResult> {
  try {
    return { ok: true, template: await inspect(bytes) };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, problem: e.problem };
    return { ok: false, problem: { code: 'damaged', detail: '' } };
  }
}
