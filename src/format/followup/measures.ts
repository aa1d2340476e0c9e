/**
 * The rows every follow-up output shows for one group, in one order: the CSV, the Word report
 * and the CLI's JSON read the same list, so they cannot disagree on a count.
 */
import { decisionOutcomes, decisionParts } from '../../checklist/decision';
import type { Counted, FollowupGroup } from './aggregate';

/** A translate function (followup namespace keys); the caller's i18n supplies it. */
export type FollowupTranslate = (key: string, params?: Record<string, unknown>) => string;

export interface Measure {
  /** A stable id: `cases`, `step2.notMet`, `decision.aterremiss`, `aterremiss.step4`, ... */
  id: string;
  label: string;
  cases: Counted;
}

export function groupMeasures(g: FollowupGroup, t: FollowupTranslate): Measure[] {
  const m = (id: string, key: string, cases: Counted, params?: Record<string, unknown>) => ({
    id,
    label: t(`followup:csv.${key}`, params),
    cases,
  });
  return [
    m('cases', 'casesMeasure', g.cases),
    ...g.steps.flatMap((s) => [
      m(`step${s.n}.met`, 'stepMet', s.met, { n: s.n }),
      m(`step${s.n}.notMet`, 'stepNotMet', s.notMet, { n: s.n }),
      m(`step${s.n}.notApplicable`, 'stepNotApplicable', s.notApplicable, { n: s.n }),
    ]),
    m('child.done', 'childDone', g.child.done),
    m('child.notApplicable', 'childNotApplicable', g.child.notApplicable),
    m('child.notMet', 'childNotMet', g.child.notMet),
    m('minorities.met', 'minoritiesMet', g.minorities.met),
    m('minorities.notApplicable', 'minoritiesNotApplicable', g.minorities.notApplicable),
    m('minorities.notMet', 'minoritiesNotMet', g.minorities.notMet),
    m('sami.triggered', 'samiTriggered', g.sami.triggered),
    m('sami.met', 'samiMet', g.sami.met),
    m('sami.notMet', 'samiNotMet', g.sami.notMet),
    ...decisionOutcomes.map((o) =>
      m(`decision.${o}`, 'decision', g.decisions[o], {
        outcome: t(`followup:decision.outcomes.${o}`),
      }),
    ),
    m('decision.none', 'noDecision', g.decisions.none),
    ...g.aterremiss.steps.map((s) =>
      m(`aterremiss.step${s.n}`, 'aterremissStep', s.cases, { n: s.n }),
    ),
    ...decisionParts.map((p) =>
      m(`aterremiss.${p}`, 'aterremissPart', g.aterremiss.parts[p], {
        part: t(`followup:decision.parts.${p}`),
      }),
    ),
    m(
      'differs',
      'differs',
      g.differs.map((d) => d.ref),
    ),
  ];
}

/** The share of the group's cases, as a number 0-100 with one decimal. */
export function shareOf(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 1000) / 10;
}
