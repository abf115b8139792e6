import type { ChartEvent } from './event-markers.tsx';
import { Marker } from './markers.tsx';
import type { TrendSeries } from './trend-chart.tsx';

interface TrendTooltipProps {
  row: (Record<string, unknown> & { year: number }) | undefined;
  series: readonly TrendSeries[];
  events: readonly ChartEvent[];
  formatTooltip: (share: number) => string;
  formatYear: (year: number) => string;
}

/** The values of one year in the page's language, with each series' marker, and the year's events. */
export function TrendTooltip({ row, series, events, formatTooltip, formatYear }: TrendTooltipProps) {
  if (!row) return null;
  const ofYear = events.filter((e) => Math.floor(e.at) === row.year);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{formatYear(row.year)}</p>
      <ul>
        {series.map((s) => {
          const v = row[s.key];
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
        {ofYear.map((e) => (
          <li key={e.key} className="chart-tooltip__event">
            <span className="chart-tooltip__event-number">{e.number}</span> {e.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
