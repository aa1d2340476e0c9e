/**
 * The publish check: an appendix is an allmän handling and is usually published on the web with
 * the kallelse, so before the Word file is made every answer is scanned for personal data of a
 * private person: personnummer and samordningsnummer (a real date and the Luhn check digit, so
 * dates and Dnr do not trigger it), e-mail addresses and Swedish phone numbers.
 *
 * Pure: no React, no browser APIs. The officer fixes a hit or marks it as intended; the marks are
 * stored in the case's answers under PUBLISH_INTENDED_KEY (a key that is not a question, so older
 * builds keep it as an unknown answer and older cases simply have no marks).
 */
import { sections } from './question-bank';
import { visiblePages, visibleQuestions } from './rules';
import type { Answers, Question, RuleContext } from './types';

export type PublishHitKind = 'personnummer' | 'samordningsnummer' | 'email' | 'phone';

export const publishHitKinds: readonly PublishHitKind[] = [
  'personnummer',
  'samordningsnummer',
  'email',
  'phone',
];

/** Where the officer's "intended" marks live in the answers: a list of hit keys. */
export const PUBLISH_INTENDED_KEY = 'publish.intended';

export interface TextHit {
  kind: PublishHitKind;
  /** The text as written in the answer. */
  text: string;
  index: number;
}

export interface PublishHit extends TextHit {
  questionId: string;
  pageId: string;
  /** Stable identity of the hit (question, kind, normalised text): what a mark refers to. */
  key: string;
  intended: boolean;
}

// ---- personnummer and samordningsnummer --------------------------------------------------------

/** Luhn check over the ten digits YYMMDDNNNC. */
export function luhnOk(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 'personnummer', 'samordningsnummer' (day + 60) or null when the date is not real. */
function dateKind(
  years: readonly number[],
  month: number,
  day: number,
): 'personnummer' | 'samordningsnummer' | null {
  if (month < 1 || month > 12) return null;
  const fits = (d: number) => d >= 1 && years.some((y) => d <= daysIn(y, month));
  if (fits(day)) return 'personnummer';
  if (day > 60 && fits(day - 60)) return 'samordningsnummer';
  return null;
}

// YYYYMMDD-NNNN, YYMMDD-NNNN, with '-', '+' (over 100 years old) or no separator. Not inside a
// longer run of digits, nor after a letter (an article number) or a dash or slash (a Dnr).
const ID_NUMBER =
  /(?<![\p{L}\p{N}/\-–.])((?:18|19|20)?\d{6})\s?([-+–]?)\s?(\d{4})(?![\p{N}]|[-–/]\d)/gu;

function idNumbers(text: string): TextHit[] {
  const out: TextHit[] = [];
  for (const m of text.matchAll(ID_NUMBER)) {
    const date = m[1]!;
    const ten = date.slice(-6) + m[3]!;
    const yy = Number(date.slice(-6, -4));
    const years = date.length === 8 ? [Number(date.slice(0, 4))] : [1900 + yy, 2000 + yy];
    const kind = dateKind(years, Number(date.slice(-4, -2)), Number(date.slice(-2)));
    // A space without a separator is not a personnummer ("201201 1234" is two numbers).
    if (!m[2] && /\s/.test(m[0])) continue;
    if (kind && luhnOk(ten)) out.push({ kind, text: m[0], index: m.index });
  }
  return out;
}

// ---- e-mail and phone --------------------------------------------------------------------------

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

// +46 7x…, +46 (0)8 …, 07x-xxx xx xx, 08-123 45 67, 063-14 20 00, 0771-123 456. Single spaces or
// dashes may separate the digits. Never after a letter, digit, dash, slash, comma or point
// (a Dnr "RS 2026-00123", a date "2026-01-15", an amount "1 050,00") nor before more digits.
const PHONE =
  /(?<![\p{L}\p{N}\-–/.,+])(?:\+46[ -]?(?:\(0\)[ -]?)?[1-9](?:[ -]?\d){6,8}|0[1-9](?:[ -]?\d){6,8})(?![-–]?\p{N}|,\d)/gu;

function phones(text: string): TextHit[] {
  const out: TextHit[] = [];
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '');
    // Without any separator only a mobile number (07x + 7 digits) is clearly a phone number.
    if (!/[ -]/.test(m[0].replace(/^\+46/, '')) && !/^(?:07|467)\d{8}$/.test(digits)) continue;
    out.push({ kind: 'phone', text: m[0], index: m.index });
  }
  return out;
}

/** Every hit in one text, in reading order; a number found as a personnummer is not a phone too. */
export function scanText(text: string): TextHit[] {
  const ids = idNumbers(text);
  const emails = [...text.matchAll(EMAIL)].map((m): TextHit => ({
    kind: 'email',
    text: m[0],
    index: m.index,
  }));
  const taken = [...ids, ...emails];
  const overlaps = (h: TextHit) =>
    taken.some((t) => h.index < t.index + t.text.length && t.index < h.index + h.text.length);
  const phoneHits = phones(text).filter((h) => !overlaps(h));
  return [...taken, ...phoneHits].sort((a, b) => a.index - b.index);
}

// ---- the whole case ----------------------------------------------------------------------------

/** Answers of these kinds are option ids or dates, never free text. */
const NOT_FREE_TEXT = new Set(['choice', 'multi', 'date']);

function strings(value: unknown, out: string[], depth = 0): void {
  if (depth > 6) return;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out, depth + 1);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== 'id') strings(v, out, depth + 1);
  }
}

function normalised(hit: TextHit): string {
  return hit.kind === 'email' ? hit.text.toLowerCase() : hit.text.replace(/\D/g, '');
}

export function hitKey(questionId: string, hit: TextHit): string {
  return `${questionId}|${hit.kind}|${normalised(hit)}`;
}

/** The officer's marks, read tolerantly (anything that is not a list of strings is no mark). */
export function intendedKeys(answers: Answers): string[] {
  const v = answers[PUBLISH_INTENDED_KEY];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** The marks after the officer ticks (or unticks) one hit. */
export function withIntended(answers: Answers, key: string, intended: boolean): string[] {
  const keys = intendedKeys(answers).filter((k) => k !== key);
  return intended ? [...keys, key] : keys;
}

/** Every hit in the answers that go into the appendix (visible questions), in question order. */
export function publishCheck(answers: Answers, ctx: RuleContext): PublishHit[] {
  const marks = new Set(intendedKeys(answers));
  const out: PublishHit[] = [];
  const shown = sections.flatMap((s) => visiblePages(s, answers, ctx));
  for (const page of shown) {
    for (const q of visibleQuestions(page, answers, ctx) as readonly Question[]) {
      if (NOT_FREE_TEXT.has(q.kind) || answers[q.id] === undefined) continue;
      const texts: string[] = [];
      strings(answers[q.id], texts);
      const seen = new Set<string>();
      for (const text of texts) {
        for (const hit of scanText(text)) {
          const key = hitKey(q.id, hit);
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ ...hit, questionId: q.id, pageId: page.id, key, intended: marks.has(key) });
        }
      }
    }
  }
  return out;
}

export interface PublishCounts {
  kind: PublishHitKind;
  intended: number;
  open: number;
}

/** Hits per kind (kinds without hits left out): what the export says the appendix contains. */
export function publishCounts(hits: readonly PublishHit[]): PublishCounts[] {
  return publishHitKinds
    .map((kind) => {
      const of = hits.filter((h) => h.kind === kind);
      return {
        kind,
        intended: of.filter((h) => h.intended).length,
        open: of.filter((h) => !h.intended).length,
      };
    })
    .filter((c) => c.intended + c.open > 0);
}
