/**
 * The follow-up's charts (issue 14) as a pure model: per group a "steps and parts" chart (one
 * 100 % stacked bar per SKR step, child rights, national minorities and, where it was triggered,
 * the Sami duty: met / not met / not applicable) and a "decisions" chart (one bar per outcome,
 * as long as its share of the group's cases). Both have one shape: rows of segments with kind,
 * count and fraction, the SVG geometry in user units, a title and a text alternative in words.
 *
 * The rows are also the single source of the steps, parts and decisions tables on the screen
 * and in the Word report (`partRows`, `decisionRows`), so a table and its chart cannot disagree.
 * Colours and patterns belong to the renderers (src/appendix/chart-palette.ts).
 */
import { decisionOutcomes } from '../../checklist/decision';
import type { Counted, DecisionKey, FollowupGroup } from './aggregate';
import { shareOf } from './measures';
import type { FollowupTranslate } from './measures';

export type SegmentKind = 'met' | 'notMet' | 'notApplicable' | 'count';

export interface RowSegment {
  kind: SegmentKind;
  count: number;
  /** count / the row's total (0 when the total is 0). */
  fraction: number;
  /** The cases behind the count. */
  cases: Counted;
  /** The measure's name (the CSV's words: "Steg 2 ej uppfyllt"), for a count's accessible name. */
  label: string;
}

export interface ShareRow {
  /** `step1` … `step5`, `child`, `minorities`, `sami`, `decision.<outcome>`, `decision.none`. */
  id: string;
  label: string;
  /** What the fractions are of: the group's cases (for the Sami duty: the cases that triggered it). */
  total: number;
  segments: RowSegment[];
  /** The share met (stacked rows) or the share of the cases (decisions), 0-100 with one decimal. */
  share: number;
  /** `share` as printed: "66,7 %" in Swedish. */
  shareText: string;
  /** What the chart prints at the bar's end: the share ("66,7 %"), for decisions with the count ("2 (33,3 %)"). */
  valueText: string;
  /** The row in words, one sentence of the text alternative. */
  text: string;
}

/** A segment placed on its row (SVG user units). */
export interface PlacedSegment extends RowSegment {
  x: number;
  width: number;
}

export interface PlacedRow extends Omit<ShareRow, 'segments'> {
  segments: PlacedSegment[];
  /** Top of the bar; the share text sits on `textY`. */
  barY: number;
  textY: number;
  /** The label's baseline point: right-aligned in the label column, or above the bar (narrow). */
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
  /** Where the share text starts (just after the bar for decisions, the row's end otherwise). */
  shareX: number;
  /** The label shortened to fit the label column (the full one is `label`). */
  shortLabel: string;
}

export interface ShareChart {
  kind: 'parts' | 'decisions';
  title: string;
  /** The chart in words: what it shows, then one sentence per row. */
  altText: string;
  /** The segment kinds drawn (legend order). */
  kinds: SegmentKind[];
  width: number;
  height: number;
  labelWidth: number;
  barLeft: number;
  barWidth: number;
  rowHeight: number;
  barHeight: number;
  /** True for the narrow layout: each label above its bar, no label column. */
  narrow: boolean;
  /** Legend entries (swatch top-left at x, y; the name beside it); empty for one series. */
  legend: { kind: SegmentKind; label: string; x: number; y: number }[];
  /** Percent gridlines under the bars. */
  ticks: { x: number; text: string }[];
  ticksY: number;
  rows: PlacedRow[];
}

/** A share as printed in the translate function's language: "66,7 %", "66.7%". */
export function formatShare(share: number, t: FollowupTranslate): string {
  const value = String(share).replace('.', t('followup:chart.decimalSeparator'));
  return t('followup:chart.percent', { value });
}

const seg = (kind: SegmentKind, cases: Counted, total: number, label: string): RowSegment => ({
  kind,
  count: cases.length,
  fraction: total === 0 ? 0 : cases.length / total,
  cases,
  label,
});

function stackedRow(
  id: string,
  label: string,
  total: number,
  segments: RowSegment[],
  t: FollowupTranslate,
): ShareRow {
  const met = segments.find((s) => s.kind === 'met')?.count ?? 0;
  const share = shareOf(met, total);
  const shareText = formatShare(share, t);
  const c = (kind: SegmentKind) => segments.find((s) => s.kind === kind)?.count ?? 0;
  let text: string;
  if (total === 0) text = t('followup:chart.rowEmpty', { label });
  else if (id === 'sami') {
    text = t('followup:chart.samiRow', {
      label,
      triggered: t('followup:chart.samiTriggered', { count: total }),
      met: t('followup:chart.samiMet', { count: met, share: shareText }),
      notMet: t('followup:chart.samiNotMet', { count: c('notMet') }),
    });
  } else {
    text = t('followup:chart.row', {
      label,
      ofCases: t('followup:chart.ofCases', { count: total, n: met }),
      met: t('followup:chart.met', { count: met }),
      share: shareText,
      notMet: t('followup:chart.notMet', { count: c('notMet') }),
      notApplicable: t('followup:chart.notApplicable', { count: c('notApplicable') }),
    });
  }
  return { id, label, total, segments, share, shareText, valueText: shareText, text };
}

