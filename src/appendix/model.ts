/**
 * The appendix model: a case turned into a structured document (header fields,
 * verdict table, parts with question/answer pairs and tables). Pure TypeScript:
 * no React, no docx, no browser APIs. The .docx writer, the live preview and the
 * summary text all render this model and nothing else, so they never disagree.
 *
 * Invariants:
 * - every text in the model has been through `xmlSafe` (legal XML 1.0);
 * - a visible required question without an answer appears as "not answered",
 *   never dropped; hidden questions are omitted (their answers stay in the case);
 * - all wording comes from the passed `t` (namespaces `appendix`, `questions`, `rules`).
 *
 * This module builds the model; its parts are in src/appendix/model/ (types, the verdict,
 * the answers, statistics tables and charts, the summary facts).
 */
import { decisionSection } from './model/decision';
import { questionById, sectionById, skrStepSectionIds, str } from '../checklist/question-bank';
import { summarise } from '../checklist/rules';
import type { Case } from '../checklist/schema';
import { xmlSafe } from './sanitize';
import { answerContent, sectionBlocks } from './model/answers';
import { summaryFacts } from './model/summary';
import { tx } from './model/text';
import type {
  AppendixModel,
  AppendixOptions,
  AppendixPart,
  Block,
  HeaderField,
  Subsection,
  TableBlock,
  Translate,
  VerdictRow,
} from './model/types';
import {
  appendixLabel,
  childSentence,
  genderSentence,
  minoritiesSentence,
  minorityRow,
  rowFromOutcome,
  samiDutyText,
  statusParagraph,
  statusText,
} from './model/verdict';

export type {
  AnswerContent,
  AppendixModel,
  Block,
  ChartBlock,
  ExportLanguage,
  HeaderField,
  OrgOptions,
  RowStatus,
  SummaryText,
  TableBlock,
  Translate,
} from './model/types';
export { childSentence } from './model/verdict';
export { summaryTexts } from './model/summary';

/**
 * The status line at the top of a step or part in the body: only where it says more than page
 * one's table can point to at a glance, i.e. not for a step that is met.
 */
function statusBlocks(row: VerdictRow, t: Translate): Block[] {
  return row.status === 'met' ? [] : [statusParagraph(row, t)];
}

// ---- the model -----------------------------------------------------------------------------

/**
 * The translator, remembering each (key, params) it has answered: a case at the
 * statistics limits asks for the same few texts tens of thousands of times
 * (i18next's lookup was most of the model's time).
 */
function memoTranslate(t: Translate): Translate {
  const cache = new Map<string, string>();
  return (key, params) => {
    let k = key;
    if (params !== undefined) {
      try {
        k = `${key}\u0000${JSON.stringify(params)}`;
      } catch {
        return t(key, params);
      }
    }
    let hit = cache.get(k);
    if (hit === undefined) {
      hit = t(key, params);
      if (cache.size < 50_000) cache.set(k, hit);
    }
    return hit;
  };
}

