import { describe, expect, it } from 'vitest';
import { DEFAULT_STATUS_THRESHOLDS } from '@koers/domain';
import { isUsable, progress, statusAsOf } from '../src/index.ts';
import { TARGET, pt, series } from './progress-points.ts';

describe('the rules of SPEC §4 at their edges', () => {
  const PLAN = { baselineYear: 2016 };

  it('gives an unusable chosen year insufficient data and shows nothing from another year as its figure', () => {
    // 2020 has coverage 57 %: its own value (87.3 %) cannot be judged, and 2019's figures must not stand in.
    const points = [pt(2016, 0.6), pt(2017, 0.7), pt(2018, 0.8), pt(2019, 0.772), pt(2020, 0.873, 300, 0.57)];
    const p = statusAsOf(points, 2020, TARGET, 'up', DEFAULT_STATUS_THRESHOLDS, PLAN);
    expect(p).toEqual({
      status: 'insufficient_data',
      year: 2020,
      usable: false,
      baselineYear: 2016,
      baselineValue: 0.6,
      latestYear: null,
      latestValue: null,
      lastUsableYear: 2019,
      lastUsableValue: 0.772,
      // The glide path in 2020 is the target itself: it depends on the baseline, not on another year's value.
      expected: 1,
      deviation: null,
      requiredPace: null,
      observedPace: null,
      projectedYear: null,
      gap: null,
      missedBy: null,
      reachedYear: null,
    });
  });

  it('never names a usable year after the chosen one', () => {
    const points = [pt(2016, 0.6), pt(2017, 0.7, 100, 0.5), pt(2018, 0.8)];
    const p = statusAsOf(points, 2017, TARGET, 'up', DEFAULT_STATUS_THRESHOLDS, PLAN);
    expect(p.status).toBe('insufficient_data');
    expect(p.lastUsableYear).toBe(2016);
  });

  it('counts a base year usable by n only (low coverage) for the pace, so one usable year after it is enough', () => {
    // 2016: n = 4,000 but 69 % coverage — the baseline, not judged on. 2017 thin. 2018: 70 %, usable.
    // Pace over (2016, 50 %) and (2018, 70 %): 10 pp/year; required (100 − 70) / 2 = 15 → ratio 0.667.
    const points = [pt(2016, 0.5, 4000, 0.69), pt(2017, 0.6, 3, 1), pt(2018, 0.7, 4915, 0.84)];
    const p = statusAsOf(points, 2018, TARGET, 'up', DEFAULT_STATUS_THRESHOLDS, PLAN);
    expect(p.status).toBe('needs_acceleration');
    expect(p.baselineYear).toBe(2016);
    expect(p.observedPace).toBeCloseTo(10, 10);
    expect(p.requiredPace).toBeCloseTo(15, 10);
    // Glide path 2018: 0.5 + 0.5 × 2/4 = 0.75 → −5 pp.
    expect(p.deviation).toBeCloseTo(-5, 10);
    expect(p.projectedYear).toBe(2021);
  });

  it('does not judge the base year itself when only its n is enough', () => {
    const p = statusAsOf([pt(2016, 0.5, 4000, 0.69)], 2016, TARGET, 'up', DEFAULT_STATUS_THRESHOLDS, PLAN);
    expect(p.status).toBe('insufficient_data');
    expect(p.usable).toBe(false);
    expect(p.baselineYear).toBe(2016);
    expect(p.lastUsableYear).toBeNull();
  });

  it('falls back to the first usable year when the base year is too thin, and then needs two usable years', () => {
    // 2016 has n = 4: not a baseline. 2018 alone cannot give a pace, but its own figures stand.
    const thinBase = [pt(2016, 0.5, 4), pt(2018, 0.7)];
    const one = statusAsOf(thinBase, 2018, TARGET, 'up', DEFAULT_STATUS_THRESHOLDS, PLAN);
    expect(one.status).toBe('insufficient_data');
    expect(one.usable).toBe(true);
    expect(one.baselineYear).toBe(2018);
    expect(one.latestValue).toBe(0.7);
    expect(one.gap).toBeCloseTo(30, 10);
    expect(one.requiredPace).toBeCloseTo(15, 10);
    expect(one.observedPace).toBeNull();
    // With 2017 usable too: baseline 2017 at 60 %, pace 10 pp/year vs 15 required.
    const two = statusAsOf([...thinBase, pt(2017, 0.6)], 2018, TARGET, 'up', DEFAULT_STATUS_THRESHOLDS, PLAN);
    expect(two.baselineYear).toBe(2017);
    expect(two.status).toBe('needs_acceleration');
  });

  it('does not keep a target met in an earlier year as achieved when the chosen year falls short', () => {
    // 80, 100, 95 %: met in 2017, not in 2018. Slope over 2016–2018: 7.5 pp/year vs (100 − 95)/2 = 2.5 → on track.
    const points = series(2016, [0.8, 1, 0.95]);
    expect(statusAsOf(points, 2017, TARGET, 'up')).toMatchObject({ status: 'achieved', reachedYear: 2017 });
    const p = statusAsOf(points, 2018, TARGET, 'up');
    expect(p.status).toBe('on_track');
    expect(p.reachedYear).toBeNull();
    expect(p.observedPace).toBeCloseTo(7.5, 10);
  });

  it('names the first year a target was met, skipping unusable years that seemed to meet it', () => {
    // 2017 shows 100 % on 3 records (not usable); first met on usable data in 2018.
    const points = [pt(2016, 0.8), pt(2017, 1, 3), pt(2018, 1), pt(2019, 1)];
    expect(statusAsOf(points, 2019, TARGET, 'up')).toMatchObject({ status: 'achieved', reachedYear: 2018 });
  });

  it('reports a falling series as deterioration with the baseline counted', () => {
    // Baseline 2016 (80 %, coverage 50 %), 2018 at 70 %: −5 pp/year.
    const p = statusAsOf([pt(2016, 0.8, 50, 0.5), pt(2018, 0.7)], 2018, TARGET, 'up', DEFAULT_STATUS_THRESHOLDS, PLAN);
    expect(p.status).toBe('deterioration');
    expect(p.observedPace).toBeCloseTo(-5, 10);
    expect(p.projectedYear).toBeNull();
  });

  it('judges a polarity-down indicator in its good direction, counting the baseline', () => {
    // Single-bid share, target 10 % in 2020. Baseline 2016 (40 %, low coverage), 2018 at 20 %.
    // −10 pp/year against (20 − 10)/2 = 5 pp/year down needed → on track; reached in 2019.
    const down = { year: 2020, value: 0.1 };
    const p = statusAsOf([pt(2016, 0.4, 20, 0.3), pt(2018, 0.2)], 2018, down, 'down', DEFAULT_STATUS_THRESHOLDS, PLAN);
    expect(p.status).toBe('on_track');
    expect(p.observedPace).toBeCloseTo(-10, 10);
    expect(p.requiredPace).toBeCloseTo(-5, 10);
    expect(p.projectedYear).toBe(2019);
    // Rising instead: deterioration.
    const worse = statusAsOf([pt(2016, 0.2, 20, 0.3), pt(2018, 0.3)], 2018, down, 'down', DEFAULT_STATUS_THRESHOLDS, PLAN);
    expect(worse.status).toBe('deterioration');
  });

  it('says missed in the target year only from that year’s own usable data', () => {
    const points = [pt(2016, 0.6), pt(2019, 0.9), pt(2020, 0.95, 100, 0.5)];
    expect(statusAsOf(points, 2020, TARGET, 'up').status).toBe('insufficient_data');
    const usable = statusAsOf([...points.slice(0, 2), pt(2020, 0.95)], 2020, TARGET, 'up');
    expect(usable).toMatchObject({ status: 'missed', latestYear: 2020 });
    expect(usable.missedBy).toBeCloseTo(5, 10);
  });
});

