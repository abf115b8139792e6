import { DEFAULT_STATUS_THRESHOLDS } from '@koers/domain';
import type { Polarity, Status, StatusThresholds } from '@koers/domain';
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

export type { Status };

/**
 * Progress of a series read for one year (SPEC §4). Every figure below describes the judged year
 * itself; when that year is not usable they are null and only the last usable year is named.
 */
export interface Progress {
  status: Status;
  /** The year judged (the year the reader chose); null for an empty series. */
  year: number | null;
  /** Whether the judged year's own data is usable (value, n and coverage at the thresholds). */
  usable: boolean;
  baselineYear: number | null;
  baselineValue: number | null;
  /** The judged year and its value when that year is usable; null otherwise (never another year's). */
  latestYear: number | null;
  latestValue: number | null;
  /** The last usable year up to the judged year (the judged year itself when usable), to be named as such. */
  lastUsableYear: number | null;
  lastUsableValue: number | null;
  /** glide-path value expected in the judged year (share) */
  expected: number | null;
  /** value − expected in the judged year, in percentage points (share difference × 100) */
  deviation: number | null;
  /** pp per year still needed from the judged year to reach the target in target year; null once target year reached/passed or achieved */
  requiredPace: number | null;
  /** least-squares slope of value (in pp) over the baseline and the usable years up to the judged year; null with < 2 distinct years */
  observedPace: number | null;
  /** year the target is reached at the observed pace (ceil), null if never (pace ≤ 0 in the good direction) or already achieved */
  projectedYear: number | null;
  /** target − value in pp, signed so that positive means still to go (respecting polarity) */
  gap: number | null;
  /** when status is 'missed': by how many pp (positive number) */
  missedBy: number | null;
  /** when achieved: the first usable year in which the target was met */
  reachedYear: number | null;
}

export interface ProgressOptions {
  /** The plan's base year: the baseline whenever it has a value from at least minN records, even with low coverage. */
  baselineYear?: number;
}

/** Shares are compared with this slack so 0.1 + 0.2 still counts as 0.3. */
const TARGET_TOLERANCE = 1e-12;
/** Slack on pace ratios and year projections, which divide float noise by small numbers. */
const RATIO_TOLERANCE = 1e-9;

type UsablePoint = SeriesPoint & { value: number; coverage: number };
type ValuePoint = { year: number; value: number };

/** Whether a point carries enough evidence (n and coverage) to be judged. */
export function isUsable(point: SeriesPoint, thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS): point is UsablePoint {
  return (
    point.value !== null && Number.isFinite(point.value) && point.n >= thresholds.minN && point.coverage !== null && point.coverage >= thresholds.minCoverage
  );
}

function meets(value: number, target: TargetSpec, polarity: Polarity): boolean {
  return polarity === 'up' ? value >= target.value - TARGET_TOLERANCE : value <= target.value + TARGET_TOLERANCE;
}

