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
 */
import {
  chosenOptions,
  list,
  questionById,
  sectionById,
  skrStepSectionIds,
  str,
} from '../checklist/question-bank';
import {
  isAnswered,
  isConsultationLogged,
  isMeasureFilled,
  summarise,
  unansweredKind,
  visiblePages,
  visibleQuestions,
} from '../checklist/rules';
import { consultationPartyText, visibleConsultations } from '../checklist/sami-duty';
import type { SamiDuty } from '../checklist/sami-duty';
import { isNationalGoal, orgGoalText } from '../checklist/goals';
import { isOptionOf } from '../checklist/options';
import type { CaseSummary, PartVerdict, StepOutcome } from '../checklist/rules';
import type { Case } from '../checklist/schema';
import type {
  Consultation,
  GoalRef,
  Measure,
  PartId,
  Question,
  RuleContext,
  Section,
  StatTable,
} from '../checklist/types';
import {
  CHART_MAX_ROWS,
  cellNumber,
  chartAltText,
  chartModel,
  chartTitle,
  formatValue,
  looksLikeSubset,
  parseCell,
  seriesStyle,
} from '../checklist/statistics';
import type { ChartPattern } from '../checklist/statistics';
import type { GroupKey } from '../checklist/statistics-schema';
import { xmlSafe } from './sanitize';
import { deriveStatColumns } from './statistics-columns';
import type { Translate } from './statistics-columns';

export type { Translate };
export type ExportLanguage = 'sv' | 'en';

export interface OrgOptions {
  name: string;
  /** e.g. "Bilaga {n}"; used for Swedish exports when the appendix number is a bare number. */
  labelFormat?: string;
  /** Extra footer text, e.g. the organisation's address line. */
  footer?: string;
}

export interface AppendixOptions {
  t: Translate;
  lng: ExportLanguage;
  ctx: RuleContext;
  org?: OrgOptions;
}

/** Status words of the verdict table. */
export type RowStatus = 'met' | 'not-met' | 'not-applicable' | 'optional-empty';

export interface HeaderField {
  id:
    | 'case'
    | 'dnr'
    | 'committee'
    | 'department'
    | 'officer'
    | 'date'
    | 'meetingDate'
    | 'organisation';
  label: string;
  value: string;
}

export interface VerdictRow {
  /** Section id (steg1..steg5, barn, minoriteter, jamlikhet). */
  id: string;
  label: string;
  status: RowStatus;
  statusText: string;
  /** Reasons (translated) or the officer's stated reason for "not applicable"; may be empty. */
  comment: string;
}

export interface TableBlock {
  id: string;
  caption: string;
  head: string[];
  rows: string[][];
  /** Text under the table: source, the officer's sentence about differences. */
  notes: string[];
  /** Statistics tables only: the chart drawn after the table (absent when there is nothing to draw). */
  chart?: ChartBlock;
  /**
   * Statistics tables with more rows than `CHART_MAX_ROWS`: the sentence saying the chart is
   * left out and why, shown where the chart would be (Word and preview alike).
   */
  chartOmitted?: string;
}

/** One bar of a chart: a group's value in one kön+ row. */
export interface ChartBarBlock {
  group: GroupKey;
  /** The group as a column head says it, e.g. "Kvinnor". */
  groupName: string;
  value: number | null;
  /** The value formatted for the export language; "–" when missing or negative (no bar). */
  text: string;
  /** Bar length relative to the largest value of the chart, 0-1; 0 when there is no bar. */
  fraction: number;
  /** Series style from statistics.ts (`#rrggbb` colours): fill, pattern, and ink for text on it. */
  fill: string;
  pattern: ChartPattern;
  ink: string;
}

/** One kön+ row of a chart: its label and one bar per group (women and men first). */
export interface ChartRowBlock {
  rowId: string;
  /** The full row label, or "Samtliga"/"All" for a single unnamed row. */
  label: string;
  bars: ChartBarBlock[];
}

