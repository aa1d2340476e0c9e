/**
 * Guards every translation file, including ones added later: Swedish and English
 * must have the same files and the same keys, no empty texts, the same
 * interpolation variables; and every key the question bank and the rules use
 * must exist in both languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  allPages,
  allQuestions,
  nationalGoalIds,
  pageById,
  quickRoadSection,
  sections,
} from '../../src/checklist/question-bank';
import { childCheckIds } from '../../src/checklist/rules';
import {
  consultationForms,
  consultationOutcomes,
  consultationParties,
  consultationReplies,
  emptyContext,
} from '../../src/checklist/types';

// A string, not `new URL(...)`: under jsdom the global URL is not Node's.
const localesDir = join(dirname(fileURLToPath(import.meta.url)), '../../locales/');
const languages = ['sv', 'en'] as const;

function files(lng: string): string[] {
  return readdirSync(`${localesDir}${lng}`)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

function load(lng: string, file: string): unknown {
  return JSON.parse(readFileSync(`${localesDir}${lng}/${file}`, 'utf8'));
}

/** Leaves of a JSON tree as dotted paths (array items by index, as i18next reads them). */
function flatten(
  node: unknown,
  prefix = '',
  out = new Map<string, unknown>(),
): Map<string, unknown> {
  if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, node);
  }
  return out;
}

const flat = Object.fromEntries(
  languages.map((lng) => [
    lng,
    Object.fromEntries(files(lng).map((f) => [f, flatten(load(lng, f))])),
  ]),
) as Record<(typeof languages)[number], Record<string, Map<string, unknown>>>;

function keysOf(lng: 'sv' | 'en', ns: string): Set<string> {
  return new Set(flat[lng][`${ns}.json`]?.keys() ?? []);
}

const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe('translation files', () => {
  it('exist as the same set of namespace files in Swedish and English', () => {
    expect(files('sv').length).toBeGreaterThan(0);
    expect(files('en')).toEqual(files('sv'));
  });

  it.each(files('sv'))('%s has exactly the same keys in Swedish and English', (file) => {
    const sv = [...(flat.sv[file]?.keys() ?? [])];
    const en = [...(flat.en[file]?.keys() ?? [])];
    expect(
      en.filter((k) => !sv.includes(k)),
      'keys only in en',
    ).toEqual([]);
    expect(
      sv.filter((k) => !en.includes(k)),
      'keys only in sv',
    ).toEqual([]);
  });

  it.each(files('sv'))('%s has a non-empty text for every key', (file) => {
    for (const lng of languages) {
      for (const [key, value] of flat[lng][file] ?? []) {
        expect(typeof value === 'string' && value.trim() !== '', `${lng}/${file}: ${key}`).toBe(
          true,
        );
      }
    }
  });

  it.each(files('sv'))('%s uses the same interpolation variables in both languages', (file) => {
    for (const [key, sv] of flat.sv[file] ?? []) {
      const en = flat.en[file]?.get(key);
      if (typeof sv === 'string' && typeof en === 'string') {
        expect(variables(en), `${file}: ${key}`).toEqual(variables(sv));
      }
    }
  });
});

describe('the questions namespace', () => {
  const bankKeys = [
    ...allQuestions.flatMap((q) => [q.labelKey, q.hintKey, q.exampleKey, q.whyKey]),
    // Hints worded by the organisation (kommun, region, or not configured).
    ...allQuestions.flatMap((q) =>
      (['kommun', 'region', undefined] as const).map(
        (orgKind) => q.contextHint?.({ ...emptyContext, ...(orgKind ? { orgKind } : {}) }).key,
      ),
    ),
    ...sections.map((s) => s.titleKey),
    ...allPages.map((p) => p.page.titleKey),
    // The short roads' own pages and the one-page road.
    ...[...pageById.values()].map((p) => p.page.titleKey),
    quickRoadSection.titleKey,
    ...[...new Set(sections.map((s) => s.part))].map((p) => `parts.${p}`),
  ].filter((k): k is string => typeof k === 'string');

  const optionKeys = [
    ...allQuestions.flatMap((q) => (q.options ?? []).map((o) => `options.${q.optionSet}.${o}`)),
    ...nationalGoalIds.map((g) => `options.goals.${g}`),
    ...consultationForms.map((f) => `options.consultationForm.${f}`),
    ...consultationOutcomes.map((o) => `options.consultationOutcome.${o}`),
    ...consultationParties.map((p) => `options.consultationParty.${p}`),
    ...consultationReplies.map((r) => `options.consultationReply.${r}`),
    ...(['finska', 'meankieli', 'samiska'] as const).map((l) => `options.languageNames.${l}`),
  ];

  it.each(languages)('has every key the question bank refers to (%s)', (lng) => {
    const keys = keysOf(lng, 'questions');
    expect(bankKeys.filter((k) => !keys.has(k))).toEqual([]);
  });

  it.each(languages)('has a label for every option of every question (%s)', (lng) => {
    const keys = keysOf(lng, 'questions');
    expect(optionKeys.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('has no question texts the bank does not use (examples and "why" only where the bank asks)', () => {
    const used = new Set([...bankKeys, ...optionKeys]);
    const orphans = [...keysOf('sv', 'questions')].filter(
      (k) => !used.has(k) && !k.startsWith('options.') && !k.startsWith('parts.'),
    );
    expect(orphans).toEqual([]);
  });

  it('names the laws in the "why" texts of the legal questions', () => {
    const sv = flat.sv['questions.json']!;
    expect(sv.get('c.affects.why')).toMatch(/2018:1197/);
    expect(sv.get('d.affects.why')).toMatch(/2009:724/);
    expect(sv.get('d.samiSignificance.why')).toMatch(/2022:66/);
    expect(sv.get('e.grounds.why')).toMatch(/2008:567/);
  });
});

describe('the rules namespace', () => {
  const required = [
    ...childCheckIds.map((id) => `childCheck.${id}`),
    ...[
      'not-started',
      'in-progress',
      'needs-completion',
      'complete',
      'not-applicable',
      'optional',
    ].map((s) => `status.${s}`),
    ...['met', 'not-met', 'not-applicable'].map((s) => `step.${s}`),
    'verdict.gender.sufficient',
    'verdict.gender.needsCompletion',
    'verdict.gender.notApplicable',
    ...['child', 'minorities', 'otherGrounds'].flatMap((p) =>
      ['met', 'notMet', 'notApplicable'].map((k) => `verdict.${p}.${k}`),
    ),
    'verdict.otherGrounds.optionalEmpty',
    'samiWarning',
    'inProgressCount_one',
    'inProgressCount_other',
  ];

  it.each(languages)('has every status, verdict and check wording (%s)', (lng) => {
    const keys = keysOf(lng, 'rules');
    expect(required.filter((k) => !keys.has(k))).toEqual([]);
  });

  it("words the overall gender verdict as in SKR's checklist", () => {
    const sv = flat.sv['rules.json']!;
    expect(sv.get('verdict.gender.sufficient')).toBe(
      'Underlaget ger förutsättningar för ett jämställt beslut',
    );
    expect(sv.get('verdict.gender.needsCompletion')).toBe(
      'Underlaget bör kompletteras i steg {{steps}}',
    );
  });
});
