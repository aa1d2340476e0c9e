/**
 * The chart's series colours and patterns, read by both renderers of a chart: the SVG of the
 * app and the live preview (src/ui/common/StatChart.tsx) and the shaded bars of the Word
 * appendix (src/appendix/docx/chart.ts). The geometry is pure maths in the domain
 * (src/checklist/statistics/chart.ts); how it looks is decided here.
 */
import type { GroupKey } from '../checklist/statistics-schema';

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