describe('progress input handling', () => {
  it('gives the same answer whatever order the years come in', () => {
    const ordered = series(2016, [0.5, 0.6, 0.7]);
    const shuffled = [ordered[2]!, ordered[0]!, ordered[1]!];
    expect(progress(shuffled, TARGET, 'up')).toEqual(progress(ordered, TARGET, 'up'));
    expect(progress(shuffled, TARGET, 'up').baselineYear).toBe(2016);
  });

  it('does not reorder the caller’s array', () => {
    const input = [pt(2018, 0.7), pt(2016, 0.5)];
    progress(input, TARGET, 'up');
    expect(input.map((p) => p.year)).toEqual([2018, 2016]);
  });

  it('starts the glide path at a chosen baseline year', () => {
    // Baseline 2017 at 60 %: expected in 2019 = 0.6 + 0.4 × 2/3 ≈ 0.8667 → deviation (0.8 − 0.8667) × 100 ≈ −6.67 pp.
    const p = progress(series(2016, [0.5, 0.6, 0.7, 0.8]), TARGET, 'up', undefined, { baselineYear: 2017 });
    expect(p.baselineYear).toBe(2017);
    expect(p.baselineValue).toBe(0.6);
    expect(p.expected).toBeCloseTo(0.6 + 0.4 * (2 / 3), 12);
    expect(p.deviation).toBeCloseTo(-20 / 3, 10);
  });

  it('falls back to the first usable year when the chosen baseline year has no usable data', () => {
    const points = [pt(2016, 0.5, 2), pt(2017, 0.6), pt(2018, 0.7)];
    const p = progress(points, TARGET, 'up', undefined, { baselineYear: 2016 });
    expect(p.baselineYear).toBe(2017);
  });

  it('keeps the plan year as baseline when it has enough records but low coverage', () => {
    // 2016 has n = 50 but only 60 % coverage: not usable for a status, still the baseline.
    const points = [pt(2016, 0.5, 50, 0.6), pt(2017, 0.6), pt(2018, 0.7)];
    const p = progress(points, TARGET, 'up', undefined, { baselineYear: 2016 });
    expect(p.baselineYear).toBe(2016);
    expect(p.baselineValue).toBe(0.5);
  });
});

