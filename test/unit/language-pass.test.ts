/**
 * The language pass: every sentence the app writes itself, for every shipped example, in Swedish
 * and English (the statistics sentences, the verdict rows and sentences, the summary texts, the
 * Part sentences and every other text of the appendix model, and the starting texts offered on
 * the question pages), is free of the slips the officers reported:
 * - a count under 13 in digits in running text ("i alla 2 grupper");
 * - a national minority or minority language with a capital letter mid-sentence in Swedish
 *   ("Samer, Sverigefinnar"), where Swedish writes them in lower case;
 * - a "varav" row named as if it were a group ("Störst skillnad finns för varav med ledsagare");
 * - a double full stop after a text that already ended with one ("..", ". .");
 * and the texts of the screens address the officer as "du", never as "Handläggaren anger".
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAppendix, summaryTexts } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { list } from '../../src/checklist/question-bank';
import { starterText } from '../../src/checklist/starter-text';
import { autoSentence, renderSentence } from '../../src/checklist/statistics/sentence';
import type { StatTable } from '../../src/checklist/types';
import { examplesDir, loadExample, shippedContext } from '../helpers/appendix-fixtures';

interface IndexEntry {
  file: string;
}
const index = JSON.parse(readFileSync(`${examplesDir}index.json`, 'utf8')) as IndexEntry[];
const ctx = shippedContext();
const languages = ['sv', 'en'] as const;

/** Every string in a value, depth first. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

const COUNT_NOUNS_SV = 'grupper|grupperna|rader|raderna|tabeller|tillfällen|mål|åtgärder|steg';
const COUNT_NOUNS_EN = 'groups|rows|tables|occasions|goals|measures|consultations';
const MINORITIES_SV =
  'Judar|Romer|Samer|Sverigefinnar|Tornedalingar|Jiddisch|Romani chib|Samiska|Finska|Meänkieli';

/** What is wrong with one generated text, as short labels (empty: nothing). */
export function languageSlips(text: string, lng: 'sv' | 'en'): string[] {
  const slips: string[] = [];
  const nouns = lng === 'sv' ? COUNT_NOUNS_SV : COUNT_NOUNS_EN;
  // A count in digits before a noun ("2 grupper"), after "alla"/"av" ("alla 2", "Av 3") or as
  // the end of a clause ("fler i 2, …", "i 0."). Figures with a unit, dates and "nivå 1" are fine.
  const n = '(?:[0-9]|1[0-2])(?![\\d,.:–-]\\d)';
  const patterns =
    lng === 'sv'
      ? [
          `(?<![\\d,.–-])\\b${n} (?:${nouns})\\b`,
          `\\b(?:alla|[Aa]v) ${n}\\b`,
          `\\bi ${n}(?:,| och|\\.|$)`,
        ]
      : [
          `(?<![\\d,.–-])\\b${n} (?:${nouns})\\b`,
          `\\b(?:all|[Oo]f) ${n}\\b`,
          `\\bin ${n}(?:,| and|\\.|$)`,
        ];
  if (patterns.some((p) => new RegExp(p, 'u').test(text))) slips.push('count in digits');
  if (
    lng === 'sv' &&
    new RegExp(`(?<![.!?:]\\s|^|\\n)(?<=\\S\\s)(?:${MINORITIES_SV})\\b`, 'u').test(text)
  ) {
    slips.push('capital minority name mid-sentence');
  }
  if (/\b(?:för|i|for|in) (?:varav|därav|of which|thereof)\b/iu.test(text)) {
    slips.push('varav row named as a group');
  }
  if (/(?<!\.)[.!?]\s?\.(?!\.)/u.test(text)) slips.push('double full stop');
  return slips;
}

function generatedTexts(file: string, lng: 'sv' | 'en'): string[] {
  const c = loadExample(file);
  const t = nodeTranslator(lng);
  const model = buildAppendix(c, { t, lng, ctx });
  const tables = list<StatTable>(c.answers, 'b2.tables');
  const translate = (key: string, params?: Record<string, string | number>) => t(key, params);
  return [
    ...strings(model),
    ...summaryTexts(model).map((s) => s.text),
    ...tables.map((tb) => renderSentence(autoSentence(tb, lng), translate)),
    starterText('statistics', c.answers, translate, lng),
    starterText('measuresFollowUp', c.answers, translate, lng),
  ].filter((s) => s.trim() !== '');
}

describe('the language pass over every generated sentence', () => {
  it('knows each slip when it sees one', () => {
    expect(languageSlips('Kvinnorna är fler i alla 2 grupper.', 'sv')).toEqual(['count in digits']);
    expect(languageSlips('There are more women in all 2 groups.', 'en')).toEqual([
      'count in digits',
    ]);
    expect(
      languageSlips('Ärendet berör nationella minoriteter: Samer, Sverigefinnar.', 'sv'),
    ).toEqual(['capital minority name mid-sentence']);
    expect(languageSlips('Störst skillnad finns för varav med ledsagare: 3 mot 4.', 'sv')).toEqual([
      'varav row named as a group',
    ]);
    expect(languageSlips('Handläggarens skäl: Inga pengar finns..', 'sv')).toEqual([
      'double full stop',
    ]);
    expect(languageSlips('Skäl: Inga pengar. .', 'sv')).toEqual(['double full stop']);
    // Not slips: figures in tables and values, step numbers, dates, an ellipsis, English names.
    for (const ok of [
      'Steg 2 och 4 är inte uppfyllda.',
      '54,0 procent för kvinnor mot 52,0 procent för män.',
      'Förslaget gäller från 2025-09-01 …',
      'Ärendet berör nationella minoriteter: samer, sverigefinnar.',
      'Sami, Sweden Finns.',
      'Kvinnorna är fler i alla tre grupper.',
    ]) {
      expect(languageSlips(ok, 'sv'), ok).toEqual([]);
    }
  });

  describe.each(index)('the example $file', ({ file }) => {
    it.each(languages)('has no slip in any generated text in %s', (lng) => {
      const slips = generatedTexts(file, lng).flatMap((text) =>
        languageSlips(text, lng).map((slip) => `${slip}: ${text}`),
      );
      expect(slips).toEqual([]);
    });
  });

  it('addresses the officer as "du" on the screens, never as "Handläggaren anger"', () => {
    // The appendix and the secretary's review (keys ending in "Reviewer") speak of the officer in
    // the third person; the screens the officer works in speak to her.
    const screens = ['checklist', 'rules', 'questions', 'pages', 'common', 'cases', 'stats'];
    const dir = join(__dirname, '../../locales/sv');
    const entries = (value: unknown, path: string): [string, string][] =>
      typeof value === 'string'
        ? [[path, value]]
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([k, v]) => entries(v, path ? `${path}.${k}` : k))
          : [];
    const found = readdirSync(dir)
      .filter((f) => screens.includes(f.replace(/\.json$/, '')))
      .flatMap((f) => entries(JSON.parse(readFileSync(join(dir, f), 'utf8')), f))
      .filter(
        ([path, text]) =>
          !/Reviewer$/.test(path) && /Handläggaren (?:anger|har angett|uppger)/u.test(text),
      );
    expect(found).toEqual([]);
    expect(readFileSync(join(dir, 'rules.json'), 'utf8')).toContain('Du har angett att ärendet');
  });
});
