/**
 * One term per concept, in Swedish and in English, across every locale file and every example
 * case: the status words, the names of SKR's and Barnombudsmannen's checklists, the national
 * sub-goals, and one name per law. Each rule lists the variants it forbids and the term to use.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localesDir } from '../../src/appendix/node-i18n';
import { examplesDir } from '../helpers/appendix-fixtures';

type Lang = 'sv' | 'en';
interface Text {
  where: string;
  lang: Lang;
  text: string;
}

function strings(value: unknown, path: string, out: { path: string; text: string }[] = []) {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

function localeTexts(): Text[] {
  return (['sv', 'en'] as const).flatMap((lang) =>
    readdirSync(join(localesDir, lang))
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) =>
        strings(JSON.parse(readFileSync(join(localesDir, lang, f), 'utf8')), '').map((s) => ({
          where: `locales/${lang}/${f}: ${s.path}`,
          lang,
          text: s.text,
        })),
      ),
  );
}

function exampleTexts(): Text[] {
  const out: Text[] = [];
  for (const f of readdirSync(examplesDir).filter((x) => x.endsWith('.json'))) {
    const json: unknown = JSON.parse(readFileSync(`${examplesDir}${f}`, 'utf8'));
    for (const s of strings(json, '')) {
      // index.json carries both languages: titleSv/descriptionSv and titleEn/descriptionEn.
      const lang: Lang =
        f === 'index.json'
          ? /En$/.test(s.path)
            ? 'en'
            : 'sv'
          : f.endsWith('.en.json')
            ? 'en'
            : 'sv';
      out.push({ where: `public/examples/${f}: ${s.path}`, lang, text: s.text });
    }
  }
  return out;
}

const texts = [...localeTexts(), ...exampleTexts()];

interface Rule {
  lang: Lang | 'both';
  forbidden: RegExp;
  use: string;
}

const rules: Rule[] = [
  // Status words.
  { lang: 'sv', forbidden: /ifyll(d|t|da)\b/i, use: 'Ej besvarad' },
  { lang: 'sv', forbidden: /\binte besvarad\b/i, use: 'Ej besvarad' },
  { lang: 'sv', forbidden: /\binget svar\b/i, use: 'Ej besvarad' },
  { lang: 'sv', forbidden: /\bvalfri/i, use: 'frivillig' },
  { lang: 'sv', forbidden: /\binte tillämplig/i, use: 'Ej tillämpligt' },
  { lang: 'sv', forbidden: /\bej tillämplig(?!t)/i, use: 'Ej tillämpligt' },
  { lang: 'sv', forbidden: /\bej aktuell/i, use: 'Ej tillämpligt' },
  {
    lang: 'sv',
    forbidden: /\bbehöver (underlaget |steget |delen )?kompletteras/i,
    use: 'Bör kompletteras',
  },
  { lang: 'en', forbidden: /\bnot filled in\b/i, use: 'Not answered' },
  { lang: 'en', forbidden: /\bno answer\b/i, use: 'Not answered' },
  { lang: 'en', forbidden: /\bnot relevant\b/i, use: 'Not applicable' },
  { lang: 'en', forbidden: /\bneeds? complet/i, use: 'Should be completed' },
  // SKR's method and checklist.
  { lang: 'sv', forbidden: /jämställt beslutsunderlag/i, use: 'Jämställda beslutsunderlag' },
  {
    lang: 'sv',
    forbidden: /checklista(n)? för (jämställda beslutsunderlag|politiker)/i,
    use: 'Checklista för jämställda beslut',
  },
  { lang: 'sv', forbidden: /kontrollista/i, use: 'Checklista för jämställda beslut' },
  {
    lang: 'sv',
    forbidden: /SKR:s checklista(?! för jämställda beslut\b)/i,
    use: 'SKR:s Checklista för jämställda beslut',
  },
  { lang: 'en', forbidden: /basis for decision/i, use: 'gender-equal decision papers' },
  {
    lang: 'en',
    forbidden: /checklist for (politicians|elected|a gender)/i,
    use: 'Checklist for gender-equal decisions',
  },
  {
    lang: 'en',
    forbidden: /SKR's checklist(?! for gender-equal decisions\b)/i,
    use: "SKR's Checklist for gender-equal decisions",
  },
  // Barnombudsmannen.
  { lang: 'sv', forbidden: /kontrollfrågor/i, use: 'Checklista inför beslut' },
  { lang: 'sv', forbidden: /övergripande nivå/i, use: 'när barn berörs på ett generellt plan' },
  { lang: 'en', forbidden: /\b(general|guiding) principles\b/i, use: 'four basic principles' },
  { lang: 'en', forbidden: /\bat a general level\b/i, use: 'on a general level' },
  // Minorities and the Sami.
  {
    lang: 'en',
    forbidden: /\bspecial significance\b|\bparticular importance\b/i,
    use: 'particular significance',
  },
  { lang: 'en', forbidden: /\bSweden Finn|\bFinnish Swedes?\b/i, use: 'Swedish Finns' },
  { lang: 'both', forbidden: /Sámi Nuorra|Sami Nuorra/i, use: 'Sáminuorra' },
  // Comparisons.
  { lang: 'en', forbidden: /\bcompared to\b/i, use: 'compared with' },
];

/** One name per law: every mention of the number must sit in the law's name. */
const laws: { nr: string; sv: RegExp; en: string }[] = [
  {
    nr: '2018:1197',
    sv: /\blag(en)? \(2018:1197\) om Förenta nationernas konvention om barnets rättigheter/gi,
    en: 'Swedish Act on the UN Convention on the Rights of the Child (2018:1197)',
  },
  {
    nr: '2009:724',
    sv: /\blag(en)? \(2009:724\) om nationella minoriteter och minoritetsspråk/gi,
    en: 'Act on National Minorities and Minority Languages (2009:724)',
  },
  {
    nr: '2022:66',
    sv: /\blag(en)? \(2022:66\) om konsultation i frågor som rör det samiska folket/gi,
    en: 'Act on Consultation in Matters Concerning the Sami People (2022:66)',
  },
  { nr: '2009:600', sv: /\bspråklagen \(2009:600\)/gi, en: 'Language Act (2009:600)' },
  {
    nr: '2008:567',
    sv: /\bdiskrimineringslagen \(2008:567\)/gi,
    en: 'Discrimination Act (2008:567)',
  },
  {
    nr: '2018:1937',
    sv: /\blag(en)? \(2018:1937\) om tillgänglighet till digital offentlig service/gi,
    en: 'Act on Accessibility to Digital Public Service (2018:1937)',
  },
  {
    nr: '2001:100',
    sv: /\bförordning(en)? \(2001:100\) om den officiella statistiken/gi,
    en: 'Official Statistics Ordinance (2001:100)',
  },
];

