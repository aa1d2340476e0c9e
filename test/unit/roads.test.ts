/** Depth in proportion to the case: the short child-rights road, the one-page road, next part. */
import { describe, expect, it } from 'vitest';
import { missingInSection, visiblePages } from '../../src/checklist/answered';
import {
  continueTarget,
  nextSectionTarget,
  quickRoadOffered,
  quickRoadTarget,
  shownPage,
} from '../../src/checklist/journey';
import { quickRoadSection, sectionById } from '../../src/checklist/question-bank';
import { sectionStatus, summarise } from '../../src/checklist/rules';
import type { Answers } from '../../src/checklist/types';
import { fixtureContext as ctx, goodAnswers } from '../fixtures/answers';

const partC = sectionById.get('barn')!;
const ids = (a: Answers) => visiblePages(partC, a, ctx).map((p) => p.id);
const small: Answers = { 'c.affects': 'indirekt', 'c.extent': 'liten' };

describe('the short child-rights road', () => {
  it('is chosen when children are affected indirectly and to a small degree', () => {
    expect(ids(small)).toEqual([
      'c-affects',
      'c-extent',
      'c-short-knowledge',
      'c-short-assessment',
    ]);
  });

  it('is not chosen for a direct impact or a larger one', () => {
    const full = [
      'c-affects',
      'c-extent',
      'c-children',
      'c-articles',
      'c-knowledge',
      'c-heard',
      'c-consequences',
      'c-assessment',
      'c-feedback',
    ];
    expect(ids({ 'c.affects': 'direkt', 'c.extent': 'liten' })).toEqual(full);
    expect(ids({ 'c.affects': 'indirekt', 'c.extent': 'mattlig' })).toEqual(full);
    expect(ids({ 'c.affects': 'vet-inte', 'c.extent': 'liten' })).toEqual(full);
  });

  it('gives way to the full road when the officer asks for it, and back', () => {
    expect(ids({ ...small, 'c.road': 'full' })).toContain('c-children');
    expect(ids({ ...small, 'c.road': 'kort' })).toContain('c-short-knowledge');
  });

  it('keeps a case that already answers full-road questions on the full road, unless asked', () => {
    const begun = { ...small, 'c.feedback': 'Ungdomsrådet får återkoppling.' };
    expect(ids(begun)).toContain('c-feedback');
    expect(ids({ ...begun, 'c.road': 'kort' })).not.toContain('c-feedback');
  });

  it('asks every required question of the full road, so the rules stay the same', () => {
    const required = (a: Answers) => missingInSection(partC, a, ctx).map((m) => m.questionId);
    const full = required({ ...small, 'c.road': 'full' });
    expect(required(small).sort()).toEqual(full.sort());
    expect(full).toEqual(expect.arrayContaining(['c.bestInterest', 'c.weight', 'c.heard']));
  });

  it('meets Part C on the short road only with the same answers the full road needs', () => {
    const a = goodAnswers({ ...small, 'c.girlsBoys': undefined, 'c.articles': undefined });
    const feedbackless = { ...a, 'c.feedback': undefined };
    expect(sectionStatus(partC, feedbackless, ctx)).toEqual({ kind: 'complete' });
    expect(summarise(feedbackless, ctx).child).toEqual({ kind: 'met' });
    // Not heard, with a reason: allowed at this level (as on the full road); without one, not.
    const notHeard = { ...feedbackless, 'c.heard': 'nej', 'c.notHeardWhy': '' };
    expect(sectionStatus(partC, notHeard, ctx).kind).toBe('in-progress');
    expect(summarise(notHeard, ctx).child.kind).toBe('not-met');
    const weighingless = { ...feedbackless, 'c.weight': '' };
    expect(summarise(weighingless, ctx).child.kind).toBe('not-met');
  });

  it('leads Continue from the extent page to the first short page', () => {
    expect(continueTarget(partC, 'c-extent', null, small, ctx)).toEqual({
      kind: 'page',
      pageId: 'c-short-knowledge',
      returnTo: null,
    });
    expect(shownPage('c-short-knowledge', small, ctx)?.section.id).toBe('barn');
    expect(shownPage('c-short-knowledge', { ...small, 'c.road': 'full' }, ctx)).toBeNull();
  });
});

