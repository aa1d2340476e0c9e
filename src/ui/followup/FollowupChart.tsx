/**
 * One follow-up chart (src/format/followup/chart.ts) as inline SVG in the style of the
 * statistics charts (src/ui/common/StatChart.tsx): one image for assistive technology
 * (role="img") named by its <title> and described by its <desc>, the text alternative in
 * words; a legend with swatch, pattern and name so colour is never the only cue; colours and
 * patterns from the chart palette the Word report reads too. The table before it carries the
 * same figures. The SVG scales to the width it has (viewBox, width 100 %) up to a quarter above
 * its size; below 600 px the chart is laid out narrow (each label above its bar), so its text
 * stays readable on a phone.
 */
import { useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { CHART_OUTLINE, followupStyle } from '../../appendix/chart-palette';
import type { SegmentKind, ShareChart } from '../../format/followup/chart';
import { PatternDefs } from '../common/StatChart';

/** Drawn a quarter larger than its user units at most, so its 12-unit text reads at about 15 px. */
const SCALE = 1.25;

function Swatch(props: {
  patternId: string;
  kind: SegmentKind;
  x: number;
  y: number;
  width: number;
  height: number;
}) {
  const { patternId, kind, x, y, width, height } = props;
  const s = followupStyle[kind];
  const box = { x, y, width, height };
  return (
    <g>
      <rect {...box} fill={s.fill} />
      {s.pattern !== 'none' && <rect {...box} fill={`url(#${patternId}-${kind})`} />}
      <rect {...box} fill="none" stroke={CHART_OUTLINE} strokeWidth="1" />
    </g>
  );
}

/** Below this width the charts are laid out narrow (labels above the bars). */
const NARROW_QUERY = '(max-width: 37.5rem)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const mq = window.matchMedia(NARROW_QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

const narrowNow = () =>
  typeof window !== 'undefined' &&
  typeof window.matchMedia === 'function' &&
  window.matchMedia(NARROW_QUERY).matches;

/** Whether the screen is narrow enough for the narrow chart layout (follows resizing). */
export function useNarrowCharts(): boolean {
  return useSyncExternalStore(subscribe, narrowNow, () => false);
}

export function FollowupChart({ chart }: { chart: ShareChart }) {
  const { t } = useTranslation('followup');
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const patternId = `${id}-pattern`;
  const top = chart.rows[0] ? chart.rows[0].barY - 4 : 0;
  return (
    <div className="followup-chart">
      <svg
        className="followup-chart__svg"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        width="100%"
        style={{ maxWidth: `${chart.width * SCALE}px` }}
        xmlns="http://www.w3.org/2000/svg"
        fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
        fontSize="12"
      >
        <title id={titleId}>{chart.title}</title>
        <desc id={descId}>{chart.altText}</desc>
        <PatternDefs idPrefix={patternId} keys={chart.kinds} styleOf={(k) => followupStyle[k]} />
        <rect x="0" y="0" width={chart.width} height={chart.height} fill="#ffffff" />

        {chart.legend.map((l) => (
          <g key={l.kind}>
            <Swatch patternId={patternId} kind={l.kind} x={l.x} y={l.y} width={14} height={14} />
            <text x={l.x + 20} y={l.y + 11} fill="#1a1a1a">
              {l.label}
            </text>
          </g>
        ))}

        {/* Gridlines behind the bars: one run down the chart, or per bar when labels sit between. */}
        {(chart.narrow
          ? chart.rows.map((r) => [r.barY - 3, r.barY + chart.barHeight + 3] as const)
          : [[top, chart.ticksY + 2] as const]
        ).flatMap(([y1, y2]) =>
          chart.ticks.map((tick) => (
            <line
              key={`${tick.x}-${y1}`}
              x1={tick.x}
              x2={tick.x}
              y1={y1}
              y2={y2}
              stroke={tick.x === chart.barLeft ? '#1a1a1a' : '#c8c8c8'}
              strokeWidth="1"
            />
          )),
        )}
        {chart.ticks.map((tick) => (
          <text
            key={tick.x}
            x={tick.x}
            y={chart.ticksY + 14}
            textAnchor="middle"
            fill="#1a1a1a"
            fontSize="11"
          >
            {tick.text}
          </text>
        ))}

        {chart.rows.map((r) => (
          <g key={r.id}>
            <text x={r.labelX} y={r.labelY} textAnchor={r.labelAnchor} fill="#1a1a1a">
              {r.shortLabel}
              {r.shortLabel !== r.label && <title>{r.label}</title>}
            </text>
            {r.segments
              .filter((s) => s.width > 0)
              .map((s) => (
                <Swatch
                  key={s.kind}
                  patternId={patternId}
                  kind={s.kind}
                  x={s.x}
                  y={r.barY}
                  width={s.width}
                  height={chart.barHeight}
                />
              ))}
            <text x={r.shareX} y={r.textY} fill="#1a1a1a">
              {r.valueText}
            </text>
          </g>
        ))}
      </svg>
      <details className="details followup-chart__text">
        <summary>{t('chart.inText')}</summary>
        <p className="details__text">{chart.altText}</p>
      </details>
    </div>
  );
}
