/** Part C of the question bank: child rights, Barnombudsmannen's method for general decisions. */
import { emptyContext } from '../types';
import { basicPrinciples, includes, is, page, q, str, yesNo } from './helpers';
import type { Answers, Page, Predicate, Question, Section } from '../types';

// ---- Part C: child rights -------------------------------------------------------------

const cApplies = is('c.affects', 'direkt', 'indirekt', 'vet-inte');
const cNotInLine = is('c.inLine', 'delvis', 'nej');
const cIndirectSmall: Predicate = (a) =>
  str(a, 'c.affects') === 'indirekt' && str(a, 'c.extent') === 'liten';

/** Optional questions that only the full road asks. */
const fullRoadOnly = [
  'c.vulnerable',
  'c.girlsBoys',
  'c.articles',
  'c.articlesOther',
  'c.principles',
  'c.feedback',
];
const given = (a: Answers, id: string) => {
  const v = a[id];
  return typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) && v.length > 0;
};

/**
 * The short child-rights road: children affected indirectly and to a small degree
 * (Barnombudsmannen scales the prövning to the impact). The officer's choice (`c.road`) decides;
 * without one, a case that already answers questions only the full road asks stays on it.
 * The short road asks every required question of the full road (the rules are the same), on
 * two pages; it leaves out only optional ones.
 */
export const childShortRoad: Predicate = (a, c) => {
  if (!cIndirectSmall(a, c)) return false;
  const road = str(a, 'c.road');
  if (road !== '') return road === 'kort';
  return !fullRoadOnly.some((id) => given(a, id));
};