/**
 * A grouped horizontal bar chart of a statistics table, from `chartModel`, so the
 * preview and Word draw the same bars. Meaning never rests on colour: every bar
 * carries its group name and value, and `altText` states all values in words.
 */
export interface ChartBlock {
  kind: 'chart';
  id: string;
  /** `chartTitle`: indicator and period. */
  title: string;
  /** "Diagram: <title>". */
  caption: string;
  /** `chartAltText`: what is drawn, every value, and the sentence on differences. */
  altText: string;
  rows: ChartRowBlock[];
}

export type AnswerContent =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'tables'; tables: TableBlock[] }
  | { kind: 'unanswered'; text: string };

export type Block =
  | { kind: 'qa'; questionId: string; question: string; answer: AnswerContent }
  | { kind: 'paragraph'; text: string; tone: 'normal' | 'status' | 'warning' }
  | { kind: 'table'; table: TableBlock };

export interface Subsection {
  id: string;
  /** Heading 2, or null when the part has a single unnamed subsection. */
  heading: string | null;
  blocks: Block[];
}

export interface AppendixPart {
  id: Exclude<PartId, 'S'>;
  /** Heading 1. */
  heading: string;
  subsections: Subsection[];
}

export interface AppendixModel {
  lng: ExportLanguage;
  /** BCP 47 tag for Word's w:lang. */
  langTag: 'sv-SE' | 'en-GB';
  /** "Bilaga 3". */
  label: string;
  title: string;
  subtitle: string;
  caseTitle: string;
  header: { caption: string; fields: HeaderField[] };
  verdict: {
    heading: string;
    head: [string, string, string];
    rows: VerdictRow[];
    /** Overall sentences: gender (SKR), children, minorities, in that order. */
    sentences: string[];
    childChecks: TableBlock;
    samiWarning: string | null;
  };
  conclusion: { heading: string; answer: AnswerContent };
  parts: AppendixPart[];
  footer: {
    /** "Sida {current} av {total}" with literal {current}/{total} markers for the writer's fields. */
    pageTemplate: string;
    dnr: string;
    orgText: string;
  };
  meta: { title: string; subject: string; creator: string; keywords: string; description: string };
  summary: CaseSummary;
}

// ---- helpers -------------------------------------------------------------------------

/** Translate and sanitise; keys missing in the bundle come back as the key itself (i18next). */
function tx(t: Translate, key: string, params?: Record<string, unknown>): string {
  return xmlSafe(t(key, params));
}

/**
 * An option's label. Only a value that is one of the question's options is
 * looked up; any other value (from a hand-made file) is plain text, never a
 * translation key (i18next would evaluate `$t(…)` or an `ns:` prefix in it).
 */
function optionLabel(
  t: Translate,
  q: Pick<Question, 'id' | 'optionSet' | 'options'> | undefined,
  value: string,
): string {
  const set = q?.optionSet;
  if (!set || !isOptionOf(q, value)) return xmlSafe(value);
  const key = `questions:options.${set}.${value}`;
  const label = t(key);
  return xmlSafe(label === key || label === `options.${set}.${value}` ? value : label);
}

function sanitizeParams(params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, xmlSafe(v)]));
}

function statusText(t: Translate, status: RowStatus): string {
  return tx(t, `appendix:status.${status}`);
}

function reasonsText(t: Translate, reasons: readonly string[]): string {
  return reasons.map((r) => tx(t, `rules:${r}`)).join(tx(t, 'appendix:verdict.reasonsJoin'));
}

