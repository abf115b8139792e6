import type { Formatter } from '../format/format.ts';
import type { Messages } from '../i18n/messages.ts';
import type { Trend } from './trend.ts';

/** The one sentence a screen reader hears in place of a trend chart. */
export function summarizeTrend(trend: Trend, label: string, t: Messages, f: Formatter): string {
  const withValue = trend.points.filter((p) => p.actual !== null);
  const first = withValue[0];
  const last = withValue[withValue.length - 1];
  if (!first || !last) return t.summary.noData(label);
  let sentence =
    first === last
      ? t.summary.trendSingle(label, f.year(last.year), f.percent(last.actual))
      : t.summary.trend({
          label,
          firstYear: f.year(first.year),
          firstValue: f.percent(first.actual),
          lastYear: f.year(last.year),
          lastValue: f.percent(last.actual),
        });
  if (trend.target && last.expected !== null) sentence += t.summary.expectedThen(f.percent(last.expected));
  const progress = trend.progress;
  if (trend.target && progress && progress.status !== 'achieved' && progress.status !== 'insufficient_data') {
    sentence += progress.projectedYear !== null ? t.summary.projection(f.year(progress.projectedYear)) : t.summary.noProjection;
  }
  return sentence;
}
