/**
 * The chart's series colours and patterns, read by both renderers of a chart: the SVG of the
 * app and the live preview (src/ui/common/StatChart.tsx) and the shaded bars of the Word
 * appendix (src/appendix/docx/chart.ts). The geometry is pure maths in the domain
 * (src/checklist/statistics/chart.ts); how it looks is decided here.
 */
import type { GroupKey } from '../checklist/statistics-schema';
import type { SegmentKind } from '../format/followup/chart';

export type ChartPattern = 'none' | 'hatch' | 'dots' | 'cross' | 'horizontal';

/**
 * Series styles: distinct lightness (readable in greyscale) plus a pattern on all but the
 * darkest, and a dark outline so even light bars meet 3:1 against white (WCAG 1.4.11).
 */
export const seriesStyle: Record<GroupKey, { fill: string; pattern: ChartPattern; ink: string }> = {
  women: { fill: '#1b3a6b', pattern: 'none', ink: '#1b3a6b' },
  men: { fill: '#f6b26b', pattern: 'hatch', ink: '#7a3e00' },
  girls: { fill: '#6a4c93', pattern: 'dots', ink: '#ffffff' },
  boys: { fill: '#a9d1ee', pattern: 'cross', ink: '#0b3a5b' },
  other: { fill: '#d9d9d9', pattern: 'horizontal', ink: '#333333' },
};
export const CHART_OUTLINE = '#222222';

/**
 * The follow-up charts' segments (src/format/followup/chart.ts), read by the screen's SVG
 * (src/ui/followup/FollowupChart.tsx) and the Word report (src/appendix/docx/share-chart.ts).
 * Met is dark and solid, not met a light orange with diagonal hatching, not applicable a light
 * grey with dots, each with the dark outline: three grey levels (about 54, 190, 235) and two
 * patterns, so they separate in greyscale and colour is never the only cue. A decision bar
 * (one series) is dark and solid like met.
 */
export const followupStyle: Record<
  SegmentKind,
  { fill: string; pattern: ChartPattern; ink: string }
> = {
  met: { fill: '#1b3a6b', pattern: 'none', ink: '#1b3a6b' },
  notMet: { fill: '#f6b26b', pattern: 'hatch', ink: '#7a3e00' },
  notApplicable: { fill: '#ebebeb', pattern: 'dots', ink: '#4d4d4d' },
  count: { fill: '#1b3a6b', pattern: 'none', ink: '#1b3a6b' },
};