export function buildAppendix(c: Case, options: AppendixOptions): AppendixModel {
  const opts: AppendixOptions = { ...options, t: memoTranslate(options.t) };
  const { t, lng, ctx, org } = opts;
  const a = c.answers;
  const summary = summarise(a, ctx);
  const field = (id: string) => xmlSafe(str(a, id).trim());
  const caseTitle = field('a.title') || tx(t, 'appendix:untitled');
  // The organisation's label format is written in Swedish; an English export uses "Appendix {n}".
  const label = appendixLabel(str(a, 'a.appendixNumber'), t, lng === 'sv' ? org : undefined);
  const title = tx(t, 'appendix:title');

  const empty = tx(t, 'appendix:header.empty');
  const headerFields: HeaderField[] = (
    [
      ['case', caseTitle],
      ['dnr', field('a.dnr')],
      ['committee', field('a.committee')],
      ['department', field('a.department')],
      ['officer', field('a.officer')],
      ['date', field('a.date')],
      ['meetingDate', field('a.meetingDate')],
      ...(org?.name ? [['organisation', xmlSafe(org.name)] as const] : []),
    ] as const
  ).map(([id, value]) => ({ id, label: tx(t, `appendix:header.${id}`), value: value || empty }));

  // When step 1 is No, steps 2-5 share its reason: state it once, on step 1, and refer to it.
  const genderNa = summary.gender.kind === 'not-applicable' ? summary.gender.reason : null;
  const stepRows = summary.steps.map((s) => {
    const r = rowFromOutcome(t, s.id, s.outcome);
    if (genderNa == null) return r;
    // Page one's sentence just above the table gives the reason in full; the table points to it.
    if (s.id === 'steg1') return { ...r, comment: tx(t, 'appendix:verdict.reasonAbove') };
    return r.status === 'not-applicable' && r.comment === xmlSafe(genderNa)
      ? { ...r, comment: tx(t, 'appendix:verdict.seeStep1') }
      : r;
  });
  const allRows: VerdictRow[] = [
    ...stepRows,
    // As step 1: when children are not affected, page one's sentence gives the reason in full.
    summary.child.kind === 'not-applicable'
      ? {
          ...rowFromOutcome(t, 'barn', summary.child),
          comment: tx(t, 'appendix:verdict.reasonAbove'),
        }
      : rowFromOutcome(t, 'barn', summary.child),
    minorityRow(t, summary, summary.samradNotHeldReason),
    rowFromOutcome(t, 'jamlikhet', summary.otherGrounds),
  ];
  const rowById = new Map(allRows.map((r) => [r.id, r]));
  // An optional part left unanswered (part E) is left out of the table and the body alike.
  const verdictRows = allRows.filter((r) => r.status !== 'optional-empty');

  const checksTable: TableBlock = {
    id: 'child-checks',
    caption: tx(t, 'appendix:child.checksCaption'),
    head: [tx(t, 'appendix:child.checkColumn'), tx(t, 'appendix:child.statusColumn')],
    rows: summary.childChecks.map((ch) => [
      tx(t, `appendix:child.checks.${ch.id}`),
      statusText(t, ch.status),
    ]),
    notes: [],
  };
  const sami = samiDutyText(summary.samiDuty, t);
  const samiWarning = sami?.warning ? sami.text : null;

  const parts: AppendixPart[] = [];
  // A: the case. Header fields are on page one; the proposal and anything else answered here.
  const arendet = sectionById.get('arendet')!;
  parts.push({
    id: 'A',
    heading: tx(t, 'appendix:parts.A'),
    subsections: [
      {
        id: 'arendet',
        heading: null,
        blocks: sectionBlocks(arendet, c, opts).filter(
          (b) => b.kind !== 'qa' || ['a.proposal'].includes(b.questionId),
        ),
      },
    ],
  });

  // B: the five steps, each a Heading 2 with its status line first. A part that does not
  // apply (step 1 No, which gates steps 2-5; children not affected) is stated once, with its
  // reason, by its sentence on page one, and left out of the body.
  if (genderNa == null) {
    parts.push({
      id: 'B',
      heading: tx(t, 'appendix:parts.B'),
      subsections: [
        {
          id: 'gender-verdict',
          heading: null,
          blocks: [{ kind: 'paragraph', text: genderSentence(summary, t), tone: 'status' }],
        },
        ...skrStepSectionIds.map((id): Subsection => {
          const row = rowById.get(id)!;
          const blocks: Block[] = [
            ...statusBlocks(row, t),
            ...sectionBlocks(sectionById.get(id)!, c, opts),
          ];
          return { id, heading: row.label, blocks };
        }),
      ],
    });
  }

  // C: child rights, with Barnombudsmannen's checks.
  const barn = sectionById.get('barn')!;
  const childRow = rowById.get('barn')!;
  if (childRow.status !== 'not-applicable') {
    parts.push({
      id: 'C',
      heading: tx(t, 'appendix:parts.C'),
      subsections: [
        {
          id: 'barn',
          heading: null,
          blocks: [
            { kind: 'paragraph', text: childSentence(summary, t), tone: 'status' },
            { kind: 'table', table: checksTable },
            ...sectionBlocks(barn, c, opts),
          ],
        },
      ],
    });
  }

  // D: minorities and the Sami consultation duty.
  const minoriteter = sectionById.get('minoriteter')!;
  parts.push({
    id: 'D',
    heading: tx(t, 'appendix:parts.D'),
    subsections: [
      {
        id: 'minoriteter',
        heading: null,
        blocks: [
          ...statusBlocks(rowById.get('minoriteter')!, t),
          ...(sami
            ? [
                {
                  kind: 'paragraph',
                  text: sami.text,
                  tone: sami.warning ? 'warning' : 'status',
                } as Block,
              ]
            : []),
          ...sectionBlocks(minoriteter, c, opts),
        ],
      },
    ],
  });

  // E: other grounds (optional part), only when something is answered there.
  const jamlikhet = sectionById.get('jamlikhet')!;
  if (rowById.get('jamlikhet')!.status !== 'optional-empty')
    parts.push({
      id: 'E',
      heading: tx(t, 'appendix:parts.E'),
      subsections: [
        {
          id: 'jamlikhet',
          heading: null,
          blocks: [
            ...statusBlocks(rowById.get('jamlikhet')!, t),
            ...sectionBlocks(jamlikhet, c, opts),
          ],
        },
      ],
    });

  const conclusionQ = questionById.get('s.conclusion')!;
  const dnr = field('a.dnr');
  const officer = field('a.officer');
  return {
    lng,
    langTag: lng === 'sv' ? 'sv-SE' : 'en-GB',
    label,
    title,
    subtitle: tx(t, 'appendix:subtitle'),
    caseTitle,
    header: { caption: tx(t, 'appendix:header.caption'), fields: headerFields },
    verdict: {
      heading: tx(t, 'appendix:verdict.heading'),
      head: [
        tx(t, 'appendix:verdict.part'),
        tx(t, 'appendix:verdict.status'),
        tx(t, 'appendix:verdict.comment'),
      ],
      rows: verdictRows,
      sentences: [
        genderSentence(summary, t),
        childSentence(summary, t),
        minoritiesSentence(summary, t),
      ],
      childChecks: checksTable,
      samiWarning,
    },
    conclusion: {
      heading: tx(t, 'appendix:conclusion.heading'),
      answer: answerContent(conclusionQ, c, opts),
    },
    parts,
    decision: decisionSection(c.decision, t),
    bodyOnNewPage: !(genderNa != null && childRow.status === 'not-applicable'),
    pageHeader: { dnr: dnr ? tx(t, 'appendix:footer.dnr', { dnr }) : '', label },
    footer: {
      pageTemplate: tx(t, 'appendix:footer.page', { current: '{current}', total: '{total}' }),
      orgText: xmlSafe(org?.footer ?? ''),
    },
    meta: {
      title: tx(t, 'appendix:docTitle', { title, caseTitle }),
      subject: tx(t, 'appendix:docSubject'),
      creator: officer,
      keywords: tx(t, 'appendix:docKeywords'),
      description: [label, dnr].filter(Boolean).join(' – '),
    },
    summary,
    summaryFacts: summaryFacts(c, summary, label, opts),
  };
}

// ---- file name -----------------------------------------------------------------------------

/**
 * A safe file name from Dnr and title: ASCII letters, digits, "-" and "_" only
 * (å/ä/ö lose their marks), at most 120 characters, never empty.
 */
export function appendixFileName(c: Case, ext = 'docx'): string {
  const clean = (s: string) =>
    xmlSafe(s)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-_]+|[-_]+$/g, '');
  const parts = [clean(str(c.answers, 'a.dnr')), clean(str(c.answers, 'a.title'))].filter(Boolean);
  const base = (parts.join('_') || 'bilaga').slice(0, 120).replace(/[-_]+$/, '');
  return `${base || 'bilaga'}.${ext}`;
}
