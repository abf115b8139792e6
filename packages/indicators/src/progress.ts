import { DEFAULT_STATUS_THRESHOLDS } from '@koers/domain';
import type { Polarity, StatusThresholds } from '@koers/domain';
import { glidePathValue } from './glide-path.ts';
import type { TargetSpec } from './glide-path.ts';
import { leastSquaresSlope } from './least-squares.ts';

/** One year of an indicator for one scope. */
export interface SeriesPoint {
  year: number;
  value: number | null;
  n: number;
  coverage: number | null;
}

export type Status =
  | 'achieved'
  | 'on_track'
  | 'needs_acceleration'
  | 'limited_progress'
  | 'deterioration'
  | 'missed'
  | 'insufficient_data';

export interface Progress {
  status: Status;
  baselineYear: number | null;
  baselineValue: number | null;
  latestYear: number | null;
  latestValue: number | null;
  /** glide-path value expected at latestYear (share) */
  expected: number | null;
  /** actual − expected at latestYear, in percentage points (share difference × 100) */
  deviation: number | null;
  /** pp per year still needed from latestYear to reach the target in target year; null once target year reached/passed or achieved */
  requiredPace: number | null;
  /** least-squares slope of value (in pp) over year, over the usable points; null with < 2 usable points */
  observedPace: number | null;
  /** year the target is reached at the observed pace (ceil), null if never (pace ≤ 0 in the good direction) or already achieved */
  projectedYear: number | null;
  /** target − latest in pp, signed so that positive means still to go (respecting polarity) */
  gap: number | null;
  /** when status is 'missed': by how many pp (positive number) */
  missedBy: number | null;
  /** when achieved: the first usable year in which the target was met */
  reachedYear: number | null;
}

export interface ProgressOptions {
  /** Year of the glide path's start; default (or when that year has no usable point): the first usable year. */
  baselineYear?: number;
}

/** Shares are compared with this slack so 0.1 + 0.2 still counts as 0.3. */
const TARGET_TOLERANCE = 1e-12;
/** Slack on pace ratios and year projections, which divide float noise by small numbers. */
const RATIO_TOLERANCE = 1e-9;

type UsablePoint = SeriesPoint & { value: number; coverage: number };

/** Whether a point carries enough evidence (n and coverage) to be judged. */
export function isUsable(
  point: SeriesPoint,
  thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
): point is UsablePoint {
  return (
    point.value !== null &&
    Number.isFinite(point.value) &&
    point.n >= thresholds.minN &&
    point.coverage !== null &&
    point.coverage >= thresholds.minCoverage
  );
}

function meets(value: number, target: TargetSpec, polarity: Polarity): boolean {
  return polarity === 'up'
    ? value >= target.value - TARGET_TOLERANCE
    : value <= target.value + TARGET_TOLERANCE;
}

const NOTHING: Omit<Progress, 'status'> = {
  baselineYear: null,
  baselineValue: null,
  latestYear: null,
  latestValue: null,
  expected: null,
  deviation: null,
  requiredPace: null,
  observedPace: null,
  projectedYear: null,
  gap: null,
  missedBy: null,
  reachedYear: null,
};

/**
 * Progress of a yearly series toward a dated target (SPEC §4): glide path, paces, projection and
 * a status. Only points with enough records and coverage count; the rest are ignored.
 */
export function progress(
  points: readonly SeriesPoint[],
  target: TargetSpec,
  polarity: Polarity,
  thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
  options: ProgressOptions = {},
): Progress {
  const usable = points
    .filter((p): p is UsablePoint => isUsable(p, thresholds))
    .sort((a, b) => a.year - b.year);
  const first = usable[0];
  const latest = usable[usable.length - 1];
  if (!first || !latest) return { status: 'insufficient_data', ...NOTHING };

  // The baseline is the plan's first year whenever it has a value from enough records (SPEC §4:
  // "first year with data"), even when its coverage is too low to judge a status on — registration
  // only became systematic in 2018; else the first usable year.
  const chosen = points.find(
    (p) => p.year === options.baselineYear && p.value !== null && Number.isFinite(p.value) && p.n >= thresholds.minN,
  );
  const baseline = chosen ? { year: chosen.year, value: chosen.value! } : first;
  const expected = glidePathValue(baseline.year, baseline.value, target, latest.year);
  // Positive = still to go, whichever way the indicator should move.
  const toGo = polarity === 'up' ? target.value - latest.value : latest.value - target.value;
  const slope = leastSquaresSlope(usable);
  const known = {
    baselineYear: baseline.year,
    baselineValue: baseline.value,
    latestYear: latest.year,
    latestValue: latest.value,
    expected,
    deviation: (latest.value - expected) * 100,
    observedPace: slope === null ? null : slope * 100,
    gap: toGo * 100,
  };

  if (meets(latest.value, target, polarity)) {
    const reached = usable.find((p) => meets(p.value, target, polarity)) ?? latest;
    return {
      ...NOTHING,
      ...known,
      status: 'achieved',
      reachedYear: reached.year,
    };
  }

  const projectedYear = projectYear(slope, toGo, latest.year, polarity);

  if (latest.year >= target.year) {
    return {
      ...NOTHING,
      ...known,
      status: 'missed',
      projectedYear,
      missedBy: Math.abs(target.value - latest.value) * 100,
    };
  }

  const yearsLeft = target.year - latest.year;
  const requiredPace = ((target.value - latest.value) * 100) / yearsLeft;
  if (slope === null) {
    return { ...NOTHING, ...known, status: 'insufficient_data', requiredPace };
  }

  // Both paces in the good direction: toGo > 0 here, so the required one is positive.
  const goodRequired = (toGo * 100) / yearsLeft;
  const goodObserved = (polarity === 'up' ? slope : -slope) * 100;
  const ratio = goodObserved / goodRequired;
  return {
    ...NOTHING,
    ...known,
    status: statusFromRatio(ratio, thresholds),
    requiredPace,
    projectedYear,
  };
}

function statusFromRatio(ratio: number, thresholds: StatusThresholds): Status {
  if (ratio >= thresholds.onTrack - RATIO_TOLERANCE) return 'on_track';
  if (ratio >= thresholds.needsAcceleration - RATIO_TOLERANCE) return 'needs_acceleration';
  if (ratio >= -RATIO_TOLERANCE) return 'limited_progress';
  return 'deterioration';
}

/** First year the target is met if the observed slope carries on; null when it leads away. */
function projectYear(
  slope: number | null,
  toGo: number,
  latestYear: number,
  polarity: Polarity,
): number | null {
  if (slope === null) return null;
  const goodSlope = polarity === 'up' ? slope : -slope;
  if (goodSlope <= 0) return null;
  // The slack keeps 0.30000000000000004 / 0.1 from rounding up to an extra year.
  const years = Math.ceil(toGo / goodSlope - RATIO_TOLERANCE);
  return latestYear + Math.max(1, years);
}

/** Progress as it stood in `year`: only the points up to and including that year count. */
export function statusAsOf(
  points: readonly SeriesPoint[],
  year: number,
  target: TargetSpec,
  polarity: Polarity,
  thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
  options: ProgressOptions = {},
): Progress {
  return progress(
    points.filter((p) => p.year <= year),
    target,
    polarity,
    thresholds,
    options,
  );
}