const count = (text: string, what: RegExp | string) =>
  typeof what === 'string' ? text.split(what).length - 1 : (text.match(what) ?? []).length;

describe('terminology', () => {
  it('reads the locale files and the example cases', () => {
    expect(texts.some((x) => x.where.startsWith('locales/sv/'))).toBe(true);
    expect(texts.some((x) => x.where.startsWith('locales/en/'))).toBe(true);
    expect(texts.some((x) => x.where.startsWith('public/examples/ungdomskort.en.json'))).toBe(true);
  });

  it.each(rules.map((r) => [r.forbidden.source, r] as const))('never says %s', (_s, rule) => {
    const hits = texts
      .filter((x) => rule.lang === 'both' || x.lang === rule.lang)
      .filter((x) => rule.forbidden.test(x.text))
      .map((x) => `${x.where} (use "${rule.use}")`);
    expect(hits).toEqual([]);
  });

  it.each(laws.map((l) => [l.nr, l] as const))(
    'names the law %s one way in each language',
    (_nr, law) => {
      const hits = texts
        .filter((x) => x.text.includes(law.nr))
        .filter((x) => count(x.text, law.nr) !== count(x.text, x.lang === 'sv' ? law.sv : law.en))
        .map((x) => `${x.where}: ${x.text}`);
      expect(hits).toEqual([]);
    },
  );

  it('quotes the official definitions of the six national sub-goals', () => {
    const goals = JSON.parse(readFileSync(join(localesDir, 'sv', 'pages.json'), 'utf8')) as {
      about: { gender: { goals: { title: string; text: string }[] } };
    };
    expect(goals.about.gender.goals.map((g) => g.text)).toEqual([
      'Kvinnor och män ska ha samma rätt och möjlighet att vara aktiva medborgare och att forma villkoren för beslutsfattande.',
      'Kvinnor och män ska ha samma möjligheter och villkor i fråga om betalt arbete som ger ekonomisk självständighet livet ut.',
      'Kvinnor och män, flickor och pojkar, ska ha samma möjligheter och villkor när det gäller utbildning, studieval och personlig utveckling.',
      'Kvinnor och män ska ta samma ansvar för hemarbetet och ha möjligheter att ge och få omsorg på lika villkor.',
      'Kvinnor och män, flickor och pojkar, ska ha samma förutsättning för en god hälsa och erbjudas vård och omsorg på lika villkor.',
      'Kvinnor och män, flickor och pojkar, ska ha samma rätt och möjlighet till kroppslig integritet.',
    ]);
  });

  it("keeps the tool's assessment and the officer's concluding assessment apart on page one", () => {
    for (const lang of ['sv', 'en'] as const) {
      const a = JSON.parse(readFileSync(join(localesDir, lang, 'appendix.json'), 'utf8')) as {
        verdict: { heading: string };
        conclusion: { heading: string };
      };
      expect(a.verdict.heading).toMatch(/^Underlagskollen/);
      expect(a.conclusion.heading.toLowerCase()).not.toContain(a.verdict.heading.toLowerCase());
      expect(a.verdict.heading.toLowerCase()).not.toMatch(/sammanfattande|summary|concluding/);
    }
  });
});