const allNo: Answers = {
  'a.title': 'Delegationsordning',
  'a.proposal': 'Ny delegationsordning.',
  'a.committee': 'Regionstyrelsen',
  'a.officer': 'Anna Andersson',
  'a.date': '2026-01-10',
  'b1.affects': 'nej',
  'b1.noReason': 'Intern ordning.',
  'c.affects': 'nej',
  'c.noReason': 'Påverkar inte barn.',
  'd.affects': 'nej',
  'd.noReason': 'Påverkar inte minoriteterna.',
  'd.adminRights': 'nej',
  'd.samiSignificance': 'nej',
  's.conclusion': 'Ärendet påverkar inte jämställdhet, barn eller minoriteter.',
};

describe('the one-page road', () => {
  const page = quickRoadSection.pages[0]!;
  const required = (a: Answers) =>
    missingInSection(quickRoadSection, a, ctx).map((m) => m.questionId);

  it('requires a reason for each "Nej", and the conclusion once every gate is "Nej"', () => {
    const rest = { ...allNo, 's.conclusion': undefined, 'd.noReason': undefined };
    expect(required(rest)).toEqual(['d.noReason', 's.conclusion']);
    expect(required(allNo)).toEqual([]);
    expect(required({ ...allNo, 'b1.noReason': '' })).toEqual(['b1.noReason']);
  });

  it('does not ask the conclusion or a reason once a gate says "Ja"', () => {
    const shown = (a: Answers) =>
      page.questions.filter((q) => (q.when ? q.when(a, ctx) : true)).map((q) => q.id);
    const yes = { ...allNo, 'c.affects': 'direkt' };
    expect(shown(yes)).not.toContain('c.noReason');
    expect(shown(yes)).not.toContain('s.conclusion');
  });

  it('leads to the check page of the whole case, with a complete case, when all is "Nej"', () => {
    expect(continueTarget(quickRoadSection, page.id, null, allNo, ctx)).toEqual({
      kind: 'check',
      sectionId: null,
    });
    const s = summarise(allNo, ctx);
    expect(s.gender.kind).toBe('not-applicable');
    expect(s.child.kind).toBe('not-applicable');
    expect(s.minorities.kind).toBe('met');
    expect(s.missing).toEqual([]);
  });

  it('leads into the ordinary road, answers kept, at the first missing question on any "Ja"', () => {
    expect(quickRoadTarget({ ...allNo, 'b1.affects': 'ja' }, ctx)).toEqual({
      kind: 'page',
      pageId: 'b1-groups',
      returnTo: null,
    });
    expect(quickRoadTarget({ ...allNo, 'c.affects': 'direkt' }, ctx)).toMatchObject({
      pageId: 'c-extent',
    });
    expect(quickRoadTarget({ ...allNo, 'd.samiSignificance': 'ja' }, ctx)).toMatchObject({
      pageId: 'd-consultation',
    });
    // "Vet inte" on the Sami question has nothing more to ask: Part D's check page names it.
    expect(quickRoadTarget({ ...allNo, 'd.samiSignificance': 'vet-inte' }, ctx)).toEqual({
      kind: 'check',
      sectionId: 'minoriteter',
    });
  });

  it('is offered only while no gate says the case affects anyone', () => {
    expect(quickRoadOffered({})).toBe(true);
    expect(quickRoadOffered(allNo)).toBe(true);
    expect(quickRoadOffered({ 'b1.affects': 'ja' })).toBe(false);
    expect(quickRoadOffered({ 'c.affects': 'indirekt' })).toBe(false);
  });
});

describe('"Fortsätt till nästa del"', () => {
  it('leads to the next section with pages, skipping the steps that do not apply', () => {
    expect(nextSectionTarget('arendet', {}, ctx)).toEqual({
      kind: 'page',
      pageId: 'b1-affects',
      returnTo: null,
    });
    expect(nextSectionTarget('steg1', { 'b1.affects': 'nej' }, ctx)).toEqual({
      kind: 'page',
      pageId: 'c-affects',
      returnTo: null,
    });
  });

  it('leads to a done section check page, and after the last one to the whole case', () => {
    expect(nextSectionTarget('arendet', allNo, ctx)).toEqual({ kind: 'check', sectionId: 'steg1' });
    expect(nextSectionTarget('sammanfattning', allNo, ctx)).toEqual({
      kind: 'check',
      sectionId: null,
    });
  });
});
