/**
 * The follow-up as a Word report for the tertial or annual report (issue 14): "Uppföljning av
 * jämställda beslutsunderlag – Regionstyrelsen 2026", one section per committee and year with
 * its tables (SKR steps, child rights, minorities and the Sami duty, decisions, återremisser,
 * the cases behind them), the charts of the steps and parts and of the decisions
 * (src/appendix/docx/share-chart.ts), the assessments that differ from today's rules and the files not
 * counted. Tables are the accessible data tables of the appendix (header row repeats, a
 * caption for screen readers). Written with the docx package, so only src/appendix has it.
 */
import { Document, HeadingLevel, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import { APP_VERSION } from '../format/case-envelope';
import type { FollowupGroup } from '../format/followup/aggregate';
import { decisionOutcomes, decisionParts } from '../checklist/decision';
import { decisionRows, decisionsChart, partRows, partsChart } from '../format/followup/chart';
import type { SegmentKind, ShareRow } from '../format/followup/chart';
import type { FollowupTranslate } from '../format/followup/measures';
import { xmlSafe } from './sanitize';
import { A4, CHART_STYLES, FONT, MARGIN } from './docx/layout';
import { shareChartBlock } from './docx/share-chart';
import { table } from './docx/table-xml';

export interface ReportOptions {
  t: FollowupTranslate;
  lng: 'sv' | 'en';
  /** Rejected files with their reasons already in the report's language. */
  rejected: { file: string; reason: string }[];
  filters?: { department?: string; period?: string };
}

const n = (xs: readonly unknown[]) => String(xs.length);

function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: [new TextRun({ text: xmlSafe(text) })],
  });
}

const para = (text: string) => new Paragraph({ children: [new TextRun({ text: xmlSafe(text) })] });

export function groupName(g: FollowupGroup, t: FollowupTranslate): string {
  return `${g.committee || t('followup:report.noCommittee')} ${g.year ?? t('followup:report.noYear')}`;
}

/** "… – Regionstyrelsen 2026" for one group (or one committee); the plain title otherwise. */
export function reportTitle(groups: readonly FollowupGroup[], t: FollowupTranslate): string {
  const committees = new Set(groups.map((g) => g.committee));
  if (groups.length === 0 || committees.size !== 1) return t('followup:report.titleAll');
  const years = groups.map((g) => g.year ?? t('followup:report.noYear')).join(', ');
  return t('followup:report.title', {
    committee: groups[0]!.committee || t('followup:report.noCommittee'),
    year: years,
  });
}

/** A table whose columns after the first are figures: right-aligned, never wrapped. */
const figures = (columns: number) => ({
  numeric: Array.from({ length: columns }, (_, i) => i > 0),
});

