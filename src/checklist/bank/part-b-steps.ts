/** Part B of the question bank: SKR's five steps of jämställda beslutsunderlag. */
import { emptyContext } from '../types';
import { includes, is, list, page, q, str, yesNoUnknown } from './helpers';
import type { Answers, Section } from '../types';

// ---- Part B: the five SKR steps ----------------------------------------------------

const b1No = is('b1.affects', 'nej');
const b1Yes = is('b1.affects', 'ja', 'vet-inte');

const stepsNotApplicable = (a: Answers) =>
  b1No(a, emptyContext) ? { reasonQuestionId: 'b1.noReason' } : null;

export const b1: Section = {
  id: 'steg1',
  part: 'B',
  titleKey: 'sections.steg1',
  pages: [
    page('b1-affects', [
      q('b1.affects', 'choice', {
        options: yesNoUnknown,
        optionSet: 'yesNoUnknown',
        required: true,
        why: true,
        example: true,
      }),
    ]),
    page('b1-reason', [
      q('b1.noReason', 'textarea', { when: b1No, required: true, maxLength: 2000, example: true }),
    ]),
    page(
      'b1-groups',
      [
        q('b1.groups', 'multi', {
          when: b1Yes,
          required: true,
          options: [
            'invanare',
            'patienter',
            'brukare',
            'elever',
            'medarbetare',
            'foretagare',
            'andra',
          ],
          optionSet: 'groups',
        }),
        q('b1.groupsOther', 'text', {
          when: (a, c) => b1Yes(a, c) && includes('b1.groups', 'andra')(a, c),
          required: true,
          maxLength: 200,
        }),
        q('b1.how', 'textarea', { when: b1Yes, maxLength: 2000, example: true }),
      ],
      'pages.b1-groups',
    ),
  ],
};

export const b2: Section = {
  id: 'steg2',
  part: 'B',
  titleKey: 'sections.steg2',
  notApplicable: stepsNotApplicable,
  pages: [
    page('b2-split', [
      q('b2.split', 'choice', {
        options: ['ja', 'delvis', 'nej', 'ingen'],
        optionSet: 'split',
        required: true,
        why: true,
      }),
    ]),
    page('b2-tables', [
      q('b2.tables', 'statistics', { when: is('b2.split', 'ja', 'delvis'), required: true }),
    ]),
    page(
      'b2-analysis',
      [
        q('b2.differences', 'textarea', {
          when: is('b2.split', 'ja', 'delvis'),
          required: true,
          starter: 'statistics',
          maxLength: 3000,
          example: true,
          why: true,
        }),
      ],
      'pages.b2-analysis',
    ),
    page(
      'b2-missing',
      [
        q('b2.missingWhy', 'textarea', {
          when: is('b2.split', 'delvis', 'nej', 'ingen'),
          required: true,
          maxLength: 2000,
          example: true,
        }),
        // Also when no individual-based statistics exist: förordning (2001:100) 14 § expects it.
        q('b2.missingNeeded', 'textarea', {
          when: is('b2.split', 'delvis', 'nej', 'ingen'),
          required: true,
          maxLength: 2000,
          example: true,
        }),
      ],
      'pages.b2-missing',
    ),
  ],
};

export const b3: Section = {
  id: 'steg3',
  part: 'B',
  titleKey: 'sections.steg3',
  notApplicable: stepsNotApplicable,
  pages: [
    page(
      'b3-women-men',
      [
        q('b3.women', 'textarea', { required: true, maxLength: 3000, example: true }),
        q('b3.men', 'textarea', { required: true, maxLength: 3000, example: true }),
      ],
      'pages.b3-women-men',
    ),
    page(
      'b3-girls-boys',
      [
        q('b3.girlsBoys', 'textarea', { maxLength: 3000, example: true }),
        q('b3.otherGender', 'textarea', { maxLength: 2000 }),
      ],
      'pages.b3-girls-boys',
    ),
    page(
      'b3-direction',
      [
        q('b3.directionWomen', 'choice', {
          options: ['positiv', 'negativ', 'neutral', 'blandad'],
          optionSet: 'direction',
          required: true,
        }),
        q('b3.directionMen', 'choice', {
          options: ['positiv', 'negativ', 'neutral', 'blandad'],
          optionSet: 'direction',
          required: true,
        }),
        q('b3.term', 'textarea', { maxLength: 2000, example: true }),
      ],
      'pages.b3-direction',
    ),
    page(
      'b3-areas',
      [
        q('b3.areas', 'multi', {
          required: true,
          options: ['resurser', 'bemotande', 'makt', 'halsa', 'ekonomi', 'obetalt', 'vald'],
          optionSet: 'areas',
          why: true,
        }),
        // Kön+ is asked once, here (it was also asked in step 2 before case version 3).
        q('b3.intersectional', 'textarea', { maxLength: 3000, example: true, why: true }),
      ],
      'pages.b3-areas',
    ),
    page('b3-nothing', [
      q('b3.ifNothing', 'textarea', { required: true, maxLength: 2000, example: true }),
    ]),
  ],
};

const b4Yes = is('b4.unjustified', 'ja');
export const b4: Section = {
  id: 'steg4',
  part: 'B',
  titleKey: 'sections.steg4',
  notApplicable: stepsNotApplicable,
  pages: [
    page('b4-unjustified', [
      q('b4.unjustified', 'choice', {
        options: yesNoUnknown,
        optionSet: 'yesNoUnknown',
        required: true,
        why: true,
      }),
    ]),
    page('b4-describe', [
      q('b4.describe', 'textarea', { when: b4Yes, required: true, maxLength: 3000, example: true }),
    ]),
    // The reason is asked while no measure row exists; it is shown with the verdict but never
    // makes the step met (rules.ts: shortfall.b4NoMeasures). A hidden reason never counts.
    page('b4-measures', [
      q('b4.measures', 'measures', {
        when: b4Yes,
        required: (a) =>
          list(a, 'b4.measures').length > 0 || str(a, 'b4.noMeasuresReason').trim() === '',
      }),
    ]),
    page('b4-no-measures', [
      q('b4.noMeasuresReason', 'textarea', {
        when: (a, c) => b4Yes(a, c) && list(a, 'b4.measures').length === 0,
        required: true,
        maxLength: 2000,
      }),
    ]),
    page('b4-objective', [
      q('b4.objective', 'textarea', {
        when: is('b4.unjustified', 'nej'),
        maxLength: 2000,
        example: true,
      }),
    ]),
  ],
};

export const b5: Section = {
  id: 'steg5',
  part: 'B',
  titleKey: 'sections.steg5',
  notApplicable: stepsNotApplicable,
  pages: [
    page('b5-goals', [q('b5.goals', 'goals', { required: true, why: true })]),
    page('b5-contribution', [
      // Each chosen goal has its own comment (GoalsField, rules: shortfall.b5GoalNoComment);
      // this is the overall picture, and the one comment cases had before that.
      q('b5.contribution', 'textarea', { maxLength: 3000, example: true }),
    ]),
    page(
      'b5-followup',
      [
        q('b5.followUp', 'textarea', {
          required: true,
          maxLength: 2000,
          example: true,
          starter: 'measuresFollowUp',
        }),
        q('b5.followUpDate', 'date'),
      ],
      'pages.b5-followup',
    ),
  ],
};
