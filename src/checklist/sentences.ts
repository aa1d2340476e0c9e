/**
 * Small rules of written Swedish and English for the sentences the app builds around the
 * officer's own text: a full stop is added only where the text has none, so a generated sentence
 * never ends in ".." or ". .", and numbers under 13 are written as words in running text.
 */

const TERMINAL = /[.!?…:;]["'”’)\]]*$/u;

/** The text as a finished sentence: trimmed, with a full stop unless it already ends in one. */
export function endSentence(text: string): string {
  const t = text.trim();
  if (t === '') return '';
  return TERMINAL.test(t) ? t : `${t}.`;
}

/** Finished sentences joined by one space; blank parts are left out. */
export function joinSentences(...parts: readonly string[]): string {
  return parts.map(endSentence).filter(Boolean).join(' ');
}

const WORDS: Record<'sv' | 'en', readonly string[]> = {
  sv: [
    'noll',
    'en',
    'två',
    'tre',
    'fyra',
    'fem',
    'sex',
    'sju',
    'åtta',
    'nio',
    'tio',
    'elva',
    'tolv',
  ],
  en: [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
  ],
};

/**
 * A whole count in running text: zero to twelve as a word, larger numbers as digits
 * (Språkrådet's and most English style guides' rule). Tables keep their digits.
 * Swedish "en" is the common-gender form, the one the app's sentences need
 * ("en grupp", "en rad"); pass `neuter` for "ett".
 */
export function countWord(n: number, lng: string, neuter = false): string {
  if (!Number.isInteger(n) || n < 0 || n > 12) return String(n);
  if (lng === 'en') return WORDS.en[n] ?? String(n);
  if (n === 1 && neuter) return 'ett';
  return WORDS.sv[n] ?? String(n);
}

/**
 * A name from a list of options as it is written inside a Swedish sentence: the national
 * minorities and their languages are common nouns in Swedish ("samer, sverigefinnar", "finska"),
 * so the capital of the option label goes. English keeps its own capitalisation ("Sami").
 * A label whose second letter is also a capital (an abbreviation) is kept as it is.
 */
export function midSentence(label: string, lng: string): string {
  if (lng === 'en') return label;
  const [first = '', second = ''] = Array.from(label);
  if (second !== '' && second === second.toLocaleUpperCase('sv') && /\p{L}/u.test(second)) {
    return label;
  }
  return first.toLocaleLowerCase('sv') + label.slice(first.length);
}
