/** Part D of the question bank: national minorities and the Sami consultation duty (lag 2022:66). */
import { samiDuty } from '../sami-duty';
import { is, page, q, yesNoUnknown } from './helpers';
import type { Section } from '../types';

// ---- Part D: national minorities and the Sami -------------------------------------------

const dYes = is('d.affects', 'ja', 'vet-inte');
export const partD: Section = {
  id: 'minoriteter',
  part: 'D',
  titleKey: 'sections.minoriteter',
  pages: [
    page('d-affects', [
      q('d.affects', 'choice', {
        options: yesNoUnknown,
        optionSet: 'yesNoUnknown',
        required: true,
        why: true,
      }),
    ]),
    // Optional here (older cases have none); the one-page road (quick-road.ts) requires it.
    page('d-no-reason', [
      q('d.noReason', 'textarea', { when: is('d.affects', 'nej'), maxLength: 2000, example: true }),
    ]),
    page(
      'd-which',
      [
        q('d.minorities', 'multi', {
          when: dYes,
          options: ['judar', 'romer', 'samer', 'sverigefinnar', 'tornedalingar'],
          optionSet: 'minorities',
          required: true,
        }),
        q('d.languages', 'multi', {
          when: dYes,
          options: ['jiddisch', 'romani', 'samiska', 'finska', 'meankieli'],
          optionSet: 'languages',
        }),
        q('d.how', 'textarea', { when: dYes, required: true, maxLength: 3000, example: true }),
      ],
      'pages.d-which',
    ),
    page(
      'd-samrad',
      [
        q('d.samrad', 'choice', {
          when: dYes,
          options: ['ja', 'planerat', 'nej'],
          optionSet: 'samrad',
          required: true,
          why: true,
        }),
        q('d.samradDetails', 'textarea', {
          when: (a, c) => dYes(a, c) && is('d.samrad', 'ja', 'planerat')(a, c),
          required: true,
          maxLength: 3000,
          example: true,
        }),
        q('d.samradWhyNot', 'textarea', {
          when: (a, c) => dYes(a, c) && is('d.samrad', 'nej')(a, c),
          required: true,
          maxLength: 2000,
        }),
      ],
      'pages.d-samrad',
    ),
    page(
      'd-children',
      [
        q('d.culture', 'textarea', { when: dYes, maxLength: 2000, example: true, why: true }),
        q('d.childrenInfluence', 'textarea', { when: dYes, maxLength: 2000, example: true }),
      ],
      'pages.d-children',
    ),
    page(
      'd-admin',
      [
        q('d.adminRights', 'choice', {
          when: (_a, c) => c.adminLanguages.length > 0,
          // A kommun also owes förskola and äldreomsorg in the language; a region mainly the
          // language in contacts with it. The hint names the configured languages.
          contextHint: (c) => ({
            key:
              c.orgKind === 'kommun'
                ? 'd.adminRights.hintKommun'
                : c.orgKind === 'region'
                  ? 'd.adminRights.hintRegion'
                  : 'd.adminRights.hint',
            languages: c.adminLanguages,
          }),
          options: yesNoUnknown,
          optionSet: 'yesNoUnknown',
          required: true,
          why: true,
        }),
        q('d.adminRightsHow', 'textarea', {
          when: (a, c) =>
            c.adminLanguages.length > 0 && is('d.adminRights', 'ja', 'vet-inte')(a, c),
          required: true,
          maxLength: 2000,
        }),
      ],
      'pages.d-admin',
    ),
    page('d-sami', [
      q('d.samiSignificance', 'choice', {
        options: yesNoUnknown,
        optionSet: 'yesNoUnknown',
        required: true,
        why: true,
        example: true,
      }),
    ]),
    page(
      'd-consultation',
      [
        // Not required on purpose, so Continue never blocks an officer who has not consulted yet:
        // an unmet duty is a content shortfall with its own plain reasons (samiDuty, lag 2022:66),
        // and check-answers and the appendix read it as a legal duty, never as optional
        // (rules.ts `unansweredKind`).
        q('d.consultations', 'consultations', { when: is('d.samiSignificance', 'ja'), why: true }),
        q('d.consultationPlan', 'textarea', {
          when: (a, c) => is('d.samiSignificance', 'ja')(a, c) && samiDuty(a).kind === 'not-met',
          maxLength: 2000,
        }),
      ],
      'pages.d-consultation',
    ),
  ],
};