const NOTHING: Omit<Progress, 'status' | 'year' | 'usable'> = {
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

/**
 * The baseline (SPEC §4): the base year when it has a value from at least minN records — coverage
 * does not matter, registration only became systematic in 2018 — else the first usable year.
 */
function baselineOf(
  points: readonly SeriesPoint[],
  usable: readonly UsablePoint[],
  thresholds: StatusThresholds,
  baseYear: number | undefined,
): ValuePoint | null {
  const base = points.find((p) => p.year === baseYear && p.value !== null && Number.isFinite(p.value) && p.n >= thresholds.minN);
  if (base) return { year: base.year, value: base.value! };
  const first = usable[0];
  return first ? { year: first.year, value: first.value } : null;
}

/**
 * Progress of a yearly series toward a dated target, read for `year` (SPEC §4): only the points up to
 * that year count, and the year is judged on its own data — when it is not usable the status is
 * `insufficient_data` and nothing from another year is presented as its figure.
 */
export function statusAsOf(
  points: readonly SeriesPoint[],
  year: number,
  target: TargetSpec,
  polarity: Polarity,
  thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
  options: ProgressOptions = {},
): Progress {
  const upTo = points.filter((p) => p.year <= year);
  const usable = upTo.filter((p): p is UsablePoint => isUsable(p, thresholds)).sort((a, b) => a.year - b.year);
  const lastUsable = usable[usable.length - 1];
  const baseline = baselineOf(upTo, usable, thresholds, options.baselineYear);
  const named = {
    baselineYear: baseline?.year ?? null,
    baselineValue: baseline?.value ?? null,
    lastUsableYear: lastUsable?.year ?? null,
    lastUsableValue: lastUsable?.value ?? null,
    expected: baseline ? glidePathValue(baseline.year, baseline.value, target, year) : null,
  };

  const current = usable.find((p) => p.year === year);
  if (!current) return { ...NOTHING, ...named, status: 'insufficient_data', year, usable: false };
  // A usable year always yields a baseline: at worst the first usable year.
  const base = baseline!;

  // Positive = still to go, whichever way the indicator should move.
  const toGo = polarity === 'up' ? target.value - current.value : current.value - target.value;
  // The pace runs over the baseline and every usable year: the baseline counts even when its
  // coverage is too low to be judged on, as it does for the glide path.
  const paced: ValuePoint[] = [base, ...usable.filter((p) => p.year !== base.year)];
  const slope = leastSquaresSlope(paced);
  const known = {
    ...NOTHING,
    ...named,
    year,
    usable: true,
    latestYear: current.year,
    latestValue: current.value,
    deviation: (current.value - named.expected!) * 100,
    observedPace: slope === null ? null : slope * 100,
    gap: toGo * 100,
  };

  if (meets(current.value, target, polarity)) {
    const reached = usable.find((p) => meets(p.value, target, polarity)) ?? current;
    return { ...known, status: 'achieved', reachedYear: reached.year };
  }

  const projectedYear = projectYear(slope, toGo, year, polarity);
  if (year >= target.year) {
    return { ...known, status: 'missed', projectedYear, missedBy: Math.abs(target.value - current.value) * 100 };
  }

  const yearsLeft = target.year - year;
  const requiredPace = ((target.value - current.value) * 100) / yearsLeft;
  if (slope === null) return { ...known, status: 'insufficient_data', requiredPace };

  // Both paces in the good direction: toGo > 0 here, so the required one is positive.
  const goodRequired = (toGo * 100) / yearsLeft;
  const goodObserved = (polarity === 'up' ? slope : -slope) * 100;
  return {
    ...known,
    status: statusFromRatio(goodObserved / goodRequired, thresholds),
    requiredPace,
    projectedYear,
  };
}

/** Progress read for the last year of the series (the year a pooled row ends in). */
export function progress(
  points: readonly SeriesPoint[],
  target: TargetSpec,
  polarity: Polarity,
  thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
  options: ProgressOptions = {},
): Progress {
  if (points.length === 0) return { ...NOTHING, status: 'insufficient_data', year: null, usable: false };
  const last = Math.max(...points.map((p) => p.year));
  return statusAsOf(points, last, target, polarity, thresholds, options);
}

function statusFromRatio(ratio: number, thresholds: StatusThresholds): Status {
  if (ratio >= thresholds.onTrack - RATIO_TOLERANCE) return 'on_track';
  if (ratio >= thresholds.needsAcceleration - RATIO_TOLERANCE) return 'needs_acceleration';
  if (ratio >= -RATIO_TOLERANCE) return 'limited_progress';
  return 'deterioration';
}

/** First year the target is met if the observed slope carries on; null when it leads away. */
function projectYear(slope: number | null, toGo: number, fromYear: number, polarity: Polarity): number | null {
  if (slope === null) return null;
  const goodSlope = polarity === 'up' ? slope : -slope;
  if (goodSlope <= 0) return null;
  // The slack keeps 0.30000000000000004 / 0.1 from rounding up to an extra year.
  const years = Math.ceil(toGo / goodSlope - RATIO_TOLERANCE);
  return fromYear + Math.max(1, years);
}
