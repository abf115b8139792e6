/** A dated goal: reach `value` (a share 0..1) in `year`. */
export interface TargetSpec {
  year: number;
  value: number;
}

/**
 * Straight line from (baselineYear, baselineValue) to (target.year, target.value). Returns the
 * expected share in `year`, clamped: after the target year the target value, before the baseline
 * the baseline value.
 */
export function glidePathValue(baselineYear: number, baselineValue: number, target: TargetSpec, year: number): number {
  // The target-year check comes first so a baseline at or after the target year never divides by 0.
  if (year >= target.year) return target.value;
  if (year <= baselineYear) return baselineValue;
  const fraction = (year - baselineYear) / (target.year - baselineYear);
  return baselineValue + (target.value - baselineValue) * fraction;
}
