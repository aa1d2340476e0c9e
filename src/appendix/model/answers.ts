/**
 * The answers of the appendix: one question/answer block per visible question, in order,
 * with the tables of measures, consultations and statistics and the goals as a list.
 */
import { midSentence } from '../../checklist/sentences';
import { chosenOptions, list, str } from '../../checklist/question-bank';
import {
  isAnswered,
  isConsultationLogged,
  isMeasureFilled,
  unansweredKind,
  visiblePages,
  visibleQuestions,
} from '../../checklist/rules';
import { consultationPartyText } from '../../checklist/sami-duty';
import { isNationalGoal, orgGoalText } from '../../checklist/goals';
import { endSentence, joinSentences } from '../../checklist/sentences';
import type { Case } from '../../checklist/schema';
import type {
  Consultation,
  GoalRef,
  Measure,
  Question,
  Section,
  StatTable,
} from '../../checklist/types';
import { xmlSafe } from '../sanitize';
import { statTableBlocks } from './stat-tables';
import { optionLabel, sanitizeParams, tx } from './text';
import type { AnswerContent, AppendixOptions, Block, TableBlock, Translate } from './types';

function measuresTable(measures: Measure[], t: Translate): TableBlock {
  return {
    id: 'measures',
    caption: '',
    head: ['measure', 'responsible', 'when', 'followUp'].map((k) =>
      tx(t, `appendix:measures.${k}`),
    ),
    rows: measures.map((m) =>
      [m.measure, m.responsible, m.when, m.followUp].map((v) => xmlSafe(v.trim())),
    ),
    notes: [],
  };
}

/**
 * The consultation log: party, request and reply, when and how it was held, outcome, and what
 * came out of it. A declined request reads "Sametinget informerat, avstod" as its outcome.
 * The free text of a migrated version 1 row is kept under the table, never dropped.
 */
function consultationsTable(items: Consultation[], t: Translate): TableBlock {
  const join = (parts: string[]) => parts.filter((p) => p !== '').join(', ');
  const notes = items.flatMap((c) => {
    const legacy = c.legacy?.parties.trim() ?? '';
    return legacy && c.party !== ''
      ? [tx(t, 'appendix:consultations.legacyParties', { parties: xmlSafe(legacy) })]
      : [];
  });
  return {
    id: 'consultations',
    caption: '',
    head: ['parties', 'request', 'held', 'outcome', 'notes'].map((k) =>
      tx(t, `appendix:consultations.${k}`),
    ),
    rows: items.map((c) => {
      const declined = c.reply === 'avstar';
      return [
        xmlSafe(consultationPartyText(c, (p) => t(`appendix:consultations.partyKinds.${p}`))),
        join([
          xmlSafe(c.requested),
          c.reply ? tx(t, `appendix:consultations.replies.${c.reply}`) : '',
        ]),
        declined
          ? ''
          : join([xmlSafe(c.date), c.form ? tx(t, `appendix:consultations.forms.${c.form}`) : '']),
        declined
          ? tx(
              t,
              `appendix:consultations.outcomes.${c.party === 'sametinget' ? 'avstodSametinget' : 'avstod'}`,
            )
          : c.outcome
            ? tx(t, `appendix:consultations.outcomes.${c.outcome}`)
            : '',
        xmlSafe(c.notes.trim()),
      ];
    }),
    notes,
  };
}

function goalItems(goals: GoalRef[], opts: AppendixOptions): string[] {
  const { t, lng, ctx } = opts;
  return goals.map((g) => {
    const goal = isNationalGoal(g)
      ? tx(t, 'appendix:goals.nationalPrefix', { text: t(`appendix:goals.${g.id}`) })
      : tx(
          t,
          'appendix:goals.orgPrefix',
          sanitizeParams({ text: orgGoalText(g, ctx.orgGoals, lng) }),
        );
    // Each goal with what the officer wrote about it; a missing comment is said, not dropped.
    const comment = (g.comment ?? '').trim();
    const about = comment
      ? tx(t, 'appendix:goals.comment', sanitizeParams({ comment: endSentence(comment) }))
      : tx(t, 'appendix:goals.noComment');
    return joinSentences(goal, about);
  });
}

