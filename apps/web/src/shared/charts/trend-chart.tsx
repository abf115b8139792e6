/**
 * A yearly trend of shares drawn in plain SVG: lines (actual, comparisons, glide path,
 * projection) with their own dash and marker, a hatched band (the unknown band) and points (the
 * target). Dumb by design: it draws the rows and series config it is given.
 */
import { useState } from 'react';
import { shareTicks } from '../lib/scale.ts';
import type { SeriesStyle } from '../palette.ts';
import { bandPath, linePath, linearScale } from './geometry.ts';
import { Marker } from './markers.tsx';
import { useWidth } from './use-width.ts';

export interface TrendSeries {
  /** Property of each row holding the value (a share 0-1, or [low, high] for a band). */
  key: string;
  label: string;
  style: SeriesStyle;
  kind: 'line' | 'band' | 'point';
  /** Property holding whether the point has enough evidence; thin points get a hollow marker. */
  sufficientKey?: string;
}

export interface TrendChartProps {
  rows: readonly object[];
  series: readonly TrendSeries[];
  /** Upper end of the value axis (a share); values above it are clipped. */
  yMax: number;
  /** Axis labels. */
  formatValue: (share: number) => string;
  /** Values in the tooltip (more precise than the axis). */
  formatTooltip: (share: number) => string;
  formatYear: (year: number) => string;
  height?: number;
  reference?: { value: number; label: string } | null;
}

const MARGIN = { top: 18, right: 28, bottom: 34, left: 60 };
type Row = Record<string, unknown> & { year: number };

export function TrendChart({ rows, series, yMax, formatValue, formatTooltip, formatYear, height = 320, reference = null }: TrendChartProps) {
  const [width, measure] = useWidth(960);
  const [hover, setHover] = useState<number | null>(null);
  const data = rows as readonly Row[];
  const years = data.map((r) => r.year);
  const innerLeft = MARGIN.left;
  const innerRight = Math.max(innerLeft + 10, width - MARGIN.right);
  const innerTop = MARGIN.top;
  const innerBottom = height - MARGIN.bottom;
  const pad = years.length > 1 ? Math.min(28, (innerRight - innerLeft) / (years.length * 2)) : 0;
  const x = linearScale([years[0] ?? 0, years[years.length - 1] ?? 1], [innerLeft + pad, innerRight - pad]);
  const yRaw = linearScale([0, yMax], [innerBottom, innerTop]);
  // Values beyond the axis are clipped to its ends rather than drawn outside the chart.
  const y = (v: number) => Math.min(innerBottom, Math.max(innerTop, yRaw(v)));
  const ticks = shareTicks(yMax);
  const step = years.length > 1 ? (innerRight - innerLeft) / years.length : innerRight - innerLeft;
  const value = (row: Row, key: string) => (typeof row[key] === 'number' ? row[key] : null);

  const hovered = hover !== null ? data[hover] : undefined;
  const tooltipLeft = hovered ? x(hovered.year) : 0;

  return (
    <div ref={measure} className="svg-chart" style={{ height }} onPointerLeave={() => setHover(null)}>
      <svg width="100%" height={height} viewBox={`0 0 ${width} ${height}`} className="svg-chart__svg" aria-hidden="true" focusable="false" data-drawn={data.length > 0 ? 'trend' : undefined}>
        <g className="svg-chart__grid">
          {ticks.map((t) => (
            <g key={t}>
              <line x1={innerLeft} x2={innerRight} y1={yRaw(t)} y2={yRaw(t)} stroke={t === 0 ? '#8a8a8a' : '#dcdcdc'} />
              <text x={innerLeft - 8} y={yRaw(t)} dy="0.32em" textAnchor="end" className="svg-chart__tick">
                {formatValue(t)}
              </text>
            </g>
          ))}
          {years.map((yr) => (
            <text key={yr} x={x(yr)} y={innerBottom + 22} textAnchor="middle" className="svg-chart__tick">
              {formatYear(yr)}
            </text>
          ))}
        </g>
        {reference && (
          <g>
            <line x1={innerLeft} x2={innerRight} y1={y(reference.value)} y2={y(reference.value)} stroke="#000" strokeWidth={1.5} strokeDasharray="1 3" />
            <text x={innerLeft + 6} y={y(reference.value) - 6} className="svg-chart__label">
              {reference.label}
            </text>
          </g>
        )}
        {series
          .filter((s) => s.kind === 'band')
          .map((s) => (
            <path
              key={s.key}
              data-series={s.key}
              className="chart-band"
              d={bandPath(
                data.map((r) => {
                  const band = r[s.key];
                  return Array.isArray(band) ? { x: x(r.year), y0: y(band[0] as number), y1: y(band[1] as number) } : null;
                }),
              )}
              fill="url(#koers-hatch)"
              stroke={s.style.color}
              strokeOpacity={0.5}
            />
          ))}
        {series
          .filter((s) => s.kind === 'line')
          .map((s) => (
            <path
              key={s.key}
              data-series={s.key}
              className="chart-line"
              d={linePath(data.map((r) => (value(r, s.key) === null ? null : { x: x(r.year), y: y(value(r, s.key)!) })))}
              fill="none"
              stroke={s.style.color}
              strokeWidth={s.key === 'actual' ? 3.5 : 2.5}
              strokeDasharray={s.style.dash}
              strokeLinejoin="round"
              strokeLinecap="round"
            />
          ))}
        {series
          .filter((s) => s.style.marker !== 'none')
          .map((s) => (
            <g key={s.key} data-markers={s.key}>
              {data.map((r) => {
                const v = value(r, s.key);
                if (v === null) return null;
                const hollow = s.sufficientKey ? r[s.sufficientKey] === false : false;
                return <Marker key={r.year} shape={s.style.marker} cx={x(r.year)} cy={y(v)} r={s.kind === 'point' ? 6 : 4.5} color={s.style.color} hollow={hollow} />;
              })}
            </g>
          ))}
        {hovered && <line x1={tooltipLeft} x2={tooltipLeft} y1={innerTop} y2={innerBottom} stroke="#1a1a1a" strokeOpacity={0.35} />}
        {data.map((r, i) => (
          <rect key={r.year} x={x(r.year) - step / 2} y={innerTop} width={step} height={innerBottom - innerTop} fill="transparent" onPointerEnter={() => setHover(i)} />
        ))}
      </svg>
      {hovered && (
        <div className="chart-tooltip" style={{ left: Math.min(tooltipLeft + 12, width - 240), top: 8 }}>
          <p className="chart-tooltip__title">{formatYear(hovered.year)}</p>
          <ul>
            {series.map((s) => {
              const v = hovered[s.key];
              if (v == null) return null;
              const text = Array.isArray(v) ? `${formatTooltip(v[0] as number)}–${formatTooltip(v[1] as number)}` : formatTooltip(v as number);
              return (
                <li key={s.key}>
                  <svg width="14" height="14" aria-hidden="true">
                    <Marker shape={s.style.marker === 'none' ? 'square' : s.style.marker} cx={7} cy={7} r={4} color={s.style.color} />
                  </svg>
                  {s.label}: <strong>{text}</strong>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
