/**
 * Least-squares slope (share per year) of the points with a non-null value; null with fewer than
 * two such points or when they all fall in the same year (no slope to speak of).
 */
export function leastSquaresSlope(points: ReadonlyArray<{ year: number; value: number | null }>): number | null {
  const usable = points.filter((p): p is { year: number; value: number } => p.value !== null && Number.isFinite(p.value));
  if (usable.length < 2) return null;
  const meanYear = usable.reduce((s, p) => s + p.year, 0) / usable.length;
  const meanValue = usable.reduce((s, p) => s + p.value, 0) / usable.length;
  // Centred sums: years around 2016 squared would otherwise swamp the small share differences.
  let sxy = 0;
  let sxx = 0;
  for (const p of usable) {
    const dx = p.year - meanYear;
    sxy += dx * (p.value - meanValue);
    sxx += dx * dx;
  }
  return sxx === 0 ? null : sxy / sxx;
}
