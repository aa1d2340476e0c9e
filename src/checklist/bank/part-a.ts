/** Part A of the question bank: the case (title, committee, date, the decision asked for). */
import { page, q } from './helpers';
import type { Section } from '../types';

// ---- Part A: the case ----------------------------------------------------------

export const partA: Section = {
  id: 'arendet',
  part: 'A',
  titleKey: 'sections.arendet',
  pages: [
    page(
      'a-arende',
      [
        q('a.title', 'text', { required: true, maxLength: 200, example: true }),
        q('a.dnr', 'text', { maxLength: 60, example: true }),
      ],
      'pages.a-arende',
    ),
    page('a-proposal', [
      q('a.proposal', 'textarea', { required: true, maxLength: 2000, example: true }),
    ]),
    page(
      'a-committee',
      [
        q('a.committee', 'text', {
          required: true,
          maxLength: 200,
          example: true,
          suggestions: 'committees',
        }),
        q('a.department', 'text', { maxLength: 200, example: true }),
        q('a.officer', 'text', { required: true, maxLength: 200 }),
      ],
      'pages.a-committee',
    ),
    page(
      'a-dates',
      [
        q('a.date', 'date', { required: true }),
        q('a.meetingDate', 'date'),
        q('a.appendixNumber', 'text', { maxLength: 20, example: true }),
      ],
      'pages.a-dates',
    ),
  ],
};
