/** Part E of the question bank (other grounds of discrimination) and the officer's concluding assessment. */
import { nonEmpty, page, q } from './helpers';
import type { Section } from '../types';

// ---- Part E: other grounds of discrimination ---------------------------------------------

export const partE: Section = {
  id: 'jamlikhet',
  part: 'E',
  titleKey: 'sections.jamlikhet',
  optional: true,
  pages: [
    page('e-grounds', [
      q('e.grounds', 'multi', {
        options: [
          'kon',
          'konsoverskridande',
          'etnisk',
          'religion',
          'funktionsnedsattning',
          'sexuell-laggning',
          'alder',
        ],
        optionSet: 'grounds',
        why: true,
      }),
    ]),
    page(
      'e-how',
      [
        q('e.how', 'textarea', {
          when: nonEmpty('e.grounds'),
          required: true,
          maxLength: 3000,
          example: true,
        }),
        q('e.norms', 'multi', {
          when: nonEmpty('e.grounds'),
          options: ['mansnorm', 'cisnorm', 'heteronorm', 'funktionsnorm', 'vithetsnorm'],
          optionSet: 'norms',
          why: true,
        }),
      ],
      'pages.e-how',
    ),
  ],
};

// ---- Summary: the officer's concluding assessment ---------------------------------------------

export const summary: Section = {
  id: 'sammanfattning',
  part: 'S',
  titleKey: 'sections.sammanfattning',
  pages: [
    page('s-conclusion', [
      q('s.conclusion', 'textarea', { required: true, maxLength: 3000, example: true, why: true }),
    ]),
  ],
};
