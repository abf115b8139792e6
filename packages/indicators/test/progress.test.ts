import { describe, expect, it } from 'vitest';
import { DEFAULT_STATUS_THRESHOLDS } from '@koers/domain';
import { progress, statusAsOf } from '../src/index.ts';
import type { Progress } from '../src/index.ts';
import { TARGET, pt, series } from './progress-points.ts';

const ALL_NULL: Omit<Progress, 'status' | 'year' | 'usable'> = {
  baselineYear: null,
  baselineValue: null,
  latestYear: null,
  latestValue: null,
  lastUsableYear: null,
  lastUsableValue: null,
  expected: null,
  deviation: null,
  requiredPace: null,
  observedPace: null,
  projectedYear: null,
  gap: null,
  missedBy: null,
  reachedYear: null,
};

describe('progress toward an upward target', () => {
  it('is on track when the trend keeps pace with what is still needed', () => {
    // 60, 70, 80, 90 % in 2016–2019 → slope 10 pp/year.
    // Required: (100 − 90) pp / (2020 − 2019) = 10 pp/year → ratio 1 ≥ 0.95.
    const p = progress(series(2016, [0.6, 0.7, 0.8, 0.9]), TARGET, 'up');
    expect(p.status).toBe('on_track');
    expect(p.baselineYear).toBe(2016);
    expect(p.baselineValue).toBe(0.6);
    expect(p.latestYear).toBe(2019);
    expect(p.latestValue).toBe(0.9);
    // Glide path 0.6 + 0.4 × 3/4 = 0.9 → deviation 0 pp.
    expect(p.expected).toBeCloseTo(0.9, 12);
    expect(p.deviation).toBeCloseTo(0, 10);
    expect(p.requiredPace).toBeCloseTo(10, 10);
    expect(p.observedPace).toBeCloseTo(10, 10);
    // 10 pp to go at 10 pp/year → 2019 + 1.
    expect(p.projectedYear).toBe(2020);
    expect(p.gap).toBeCloseTo(10, 10);
    expect(p.missedBy).toBeNull();
    expect(p.reachedYear).toBeNull();
  });

  it('needs acceleration when the trend is somewhat too slow', () => {
    // 50, 60, 70 % in 2016–2018 → slope 10 pp/year.
    // Required: (100 − 70) / (2020 − 2018) = 15 pp/year → ratio 10/15 ≈ 0.667, in [0.6, 0.95).
    const p = progress(series(2016, [0.5, 0.6, 0.7]), TARGET, 'up');
    expect(p.status).toBe('needs_acceleration');
    expect(p.requiredPace).toBeCloseTo(15, 10);
    expect(p.observedPace).toBeCloseTo(10, 10);
    // Glide path at 2018: 0.5 + 0.5 × 2/4 = 0.75 → deviation (0.70 − 0.75) × 100 = −5 pp.
    expect(p.expected).toBeCloseTo(0.75, 12);
    expect(p.deviation).toBeCloseTo(-5, 10);
    // 30 pp to go at 10 pp/year → 2018 + 3 = 2021, a year late.
    expect(p.projectedYear).toBe(2021);
    expect(p.gap).toBeCloseTo(30, 10);
  });

  it('shows limited progress when the trend is far too slow, and projects a year long after the target', () => {
    // 50, 55, 60, 65 % in 2016–2019 → slope 5 pp/year.
    // Required: (100 − 65) / 1 = 35 pp/year → ratio 5/35 ≈ 0.143, in [0, 0.6).
    const p = progress(series(2016, [0.5, 0.55, 0.6, 0.65]), TARGET, 'up');
    expect(p.status).toBe('limited_progress');
    expect(p.observedPace).toBeCloseTo(5, 10);
    expect(p.requiredPace).toBeCloseTo(35, 10);
    // 35 pp / 5 pp per year = 7 years exactly (float noise must not add an 8th) → 2019 + 7.
    expect(p.projectedYear).toBe(2026);
  });

  it('shows limited progress, not deterioration, for a flat series', () => {
    // Slope 0 → ratio 0, the lower edge of limited progress; never reached.
    const p = progress(series(2016, [0.6, 0.6, 0.6]), TARGET, 'up');
    expect(p.status).toBe('limited_progress');
    expect(p.observedPace).toBeCloseTo(0, 10);
    expect(p.projectedYear).toBeNull();
  });

  it('shows deterioration when the share falls, and never projects the target', () => {
    // 70, 65, 60 % in 2016–2018 → slope −5 pp/year; required (100 − 60) / 2 = 20 pp/year.
    // Ratio −5/20 = −0.25 < 0.
    const p = progress(series(2016, [0.7, 0.65, 0.6]), TARGET, 'up');
    expect(p.status).toBe('deterioration');
    expect(p.observedPace).toBeCloseTo(-5, 10);
    expect(p.requiredPace).toBeCloseTo(20, 10);
    expect(p.projectedYear).toBeNull();
    expect(p.gap).toBeCloseTo(40, 10);
  });

  it('reports a missed target and by how many points once the target year has passed', () => {
    // 72.4 % in 2020 against 100 %: missed by (1 − 0.724) × 100 = 27.6 pp.
    const p = progress(series(2016, [0.55, 0.6, 0.64, 0.69, 0.724]), TARGET, 'up');
    expect(p.status).toBe('missed');
    expect(p.missedBy).toBeCloseTo(27.6, 10);
    expect(p.gap).toBeCloseTo(27.6, 10);
    expect(p.requiredPace).toBeNull();
    expect(p.reachedYear).toBeNull();
    expect(p.latestYear).toBe(2020);
  });

  it('reports a missed target even with a single year of data after the target year', () => {
    // One point in 2021 at 80 %: target year passed → missed by 20 pp, not "insufficient data".
    const p = progress([pt(2021, 0.8)], TARGET, 'up');
    expect(p.status).toBe('missed');
    expect(p.missedBy).toBeCloseTo(20, 10);
    expect(p.observedPace).toBeNull();
  });

  it('reports the target as achieved, with the first year it was met', () => {
    // 80, 95, 100, 100 % → first met in 2018.
    const p = progress(series(2016, [0.8, 0.95, 1, 1]), TARGET, 'up');
    expect(p.status).toBe('achieved');
    expect(p.reachedYear).toBe(2018);
    expect(p.gap).toBe(0);
    expect(p.requiredPace).toBeNull();
    expect(p.projectedYear).toBeNull();
    expect(p.missedBy).toBeNull();
  });

  it('reports the first year the target was met even if the share dipped in between', () => {
    // 100 % in 2017, 98 % in 2018, 100 % in 2019 → achieved, first met in 2017.
    const p = progress(series(2016, [0.9, 1, 0.98, 1]), TARGET, 'up');
    expect(p.status).toBe('achieved');
    expect(p.reachedYear).toBe(2017);
  });

  it('counts an achieved target even with a single year of data', () => {
    const p = progress([pt(2016, 1)], TARGET, 'up');
    expect(p.status).toBe('achieved');
    expect(p.reachedYear).toBe(2016);
    expect(p.observedPace).toBeNull();
  });

  it('counts a target met up to rounding noise as achieved', () => {
    // 0.1 + 0.2 = 0.30000000000000004 in floating point; 0.3 must count as met.
    const p = progress(series(2016, [0.1, 0.3]), { year: 2020, value: 0.1 + 0.2 }, 'up');
    expect(p.status).toBe('achieved');
  });

  it('counts the innovation norm as achieved when the share exceeds 3 %', () => {
    // 2.0 %, 2.6 %, 3.1 % against 3 % in 2020 → achieved in 2018, 0.1 pp over (gap −0.1).
    const p = progress(series(2016, [0.02, 0.026, 0.031]), { year: 2020, value: 0.03 }, 'up');
    expect(p.status).toBe('achieved');
    expect(p.reachedYear).toBe(2018);
    expect(p.gap).toBeCloseTo(-0.1, 10);
  });
});

