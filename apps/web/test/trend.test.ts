import { describe, expect, it } from 'vitest';
import { glideValue, projectionValue, rowForYear, shapeTrend, withComparisons } from '../src/shared/lib/trend.ts';
import { PLAN_TARGET, THRESHOLDS, progress, row } from './fixtures.ts';

// The demo's shape: 2016-2017 too little coverage, baseline 2018, target 100 % in 2020 missed.
const latestProgress = progress({
  status: 'missed',
  baselineYear: 2018,
  baselineValue: 0.73,
  latestYear: 2020,
  latestValue: 0.88,
  observedPace: 7.5,
  projectedYear: 2022,
  missedBy: 12,
});
const rows = [
  row({ year: 2016, value: 0.57, n: 3910, coverage: 0.69, target: PLAN_TARGET }),
  row({ year: 2017, value: 0.65, n: 4445, coverage: 0.73, target: PLAN_TARGET }),
  row({ year: 2018, value: 0.73, n: 4915, coverage: 0.84, target: PLAN_TARGET }),
  row({ year: 2019, value: 0.81, n: 5541, coverage: 0.9, target: PLAN_TARGET }),
  row({ year: 2020, value: 0.88, n: 5346, coverage: 0.93, target: PLAN_TARGET, progress: latestProgress, status: 'missed' }),
];

describe('the trend of a share against its target', () => {
  const trend = shapeTrend(rows, THRESHOLDS);
  const at = (year: number) => trend.points.find((p) => p.year === year)!;

  it('draws the glide path from the baseline year to the target, and not before the baseline', () => {
    expect(at(2017).expected).toBeNull();
    expect(at(2018).expected).toBeCloseTo(0.73, 12);
    expect(at(2019).expected).toBeCloseTo(0.865, 12);
    expect(at(2020).expected).toBe(1);
  });

  it('projects the observed pace from the latest value until the year the target is reached', () => {
    expect(at(2020).projection).toBeCloseTo(0.88, 12);
    expect(at(2021).projection).toBeCloseTo(0.955, 12);
    expect(at(2022).projection).toBe(1);
    expect(trend.points.at(-1)?.year).toBe(2022);
  });

  it('marks the target in its target year only', () => {
    expect(trend.points.filter((p) => p.target !== null).map((p) => [p.year, p.target])).toEqual([[2020, 1]]);
  });

  it('carries the unknown band and marks years with too little coverage', () => {
    expect(at(2016).sufficient).toBe(false);
    expect(at(2019).sufficient).toBe(true);
    expect(at(2020).band?.[0]).toBeCloseTo(0.88 * 0.93, 12);
    expect(at(2020).band?.[1]).toBeCloseTo(0.88 * 0.93 + 0.07, 12);
  });

  it('runs the axis on to the target year when the data stops earlier', () => {
    const early = shapeTrend(
      [
        rows[2]!,
        row({
          ...rows[3]!,
          progress: progress({
            status: 'needs_acceleration',
            baselineYear: 2018,
            baselineValue: 0.73,
            latestYear: 2019,
            latestValue: 0.81,
            observedPace: 8,
            projectedYear: 2022,
          }),
        }),
      ],
      THRESHOLDS,
    );
    expect(early.points.map((p) => p.year)).toEqual([2018, 2019, 2020, 2021, 2022]);
  });

  it('draws neither glide path nor projection for an indicator without a target', () => {
    const monitoring = shapeTrend([row({ year: 2019, value: 0.2, n: 9, coverage: 1 }), row({ year: 2020, value: 0.3, n: 9, coverage: 1 })], THRESHOLDS);
    expect(monitoring.target).toBeNull();
    expect(monitoring.points.every((p) => p.expected === null && p.projection === null)).toBe(true);
  });

  it('does not project once the target is achieved', () => {
    const achieved = shapeTrend(
      [
        row({
          year: 2020,
          value: 0.034,
          n: 99,
          coverage: 1,
          target: { ...PLAN_TARGET, value: 0.03 },
          progress: progress({ status: 'achieved', latestYear: 2020, latestValue: 0.034, observedPace: 1, reachedYear: 2020 }),
        }),
      ],
      THRESHOLDS,
    );
    expect(achieved.points.every((p) => p.projection === null)).toBe(true);
  });

  it('keeps to the period asked for', () => {
    expect(shapeTrend(rows, THRESHOLDS, { from: 2018, to: 2019 }).latest?.year).toBe(2019);
  });
});

describe('trend helpers', () => {
  it('computes glide path and projection values on their own', () => {
    expect(glideValue({ baselineYear: 2016, baselineValue: 0.5 }, { year: 2020, value: 1 }, 2018)).toBeCloseTo(0.75, 12);
    expect(projectionValue({ latestYear: 2020, latestValue: 0.98, observedPace: 5 }, 2021)).toBe(1);
  });

  it('finds the row of a year, or the latest one', () => {
    expect(rowForYear(rows, 2018)?.value).toBe(0.73);
    expect(rowForYear(rows)?.year).toBe(2020);
    expect(rowForYear(rows, 2030)).toBeNull();
  });

  it('lays pooled comparison series over the trend year by year', () => {
    const merged = withComparisons(shapeTrend(rows, THRESHOLDS).points, [{ key: 'all', rows: [row({ year: 2019, value: 0.8 })] }]);
    expect(merged.find((p) => p.year === 2019)?.cmp_all).toBe(0.8);
    expect(merged.find((p) => p.year === 2020)?.cmp_all).toBeNull();
  });
});
