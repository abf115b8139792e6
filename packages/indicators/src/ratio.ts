/** Sums for one group, as SQL returns them. */
export interface Aggregate {
  /** Numerator sum (euro or count). */
  num: number;
  /** Denominator sum (euro or count). */
  den: number;
  /** Number of records in the denominator. */
  n: number;
  /** Number of records in the indicator's scope (known + unknown answers); coverage = n / scope. */
  scope: number;
}

export interface Ratio {
  numerator: number;
  denominator: number;
  /** Share 0..1; null when the denominator is zero. */
  value: number | null;
  n: number;
  /** n / scope; null when nothing is in scope. */
  coverage: number | null;
}

// Frozen so a caller can't mutate the shared starting value of a fold.
export const EMPTY_AGGREGATE: Aggregate = Object.freeze({ num: 0, den: 0, n: 0, scope: 0 });

export function toRatio(a: Aggregate): Ratio {
  return {
    numerator: a.num,
    denominator: a.den,
    value: a.den === 0 ? null : a.num / a.den,
    n: a.n,
    coverage: a.scope === 0 ? null : a.n / a.scope,
  };
}

/**
 * Rolls groups up into one by summing their sums. Shares are never averaged: a group with two
 * records must not weigh as much as one with a hundred.
 */
export function pool(aggregates: Iterable<Aggregate>): Aggregate {
  let num = 0;
  let den = 0;
  let n = 0;
  let scope = 0;
  for (const a of aggregates) {
    num += a.num;
    den += a.den;
    n += a.n;
    scope += a.scope;
  }
  return { num, den, n, scope };
}
