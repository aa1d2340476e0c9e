/**
 * Ready-to-paste paragraphs per part (gender, child rights, minorities) for the officer's
 * tjänsteskrivelse. The facts are gathered once while the model is built (`summaryFacts`,
 * from the answers the appendix shows); `summaryTexts` renders the model and nothing else.
 */
import { list, questionById, sections, str } from '../../checklist/question-bank';
import { visiblePages, visibleQuestions } from '../../checklist/rules';
import type { CaseSummary } from '../../checklist/rules';
import { visibleConsultations } from '../../checklist/sami-duty';
import { countWord, endSentence, midSentence } from '../../checklist/sentences';
import type { Case } from '../../checklist/schema';
import type { RuleContext } from '../../checklist/types';
import { xmlSafe } from '../sanitize';
import { optionLabel, tx } from './text';
import type { AppendixModel, SummaryFacts, SummaryText, Translate } from './types';
import { samiDutyText } from './verdict';

/** Shorten a long free-text answer for a summary paragraph, at a word boundary. */
function excerpt(text: string, max = 600): string {
  const s = text.trim().replace(/\s+/g, ' ');
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const at = cut.lastIndexOf(' ');
  return `${(at > max * 0.6 ? cut.slice(0, at) : cut).replace(/[\s,.;:]+$/, '')} …`;
}

/** Ids of the questions the appendix shows (visible pages and questions of every section). */
function shownQuestionIds(c: Case, ctx: RuleContext): Set<string> {
  const a = c.answers;
  return new Set(
    sections.flatMap((s) =>
      visiblePages(s, a, ctx).flatMap((p) => visibleQuestions(p, a, ctx).map((q) => q.id)),
    ),
  );
}

export function summaryFacts(
  c: Case,
  summary: CaseSummary,
  label: string,
  opts: { t: Translate; ctx: RuleContext; lng: string },
): SummaryFacts {
  const { t, ctx } = opts;
  const a = c.answers;
  const shown = shownQuestionIds(c, ctx);
  /** The answer of a question the appendix shows; '' for a hidden one. */
  const answer = (id: string) => (shown.has(id) ? str(a, id).trim() : '');
  const keep = (parts: string[]) => parts.filter((p) => p.trim() !== '');

  const affects = str(a, 'b1.affects');
  const women = answer('b3.women');
  const men = answer('b3.men');
  const gender = keep([
    affects === 'ja' ? tx(t, 'appendix:summary.genderAffects') : '',
    affects === 'vet-inte' ? tx(t, 'appendix:summary.genderUnknown') : '',
    women
      ? tx(t, 'appendix:summary.genderWomen', { text: xmlSafe(endSentence(excerpt(women))) })
      : '',
    men ? tx(t, 'appendix:summary.genderMen', { text: xmlSafe(endSentence(excerpt(men))) }) : '',
  ]);
  const genderShortfalls = summary.steps.flatMap((step) =>
    step.outcome.kind === 'not-met'
      ? step.outcome.reasons
          .filter((r) => r !== 'shortfall.unanswered' && r !== 'shortfall.notStarted')
          .map((r) => tx(t, `rules:${r}`))
      : [],
  );

  // The child analysis is asked (the question bank's condition) when children are affected.
  const childApplies = shown.has('c.heard');
  const heard = answer('c.heard');
  const bestInterest = answer('c.bestInterest');
  const child = keep([
    childApplies
      ? tx(t, 'appendix:summary.childAffects', {
          how: t(`appendix:summary.childHow.${str(a, 'c.affects')}`),
        })
      : '',
    heard === 'ja' ? tx(t, 'appendix:summary.childHeard') : '',
    heard === 'nej' ? tx(t, 'appendix:summary.childNotHeard') : '',
    bestInterest
      ? tx(t, 'appendix:summary.childBestInterest', {
          text: xmlSafe(endSentence(excerpt(bestInterest))),
        })
      : '',
  ]);

  const dAffects = str(a, 'd.affects');
  const minorityQuestion = questionById.get('d.minorities');
  const minorityNames = shown.has('d.minorities')
    ? list<string>(a, 'd.minorities').map((m) =>
        midSentence(optionLabel(t, minorityQuestion, m), opts.lng),
      )
    : [];
  // Only the log as shown counts (it is hidden unless the Sami question is "ja").
  const consulted = visibleConsultations(a).length;
  const duty = summary.samiDuty;
  const minorities = keep([
    dAffects === 'nej' ? tx(t, 'appendix:summary.minoritiesNotAffected') : '',
    dAffects === 'vet-inte' ? tx(t, 'appendix:summary.minoritiesUnknown') : '',
    dAffects === 'ja' && minorityNames.length > 0
      ? tx(t, 'appendix:summary.minoritiesAffected', { list: minorityNames.join(', ') })
      : '',
    duty.kind === 'met' && duty.declined ? tx(t, 'appendix:summary.samiDeclined') : '',
    duty.kind === 'met' && !duty.declined ? tx(t, 'appendix:summary.samiMet') : '',
    consulted === 1 ? tx(t, 'appendix:summary.samiConsultedOne') : '',
    consulted > 1
      ? tx(t, 'appendix:summary.samiConsulted', { n: countWord(consulted, opts.lng) })
      : '',
  ]);

  return {
    titles: {
      gender: tx(t, 'appendix:summary.genderTitle'),
      child: tx(t, 'appendix:summary.childTitle'),
      minorities: tx(t, 'appendix:summary.minoritiesTitle'),
    },
    seeAppendix: tx(t, 'appendix:summary.seeAppendix', { label }),
    gender,
    genderShortfalls,
    child,
    minorities,
    sami: samiDutyText(duty, t)?.text ?? '',
  };
}

/**
 * The paragraphs: each part's facts, the verdict sentence the appendix states on page one,
 * and where to read more. Built from the model only, so they never disagree with it.
 */
export function summaryTexts(model: AppendixModel): SummaryText[] {
  const f = model.summaryFacts;
  const [gender = '', child = '', minorities = ''] = model.verdict.sentences;
  const join = (parts: string[]) => parts.filter((p) => p.trim() !== '').join(' ');
  return [
    {
      id: 'gender',
      title: f.titles.gender,
      text: join([...f.gender, gender, ...f.genderShortfalls, f.seeAppendix]),
    },
    { id: 'child', title: f.titles.child, text: join([...f.child, child, f.seeAppendix]) },
    {
      id: 'minorities',
      title: f.titles.minorities,
      text: join([...f.minorities, f.sami, minorities, f.seeAppendix]),
    },
  ];
}
