/**
 * The one-page road ("snabbväg"): a case that affects neither women and men (step 1), nor
 * children (Part C), nor national minorities (Part D), nor can have particular significance for
 * the Sami, walked on one page. It asks the same questions as the ordinary road (the same ids,
 * so every answer is kept when the officer goes on the ordinary road instead): the case's
 * required facts, the gates with a reason each (all required here), the administrative-area
 * question where the organisation is in one, and the concluding
 * assessment once every gate is "Nej". Not one of the checklist's sections: it holds no
 * question of its own.
 */
import { is, page } from './helpers';
import type { Answers, Predicate, Question, Section } from '../types';

export const quickRoadPageId = 'snabbvag';

/** Every gate of the one-page road answered "Nej". */
export const quickRoadAllNo: Predicate = (a: Answers, c) =>
  is('b1.affects', 'nej')(a, c) &&
  is('c.affects', 'nej')(a, c) &&
  is('d.affects', 'nej')(a, c) &&
  is('d.samiSignificance', 'nej')(a, c);

/** Build the page from the bank's own questions; `override` tightens one for this page. */
export function quickRoad(
  questionById: ReadonlyMap<string, Question>,
  override: Record<string, Partial<Question>> = {},
): Section {
  const take = (id: string): Question => {
    const found = questionById.get(id);
    if (!found) throw new Error(`quick road: no question ${id}`);
    return { ...found, ...override[id] };
  };
  return {
    id: 'snabbvag',
    part: 'A',
    titleKey: 'sections.snabbvag',
    optional: true,
    pages: [
      page(
        quickRoadPageId,
        [
          'a.title',
          'a.dnr',
          'a.proposal',
          'a.committee',
          'a.officer',
          'a.date',
          'b1.affects',
          'b1.noReason',
          'c.affects',
          'c.noReason',
          'd.affects',
          'd.noReason',
          // Asked only where the organisation is in an administrative area (as on d-admin).
          'd.adminRights',
          'd.adminRightsHow',
          'd.samiSignificance',
          's.conclusion',
        ].map(take),
        'pages.snabbvag',
      ),
    ],
  };
}
