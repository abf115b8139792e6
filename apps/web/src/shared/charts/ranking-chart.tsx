/**
 * Entities ranked on one share as horizontal bars in plain SVG, best on top, each labelled with
 * its value (the second encoding), a pooled reference line, and a highlighted entity hatched.
 * A click on a bar opens the records behind it.
 */
import { shareTicks } from '../lib/scale.ts';
import { RANKING_STYLES } from '../palette.ts';
import { linearScale } from './geometry.ts';
import { useWidth } from './use-width.ts';

export interface RankingBar {
  key: string;
  /** Axis label: rank and entity, already short enough. */
  label: string;
  value: number;
  highlight?: boolean;
}

export interface RankingChartProps {
  rows: readonly RankingBar[];
  xMax: number;
  /** Axis labels. */
  formatValue: (share: number) => string;
  /** The value printed at the end of each bar. */
  formatLabel: (share: number) => string;
  reference?: { value: number; label: string } | null;
  onSelect?: (key: string) => void;
}

const ROW = 30;
const LABELS = 290;
const MARGIN = { top: 28, right: 72, bottom: 30 };

export function RankingChart({ rows, xMax, formatValue, formatLabel, reference = null, onSelect }: RankingChartProps) {
  const [width, measure] = useWidth(960);
  const height = MARGIN.top + rows.length * ROW + MARGIN.bottom;
  const left = Math.min(LABELS, width * 0.4);
  const right = Math.max(left + 10, width - MARGIN.right);
  const x = linearScale([0, xMax], [left, right]);
  const ticks = shareTicks(xMax);
  const bottom = MARGIN.top + rows.length * ROW;
  return (
    <div ref={measure} className="svg-chart" style={{ height }}>
      <svg width="100%" height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false" data-drawn={rows.length > 0 ? 'ranking' : undefined}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={MARGIN.top} y2={bottom} stroke={t === 0 ? '#8a8a8a' : '#e3e3e3'} />
            <text x={x(t)} y={bottom + 20} textAnchor="middle" className="svg-chart__tick">
              {formatValue(t)}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const top = MARGIN.top + i * ROW;
          const end = x(Math.min(row.value, xMax));
          return (
            <g
              key={row.key}
              className={`chart-bar${onSelect ? ' chart-bar--link' : ''}`}
              data-entity={row.key}
              onClick={onSelect ? () => onSelect(row.key) : undefined}
            >
              <text x={left - 8} y={top + ROW / 2} dy="0.35em" textAnchor="end" className="svg-chart__category">
                {row.label}
              </text>
              <rect
                x={left}
                y={top + 4}
                width={Math.max(0, end - left)}
                height={ROW - 8}
                fill={row.highlight ? 'url(#koers-hatch-highlight)' : RANKING_STYLES.bar}
                stroke={row.highlight ? '#000' : 'none'}
                strokeWidth={1.5}
              />
              <text x={end + 6} y={top + ROW / 2} dy="0.35em" className="svg-chart__value">
                {formatLabel(row.value)}
              </text>
              {/* The whole row is the click target, not only the bar (a short bar is hard to hit). */}
              <rect x={0} y={top} width={width} height={ROW} fill="transparent" />
            </g>
          );
        })}
        {reference && (
          <g>
            <line x1={x(reference.value)} x2={x(reference.value)} y1={MARGIN.top - 6} y2={bottom} stroke={RANKING_STYLES.reference} strokeWidth={2} strokeDasharray="6 4" />
            <text x={Math.min(x(reference.value), right)} y={MARGIN.top - 12} textAnchor="end" className="svg-chart__label">
              {reference.label}
            </text>
          </g>
        )}
      </svg>
    </div>
  );
}