function rowFromOutcome(t: Translate, id: string, outcome: StepOutcome | PartVerdict): VerdictRow {
  const label = tx(t, `appendix:rows.${id}`);
  switch (outcome.kind) {
    case 'met':
      return { id, label, status: 'met', statusText: statusText(t, 'met'), comment: '' };
    case 'not-met': {
      // The officer's stated reason (step 4) is shown after the shortfall it does not excuse.
      const stated =
        'statedReason' in outcome && outcome.statedReason
          ? tx(t, 'appendix:verdict.statedReason', { reason: xmlSafe(outcome.statedReason) })
          : '';
      return {
        id,
        label,
        status: 'not-met',
        statusText: statusText(t, 'not-met'),
        comment: [reasonsText(t, outcome.reasons), stated].filter((x) => x !== '').join(' '),
      };
    }
    case 'not-applicable':
      return {
        id,
        label,
        status: 'not-applicable',
        statusText: statusText(t, 'not-applicable'),
        comment: xmlSafe(outcome.reason),
      };
    case 'optional-empty':
      return {
        id,
        label,
        status: 'optional-empty',
        statusText: statusText(t, 'optional-empty'),
        comment: '',
      };
  }
}

/** Part D's row; a samråd not held (5 §) shows the officer's reason in the comment. */
function minorityRow(t: Translate, summary: CaseSummary, samradReason: string): VerdictRow {
  const row = rowFromOutcome(t, 'minoriteter', summary.minorities);
  if (!samradReason || row.status === 'not-applicable') return row;
  const extra = tx(t, 'appendix:verdict.samradNotHeld', { reason: xmlSafe(samradReason) });
  return {
    ...row,
    comment: row.comment ? `${row.comment}${tx(t, 'appendix:verdict.reasonsJoin')}${extra}` : extra,
  };
}

function appendixLabel(raw: string, t: Translate, org?: OrgOptions): string {
  const n = raw.trim();
  if (n === '') return tx(t, 'appendix:labelNoNumber');
  if (/^\d+[a-z]?$/i.test(n)) {
    return org?.labelFormat
      ? xmlSafe(org.labelFormat.replace(/\{n\}/g, n))
      : tx(t, 'appendix:label', { n });
  }
  return xmlSafe(n);
}

// ---- answers -------------------------------------------------------------------------------

/**
 * A statistics table as model tables: the figures with their computed columns, and for a
 * count table with a base population a second table of the rates (same rows) before the
 * sentence, so both fit an A4 page.
 */
function statTableBlocks(table: StatTable, index: number, opts: AppendixOptions): TableBlock[] {
  const { t, lng } = opts;
  const unit =
    table.unit === 'other' && table.unitOther?.trim()
      ? table.unitOther.trim()
      : t(`appendix:stats.units.${table.unit}`);
  const indicator = table.indicator.trim() || t('appendix:stats.untitled');
  const params = sanitizeParams({ indicator, unit, period: table.period.trim() });
  const caption = table.period.trim()
    ? tx(t, 'appendix:stats.caption', params)
    : tx(t, 'appendix:stats.captionNoPeriod', params);
  // Women and men are always columns; other groups as the officer chose, in canonical order.
  const groups = (['women', 'men', 'girls', 'boys', 'other'] as const).filter(
    (g) => g === 'women' || g === 'men' || table.groups.includes(g),
  );
  const derived = deriveStatColumns(table, t, lng);
  const head = [
    table.breakdown.trim() ? xmlSafe(table.breakdown.trim()) : tx(t, 'appendix:stats.category'),
    ...groups.map((g) => tx(t, `appendix:stats.groups.${g}`)),
    ...derived.head.map(xmlSafe),
  ];
  const rowLabel = (label: string, i: number) => {
    if (label === '') return tx(t, 'appendix:stats.allRows');
    // A row the officer marked as a subset says so unless its label already does ("varav ...").
    return derived.subset[i] && !looksLikeSubset(label)
      ? tx(t, 'appendix:stats.subsetRow', { label: xmlSafe(label) })
      : xmlSafe(label);
  };
  const labels = table.rows.map((r, i) => rowLabel(r.label.trim(), i));
  const rows = table.rows.map((r, i) => [
    labels[i] ?? '',
    ...groups.map((g) => statCell(r.values[g], table.unit, opts)),
    ...(derived.rows[i] ?? []).map(xmlSafe),
  ]);
  if (derived.totalRow) {
    rows.push(
      [tx(t, 'appendix:stats.total'), ...derived.totalRow.groups, ...derived.totalRow.computed].map(
        xmlSafe,
      ),
    );
  }
  const notes: string[] = [];
  if (table.source.trim()) {
    notes.push(tx(t, 'appendix:stats.source', sanitizeParams({ source: table.source.trim() })));
  }
  const id = xmlSafe(table.id) || `table-${index + 1}`;
  const chartResult = chartBlock(table, id, opts);
  const chart = chartResult?.kind === 'chart' ? chartResult : null;
  const chartOmitted = chartResult?.kind === 'omitted' ? chartResult.text : null;
  const chartParts = {
    ...(chart ? { chart } : {}),
    ...(chartOmitted ? { chartOmitted } : {}),
  };
  const sentence = derived.sentence ? [xmlSafe(derived.sentence)] : [];
  const rates = derived.rates;
  if (!rates) {
    return [{ id, caption, head, rows, notes: [...notes, ...sentence], ...chartParts }];
  }
  const rateRows = table.rows.map((_, i) => [
    labels[i] ?? '',
    ...(rates.rows[i] ?? []).map(xmlSafe),
  ]);
  if (rates.totalRow)
    rateRows.push([tx(t, 'appendix:stats.total'), ...rates.totalRow.map(xmlSafe)]);
  return [
    { id, caption, head, rows, notes, ...chartParts },
    {
      id: `${id}-rates`,
      caption: tx(t, 'appendix:stats.rateCaption', sanitizeParams({ indicator })),
      head: [head[0] ?? '', ...rates.head.map(xmlSafe)],
      rows: rateRows,
      notes: sentence,
    },
  ];
}