export const partC: Section = {
  id: 'barn',
  part: 'C',
  titleKey: 'sections.barn',
  notApplicable: (a) =>
    is('c.affects', 'nej')(a, emptyContext) ? { reasonQuestionId: 'c.noReason' } : null,
  pages: [
    page('c-affects', [
      q('c.affects', 'choice', {
        options: ['direkt', 'indirekt', 'nej', 'vet-inte'],
        optionSet: 'childAffects',
        required: true,
        why: true,
      }),
    ]),
    page('c-no-reason', [
      q('c.noReason', 'textarea', {
        when: is('c.affects', 'nej'),
        required: true,
        maxLength: 2000,
        example: true,
      }),
    ]),
    page(
      'c-extent',
      [
        q('c.extent', 'choice', {
          when: cApplies,
          options: ['liten', 'mattlig', 'stor'],
          optionSet: 'extent',
          required: true,
        }),
        q('c.road', 'choice', {
          when: cIndirectSmall,
          options: ['kort', 'full'],
          optionSet: 'childRoad',
          journeyOnly: true,
        }),
      ],
      'pages.c-extent',
    ),
    page(
      'c-children',
      [
        q('c.ageGroups', 'multi', {
          when: cApplies,
          options: ['0-5', '6-12', '13-17'],
          optionSet: 'ageGroups',
          required: true,
        }),
        q('c.vulnerable', 'multi', {
          when: cApplies,
          options: [
            'funktionsnedsattning',
            'fattigdom',
            'placerade',
            'vald',
            'nyanlanda',
            'minoritet',
            'andra',
          ],
          optionSet: 'vulnerable',
          why: true,
        }),
        q('c.girlsBoys', 'textarea', { when: cApplies, maxLength: 2000, example: true }),
      ],
      'pages.c-children',
    ),
    page(
      'c-articles',
      [
        // The four basic principles are always assessed: fixed, so no tick (or old untick) changes that.
        q('c.articles', 'multi', {
          when: cApplies,
          options: [
            ...basicPrinciples,
            'art19',
            'art23',
            'art24',
            'art27',
            'art28',
            'art30',
            'art31',
            'annan',
          ],
          fixedOptions: basicPrinciples,
          optionSet: 'articles',
          why: true,
        }),
        q('c.articlesOther', 'text', {
          when: (a, c) => cApplies(a, c) && includes('c.articles', 'annan')(a, c),
          required: true,
          maxLength: 200,
          example: true,
        }),
        q('c.principles', 'textarea', { when: cApplies, maxLength: 3000, example: true }),
      ],
      'pages.c-articles',
    ),
    page(
      'c-knowledge',
      [
        q('c.knowledge', 'textarea', {
          when: cApplies,
          required: true,
          maxLength: 3000,
          example: true,
        }),
        q('c.laws', 'textarea', { when: cApplies, required: true, maxLength: 2000, example: true }),
      ],
      'pages.c-knowledge',
    ),
    page(
      'c-heard',
      [
        q('c.heard', 'choice', {
          when: cApplies,
          options: yesNo,
          optionSet: 'yesNo',
          required: true,
          why: true,
        }),
        q('c.heardHow', 'textarea', {
          when: (a, c) => cApplies(a, c) && is('c.heard', 'ja')(a, c),
          required: true,
          maxLength: 3000,
          example: true,
        }),
        q('c.notHeardWhy', 'textarea', {
          when: (a, c) => cApplies(a, c) && is('c.heard', 'nej')(a, c),
          required: true,
          maxLength: 2000,
          example: true,
        }),
      ],
      'pages.c-heard',
    ),
    page(
      'c-consequences',
      [
        q('c.alternatives', 'textarea', {
          when: cApplies,
          required: true,
          maxLength: 3000,
          example: true,
          why: true,
        }),
        q('c.effect', 'choice', {
          when: cApplies,
          options: ['starks', 'forsvagas', 'paverkas-ej', 'blandat'],
          optionSet: 'rightsEffect',
          required: true,
        }),
        q('c.consequences', 'textarea', {
          when: cApplies,
          required: true,
          maxLength: 3000,
          example: true,
        }),
      ],
      'pages.c-consequences',
    ),
    page(
      'c-assessment',
      [
        q('c.bestInterest', 'textarea', {
          when: cApplies,
          required: true,
          maxLength: 3000,
          example: true,
        }),
        q('c.weight', 'textarea', {
          when: cApplies,
          required: true,
          maxLength: 2000,
          example: true,
          why: true,
        }),
        q('c.inLine', 'choice', {
          when: cApplies,
          options: ['ja', 'delvis', 'nej'],
          optionSet: 'inLine',
          required: true,
        }),
      ],
      'pages.c-assessment',
    ),
    page(
      'c-compensating',
      [
        q('c.reasonAgainst', 'textarea', {
          when: (a, c) => cApplies(a, c) && cNotInLine(a, c),
          required: true,
          maxLength: 2000,
        }),
        q('c.compensating', 'textarea', {
          when: (a, c) => cApplies(a, c) && cNotInLine(a, c),
          required: true,
          maxLength: 3000,
          example: true,
          why: true,
        }),
      ],
      'pages.c-compensating',
    ),
    page('c-feedback', [
      q('c.feedback', 'textarea', { when: cApplies, maxLength: 2000, example: true }),
    ]),
  ],
};

const fullPages = partC.pages;
const pageOf = (id: string): Page => fullPages.find((p) => p.id === id)!;
const questionsOf = (...ids: string[]): Question[] =>
  ids.map((id) => fullPages.flatMap((p) => p.questions).find((qq) => qq.id === id)!);

partC.shortRoad = {
  when: childShortRoad,
  choicePageId: 'c-extent',
  pages: [
    pageOf('c-affects'),
    pageOf('c-no-reason'),
    pageOf('c-extent'),
    page(
      'c-short-knowledge',
      questionsOf('c.ageGroups', 'c.knowledge', 'c.laws', 'c.heard', 'c.heardHow', 'c.notHeardWhy'),
      'pages.c-short-knowledge',
    ),
    page(
      'c-short-assessment',
      questionsOf(
        'c.alternatives',
        'c.effect',
        'c.consequences',
        'c.bestInterest',
        'c.weight',
        'c.inLine',
        'c.reasonAgainst',
        'c.compensating',
      ),
      'pages.c-short-assessment',
    ),
  ],
};