function groupSection(g: FollowupGroup, t: FollowupTranslate): FileChild[] {
  const total = g.cases.length;
  const r = (k: string) => t(`followup:report.${k}`);
  const legend = t('followup:chart.legend');
  const name = groupName(g, t);
  const out: FileChild[] = [heading(name, 1), para(`${r('cases')}: ${total}`)];

  // The rows of the tables and of their charts: one list, so they cannot disagree.
  const parts = partRows(g, t);
  const decisions = decisionRows(g, t);
  const counts = (row: ShareRow, kinds: SegmentKind[]) =>
    kinds.map((k) => {
      const s = row.segments.find((x) => x.kind === k);
      return s ? String(s.count) : '–';
    });
  const three: SegmentKind[] = ['met', 'notMet', 'notApplicable'];

  out.push(heading(r('stepsHeading'), 2));
  out.push(
    table(
      [r('colRow'), r('colMet'), r('colNotMet'), r('colNotApplicable'), r('colShare')],
      parts
        .filter((p) => p.id.startsWith('step'))
        .map((p) => [p.label, ...counts(p, three), p.shareText]),
      [3, 1.3, 1.3, 1.3, 1.3],
      `${r('stepsHeading')} – ${name}`,
      true,
      figures(5),
    ),
  );

  out.push(heading(r('partsHeading'), 2));
  out.push(
    table(
      [r('colRow'), r('colMet'), r('colNotMet'), r('colNotApplicable')],
      parts.filter((p) => !p.id.startsWith('step')).map((p) => [p.label, ...counts(p, three)]),
      [3.4, 1.4, 1.4, 1.4],
      `${r('partsHeading')} – ${name}`,
      true,
      figures(4),
    ),
  );
  out.push(...shareChartBlock(partsChart(g, t, parts), legend));

  out.push(heading(r('decisionsHeading'), 2));
  out.push(
    table(
      [r('colOutcome'), r('colCount')],
      decisions.map((d) => [d.label, ...counts(d, ['count'])]),
      [4, 1.5],
      `${r('decisionsHeading')} – ${name}`,
      true,
      figures(2),
    ),
  );
  out.push(...shareChartBlock(decisionsChart(g, t, decisions), legend));
  if (g.decisions.aterremiss.length > 0) {
    out.push(heading(r('aterremissHeading'), 2));
    out.push(
      table(
        [r('colRow'), r('colCount')],
        [
          ...g.aterremiss.steps.map((s) => [t('followup:decision.step', { n: s.n }), n(s.cases)]),
          ...decisionParts.map((p) => [
            t(`followup:decision.parts.${p}`),
            n(g.aterremiss.parts[p]),
          ]),
        ],
        [4, 1.5],
        `${r('aterremissHeading')} – ${name}`,
        true,
        figures(2),
      ),
    );
  }

  const outcomeOf = new Map<string, string>();
  for (const o of decisionOutcomes) {
    for (const c of g.decisions[o]) outcomeOf.set(c.caseId, t(`followup:decision.outcomes.${o}`));
  }
  out.push(heading(r('casesHeading'), 2));
  out.push(
    table(
      [r('colTitle'), r('colDnr'), r('colDate'), r('colOutcome'), r('colFile')],
      g.cases.map((c) => [c.title, c.dnr, c.date, outcomeOf.get(c.caseId) ?? '–', c.file]),
      [3, 1.4, 1.2, 1.4, 2],
      `${r('casesHeading')} – ${name}`,
    ),
  );
  if (g.differs.length > 0) {
    out.push(heading(r('differsHeading'), 2));
    out.push(para(t('followup:report.differsNote', { count: g.differs.length })));
    out.push(
      table(
        [r('colTitle'), r('colDnr'), r('colFile')],
        g.differs.map((d) => [d.ref.title, d.ref.dnr, d.ref.file]),
        [3, 1.5, 2.5],
        `${r('differsHeading')} – ${name}`,
      ),
    );
  }
  return out;
}

export function buildFollowupReport(
  groups: readonly FollowupGroup[],
  opts: ReportOptions,
): Document {
  const { t } = opts;
  const r = (k: string) => t(`followup:report.${k}`);
  const count = groups.reduce((s, g) => s + g.cases.length, 0);
  const title = reportTitle(groups, t);
  const children: FileChild[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: xmlSafe(title) })],
    }),
    para(t('followup:report.intro', { count, appVersion: APP_VERSION })),
  ];
  if (opts.filters) {
    children.push(
      para(
        t('followup:report.filters', {
          department: opts.filters.department || r('allDepartments'),
          period: opts.filters.period || r('wholeYear'),
        }),
      ),
    );
  }
  for (const g of groups) children.push(...groupSection(g, t));
  children.push(heading(r('rejectedHeading'), 1));
  children.push(
    opts.rejected.length === 0
      ? para(r('none'))
      : table(
          [r('colFile'), r('colReason')],
          opts.rejected.map((x) => [x.file, x.reason]),
          [2.5, 4],
          r('rejectedHeading'),
          false,
        ),
  );
  const lang = { value: opts.lng === 'sv' ? 'sv-SE' : 'en-GB' };
  return new Document({
    title,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: lang },
          paragraph: { spacing: { after: 120 } },
        },
        title: { run: { font: FONT, size: 36, bold: true, language: lang } },
        heading1: {
          run: { font: FONT, size: 30, bold: true, language: lang },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 26, bold: true, language: lang },
          paragraph: { spacing: { before: 240, after: 100 }, keepNext: true },
        },
      },
      // The data tables' paragraph style (docx/table-xml.ts writes it), as in the appendix.
      paragraphStyles: [
        {
          id: 'TableText',
          name: 'Table Text',
          basedOn: 'Normal',
          run: { size: 20 },
          paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
        // The charts' styles, as in the appendix (docx/document.ts).
        {
          id: 'Caption',
          name: 'caption',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 20, bold: true },
          paragraph: { spacing: { before: 240, after: 60 }, keepNext: true },
        },
        ...CHART_STYLES,
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children,
      },
    ],
  });
}

/** The report as .docx bytes (Node and browser). */
export async function renderFollowupReport(
  groups: readonly FollowupGroup[],
  opts: ReportOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(buildFollowupReport(groups, opts)));
}