/**
 * A typed or pasted cell in the export language's number format ("1 840" in Swedish,
 * "1,840" in English). Missing-value markers such as SCB's ".." stay as written; a cell
 * that cannot be read (or is impossible for the unit) keeps its text, marked.
 */
function statCell(raw: string | undefined, unit: StatTable['unit'], opts: AppendixOptions): string {
  const { t, lng } = opts;
  const text = (raw ?? '').trim();
  const parsed = parseCell(text);
  if (parsed.kind === 'empty') return tx(t, 'appendix:header.empty');
  if (parsed.kind === 'missing') return xmlSafe(text);
  const value = cellNumber(text, unit);
  if (value == null) return tx(t, 'appendix:stats.unreadable', { raw: xmlSafe(text) });
  return xmlSafe(formatValue(value, unit, lng));
}

/**
 * The chart of a statistics table as model content; null when no row has a value, and a
 * notice instead of the chart when the table has more rows than `CHART_MAX_ROWS`.
 */
function chartBlock(
  table: StatTable,
  id: string,
  opts: AppendixOptions,
): ChartBlock | { kind: 'omitted'; text: string } | null {
  const { t, lng } = opts;
  const cm = chartModel(table, lng);
  const drawn = cm.bars.filter((b) => b.value != null && b.value >= 0);
  if (cm.categories.length === 0 || drawn.length === 0) return null;
  if (cm.categories.length > CHART_MAX_ROWS) {
    return {
      kind: 'omitted',
      text: tx(t, 'appendix:chart.omitted', { rows: cm.categories.length, max: CHART_MAX_ROWS }),
    };
  }
  const max = Math.max(0, ...drawn.map((b) => b.value ?? 0));
  const title = xmlSafe(chartTitle(table, t));
  // Bars by row in one pass (a filter per row was quadratic at 500 rows).
  const barsByRow = new Map<string, typeof cm.bars>();
  for (const b of cm.bars) {
    const list = barsByRow.get(b.rowId);
    if (list) list.push(b);
    else barsByRow.set(b.rowId, [b]);
  }
  const rows: ChartRowBlock[] = cm.categories.map((cat) => ({
    rowId: xmlSafe(cat.rowId),
    label: cat.fullLabel ? xmlSafe(cat.fullLabel) : tx(t, 'appendix:stats.allRows'),
    bars: (barsByRow.get(cat.rowId) ?? []).map((b): ChartBarBlock => {
      const drawable = b.value != null && b.value >= 0;
      const style = seriesStyle[b.group];
      return {
        group: b.group,
        groupName: tx(t, `appendix:stats.groups.${b.group}`),
        value: b.value,
        text: xmlSafe(b.text),
        fraction: drawable && max > 0 ? (b.value ?? 0) / max : 0,
        fill: style.fill,
        pattern: style.pattern,
        ink: style.ink,
      };
    }),
  }));
  return {
    kind: 'chart',
    id: `${id}-chart`,
    title,
    caption: tx(t, 'appendix:chart.caption', { title }),
    altText: xmlSafe(chartAltText(table, t, lng)),
    rows,
  };
}

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
    if (isNationalGoal(g)) {
      return tx(t, 'appendix:goals.nationalPrefix', { text: t(`appendix:goals.${g.id}`) });
    }
    const text = orgGoalText(g, ctx.orgGoals, lng);
    return tx(t, 'appendix:goals.orgPrefix', sanitizeParams({ text }));
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