/** The answer of one visible question as model content. */
export function answerContent(q: Question, c: Case, opts: AppendixOptions): AnswerContent {
  const { t } = opts;
  const a = c.answers;
  if (!isAnswered(q, a)) return { kind: 'unanswered', text: tx(t, 'appendix:unanswered') };
  switch (q.kind) {
    case 'choice':
      return { kind: 'text', text: optionLabel(t, q, str(a, q.id)) };
    case 'multi':
      return {
        kind: 'list',
        items: chosenOptions(q, a).map((v) => optionLabel(t, q, v)),
      };
    case 'text':
    case 'textarea':
    case 'date':
      return { kind: 'text', text: xmlSafe(str(a, q.id).trim()) };
    case 'statistics':
      return {
        kind: 'tables',
        tables: list<StatTable>(a, q.id).flatMap((tb, i) => statTableBlocks(tb, i, opts)),
      };
    case 'measures':
      return {
        kind: 'tables',
        tables: [measuresTable(list<Measure>(a, q.id).filter(isMeasureFilled), t)],
      };
    case 'consultations':
      return {
        kind: 'tables',
        tables: [consultationsTable(list<Consultation>(a, q.id).filter(isConsultationLogged), t)],
      };
    case 'goals':
      return { kind: 'list', items: goalItems(list<GoalRef>(a, q.id), opts) };
  }
}

/** A list of options (joined) or a text answer up to this many characters is printed on one line. */
const SHORT_LIST_CHARS = 70;

/** The reason for a "Nej" reads as one sentence after its heading, as on page one ("Skäl: …"). */
const RUN_IN_REASONS = new Set(['b1.noReason', 'c.noReason', 'd.noReason']);

/**
 * The answers of a section as a document: every visible question in order under its noun
 * heading (`appendix:headings.<id>`, never the question of the form); a choice, a date, a short
 * list or a short text on one line with its heading. A required unanswered question says "Ej besvarad"; the Sami
 * consultation log while the duty is unmet says it is owed by law; an optional question left
 * unanswered is left out, as are hidden questions (their answers stay in the case).
 */
export function sectionBlocks(section: Section, c: Case, opts: AppendixOptions): Block[] {
  const a = c.answers;
  return visiblePages(section, a, opts.ctx).flatMap((p) =>
    visibleQuestions(p, a, opts.ctx)
      .filter((q) => !q.journeyOnly)
      .flatMap((q): Block[] => {
        const content = answerContent(q, c, opts);
        const kind = content.kind === 'unanswered' ? unansweredKind(q, a, opts.ctx) : null;
        if (kind === 'optional') return [];
        // A short list of options reads as one line: "Berörda grupper: invånare, patienter" (goals,
        // which carry their own "Eget mål:" prefix, stay a list). After the colon the options are
        // written as inside a sentence (Swedish: "samer, sverigefinnar").
        const short =
          q.kind === 'multi' &&
          content.kind === 'list' &&
          content.items.join(', ').length <= SHORT_LIST_CHARS
            ? content.items.map((item) => midSentence(item, opts.lng)).join(', ')
            : null;
        const answer: AnswerContent = short != null ? { kind: 'text', text: short } : content;
        return [
          {
            kind: 'qa',
            questionId: q.id,
            heading: appendixHeading(q, opts.t),
            inline:
              short != null ||
              RUN_IN_REASONS.has(q.id) ||
              q.kind === 'choice' ||
              q.kind === 'date' ||
              answer.kind === 'unanswered' ||
              (answer.kind === 'text' &&
                answer.text.length <= SHORT_LIST_CHARS &&
                !answer.text.includes('\n')),
            answer:
              kind === 'legal-duty'
                ? { kind: 'unanswered', text: tx(opts.t, 'appendix:unansweredDuty') }
                : answer,
          },
        ];
      }),
  );
}

/** The noun heading of a question in the appendix, e.g. "Konsekvenser för kvinnor". */
export function appendixHeading(q: Pick<Question, 'id'>, t: Translate): string {
  return tx(t, `appendix:headings.${q.id}`);
}
