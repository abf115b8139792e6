/**
 * A yearly trend of shares on Recharts: lines (actual, comparisons, glide path, projection) with
 * their own dash and marker, a hatched range area (the unknown band), the target as a point, a
 * reference line, and policy events as numbered vertical markers. Dumb by design: it draws the
 * rows, series and events it is given. Drawn once at its measured size, without animation, so
 * the first paint already shows the finished chart.
 */
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { shareTicks } from '../lib/scale.ts';
import type { SeriesStyle } from '../palette.ts';
import { Marker } from './markers.tsx';
import { EventBadge, eventRows, type ChartEvent } from './event-markers.tsx';
import { TrendTooltip } from './trend-tooltip.tsx';
import { useChartSize } from './use-chart-size.ts';

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
  /** Upper end of the value axis (a share); the caller makes it hold everything drawn. */
  yMax: number;
  /** Axis labels. */
  formatValue: (share: number) => string;
  /** Values in the tooltip (more precise than the axis). */
  formatTooltip: (share: number) => string;
  formatYear: (year: number) => string;
  /** Pixels, or `fill`: the height the parent leaves (a slide). */
  height?: number | 'fill';
  reference?: { value: number; label: string } | null;
  /** Dated events drawn as numbered vertical markers (their words are in the legend). */
  events?: readonly ChartEvent[];
}

type Row = Record<string, unknown> & { year: number };
const MARGIN = { top: 8, right: 24, bottom: 4, left: 4 };
const none: readonly ChartEvent[] = [];

interface DotProps {
  cx?: number | null;
  cy?: number | null;
  index?: number;
  payload?: Row;
  value?: unknown;
}

/** The marker renderer of one series: its shape, hollow where the year has too little evidence. */
function dotRenderer(series: TrendSeries) {
  const DotRenderer = ({ cx, cy, index, payload, value }: DotProps) => {
    const key = `${series.key}-${index ?? 0}`;
    if (typeof cx !== 'number' || typeof cy !== 'number' || value == null || series.style.marker === 'none') return <g key={key} />;
    const hollow = series.sufficientKey ? payload?.[series.sufficientKey] === false : false;
    return <Marker key={key} shape={series.style.marker} cx={cx} cy={cy} r={series.kind === 'point' ? 6 : 4.5} color={series.style.color} hollow={hollow} />;
  };
  return DotRenderer;
}

export function TrendChart({ rows, series, yMax, formatValue, formatTooltip, formatYear, height = 320, reference = null, events = none }: TrendChartProps) {
  const [size, measure] = useChartSize(height);
  const width = size?.width ?? null;
  const data = rows as Row[];
  const years = data.map((r) => r.year);
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  // Room on both sides so the first and last markers are not cut in half.
  const pad = Math.max(0.3, (last - first) * 0.04);
  const shown = events.filter((e) => e.at >= first - pad && e.at <= last + pad);
  const rowsOfEvents = eventRows(shown, first - pad, last + pad, Math.max(1, (width ?? 960) - 90));
  const top = MARGIN.top + (shown.length ? 22 * (Math.max(...rowsOfEvents) + 1) : 0);

  return (
    <div
      ref={measure}
      className={height === 'fill' ? 'rchart rchart--fill' : 'rchart'}
      style={height === 'fill' ? undefined : { height }}
      data-drawn={size && data.length > 0 ? 'trend' : undefined}
    >
      {size && data.length > 0 && (
        <ComposedChart width={size.width} height={size.height} data={data} margin={{ ...MARGIN, top }}>
          <CartesianGrid vertical={false} stroke="#dcdcdc" />
          <XAxis
            dataKey="year"
            type="number"
            domain={[first - pad, last + pad]}
            ticks={years}
            interval={0}
            tickFormatter={(y: number) => formatYear(y)}
            allowDecimals={false}
            tickLine={false}
            stroke="#8a8a8a"
            tick={{ className: 'rchart__tick', fill: '#333' }}
            height={30}
          />
          <YAxis
            type="number"
            domain={[0, yMax]}
            ticks={shareTicks(yMax)}
            tickFormatter={(v: number) => formatValue(v)}
            tickLine={false}
            axisLine={false}
            tick={{ className: 'rchart__tick', fill: '#333' }}
            width={60}
          />
          <Tooltip
            isAnimationActive={false}
            cursor={{ stroke: '#1a1a1a', strokeOpacity: 0.35 }}
            content={({ active, label }) =>
              active ? (
                <TrendTooltip row={data.find((r) => r.year === label)} series={series} events={shown} formatTooltip={formatTooltip} formatYear={formatYear} />
              ) : null
            }
          />
          {series
            .filter((s) => s.kind === 'band')
            .map((s) => (
              <Area
                key={s.key}
                dataKey={s.key}
                name={s.label}
                className="chart-band"
                fill="url(#koers-hatch)"
                fillOpacity={1}
                stroke={s.style.color}
                strokeOpacity={0.5}
                connectNulls={false}
                isAnimationActive={false}
                activeDot={false}
              />
            ))}
          {series
            .filter((s) => s.kind !== 'band')
            .map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                className={s.kind === 'line' ? `chart-line chart-line--${s.key}` : 'chart-point'}
                stroke={s.kind === 'point' ? 'none' : s.style.color}
                strokeWidth={s.key === 'actual' ? 3.5 : 2.5}
                strokeDasharray={s.style.dash}
                strokeLinejoin="round"
                strokeLinecap="round"
                connectNulls
                dot={dotRenderer(s)}
                activeDot={false}
                isAnimationActive={false}
              />
            ))}
          {reference && (
            <ReferenceLine
              y={reference.value}
              stroke="#000"
              strokeWidth={1.5}
              strokeDasharray="1 3"
              label={{ value: reference.label, position: 'insideTopLeft', className: 'rchart__label' }}
            />
          )}
          {shown.map((event, i) => (
            <ReferenceLine
              key={event.key}
              x={event.at}
              stroke="#4d4d4d"
              strokeWidth={1.5}
              strokeDasharray="4 3"
              className="chart-event"
              data-event={event.date}
              label={<EventBadge number={event.number} row={rowsOfEvents[i] ?? 0} title={event.label} date={event.date} />}
            />
          ))}
        </ComposedChart>
      )}
    </div>
  );
}