describe('isUsable', () => {
  it('follows the default thresholds of n ≥ 5 and coverage ≥ 80 %', () => {
    expect(isUsable(pt(2016, 0.5, 5, 0.8))).toBe(true);
    expect(isUsable(pt(2016, 0.5, 4, 1))).toBe(false);
    expect(isUsable(pt(2016, 0.5, 100, 0.7999))).toBe(false);
    expect(isUsable(pt(2016, null))).toBe(false);
    expect(isUsable(pt(2016, Number.NaN))).toBe(false);
  });
});

describe('statusAsOf', () => {
  // 55, 60, 64, 69, 72.4 % in 2016–2020 against 100 % in 2020.
  const points = series(2016, [0.55, 0.6, 0.64, 0.69, 0.724]);

  it('gives each year the status it had at the time', () => {
    // 2016: one year → insufficient data.
    expect(statusAsOf(points, 2016, TARGET, 'up').status).toBe('insufficient_data');
    // 2017: +5 pp/year vs (100 − 60)/3 ≈ 13.3 needed → ratio 0.375 → limited progress.
    expect(statusAsOf(points, 2017, TARGET, 'up').status).toBe('limited_progress');
    // 2020: target year reached at 72.4 % → missed by 27.6 pp.
    const last = statusAsOf(points, 2020, TARGET, 'up');
    expect(last.status).toBe('missed');
    expect(last.missedBy).toBeCloseTo(27.6, 10);
  });

  it('ignores the years after the chosen one', () => {
    const asOf2018 = statusAsOf(points, 2018, TARGET, 'up');
    expect(asOf2018.latestYear).toBe(2018);
    expect(asOf2018).toEqual(progress(points.slice(0, 3), TARGET, 'up'));
  });

  it('passes thresholds and baseline through', () => {
    const p = statusAsOf(points, 2019, TARGET, 'up', DEFAULT_STATUS_THRESHOLDS, { baselineYear: 2017 });
    expect(p.baselineYear).toBe(2017);
    expect(p.latestYear).toBe(2019);
  });
});