/**
 * The steps-and-parts rows of one group, always all eight: steps 1-5, child rights, national
 * minorities, the Sami duty (met / not met of the cases that triggered it). The tables show
 * all of them; the chart leaves the Sami row out when the duty was never triggered.
 */
export function partRows(g: FollowupGroup, t: FollowupTranslate): ShareRow[] {
  const total = g.cases.length;
  const csv = (key: string, params?: Record<string, unknown>) => t(`followup:csv.${key}`, params);
  const three = (
    met: [Counted, string],
    notMet: [Counted, string],
    na: [Counted, string],
  ): RowSegment[] => [
    seg('met', met[0], total, met[1]),
    seg('notMet', notMet[0], total, notMet[1]),
    seg('notApplicable', na[0], total, na[1]),
  ];
  const samiTotal = g.sami.triggered.length;
  return [
    ...g.steps.map((s) =>
      stackedRow(
        `step${s.n}`,
        t('followup:decision.step', { n: s.n }),
        total,
        three(
          [s.met, csv('stepMet', { n: s.n })],
          [s.notMet, csv('stepNotMet', { n: s.n })],
          [s.notApplicable, csv('stepNotApplicable', { n: s.n })],
        ),
        t,
      ),
    ),
    stackedRow(
      'child',
      t('followup:report.child'),
      total,
      three(
        [g.child.done, csv('childDone')],
        [g.child.notMet, csv('childNotMet')],
        [g.child.notApplicable, csv('childNotApplicable')],
      ),
      t,
    ),
    stackedRow(
      'minorities',
      t('followup:report.minorities'),
      total,
      three(
        [g.minorities.met, csv('minoritiesMet')],
        [g.minorities.notMet, csv('minoritiesNotMet')],
        [g.minorities.notApplicable, csv('minoritiesNotApplicable')],
      ),
      t,
    ),
    stackedRow(
      'sami',
      t('followup:report.samiTriggered'),
      samiTotal,
      [
        seg('met', g.sami.met, samiTotal, csv('samiMet')),
        seg('notMet', g.sami.notMet, samiTotal, csv('samiNotMet')),
      ],
      t,
    ),
  ];
}

/** One row per decision outcome and "no decision recorded": its count of the group's cases. */
export function decisionRows(g: FollowupGroup, t: FollowupTranslate): ShareRow[] {
  const total = g.cases.length;
  const keys: DecisionKey[] = [...decisionOutcomes, 'none'];
  return keys.map((k) => {
    const label =
      k === 'none' ? t('followup:csv.noDecision') : t(`followup:decision.outcomes.${k}`);
    const cases = g.decisions[k];
    const share = shareOf(cases.length, total);
    const shareText = formatShare(share, t);
    return {
      id: `decision.${k}`,
      label,
      total,
      segments: [seg('count', cases, total, label)],
      share,
      shareText,
      valueText: `${cases.length} (${shareText})`,
      text:
        total === 0
          ? t('followup:chart.rowEmpty', { label })
          : t('followup:chart.decisionRow', {
              label,
              ofCases: t('followup:chart.ofCases', { count: total, n: cases.length }),
              share: shareText,
            }),
    };
  });
}

// ---- geometry ---------------------------------------------------------------------------------

/** About how wide a character of the chart's 12-unit text is, on average (Arial, system-ui). */
const CHAR_WIDTH = 6.4;
const LABEL_MIN = 60;
const LABEL_MAX = 210;
const BAR_WIDTH = 300;
/** The bar area of the narrow layout (labels above the bars), for a phone's width. */
const NARROW_BAR_WIDTH = 230;
const SHARE_WIDTH = 76;
const ROW_HEIGHT = 30;
/** A narrow row: the label's line above the bar. */
const NARROW_ROW_HEIGHT = 46;
const BAR_HEIGHT = 18;
const GAP = 8;
const LEGEND_LINE = 22;
const TICKS_HEIGHT = 20;

export interface ChartLayoutOptions {
  /** Labels above the bars instead of in a column beside them: for narrow screens. */
  narrow?: boolean;
}

const textWidth = (s: string) => Math.ceil([...s].length * CHAR_WIDTH);

