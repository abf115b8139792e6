/** Series points for the progress tests (progress.test.ts, progress-rules.test.ts). */
import type { SeriesPoint } from '../src/index.ts';

export const TARGET = { year: 2020, value: 1 };

/** A well-evidenced point unless n or coverage say otherwise. */
export function pt(year: number, value: number | null, n = 100, coverage: number | null = 1): SeriesPoint {
  return { year, value, n, coverage };
}

export function series(start: number, values: Array<number | null>): SeriesPoint[] {
  return values.map((v, i) => pt(start + i, v));
}
