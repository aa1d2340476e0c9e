import { describe, expect, it } from 'vitest';
import { limits } from '../../src/checklist/limits';
import {
  allPages,
  allQuestions,
  basicPrinciples,
  nationalGoalIds,
  pageById,
  questionById,
  quickRoadPageId,
  sectionById,
  sections,
  skrStepSectionIds,
} from '../../src/checklist/question-bank';
import { isRequired, isVisible } from '../../src/checklist/rules';
import { emptyContext } from '../../src/checklist/types';
import type { Answers, RuleContext } from '../../src/checklist/types';
import { fixtureContext, goodAnswers } from '../fixtures/answers';

function question(id: string) {
  const q = questionById.get(id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

const visible = (id: string, a: Answers, ctx: RuleContext = emptyContext) =>
  isVisible(question(id), a, ctx);

/** Ids of the questions among `ids` that are visible for the answers. */
const shown = (ids: string[], a: Answers, ctx: RuleContext = emptyContext) =>
  ids.filter((id) => visible(id, a, ctx));

describe('the shape of the question bank', () => {
  it('has unique section, page and question ids', () => {
    const uniq = (xs: string[]) => new Set(xs).size === xs.length;
    expect(uniq(sections.map((s) => s.id))).toBe(true);
    expect(uniq(allPages.map((p) => p.page.id))).toBe(true);
    expect(uniq(allQuestions.map((q) => q.id))).toBe(true);
    // Besides the full roads: Part C's two short-road pages and the one-page road.
    const extra = ['c-short-knowledge', 'c-short-assessment', quickRoadPageId];
    expect([...pageById.keys()].filter((id) => !allPages.some((p) => p.page.id === id))).toEqual(
      extra,
    );
    expect(questionById.size).toBe(allQuestions.length);
  });

  it('follows the parts A, B (five steps), C, D, E and the summary, in that order', () => {
    expect(sections.map((s) => s.part)).toEqual(['A', 'B', 'B', 'B', 'B', 'B', 'C', 'D', 'E', 'S']);
    expect(skrStepSectionIds.map((id) => sectionById.get(id)?.part)).toEqual([
      'B',
      'B',
      'B',
      'B',
      'B',
    ]);
  });

  it('makes only part E optional', () => {
    expect(sections.filter((s) => s.optional).map((s) => s.id)).toEqual(['jamlikhet']);
  });

  it('derives every text key from the question id', () => {
    for (const q of allQuestions) {
      expect(q.labelKey).toBe(`${q.id}.label`);
      expect(q.hintKey).toBe(`${q.id}.hint`);
      if (q.exampleKey) expect(q.exampleKey).toBe(`${q.id}.example`);
      if (q.whyKey) expect(q.whyKey).toBe(`${q.id}.why`);
    }
  });

  it('gives every page at least one question, and a title to every page with several', () => {
    for (const { page } of pageById.values()) {
      expect(page.questions.length, page.id).toBeGreaterThan(0);
      if (page.questions.length > 1) expect(page.titleKey, page.id).toBe(`pages.${page.id}`);
    }
  });

  it('gives every choice and multi question a named option set with unique options', () => {
    for (const q of allQuestions.filter((x) => x.kind === 'choice' || x.kind === 'multi')) {
      expect(q.optionSet, q.id).toBeTruthy();
      expect(q.options?.length, q.id).toBeGreaterThan(1);
      expect(new Set(q.options).size, q.id).toBe(q.options?.length);
    }
  });

  it('uses one option list per option set', () => {
    const bySet = new Map<string, string>();
    for (const q of allQuestions.filter((x) => x.optionSet)) {
      const opts = JSON.stringify(q.options);
      const seen = bySet.get(q.optionSet!);
      if (seen) expect(opts, q.id).toBe(seen);
      else bySet.set(q.optionSet!, opts);
    }
  });

  it('gives every free-text question a soft limit below the hard limit', () => {
    for (const q of allQuestions.filter((x) => x.kind === 'text' || x.kind === 'textarea')) {
      expect(q.maxLength, q.id).toBeGreaterThan(0);
      expect(q.maxLength!, q.id).toBeLessThanOrEqual(
        q.kind === 'text' ? limits.text : limits.longText,
      );
    }
  });

  it('points each "not applicable" gate at a required free-text reason', () => {
    const gated = sections.filter((s) => s.notApplicable);
    expect(gated.map((s) => s.id)).toEqual(['steg2', 'steg3', 'steg4', 'steg5', 'barn']);
    const no = { 'b1.affects': 'nej', 'c.affects': 'nej' };
    for (const s of gated) {
      const na = s.notApplicable!(no, emptyContext);
      expect(na, s.id).not.toBeNull();
      const reason = question(na!.reasonQuestionId);
      expect(reason.kind).toBe('textarea');
      expect(isRequired(reason, no, emptyContext)).toBe(true);
      expect(s.notApplicable!(goodAnswers(), emptyContext), s.id).toBeNull();
    }
  });

  it('offers the four basic principles of the Convention and the six national sub-goals', () => {
    expect(question('c.articles').options?.slice(0, 4)).toEqual([...basicPrinciples]);
    expect(nationalGoalIds).toEqual([
      'national-1',
      'national-2',
      'national-3',
      'national-4',
      'national-5',
      'national-6',
    ]);
  });

  it('offers the five national minorities and their languages', () => {
    expect(question('d.minorities').options).toEqual([
      'judar',
      'romer',
      'samer',
      'sverigefinnar',
      'tornedalingar',
    ]);
    expect(question('d.languages').options).toEqual([
      'jiddisch',
      'romani',
      'samiska',
      'finska',
      'meankieli',
    ]);
  });

  it('offers the seven grounds of discrimination', () => {
    expect(question('e.grounds').options).toHaveLength(7);
  });

  it('has conditions that never throw on an empty or a complete case', () => {
    for (const a of [{}, goodAnswers()]) {
      for (const ctx of [emptyContext, fixtureContext]) {
        for (const q of allQuestions) {
          expect(() => [isVisible(q, a, ctx), isRequired(q, a, ctx)]).not.toThrow();
        }
      }
    }
  });
});

describe('conditions', () => {
  it('step 1: the reason is asked for "Nej" only, the groups for "Ja" and "Vet inte ännu"', () => {
    const ids = ['b1.noReason', 'b1.groups', 'b1.how'];
    expect(shown(ids, { 'b1.affects': 'nej' })).toEqual(['b1.noReason']);
    expect(shown(ids, { 'b1.affects': 'ja' })).toEqual(['b1.groups', 'b1.how']);
    expect(shown(ids, { 'b1.affects': 'vet-inte' })).toEqual(['b1.groups', 'b1.how']);
    expect(shown(ids, {})).toEqual([]);
  });

  it('step 1: other groups are asked for only when "Andra" is chosen', () => {
    expect(visible('b1.groupsOther', { 'b1.affects': 'ja', 'b1.groups': ['elever'] })).toBe(false);
    expect(
      visible('b1.groupsOther', { 'b1.affects': 'ja', 'b1.groups': ['elever', 'andra'] }),
    ).toBe(true);
    expect(visible('b1.groupsOther', { 'b1.affects': 'nej', 'b1.groups': ['andra'] })).toBe(false);
  });

  it.each([
    ['ja', ['b2.tables', 'b2.differences']],
    ['delvis', ['b2.tables', 'b2.differences', 'b2.missingWhy', 'b2.missingNeeded']],
    ['nej', ['b2.missingWhy', 'b2.missingNeeded']],
    ['ingen', ['b2.missingWhy', 'b2.missingNeeded']],
  ])('step 2: statistics answered "%s" shows %j', (split, expected) => {
    const ids = ['b2.tables', 'b2.differences', 'b2.missingWhy', 'b2.missingNeeded'];
    expect(shown(ids, { 'b2.split': split })).toEqual(expected);
  });

  it('step 4: describing and measures follow "Ja"; the objective reason follows "Nej"', () => {
    const ids = ['b4.describe', 'b4.measures', 'b4.noMeasuresReason', 'b4.objective'];
    expect(shown(ids, { 'b4.unjustified': 'ja' })).toEqual([
      'b4.describe',
      'b4.measures',
      'b4.noMeasuresReason',
    ]);
    expect(shown(ids, { 'b4.unjustified': 'nej' })).toEqual(['b4.objective']);
    expect(shown(ids, { 'b4.unjustified': 'vet-inte' })).toEqual([]);
  });

  it('step 4: the reason for no measures is asked for only while there are no measure rows', () => {
    const a = goodAnswers();
    expect(visible('b4.noMeasuresReason', a)).toBe(false);
    expect(visible('b4.noMeasuresReason', { ...a, 'b4.measures': [] })).toBe(true);
  });

  it('part C: the assessment is asked for when children are affected directly, indirectly or maybe', () => {
    for (const v of ['direkt', 'indirekt', 'vet-inte']) {
      expect(visible('c.bestInterest', { 'c.affects': v }), v).toBe(true);
      expect(visible('c.noReason', { 'c.affects': v }), v).toBe(false);
    }
    expect(visible('c.bestInterest', { 'c.affects': 'nej' })).toBe(false);
    expect(visible('c.noReason', { 'c.affects': 'nej' })).toBe(true);
  });

  it('part C: how children were heard, or why not, follows the answer', () => {
    const base = { 'c.affects': 'direkt' };
    expect(shown(['c.heardHow', 'c.notHeardWhy'], { ...base, 'c.heard': 'ja' })).toEqual([
      'c.heardHow',
    ]);
    expect(shown(['c.heardHow', 'c.notHeardWhy'], { ...base, 'c.heard': 'nej' })).toEqual([
      'c.notHeardWhy',
    ]);
  });

  it('part C: compensating measures are required when the proposal is not fully in line', () => {
    for (const [inLine, expected] of [
      ['ja', false],
      ['delvis', true],
      ['nej', true],
    ] as const) {
      const a = { 'c.affects': 'indirekt', 'c.inLine': inLine };
      expect(visible('c.compensating', a), inLine).toBe(expected);
      expect(isRequired(question('c.compensating'), a, emptyContext)).toBe(true);
    }
  });

  it('part D: the administrative-area questions appear only for an organisation in such an area', () => {
    expect(visible('d.adminRights', {}, emptyContext)).toBe(false);
    expect(visible('d.adminRights', {}, fixtureContext)).toBe(true);
    expect(visible('d.adminRightsHow', { 'd.adminRights': 'ja' }, fixtureContext)).toBe(true);
    expect(visible('d.adminRightsHow', { 'd.adminRights': 'nej' }, fixtureContext)).toBe(false);
  });

  it('part D: the Sami question is always asked; the consultation log follows "Ja"', () => {
    expect(visible('d.samiSignificance', {})).toBe(true);
    expect(visible('d.consultations', { 'd.samiSignificance': 'ja' })).toBe(true);
    expect(visible('d.consultations', { 'd.samiSignificance': 'vet-inte' })).toBe(false);
  });

  it('part D: dialogue details follow "Ja" or "planerat", the reason follows "Nej"', () => {
    const base = { 'd.affects': 'ja' };
    const ids = ['d.samradDetails', 'd.samradWhyNot'];
    expect(shown(ids, { ...base, 'd.samrad': 'planerat' })).toEqual(['d.samradDetails']);
    expect(shown(ids, { ...base, 'd.samrad': 'nej' })).toEqual(['d.samradWhyNot']);
    expect(shown(ids, { 'd.affects': 'nej', 'd.samrad': 'nej' })).toEqual([]);
  });

  it('part E: the description and norms are asked for once a ground is chosen', () => {
    expect(shown(['e.how', 'e.norms'], {})).toEqual([]);
    expect(shown(['e.how', 'e.norms'], { 'e.grounds': ['alder'] })).toEqual(['e.how', 'e.norms']);
  });
});
