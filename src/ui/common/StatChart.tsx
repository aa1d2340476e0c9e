/**
 * Grouped bar chart of one statistics table as inline SVG, drawn from the pure
 * `chartModel` so the Word appendix can draw the same picture. The SVG is one image
 * for assistive technology (role="img"); its <title> and <desc> carry the data in words
 * (`chartAltText`), and the table next to it carries the same figures.
 */
import type { ReactElement } from 'react';
import {
  CHART_OUTLINE,
  chartAltText,
  chartModel,
  chartTitle,
  seriesStyle,
  unitText,
} from '../../checklist/statistics';
import type { ChartPattern, Lng, Translate } from '../../checklist/statistics';
import type { GroupKey, StatTable } from '../../checklist/statistics-schema';
import { useStatsT } from './use-stats-t';

function patternShape(pattern: ChartPattern, ink: string): ReactElement | null {
  switch (pattern) {
    case 'hatch':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={ink} strokeWidth="1.6" />;
    case 'dots':
      return <circle cx="4" cy="4" r="1.6" fill={ink} />;
    case 'cross':
      return <path d="M0,0 l8,8 M8,0 l-8,8" stroke={ink} strokeWidth="1.2" />;
    case 'horizontal':
      return <path d="M0,4 h8" stroke={ink} strokeWidth="1.4" />;
    case 'none':
      return null;
  }
}

/** Pattern definitions for the series; ids are prefixed so several charts can share a page. */
function Patterns({ idPrefix, groups }: { idPrefix: string; groups: GroupKey[] }) {
  return (
    <defs>
      {groups.map((g) => {
        const s = seriesStyle[g];
        const shape = patternShape(s.pattern, s.ink);
        if (!shape) return null;
        return (
          <pattern
            key={g}
            id={`${idPrefix}-pattern-${g}`}
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
          >
            {shape}
          </pattern>
        );
      })}
    </defs>
  );
}

function Swatch(props: {
  idPrefix: string;
  group: GroupKey;
  x: number;
  y: number;
  width: number;
  height: number;
}) {
  const { idPrefix, group, x, y, width, height } = props;
  const s = seriesStyle[group];
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} fill={s.fill} />
      {s.pattern !== 'none' && (
        <rect
          x={x}
          y={y}
          width={width}
          height={height}
          fill={`url(#${idPrefix}-pattern-${group})`}
        />
      )}
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        fill="none"
        stroke={CHART_OUTLINE}
        strokeWidth="1"
      />
    </g>
  );
}

export interface StatChartProps {
  table: StatTable;
  idPrefix: string;
}

export function StatChart({ table, idPrefix }: StatChartProps) {
  const { t, lng } = useStatsT();
  return <StatChartView table={table} idPrefix={idPrefix} t={t} lng={lng} />;
}

/** The chart with translation passed in (usable outside React context, e.g. to render to PNG). */
export function StatChartView(props: StatChartProps & { t: Translate; lng: Lng }) {
  const { table, idPrefix, t, lng } = props;
  const m = chartModel(table, lng);
  const titleId = `${idPrefix}-chart-title`;
  const descId = `${idPrefix}-chart-desc`;
  const axisBottom = m.plot.top + m.plot.height;
  if (m.empty) {
    return <p className="stat-chart-empty">{t('stats:chart.noData')}</p>;
  }
  return (
    <svg
      className="stat-chart"
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      viewBox={`0 0 ${m.width} ${m.height}`}
      width={m.width}
      height={m.height}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
      fontSize="11"
    >
      <title id={titleId}>{chartTitle(table, t)}</title>
      <desc id={descId}>{chartAltText(table, t, lng)}</desc>
      <Patterns idPrefix={idPrefix} groups={m.groups} />
      <rect x="0" y="0" width={m.width} height={m.height} fill="#ffffff" />

      {/* Legend: swatch (colour + pattern) and the group name, so colour is never the only cue. */}
      {m.legend.map((l) => (
        <g key={l.group}>
          <Swatch idPrefix={idPrefix} group={l.group} x={l.x} y={l.y - 10} width={14} height={14} />
          <text x={l.x + 20} y={l.y + 1} fill="#1a1a1a" fontSize="12">
            {t(`stats:groups.${l.group}`)}
          </text>
        </g>
      ))}

      {/* Value axis with gridlines. */}
      {m.ticks.map((tick) => (
        <g key={tick.value}>
          <line
            x1={m.plot.left}
            x2={m.plot.left + m.plot.width}
            y1={tick.y}
            y2={tick.y}
            stroke="#d0d0d0"
            strokeWidth="1"
          />
          <text x={m.plot.left - 6} y={tick.y + 4} textAnchor="end" fill="#1a1a1a">
            {tick.text}
          </text>
        </g>
      ))}
      <text
        transform={`translate(14 ${m.plot.top + m.plot.height / 2}) rotate(-90)`}
        textAnchor="middle"
        fill="#1a1a1a"
      >
        {t('stats:chart.axisValue', { unit: unitText(table, t) })}
      </text>

      {m.bars.map((b) => (
        <g key={`${b.rowId}-${b.group}`}>
          {b.height > 0 && (
            <Swatch
              idPrefix={idPrefix}
              group={b.group}
              x={b.x}
              y={b.y}
              width={b.width}
              height={b.height}
            />
          )}
          <text x={b.textX} y={b.textY} textAnchor="middle" fill="#1a1a1a">
            {b.text}
          </text>
        </g>
      ))}

      <line
        x1={m.plot.left}
        x2={m.plot.left + m.plot.width}
        y1={axisBottom}
        y2={axisBottom}
        stroke="#1a1a1a"
        strokeWidth="1"
      />
      {m.categories.map((c) => (
        <text key={c.rowId} x={c.labelX} y={c.labelY} textAnchor="middle" fill="#1a1a1a">
          {c.label}
          {c.label !== c.fullLabel && <title>{c.fullLabel}</title>}
        </text>
      ))}
      {table.breakdown.trim() !== '' && (
        <text
          x={m.plot.left + m.plot.width / 2}
          y={m.height - 8}
          textAnchor="middle"
          fill="#1a1a1a"
        >
          {table.breakdown.trim()}
        </text>
      )}
    </svg>
  );
}
