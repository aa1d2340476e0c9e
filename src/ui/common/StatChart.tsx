/**
 * Grouped bar chart of one statistics table as inline SVG, drawn from the pure
 * `chartModel` geometry: the editor computes it from the table, the live preview takes it
 * from the appendix model (so the preview draws what the model says). The SVG is one image
 * for assistive technology (role="img"); its <title> and <desc> carry the data in words
 * (`chartAltText`), and the table next to it carries the same figures. Colours and
 * patterns come from the chart palette the Word writer reads too.
 */
import type { ReactElement } from 'react';
import { CHART_OUTLINE, seriesStyle } from '../../appendix/chart-palette';
import type { ChartPattern } from '../../appendix/chart-palette';
import { chartModel, chartTexts } from '../../checklist/statistics/chart';
import type { ChartModel, ChartTexts } from '../../checklist/statistics/chart';
import type { GroupKey, StatTable } from '../../checklist/statistics-schema';
import { useStatsT } from './use-stats-t';

/** The tile of a pattern, 8 by 8 user units, in the ink colour. */
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

/**
 * Pattern definitions, one per key with a pattern (`${idPrefix}-${key}`); ids are prefixed so
 * several charts can share a page. Used by the statistics charts and the follow-up charts.
 */
export function PatternDefs<K extends string>({
  idPrefix,
  keys,
  styleOf,
}: {
  idPrefix: string;
  keys: readonly K[];
  styleOf: (key: K) => { pattern: ChartPattern; ink: string };
}) {
  return (
    <defs>
      {keys.map((k) => {
        const s = styleOf(k);
        const shape = patternShape(s.pattern, s.ink);
        if (!shape) return null;
        return (
          <pattern
            key={k}
            id={`${idPrefix}-${k}`}
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

/** The editor's chart of the table being edited, in the UI language. */
export function StatChart({ table, idPrefix }: StatChartProps) {
  const { t, lng } = useStatsT();
  const m = chartModel(table, lng);
  if (m.empty) {
    return <p className="stat-chart-empty">{t('stats:chart.noData')}</p>;
  }
  return <StatChartSvg chart={m} texts={chartTexts(table, t, lng)} idPrefix={idPrefix} />;
}

/** The SVG of a chart's geometry and its words, from the editor or the appendix model. */
export function StatChartSvg(props: { chart: ChartModel; texts: ChartTexts; idPrefix: string }) {
  const { chart: m, texts, idPrefix } = props;
  const titleId = `${idPrefix}-chart-title`;
  const descId = `${idPrefix}-chart-desc`;
  const axisBottom = m.plot.top + m.plot.height;
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
      <title id={titleId}>{texts.title}</title>
      <desc id={descId}>{texts.description}</desc>
      <PatternDefs
        idPrefix={`${idPrefix}-pattern`}
        keys={m.groups}
        styleOf={(g) => seriesStyle[g]}
      />
      <rect x="0" y="0" width={m.width} height={m.height} fill="#ffffff" />

      {/* Legend: swatch (colour + pattern) and the group name, so colour is never the only cue. */}
      {m.legend.map((l) => (
        <g key={l.group}>
          <Swatch idPrefix={idPrefix} group={l.group} x={l.x} y={l.y - 10} width={14} height={14} />
          <text x={l.x + 20} y={l.y + 1} fill="#1a1a1a" fontSize="12">
            {texts.legend[l.group]}
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
        {texts.axisLabel}
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
      {texts.breakdown !== '' && (
        <text
          x={m.plot.left + m.plot.width / 2}
          y={m.height - 8}
          textAnchor="middle"
          fill="#1a1a1a"
        >
          {texts.breakdown}
        </text>
      )}
    </svg>
  );
}