describe('progress toward a downward target', () => {
  const DOWN = { year: 2020, value: 0.1 };

  it('treats a falling share as progress', () => {
    // 40, 35, 30 % in 2016–2018 → slope −5 pp/year (reported as is).
    // Still to go: 30 − 10 = 20 pp in 2 years → 10 pp/year down; raw required (10 − 30) / 2 = −10.
    // Ratio 5 / 10 = 0.5 → limited progress.
    const p = progress(series(2016, [0.4, 0.35, 0.3]), DOWN, 'down');
    expect(p.status).toBe('limited_progress');
    expect(p.observedPace).toBeCloseTo(-5, 10);
    expect(p.requiredPace).toBeCloseTo(-10, 10);
    expect(p.gap).toBeCloseTo(20, 10);
    // Glide path at 2018: 0.4 + (0.1 − 0.4) × 2/4 = 0.25 → deviation (0.30 − 0.25) × 100 = +5 pp.
    expect(p.deviation).toBeCloseTo(5, 10);
    // 20 pp to go at 5 pp/year → 2018 + 4.
    expect(p.projectedYear).toBe(2022);
  });

  it('is on track when the share falls fast enough', () => {
    // 40, 30, 20 % → −10 pp/year; required (20 − 10) / 2 = 5 pp/year down → ratio 2.
    const p = progress(series(2016, [0.4, 0.3, 0.2]), DOWN, 'down');
    expect(p.status).toBe('on_track');
  });

  it('shows deterioration when the share rises', () => {
    // 20, 25, 30 % → +5 pp/year, away from 10 % → ratio −5 / 10 < 0.
    const p = progress(series(2016, [0.2, 0.25, 0.3]), DOWN, 'down');
    expect(p.status).toBe('deterioration');
    expect(p.observedPace).toBeCloseTo(5, 10);
    expect(p.projectedYear).toBeNull();
  });

  it('counts a share at or below the target as achieved', () => {
    const p = progress(series(2016, [0.3, 0.15, 0.08]), DOWN, 'down');
    expect(p.status).toBe('achieved');
    expect(p.reachedYear).toBe(2018);
    // 8 % is 2 pp under 10 %: nothing to go.
    expect(p.gap).toBeCloseTo(-2, 10);
  });

  it('reports by how many points a downward target was missed', () => {
    // 14 % in 2020 against 10 % → missed by 4 pp.
    const p = progress(series(2018, [0.2, 0.17, 0.14]), DOWN, 'down');
    expect(p.status).toBe('missed');
    expect(p.missedBy).toBeCloseTo(4, 10);
    // −3 pp/year → 4 pp still to go takes ceil(4/3) = 2 more years.
    expect(p.projectedYear).toBe(2022);
  });
});

