/** Small timing helpers: milliseconds from performance.now() and nearest-rank percentiles. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Timing {
  /** The first call, in ms. */
  first: number;
  p50: number;
  p95: number;
  runs: number;
}

/** Times `fn` once cold, then `repeat` more times warm. */
export async function time(fn: () => Promise<unknown>, repeat: number): Promise<Timing> {
  let t = performance.now();
  await fn();
  const first = performance.now() - t;
  const warm: number[] = [];
  for (let i = 0; i < repeat; i++) {
    t = performance.now();
    await fn();
    warm.push(performance.now() - t);
  }
  return { first, p50: percentile(warm, 50), p95: percentile(warm, 95), runs: repeat };
}