function shorten(label: string, width: number): string {
  const max = Math.floor(width / CHAR_WIDTH);
  const chars = [...label];
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Lay rows out: a label column as wide as the longest label (within limits), the bar area, the
 * share text after it; a legend above for more than one kind (wrapped to the width); gridlines
 * at 0, 25, 50, 75 and 100 % below. Stacked segments start where the previous one ends; a
 * decision bar starts at the bar area's left edge and its share text follows the bar. The
 * narrow layout puts each label on a line of its own above its bar and has no label column.
 */
function layout(
  kind: ShareChart['kind'],
  rows: ShareRow[],
  kinds: SegmentKind[],
  title: string,
  altText: string,
  t: FollowupTranslate,
  opts: ChartLayoutOptions,
): ShareChart {
  const narrow = opts.narrow === true;
  const barWidth = narrow ? NARROW_BAR_WIDTH : BAR_WIDTH;
  const rowHeight = narrow ? NARROW_ROW_HEIGHT : ROW_HEIGHT;
  const labelWidth = narrow
    ? 0
    : Math.min(LABEL_MAX, Math.max(LABEL_MIN, ...rows.map((r) => textWidth(r.label))));
  const barLeft = narrow ? 12 : labelWidth + GAP;
  const width = barLeft + barWidth + GAP + SHARE_WIDTH;
  const legendNames: Record<SegmentKind, string> = {
    met: t('followup:report.colMet'),
    notMet: t('followup:report.colNotMet'),
    notApplicable: t('followup:report.colNotApplicable'),
    count: t('followup:report.colCount'),
  };
  const legend: ShareChart['legend'] = [];
  if (kinds.length > 1) {
    let x = barLeft;
    let y = 4;
    for (const k of kinds) {
      const w = 14 + 6 + textWidth(legendNames[k]);
      if (x > barLeft && x + w > width) {
        x = barLeft;
        y += LEGEND_LINE;
      }
      legend.push({ kind: k, label: legendNames[k], x, y });
      x += w + 16;
    }
  }
  const top = legend.length > 0 ? legend[legend.length - 1]!.y + LEGEND_LINE + 2 : 4;
  const placed: PlacedRow[] = rows.map((r, i) => {
    const barY = narrow
      ? top + i * rowHeight + rowHeight - BAR_HEIGHT - 6
      : top + i * rowHeight + (rowHeight - BAR_HEIGHT) / 2;
    let x = barLeft;
    const segments = r.segments.map((s) => {
      const w = s.fraction * barWidth;
      const p = { ...s, x, width: w };
      x += w;
      return p;
    });
    const stacked = kind === 'parts';
    const textY = barY + BAR_HEIGHT / 2 + 4;
    return {
      ...r,
      segments,
      barY,
      textY,
      labelX: narrow ? barLeft : labelWidth,
      labelY: narrow ? barY - 6 : textY,
      labelAnchor: narrow ? 'start' : 'end',
      shareX: stacked ? barLeft + barWidth + GAP : x + 6,
      shortLabel: shorten(r.label, narrow ? width - barLeft : labelWidth),
    };
  });
  const ticksY = top + rows.length * rowHeight;
  const ticks = [0, 25, 50, 75, 100].map((p) => ({
    x: barLeft + (p / 100) * barWidth,
    text: formatShare(p, t),
  }));
  return {
    kind,
    title,
    altText,
    kinds,
    width,
    height: ticksY + TICKS_HEIGHT,
    labelWidth,
    barLeft,
    barWidth,
    rowHeight,
    barHeight: BAR_HEIGHT,
    narrow,
    legend,
    ticks,
    ticksY,
    rows: placed,
  };
}

/** The "steps and parts" chart of one group (the Sami row only when the duty was triggered). */
export function partsChart(
  g: FollowupGroup,
  t: FollowupTranslate,
  rows: ShareRow[] = partRows(g, t),
  opts: ChartLayoutOptions = {},
): ShareChart {
  const drawn = rows.filter((r) => r.id !== 'sami' || r.total > 0);
  const group = groupTitle(g, t);
  const total = g.cases.length;
  const intro = t('followup:chart.partsIntro', { count: total });
  const sami = drawn.some((r) => r.id === 'sami') ? [] : [t('followup:chart.samiNone')];
  return layout(
    'parts',
    drawn,
    ['met', 'notMet', 'notApplicable'],
    t('followup:chart.partsTitle', { group }),
    [intro, ...drawn.map((r) => r.text), ...sami].join(' '),
    t,
    opts,
  );
}

/** The "decisions" chart of one group. */
export function decisionsChart(
  g: FollowupGroup,
  t: FollowupTranslate,
  rows: ShareRow[] = decisionRows(g, t),
  opts: ChartLayoutOptions = {},
): ShareChart {
  const group = groupTitle(g, t);
  const intro = t('followup:chart.decisionsIntro', { count: g.cases.length });
  return layout(
    'decisions',
    rows,
    ['count'],
    t('followup:chart.decisionsTitle', { group }),
    [intro, ...rows.map((r) => r.text)].join(' '),
    t,
    opts,
  );
}

function groupTitle(g: FollowupGroup, t: FollowupTranslate): string {
  return `${g.committee || t('followup:report.noCommittee')} ${g.year ?? t('followup:report.noYear')}`;
}