describe('progress with too little evidence', () => {
  it('cannot judge an empty series', () => {
    expect(progress([], TARGET, 'up')).toEqual({ status: 'insufficient_data', year: null, usable: false, ...ALL_NULL });
  });

  it('cannot judge a single year, but still shows where it stands', () => {
    // 60 % in 2016: 40 pp still to go over 4 years → 10 pp/year required.
    const p = progress([pt(2016, 0.6)], TARGET, 'up');
    expect(p.status).toBe('insufficient_data');
    expect(p.usable).toBe(true);
    expect(p.baselineYear).toBe(2016);
    expect(p.latestYear).toBe(2016);
    expect(p.expected).toBe(0.6);
    expect(p.deviation).toBe(0);
    expect(p.gap).toBeCloseTo(40, 10);
    expect(p.requiredPace).toBeCloseTo(10, 10);
    expect(p.observedPace).toBeNull();
    expect(p.projectedYear).toBeNull();
  });

  it('judges the last year on its own: fewer than 5 records make it insufficient, naming the last usable year', () => {
    // 2017 has n = 4 < 5: 2017 cannot be judged; 2016 is named as the last usable year.
    const p = progress([pt(2016, 0.6), pt(2017, 0.9, 4)], TARGET, 'up');
    expect(p.status).toBe('insufficient_data');
    expect(p.year).toBe(2017);
    expect(p.usable).toBe(false);
    expect(p.latestYear).toBeNull();
    expect(p.lastUsableYear).toBe(2016);
    expect(p.lastUsableValue).toBe(0.6);
  });

  it('treats a year whose coverage is under 80 % or unknown as not usable', () => {
    const points = [pt(2016, 0.6), pt(2017, 0.9, 100, 0.79), pt(2018, 0.95, 100, null)];
    expect(statusAsOf(points, 2017, TARGET, 'up').status).toBe('insufficient_data');
    const p = statusAsOf(points, 2018, TARGET, 'up');
    expect(p.status).toBe('insufficient_data');
    expect(p.lastUsableYear).toBe(2016);
  });

  it('accepts a year with exactly 5 records and 80 % coverage', () => {
    // Boundary values are usable: 60 → 70 % gives 10 pp/year vs (100 − 70)/3 = 10 required.
    const p = progress([pt(2016, 0.6, 5, 0.8), pt(2017, 0.7, 5, 0.8)], TARGET, 'up');
    expect(p.status).toBe('on_track');
  });

  it('treats a year without a value as not usable', () => {
    const p = progress([pt(2016, 0.6), pt(2017, null)], TARGET, 'up');
    expect(p.status).toBe('insufficient_data');
    expect(p.latestYear).toBeNull();
    expect(p.lastUsableYear).toBe(2016);
  });

  it('cannot judge a series where no year has enough records', () => {
    const p = progress([pt(2016, 0.6, 2), pt(2017, 0.9, 3)], TARGET, 'up');
    expect(p).toEqual({ status: 'insufficient_data', year: 2017, usable: false, ...ALL_NULL });
  });

  it('leaves out a thin year from the trend, not just from the latest value', () => {
    // 2017 (n = 1, value 0) is skipped: trend over 60, 70, 80 % in 2016, 2018, 2019.
    // Slope: mean year 2017.667, Σdx·dy / Σdx² = (−1.667·−0.1 + 0.333·0 + 1.333·0.1) / 4.667
    // = 0.3 / 4.667 ≈ 0.0643 → 6.43 pp/year.
    const p = progress([pt(2016, 0.6), pt(2017, 0, 1), pt(2018, 0.7), pt(2019, 0.8)], TARGET, 'up');
    expect(p.observedPace).toBeCloseTo(30 / 4.666666666666667, 10);
  });

  it('uses configured thresholds instead of the defaults', () => {
    const lenient = { ...DEFAULT_STATUS_THRESHOLDS, minN: 1, minCoverage: 0.5 };
    // With n = 2 and coverage 0.6 allowed: 60 → 80 % is 20 pp/year vs (100 − 80)/3 ≈ 6.67 needed.
    const thin = [pt(2016, 0.6, 2, 0.6), pt(2017, 0.8, 2, 0.6)];
    expect(progress(thin, TARGET, 'up').status).toBe('insufficient_data');
    expect(progress(thin, TARGET, 'up', lenient).status).toBe('on_track');
  });

  it('uses configured pace thresholds', () => {
    // Ratio 10/15 ≈ 0.667 (see the needs-acceleration case): on track if 0.6 is enough.
    const generous = { ...DEFAULT_STATUS_THRESHOLDS, onTrack: 0.6, needsAcceleration: 0.3 };
    expect(progress(series(2016, [0.5, 0.6, 0.7]), TARGET, 'up', generous).status).toBe('on_track');
  });
});
