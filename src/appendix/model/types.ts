/**
 * The shapes of the appendix model (src/appendix/model.ts): a case turned into a structured
 * document that the live preview, the Word writer and the summary texts render and nothing
 * else. Every text in it has been through `xmlSafe` and is in the export language.
 */
import type { CaseSummary } from '../../checklist/rules';
import type { ChartModel, ChartTexts } from '../../checklist/statistics/chart';
import type { GroupKey } from '../../checklist/statistics-schema';
import type { PartId, RuleContext } from '../../checklist/types';
import type { DecisionSection } from './decision';

export type Translate = (key: string, params?: Record<string, unknown>) => string;
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
  /**
   * Per column, whether it holds figures: right-aligned, given room for its longest figure and
   * never broken inside one (the model joins a figure's parts with no-break spaces).
   */
  numeric?: boolean[];
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
  /** The bars by kön+ row, as Word draws them (horizontal, relative to the largest value). */
  rows: ChartRowBlock[];
  /**
   * The same bars as the preview's SVG draws them: the pure geometry of `chartModel` and the
   * words around it (legend, value axis, breakdown) in the export language.
   */
  svg: { geometry: ChartModel; legend: ChartTexts['legend']; axisLabel: string; breakdown: string };
}

export type AnswerContent =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'tables'; tables: TableBlock[] }
  | { kind: 'unanswered'; text: string };

export type Block =
  | {
      kind: 'qa';
      questionId: string;
      /** The noun heading of the item (`appendix:headings.<id>`), never the question of the form. */
      heading: string;
      /** A one-line answer (a choice, a date, "Ej besvarad"): printed after its heading on one line. */
      inline: boolean;
      answer: AnswerContent;
    }
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
  /** The committee's decision, printed at the end once it is recorded; null until then. */
  decision: DecisionSection | null;
  /**
   * Whether the parts start on a page of their own after the summary: not when the body is
   * short (gender equality and children both not applicable), so such a case fits one page.
   */
  bodyOnNewPage: boolean;
  /** The page header of every page, as Swedish committee papers have it: "Dnr …" and "Bilaga 3". */
  pageHeader: { dnr: string; label: string };
  footer: {
    /** "Sida {current} av {total}" with literal {current}/{total} markers for the writer's fields. */
    pageTemplate: string;
    orgText: string;
  };
  meta: { title: string; subject: string; creator: string; keywords: string; description: string };
  summary: CaseSummary;
  /** What the summary paragraphs for the tjänsteskrivelse say besides the verdict sentences. */
  summaryFacts: SummaryFacts;
}

/**
 * The facts of the summary paragraphs, in the export language: only answers the appendix
 * shows (visible questions), so the paragraphs never state what the body leaves out.
 * `summaryTexts` joins them with the verdict sentences and the Sami duty text of the model.
 */
export interface SummaryFacts {
  titles: Record<SummaryText['id'], string>;
  /** "Se bilaga 3 för ...". */
  seeAppendix: string;
  /** Whether the decision affects women and men, and what step 3 says of each. */
  gender: string[];
  /** Why a step falls short, as the verdict table says it (not the bare "unanswered"). */
  genderShortfalls: string[];
  /** How children are affected, whether they were heard, the best-interest assessment. */
  child: string[];
  /** Whether minorities are affected and which, the Sami consultation as logged. */
  minorities: string[];
  /** The Sami duty in words (`samiDutyText`), or empty. */
  sami: string;
}

export interface SummaryText {
  id: 'gender' | 'child' | 'minorities';
  title: string;
  text: string;
}
