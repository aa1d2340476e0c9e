import { describe, expect, it } from 'vitest';
import {
  backTarget,
  continueTarget,
  isSectionDone,
  progress,
  sectionEntry,
  shownPage,
} from '../../src/checklist/journey';
import { sectionById, sections } from '../../src/checklist/question-bank';
import { sectionStatus, summarise } from '../../src/checklist/rules';
import type { Answers } from '../../src/checklist/types';
import { fixtureContext as ctx, goodAnswers } from '../fixtures/answers';

const partA = sectionById.get('arendet')!;
const step1 = sectionById.get('steg1')!;
const step2 = sectionById.get('steg2')!;

describe('where Continue leads', () => {
  it('is the next shown page of the section, then the section check page', () => {
    expect(continueTarget(partA, 'a-arende', null, {}, ctx)).toEqual({
      kind: 'page',
      pageId: 'a-proposal',
      returnTo: null,
    });
    expect(continueTarget(partA, 'a-dates', null, {}, ctx)).toEqual({
      kind: 'check',
      sectionId: 'arendet',
    });
  });

  it('skips a page no answer calls for and asks for the reason after No on step 1', () => {
    const yes = continueTarget(step1, 'b1-affects', null, { 'b1.affects': 'ja' }, ctx);
    expect(yes).toEqual({ kind: 'page', pageId: 'b1-groups', returnTo: null });
    const no = continueTarget(step1, 'b1-affects', null, { 'b1.affects': 'nej' }, ctx);
    expect(no).toEqual({ kind: 'page', pageId: 'b1-reason', returnTo: null });
  });

  it('leads back to the check page a change came from', () => {
    const back = { sectionId: null };
    expect(continueTarget(partA, 'a-arende', back, goodAnswers(), ctx)).toEqual({
      kind: 'check',
      sectionId: null,
    });
  });

  it('first asks a page the change opened that still needs an answer, keeping the way back', () => {
    const before: Answers = { 'b1.affects': 'ja' };
    const now: Answers = { 'b1.affects': 'nej' };
    const back = { sectionId: 'steg1' };
    expect(continueTarget(step1, 'b1-affects', back, now, ctx, before)).toEqual({
      kind: 'page',
      pageId: 'b1-reason',
      returnTo: back,
    });
    // Already answered: straight back to the check page.
    const answered = { ...now, 'b1.noReason': 'Ingen påverkan.' };
    expect(continueTarget(step1, 'b1-affects', back, answered, ctx, before)).toEqual({
      kind: 'check',
      sectionId: 'steg1',
    });
  });
});

describe('where Back leads', () => {
  it('is the previous shown page, or the task list from the first page', () => {
    expect(backTarget(partA, 'a-proposal', null, {}, ctx)).toEqual({
      kind: 'page',
      pageId: 'a-arende',
      returnTo: null,
    });
    expect(backTarget(partA, 'a-arende', null, {}, ctx)).toEqual({ kind: 'tasks' });
    // The reason page is hidden after Yes: Back from the groups page skips it.
    expect(backTarget(step1, 'b1-groups', null, { 'b1.affects': 'ja' }, ctx)).toEqual({
      kind: 'page',
      pageId: 'b1-affects',
      returnTo: null,
    });
  });

  it('is the check page a change came from', () => {
    expect(backTarget(partA, 'a-proposal', { sectionId: 'arendet' }, {}, ctx)).toEqual({
      kind: 'check',
      sectionId: 'arendet',
    });
  });
});

describe('a page of the journey', () => {
  it('is shown only while the answers call for it', () => {
    expect(shownPage('b1-reason', { 'b1.affects': 'nej' }, ctx)?.section.id).toBe('steg1');
    expect(shownPage('b1-reason', { 'b1.affects': 'ja' }, ctx)).toBeNull();
    expect(shownPage('no-such-page', {}, ctx)).toBeNull();
  });
});

describe('a section on the task list', () => {
  it('counts as done when answered, falling short or not applicable, not while in progress', () => {
    expect(isSectionDone({ kind: 'complete' })).toBe(true);
    expect(isSectionDone({ kind: 'needs-completion', reasons: ['x'] })).toBe(true);
    expect(isSectionDone({ kind: 'not-applicable', reason: '' })).toBe(true);
    expect(isSectionDone({ kind: 'in-progress', missing: 1 })).toBe(false);
    expect(isSectionDone({ kind: 'not-started' })).toBe(false);
  });

  it('leads to its first page, its first missing page, or its check page when done', () => {
    expect(sectionEntry(partA, sectionStatus(partA, {}, ctx), {}, ctx)).toEqual({
      kind: 'page',
      pageId: 'a-arende',
      returnTo: null,
    });
    const begun: Answers = { 'a.title': 'Simhall', 'a.proposal': 'Bygg en simhall.' };
    expect(sectionEntry(partA, sectionStatus(partA, begun, ctx), begun, ctx)).toEqual({
      kind: 'page',
      pageId: 'a-committee',
      returnTo: null,
    });
    const good = goodAnswers();
    expect(sectionEntry(partA, sectionStatus(partA, good, ctx), good, ctx)).toEqual({
      kind: 'check',
      sectionId: 'arendet',
    });
  });

  it('has no link when none of its pages is shown (steps 2-5 after No on step 1)', () => {
    const no: Answers = { 'b1.affects': 'nej', 'b1.noReason': 'Ingen påverkan.' };
    expect(sectionEntry(step2, sectionStatus(step2, no, ctx), no, ctx)).toBeNull();
  });

  it('progress counts the done sections of those that are not optional', () => {
    const total = sections.filter((s) => !s.optional).length;
    expect(progress(summarise({}, ctx).sections)).toEqual({ done: 0, total });
    expect(progress(summarise(goodAnswers(), ctx).sections)).toEqual({ done: total, total });
  });
});
