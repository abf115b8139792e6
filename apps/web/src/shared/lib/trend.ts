/**
 * Shapes an indicator's yearly rows into the points of a trend chart: the actual share with its
 * unknown band, the glide path from the baseline to the target, the projection at the observed
 * pace, and the target itself.
 */
import type { StatusThresholds } from '@koers/domain';
import type { IndicatorRow, Progress, TargetRef } from '../api/types.ts';
import { isSufficient, unknownBand } from './share.ts';

export interface TrendPoint {
  year: number;
  actual: number | null;
  /** [low, high] of the unknown band. */
  band: [number, number] | null;
  /** Glide path: where the share should have been this year. */
  expected: number | null;
  /** Where the share goes if the observed pace carries on. */
  projection: number | null;
  /** The target, in its target year only. */
  target: number | null;
  n: number | null;
  coverage: number | null;
  /** Whether the year has enough records and coverage to be judged. */
  sufficient: boolean;
}

export interface Trend {
  points: TrendPoint[];
  target: TargetRef | null;
  /** Progress as of the latest year with data (status, paces, projection). */
  progress: Progress | null;
  /** The row of the latest year with data. */
  latest: IndicatorRow | null;
  /** First and last year with data. */
  firstYear: number | null;
  lastYear: number | null;
}

export interface TrendOptions {
  from?: number;
  to?: number;
  /** How many years past the latest data the projection may run (default 10). */
  horizon?: number;
}

type YearRow = IndicatorRow & { year: number };

/** The glide path's value in `year`: null before the baseline and after the target year. */
export function glideValue(progress: Pick<Progress, 'baselineYear' | 'baselineValue'>, target: Pick<TargetRef, 'year' | 'value'>, year: number): number | null {
  const { baselineYear, baselineValue } = progress;
  if (baselineYear === null || baselineValue === null || year < baselineYear || year > target.year) return null;
  if (target.year === baselineYear) return target.value;
  return baselineValue + ((target.value - baselineValue) * (year - baselineYear)) / (target.year - baselineYear);
}

/** The projection's value in `year`, from the latest usable value at the observed pace, within 0-1. */
export function projectionValue(progress: Pick<Progress, 'latestYear' | 'latestValue' | 'observedPace'>, year: number): number | null {
  const { latestYear, latestValue, observedPace } = progress;
  if (latestYear === null || latestValue === null || observedPace === null || year < latestYear) return null;
  return Math.min(1, Math.max(0, latestValue + (observedPace / 100) * (year - latestYear)));
}

export function shapeTrend(rows: readonly IndicatorRow[], thresholds: StatusThresholds, options: TrendOptions = {}): Trend {
  const horizon = options.horizon ?? 10;
  const yearly = rows
    .filter((r): r is YearRow => typeof r.year === 'number')
    .filter((r) => (options.from === undefined || r.year >= options.from) && (options.to === undefined || r.year <= options.to))
    .sort((a, b) => a.year - b.year);
  const latest = yearly[yearly.length - 1] ?? null;
  const target = yearly.find((r) => r.target)?.target ?? null;
  const progress = latest?.progress ?? null;
  if (!latest) return { points: [], target, progress, latest: null, firstYear: null, lastYear: null };

  const firstYear = yearly[0]!.year;
  const lastYear = latest.year;
  const start = Math.min(options.from ?? firstYear, firstYear);
  let end = Math.max(options.to ?? lastYear, lastYear);
  // The axis runs on to the target year, so the glide path visibly arrives at the target.
  if (target && target.year > end) end = target.year;

  const projecting = progress !== null && target !== null && progress.status !== 'achieved' && progress.observedPace !== null && progress.latestYear !== null;
  let projectionEnd = lastYear;
  if (projecting) {
    const until = progress.projectedYear ?? target.year;
    projectionEnd = Math.min(Math.max(until, target.year), progress.latestYear! + horizon);
    if (projectionEnd > end) end = projectionEnd;
  }

  const byYear = new Map(yearly.map((r) => [r.year, r]));
  const points: TrendPoint[] = [];
  for (let year = start; year <= end; year++) {
    const row = byYear.get(year);
    const band = row ? unknownBand(row) : null;
    points.push({
      year,
      actual: row?.value ?? null,
      band: band ? [band.low, band.high] : null,
      expected: progress && target ? glideValue(progress, target, year) : null,
      projection: projecting && year >= progress.latestYear! && year <= projectionEnd ? projectionValue(progress, year) : null,
      target: target && year === target.year ? target.value : null,
      n: row?.n ?? null,
      coverage: row?.coverage ?? null,
      sufficient: row ? isSufficient(row, thresholds) : false,
    });
  }
  return { points, target, progress, latest, firstYear, lastYear };
}

/** The row of one year, or of the latest year with data when `year` is not given. */
export function rowForYear<T extends { year?: number }>(rows: readonly T[], year?: number): T | null {
  const yearly = rows.filter((r) => typeof r.year === 'number');
  if (year !== undefined) return yearly.find((r) => r.year === year) ?? null;
  return yearly.reduce<T | null>((best, r) => (best === null || r.year! > best.year! ? r : best), null);
}

/** A comparison series (a policy domain, all entities) laid over a trend, pooled by the API. */
export interface TrendComparison {
  key: string;
  rows: readonly IndicatorRow[];
}

/** A trend point with each comparison's share under `cmp_<key>`. */
export type TrendRow = TrendPoint & { [key: `cmp_${string}`]: number | null };

export const comparisonKey = (key: string): `cmp_${string}` => `cmp_${key}`;

/** Trend points with each comparison's share under its own key, year by year. */
export function withComparisons(points: readonly TrendPoint[], comparisons: readonly TrendComparison[]): TrendRow[] {
  const lookups = comparisons.map((c) => ({
    key: comparisonKey(c.key),
    byYear: new Map(c.rows.filter((r) => r.year !== undefined).map((r) => [r.year!, r.value])),
  }));
  return points.map((p) => {
    const row: TrendRow = { ...p };
    for (const { key, byYear } of lookups) row[key] = byYear.get(p.year) ?? null;
    return row;
  });
}
