/**
 * One follow-up chart (src/format/followup/chart.ts) as inline SVG in the style of the
 * statistics charts (src/ui/common/StatChart.tsx): one image for assistive technology
 * (role="img") named by its <title> and described by its <desc>, the text alternative in
 * words; a legend with swatch, pattern and name so colour is never the only cue; colours and
 * patterns from the chart palette the Word report reads too. The table before it carries the
 * same figures. The SVG scales down to the width it has (viewBox, width 100 %), never wider
 * than its own size.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHART_OUTLINE, followupStyle } from '../../appendix/chart-palette';
import type { SegmentKind, ShareChart } from '../../format/followup/chart';
import { patternShape } from '../common/StatChart';

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

export function FollowupChart({ chart }: { chart: ShareChart }) {
  const { t } = useTranslation('followup');
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const patternId = `${id}-pattern`;
  const top = chart.rows[0] ? chart.rows[0].barY - (chart.rowHeight - chart.barHeight) / 2 : 0;
  return (
    <div className="followup-chart">
      <svg
        className="followup-chart__svg"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        width="100%"
        style={{ maxWidth: `${chart.width}px` }}
        xmlns="http://www.w3.org/2000/svg"
        fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
        fontSize="12"
      >
        <title id={titleId}>{chart.title}</title>
        <desc id={descId}>{chart.altText}</desc>
        <defs>
          {chart.kinds.map((k) => {
            const s = followupStyle[k];
            const shape = patternShape(s.pattern, s.ink);
            if (!shape) return null;
            return (
              <pattern
                key={k}
                id={`${patternId}-${k}`}
                width="8"
                height="8"
                patternUnits="userSpaceOnUse"
              >
                {shape}
              </pattern>
            );
          })}
        </defs>
        <rect x="0" y="0" width={chart.width} height={chart.height} fill="#ffffff" />

        {chart.legend.map((l) => (
          <g key={l.kind}>
            <Swatch patternId={patternId} kind={l.kind} x={l.x} y={l.y} width={14} height={14} />
            <text x={l.x + 20} y={l.y + 11} fill="#1a1a1a">
              {l.label}
            </text>
          </g>
        ))}

        {chart.ticks.map((tick) => (
          <g key={tick.x}>
            <line
              x1={tick.x}
              x2={tick.x}
              y1={top}
              y2={chart.ticksY + 2}
              stroke="#c8c8c8"
              strokeWidth="1"
            />
            <text x={tick.x} y={chart.ticksY + 14} textAnchor="middle" fill="#1a1a1a" fontSize="11">
              {tick.text}
            </text>
          </g>
        ))}

        {chart.rows.map((r) => (
          <g key={r.id}>
            <text x={chart.labelWidth} y={r.textY} textAnchor="end" fill="#1a1a1a">
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
        <line
          x1={chart.barLeft}
          x2={chart.barLeft}
          y1={top}
          y2={chart.ticksY + 2}
          stroke="#1a1a1a"
          strokeWidth="1"
        />
      </svg>
      <details className="details followup-chart__text">
        <summary>{t('chart.inText')}</summary>
        <p className="details__text">{chart.altText}</p>
      </details>
    </div>
  );
}