/**
 * Question/answer blocks of a section: every visible question in order, so the reader
 * sees what was asked even when it was not answered. A required unanswered question says
 * "Ej besvarad", an optional one "Ej besvarad (frivillig)"; the Sami consultation log while
 * the duty is unmet says it is owed by law (never "frivillig"). Hidden questions are left out.
 */
function sectionBlocks(section: Section, c: Case, opts: AppendixOptions): Block[] {
  const a = c.answers;
  return visiblePages(section, a, opts.ctx).flatMap((p) =>
    visibleQuestions(p, a, opts.ctx).map((q): Block => {
      const answer = answerContent(q, c, opts);
      return {
        kind: 'qa',
        questionId: q.id,
        question: tx(opts.t, `questions:${q.labelKey}`),
        answer: answer.kind === 'unanswered' ? unansweredAnswer(q, c, opts) : answer,
      };
    }),
  );
}

function unansweredAnswer(q: Question, c: Case, opts: AppendixOptions): AnswerContent {
  const key = {
    required: 'appendix:unanswered',
    'legal-duty': 'appendix:unansweredDuty',
    optional: 'appendix:unansweredOptional',
  }[unansweredKind(q, c.answers, opts.ctx)];
  return { kind: 'unanswered', text: tx(opts.t, key) };
}

/**
 * The Sami consultation duty in words for the appendix: the warning (with its reasons) when it
 * applies and is not met, a note when the decision is older than the law; null otherwise.
 */
export function samiDutyText(
  duty: SamiDuty,
  t: Translate,
): { text: string; warning: boolean } | null {
  switch (duty.kind) {
    case 'not-met':
      return {
        text: [
          tx(t, 'appendix:sami.warning'),
          ...duty.reasons.map((r) => tx(t, `rules:shortfall.sami.${r}`)),
        ].join(' '),
        warning: true,
      };
    case 'before-law':
      return {
        text: tx(t, 'appendix:sami.beforeLaw', { date: xmlSafe(duty.date) }),
        warning: false,
      };
    default:
      return null;
  }
}

function statusParagraph(row: VerdictRow, t: Translate): Block {
  const text = row.comment
    ? tx(t, 'appendix:statusLineReason', { status: row.statusText, reason: row.comment })
    : tx(t, 'appendix:statusLine', { status: row.statusText });
  return { kind: 'paragraph', text, tone: 'status' };
}

// ---- verdict sentences -------------------------------------------------------------------

function joinSteps(t: Translate, steps: number[]): string {
  const names = steps.map((n) => t('appendix:gender.stepName', { n }));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')}${t('appendix:gender.and')}${names[names.length - 1]}`;
}

export function genderSentence(s: CaseSummary, t: Translate): string {
  switch (s.gender.kind) {
    case 'sufficient':
      return tx(t, 'appendix:gender.sufficient');
    case 'not-applicable':
      return tx(t, 'appendix:gender.notApplicable', { reason: xmlSafe(s.gender.reason) });
    case 'needs-completion':
      return tx(
        t,
        s.gender.steps.length === 1
          ? 'appendix:gender.needsCompletionOne'
          : 'appendix:gender.needsCompletion',
        {
          steps: joinSteps(t, s.gender.steps),
        },
      );
  }
}

