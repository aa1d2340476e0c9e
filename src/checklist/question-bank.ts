/**
 * The question bank: every section, page and question of the checklist as data.
 *
 * Parts follow docs/domain.md: A the case, B the five SKR steps of
 * "jämställda beslutsunderlag", C child rights (Barnombudsmannen's method for
 * decisions on a general level), D national minorities and the Sami, E the other
 * grounds of discrimination, S the officer's concluding assessment.
 *
 * Texts are i18n keys in the `questions` namespace, derived from the id:
 * `<id>.label`, `<id>.hint`, `<id>.example`, `<id>.why`. The UI renders what is
 * here; the rules in rules.ts read the same data.
 */
import { partA } from './bank/part-a';
import { b1, b2, b3, b4, b5 } from './bank/part-b-steps';
import { partC } from './bank/part-c-children';
import { partD } from './bank/part-d-minorities';
import { partE, summary } from './bank/part-e';
import { quickRoad, quickRoadAllNo } from './bank/quick-road';

export { quickRoadPageId } from './bank/quick-road';
import type { Page, Question, Section } from './types';

export {
  basicPrinciples,
  caseTitle,
  chosenOptions,
  list,
  nationalGoalIds,
  str,
} from './bank/helpers';

export const sections: readonly Section[] = [
  partA,
  b1,
  b2,
  b3,
  b4,
  b5,
  partC,
  partD,
  partE,
  summary,
];

export const sectionById = new Map(sections.map((s) => [s.id, s]));

/** Every page of the full road of every section. */
export const allPages: readonly { section: Section; page: Page }[] = sections.flatMap((section) =>
  section.pages.map((p) => ({ section, page: p })),
);

export const allQuestions: readonly Question[] = allPages.flatMap((e) => e.page.questions);

export const questionById = new Map(allQuestions.map((qq) => [qq.id, qq]));

/** The one-page road (bank/quick-road.ts): reasons required, the conclusion once all is "Nej". */
export const quickRoadSection: Section = quickRoad(questionById, {
  'd.noReason': { required: true },
  's.conclusion': { when: quickRoadAllNo },
});

/** Every page a route can name: the full roads, the short roads' own pages and the one-page road. */
export const pageById = new Map(
  [
    ...allPages,
    ...sections.flatMap((section) =>
      (section.shortRoad?.pages ?? []).map((p) => ({ section, page: p })),
    ),
    ...quickRoadSection.pages.map((p) => ({ section: quickRoadSection, page: p })),
  ].map((e) => [e.page.id, e] as const),
);

/** The part each SKR step belongs to, in order; used by verdicts and the appendix. */
export const skrStepSectionIds = ['steg1', 'steg2', 'steg3', 'steg4', 'steg5'] as const;
export type SkrStepId = (typeof skrStepSectionIds)[number];
