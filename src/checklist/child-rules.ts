/** Part C: Barnombudsmannen's checks before a decision on a general level. */
import { visiblePages, visibleQuestions } from './answered';
import { chosenOptions, list, questionById, sectionById, str } from './question-bank';
import type { Answers, RuleContext } from './types';

export const childCheckIds = [
  'childrenIdentified',
  'articlesIdentified',
  'knowledgeAnalysed',
  'lawsAnalysed',
  'childrenHeard',
  'compensatingMeasures',
] as const;
export type ChildCheckId = (typeof childCheckIds)[number];

export interface ChildCheck {
  id: ChildCheckId;
  status: 'met' | 'not-met' | 'not-applicable';
}

/**
 * Whether not hearing children can be justified by a stated reason. Barnombudsmannen: relying on
 * existing knowledge instead of asking children will do only when children are affected to a small
 * degree; when they are affected more, children must be heard. Strict reading: only "liten" may
 * rely on a reason ("måttlig" may not), and an unanswered extent never may.
 */
export function notHearingMayBeJustified(a: Answers): boolean {
  return str(a, 'c.extent') === 'liten';
}

export function childChecks(a: Answers, ctx: RuleContext): ChildCheck[] {
  // When the case does not affect children, none of the checks applies (the answers behind them are hidden).
  const affects = str(a, 'c.affects');
  if (affects === 'nej') return childCheckIds.map((id) => ({ id, status: 'not-applicable' }));
  const filled = (id: string) => str(a, id).trim() !== '';
  const heard = str(a, 'c.heard');
  const inLine = str(a, 'c.inLine');
  const status = (ok: boolean): ChildCheck['status'] => (ok ? 'met' : 'not-met');
  const articles = questionById.get('c.articles');
  // Only what the road taken shows counts: the short road does not ask for articles, so an
  // "annan" kept from the full road (hidden now) asks for nothing.
  const partC = sectionById.get('barn');
  const shown =
    partC !== undefined &&
    visiblePages(partC, a, ctx).some((p) =>
      visibleQuestions(p, a, ctx).some((q) => q.id === 'c.articles'),
    );
  const otherArticles = articles && shown ? chosenOptions(articles, a).includes('annan') : false;
  return [
    // "Vet inte ännu" is no information about which children are affected and how.
    {
      id: 'childrenIdentified',
      status: status(affects !== 'vet-inte' && list(a, 'c.ageGroups').length > 0),
    },
    // The four basic principles are always identified (fixed options), once it is known that
    // children are affected; another article needs its name. Not before: a prövning that has not
    // said whether children are affected has identified nothing.
    {
      id: 'articlesIdentified',
      status: status(
        (affects === 'direkt' || affects === 'indirekt') &&
          (!otherArticles || filled('c.articlesOther')),
      ),
    },
    { id: 'knowledgeAnalysed', status: status(filled('c.knowledge')) },
    { id: 'lawsAnalysed', status: status(filled('c.laws')) },
    {
      id: 'childrenHeard',
      status: status(
        (heard === 'ja' && filled('c.heardHow')) ||
          (heard === 'nej' && notHearingMayBeJustified(a) && filled('c.notHeardWhy')),
      ),
    },
    {
      id: 'compensatingMeasures',
      status:
        inLine === 'ja'
          ? 'not-applicable'
          : inLine === 'delvis' || inLine === 'nej'
            ? status(filled('c.compensating') && filled('c.reasonAgainst'))
            : 'not-met',
    },
  ];
}

/**
 * Why a fully answered part C is not met, as reason keys: the specific reason first where
 * there is one ("Vet inte ännu"; children affected more than a little and not heard), else the
 * check that is not met.
 */
export function childShortfalls(a: Answers, ctx: RuleContext): string[] {
  const unknown = str(a, 'c.affects') === 'vet-inte';
  const out = unknown ? ['shortfall.cUnknown'] : [];
  for (const c of childChecks(a, ctx)) {
    if (c.status !== 'not-met') continue;
    // "Vet inte ännu" is the reason these two are not met: it is named once, as that.
    if ((c.id === 'childrenIdentified' || c.id === 'articlesIdentified') && unknown) continue;
    if (c.id === 'childrenHeard' && str(a, 'c.heard') === 'nej' && !notHearingMayBeJustified(a)) {
      out.push('shortfall.cNotHeard');
      continue;
    }
    out.push(`childCheck.${c.id}`);
  }
  return out;
}
