/**
 * Fills the fields a template marks in its headers and footers. Two ways to mark a field, both
 * made in Word without any tool:
 *
 * - a placeholder typed as text, `{{dnr}}` (case and spaces inside the braces do not matter).
 *   Word often splits what one types into several runs (spelling marks, revision ids), so the
 *   placeholder is found in the text of consecutive w:t elements and the value written into the
 *   first of them, keeping its formatting;
 * - a plain-text content control (Developer > Content controls) whose tag is the field name,
 *   `dnr` or `uk:dnr`: its content becomes the value.
 *
 * `{{sida}}` and `{{sidor}}` become Word's PAGE and NUMPAGES fields (page X of Y); Word's own
 * page fields in the template are kept as they are. Unknown names are left as typed.
 */
import { str } from '../../checklist/question-bank';
import type { Answers } from '../../checklist/types';
import type { AppendixModel } from '../model';
import { xmlSafe } from '../sanitize';

export const TEMPLATE_FIELDS = [
  'dnr',
  'bilaga',
  'titel',
  'namnd',
  'sammantradesdatum',
  'datum',
  'handlaggare',
  'forvaltning',
  'organisation',
  'sida',
  'sidor',
] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

export type FieldValues = Partial<Record<TemplateField, string>>;

const PAGE_FIELDS: Partial<Record<TemplateField, string>> = { sida: 'PAGE', sidor: 'NUMPAGES' };

/** The field values of one appendix: the case's own answers, the label and the title. */
export function fieldValues(model: AppendixModel, answers: Answers): FieldValues {
  const value = (id: string) => xmlSafe(str(answers, id).trim());
  return {
    dnr: value('a.dnr'),
    bilaga: model.label,
    titel: model.caseTitle,
    namnd: value('a.committee'),
    sammantradesdatum: value('a.meetingDate'),
    datum: value('a.date'),
    handlaggare: value('a.officer'),
    forvaltning: value('a.department'),
    organisation: model.header.fields.find((f) => f.id === 'organisation')?.value ?? '',
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unesc = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const PLACEHOLDER = /\{\{\s*([a-zA-ZåäöÅÄÖ:-]+)\s*\}\}/g;

function fieldName(raw: string): TemplateField | null {
  const n = raw
    .toLowerCase()
    .replace(/^uk:/, '')
    .replace(/å|ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/-/g, '');
  return (TEMPLATE_FIELDS as readonly string[]).includes(n) ? (n as TemplateField) : null;
}

/** The run properties of the run a w:t at `at` sits in. */
function runPropsAt(xml: string, at: number): string {
  const before = xml.slice(0, at);
  const start = Math.max(before.lastIndexOf('<w:r>'), before.lastIndexOf('<w:r '));
  if (start < 0) return '';
  const m = /^<w:r\b[^>]*>\s*(<w:rPr>[\s\S]*?<\/w:rPr>)?/.exec(xml.slice(start));
  return m?.[1] ?? '';
}

function fieldRunsXml(instr: string, rPr: string): string {
  const r = (inner: string) => `<w:r>${rPr}${inner}</w:r>`;
  return (
    r('<w:fldChar w:fldCharType="begin"/>') +
    r(`<w:instrText xml:space="preserve"> ${instr} </w:instrText>`) +
    r('<w:fldChar w:fldCharType="separate"/>') +
    r('<w:t>1</w:t>') +
    r('<w:fldChar w:fldCharType="end"/>')
  );
}

interface TextNode {
  start: number;
  end: number;
  open: string;
  text: string;
}

/** Placeholders typed as text, across split runs. */
function fillPlaceholders(xml: string, values: FieldValues): string {
  const nodes: TextNode[] = [...xml.matchAll(/(<w:t(?:\s[^>]*)?>)([^<]*)<\/w:t>/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    open: m[1]!,
    text: unesc(m[2]!),
  }));
  if (nodes.length === 0) return xml;
  const joined = nodes.map((n) => n.text).join('');
  const owner: number[] = [];
  nodes.forEach((n, i) => {
    for (let k = 0; k < n.text.length; k++) owner.push(i);
  });
  // New content of each w:t: pieces of text, or a page field (which has to close the run).
  const pieces: { text: string; field?: string }[][] = nodes.map(() => []);
  let at = 0;
  const copy = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const list = pieces[owner[k]!]!;
      const last = list.at(-1);
      if (last && last.field === undefined) last.text += joined[k];
      else list.push({ text: joined[k]! });
    }
  };
  let changed = false;
  for (const m of joined.matchAll(PLACEHOLDER)) {
    const name = fieldName(m[1]!);
    if (!name) continue;
    copy(at, m.index);
    const list = pieces[owner[m.index]!]!;
    const instr = PAGE_FIELDS[name];
    if (instr) list.push({ text: '', field: instr });
    else list.push({ text: values[name] ?? '' });
    at = m.index + m[0].length;
    changed = true;
  }
  if (!changed) return xml;
  copy(at, joined.length);
  let out = '';
  let last = 0;
  nodes.forEach((n, i) => {
    out += xml.slice(last, n.start);
    const rPr = runPropsAt(xml, n.start);
    const open = /xml:space/.test(n.open)
      ? n.open
      : n.open.replace('<w:t', '<w:t xml:space="preserve"');
    let inner = '';
    for (const p of pieces[i]!) {
      if (p.field) inner += `</w:t></w:r>${fieldRunsXml(p.field, rPr)}<w:r>${rPr}${open}`;
      else inner += esc(p.text);
    }
    out += `${open}${inner}</w:t>`;
    last = n.end;
  });
  return out + xml.slice(last);
}

/** Content controls tagged with a field name: their text becomes the value. */
function fillContentControls(xml: string, values: FieldValues): string {
  return xml.replace(/<w:sdt>([\s\S]*?)<\/w:sdt>/g, (whole, inner: string) => {
    const tag = /<w:tag w:val="([^"]*)"/.exec(inner)?.[1];
    const name = tag ? fieldName(tag) : null;
    if (!name || PAGE_FIELDS[name]) return whole;
    let first = true;
    const filled = inner
      .replace(/<w:showingPlcHdr\/>/g, '')
      .replace(
        /(<w:sdtContent>)([\s\S]*)(<\/w:sdtContent>)/,
        (_m, a: string, body: string, b: string) => {
          const next = body.replace(/(<w:t(?:\s[^>]*)?>)[^<]*<\/w:t>/g, (_t, open: string) => {
            const v = first ? esc(values[name] ?? '') : '';
            first = false;
            return `${open.includes('xml:space') ? open : '<w:t xml:space="preserve">'}${v}</w:t>`;
          });
          return a + next + b;
        },
      );
    return `<w:sdt>${filled}</w:sdt>`;
  });
}

/** A header or footer part with its fields filled. */
export function fillFields(xml: string, values: FieldValues): string {
  const clean = xml.replace(/<w:proofErr\b[^>]*\/>/g, '');
  return fillPlaceholders(fillContentControls(clean, values), values);
}