export function childSentence(s: CaseSummary, t: Translate): string {
  switch (s.child.kind) {
    case 'met':
      return tx(t, 'appendix:child.met');
    case 'not-applicable':
      return tx(t, 'appendix:child.notApplicable', { reason: xmlSafe(s.child.reason) });
    default:
      return tx(t, 'appendix:child.notMet');
  }
}

export function minoritiesSentence(s: CaseSummary, t: Translate): string {
  return tx(
    t,
    s.minorities.kind === 'met' || s.minorities.kind === 'not-applicable'
      ? 'appendix:minorities.met'
      : 'appendix:minorities.notMet',
  );
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
    if (s.id === 'steg1') return r.comment ? r : { ...r, comment: xmlSafe(genderNa) };
    return r.status === 'not-applicable' && r.comment === xmlSafe(genderNa)
      ? { ...r, comment: tx(t, 'appendix:verdict.seeStep1') }
      : r;
  });
  const verdictRows: VerdictRow[] = [
    ...stepRows,
    rowFromOutcome(t, 'barn', summary.child),
    minorityRow(t, summary, summary.samradNotHeldReason),
    rowFromOutcome(t, 'jamlikhet', summary.otherGrounds),
  ];
  const rowById = new Map(verdictRows.map((r) => [r.id, r]));

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

  // B: the five steps, each a Heading 2 with its status line first.
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
        const section = sectionById.get(id)!;
        const row = rowById.get(id)!;
        const stepsNa = id !== 'steg1' && str(a, 'b1.affects') === 'nej';
        const blocks: Block[] = stepsNa
          ? [{ kind: 'paragraph', text: tx(t, 'appendix:stepsNotApplicable'), tone: 'status' }]
          : [statusParagraph(row, t), ...sectionBlocks(section, c, opts)];
        return { id, heading: row.label, blocks };
      }),
    ],
  });

  // C: child rights, with Barnombudsmannen's checks.
  const barn = sectionById.get('barn')!;
  const childRow = rowById.get('barn')!;
  parts.push({
    id: 'C',
    heading: tx(t, 'appendix:parts.C'),
    subsections: [
      {
        id: 'barn',
        heading: null,
        blocks: [
          { kind: 'paragraph', text: childSentence(summary, t), tone: 'status' },
          ...(childRow.status === 'not-applicable'
            ? []
            : [{ kind: 'table', table: checksTable } as Block]),
          ...sectionBlocks(barn, c, opts),
        ],
      },
    ],
  });

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
          statusParagraph(rowById.get('minoriteter')!, t),
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

  // E: other grounds (optional part).
  const jamlikhet = sectionById.get('jamlikhet')!;
  parts.push({
    id: 'E',
    heading: tx(t, 'appendix:parts.E'),
    subsections: [
      {
        id: 'jamlikhet',
        heading: null,
        blocks: [
          statusParagraph(rowById.get('jamlikhet')!, t),
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
    footer: {
      pageTemplate: tx(t, 'appendix:footer.page', { current: '{current}', total: '{total}' }),
      dnr: dnr ? tx(t, 'appendix:footer.dnr', { dnr }) : '',
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

// ---- summary paragraphs for the tjänsteskrivelse ------------------------------------------------

export interface SummaryText {
  id: 'gender' | 'child' | 'minorities';
  title: string;
  text: string;
}

/** Shorten a long free-text answer for a summary paragraph, at a word boundary. */
function excerpt(text: string, max = 600): string {
  const s = text.trim().replace(/\s+/g, ' ');
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const at = cut.lastIndexOf(' ');
  return `${(at > max * 0.6 ? cut.slice(0, at) : cut).replace(/[\s,.;:]+$/, '')} …`;
}

/**
 * Ready-to-paste paragraphs per part (gender, child rights, minorities) for the
 * officer's tjänsteskrivelse. Built from the same model and case as the appendix.
 */
export function summaryTexts(
  model: AppendixModel,
  c: Case,
  opts: Pick<AppendixOptions, 't'>,
): SummaryText[] {
  const { t } = opts;
  const a = c.answers;
  const s = model.summary;
  const see = tx(t, 'appendix:summary.seeAppendix', { label: model.label });
  const join = (parts: string[]) => parts.filter((p) => p.trim() !== '').join(' ');

  const affects = str(a, 'b1.affects');
  const gender = join([
    affects === 'ja' ? tx(t, 'appendix:summary.genderAffects') : '',
    affects === 'vet-inte' ? tx(t, 'appendix:summary.genderUnknown') : '',
    affects !== 'nej' && str(a, 'b3.women').trim()
      ? tx(t, 'appendix:summary.genderWomen', { text: xmlSafe(excerpt(str(a, 'b3.women'))) })
      : '',
    affects !== 'nej' && str(a, 'b3.men').trim()
      ? tx(t, 'appendix:summary.genderMen', { text: xmlSafe(excerpt(str(a, 'b3.men'))) })
      : '',
    genderSentence(s, t),
    // Why a step falls short, as the verdict table says it (not the bare "unanswered").
    ...s.steps.flatMap((step) =>
      step.outcome.kind === 'not-met'
        ? step.outcome.reasons
            .filter((r) => r !== 'shortfall.unanswered' && r !== 'shortfall.notStarted')
            .map((r) => tx(t, `rules:${r}`))
        : [],
    ),
    see,
  ]);

  const childAffects = str(a, 'c.affects');
  const childApplies = ['direkt', 'indirekt', 'vet-inte'].includes(childAffects);
  const heard = str(a, 'c.heard');
  const child = join([
    childApplies
      ? tx(t, 'appendix:summary.childAffects', {
          how: t(`appendix:summary.childHow.${childAffects}`),
        })
      : '',
    childApplies && heard === 'ja' ? tx(t, 'appendix:summary.childHeard') : '',
    childApplies && heard === 'nej' ? tx(t, 'appendix:summary.childNotHeard') : '',
    childApplies && str(a, 'c.bestInterest').trim()
      ? tx(t, 'appendix:summary.childBestInterest', {
          text: xmlSafe(excerpt(str(a, 'c.bestInterest'))),
        })
      : '',
    childSentence(s, t),
    see,
  ]);

  const dAffects = str(a, 'd.affects');
  const minorityQuestion = questionById.get('d.minorities');
  const minorityNames = list<string>(a, 'd.minorities').map((m) =>
    optionLabel(t, minorityQuestion, m),
  );
  // Only the log as shown counts (it is hidden unless the Sami question is "ja").
  const consulted = visibleConsultations(a).length;
  const duty = s.samiDuty;
  const minorities = join([
    dAffects === 'nej' ? tx(t, 'appendix:summary.minoritiesNotAffected') : '',
    dAffects === 'vet-inte' ? tx(t, 'appendix:summary.minoritiesUnknown') : '',
    dAffects === 'ja' && minorityNames.length > 0
      ? tx(t, 'appendix:summary.minoritiesAffected', { list: minorityNames.join(', ') })
      : '',
    duty.kind === 'met' && duty.declined ? tx(t, 'appendix:summary.samiDeclined') : '',
    duty.kind === 'met' && !duty.declined ? tx(t, 'appendix:summary.samiMet') : '',
    consulted === 1 ? tx(t, 'appendix:summary.samiConsultedOne') : '',
    consulted > 1 ? tx(t, 'appendix:summary.samiConsulted', { count: consulted }) : '',
    samiDutyText(duty, t)?.text ?? '',
    minoritiesSentence(s, t),
    see,
  ]);

  return [
    { id: 'gender', title: tx(t, 'appendix:summary.genderTitle'), text: gender },
    { id: 'child', title: tx(t, 'appendix:summary.childTitle'), text: child },
    { id: 'minorities', title: tx(t, 'appendix:summary.minoritiesTitle'), text: minorities },
  ];
}
