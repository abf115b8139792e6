/**
 * Koers' indicator maths, pure and free of I/O: ratios from SQL sums, roll-ups that pool sums
 * (never average shares), glide paths, paces and the progress status of SPEC §4.
 *
 * @example
 *   import { pool, toRatio, progress } from '@koers/indicators';
 *   toRatio(pool([{ num: 1, den: 2, n: 2, scope: 2 }, { num: 90, den: 100, n: 100, scope: 100 }]));
 *   // { numerator: 91, denominator: 102, value: 0.892…, n: 102, coverage: 1 }
 *   progress(series, { year: 2020, value: 1 }, 'up').status; // e.g. 'needs_acceleration'
 */
export * from './ratio.ts';
export * from './glide-path.ts';
export * from './least-squares.ts';
export * from './progress.ts';
