/** Part C of the question bank: child rights, Barnombudsmannen's method for general decisions. */
import { emptyContext } from '../types';
import { basicPrinciples, includes, is, page, q, yesNo } from './helpers';
import type { Section } from '../types';

// ---- Part C: child rights -------------------------------------------------------------

const cApplies = is('c.affects', 'direkt', 'indirekt', 'vet-inte');
const cNotInLine = is('c.inLine', 'delvis', 'nej');

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
    page('c-extent', [
      q('c.extent', 'choice', {
        when: cApplies,
        options: ['liten', 'mattlig', 'stor'],
        optionSet: 'extent',
        required: true,
      }),
    ]),
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
