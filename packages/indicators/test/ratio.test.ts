import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMPTY_AGGREGATE, pool, toRatio } from '../src/index.ts';
import type { Aggregate } from '../src/index.ts';

describe('toRatio', () => {
  it('shows the share, the record count and the coverage of a group', () => {
    // 30 / 120 = 0.25; coverage 40 records known of 50 in scope = 0.8
    expect(toRatio({ num: 30, den: 120, n: 40, scope: 50 })).toEqual({
      numerator: 30,
      denominator: 120,
      value: 0.25,
      n: 40,
      coverage: 0.8,
    });
  });

  it('shows no share (not 0 %) when nothing is in the denominator', () => {
    const r = toRatio({ num: 0, den: 0, n: 0, scope: 7 });
    expect(r.value).toBeNull();
    // 0 of 7 records in scope have a known answer
    expect(r.coverage).toBe(0);
  });

  it('shows no coverage when nothing is in scope', () => {
    expect(toRatio(EMPTY_AGGREGATE)).toEqual({
      numerator: 0,
      denominator: 0,
      value: null,
      n: 0,
      coverage: null,
    });
  });
});

describe('pool', () => {
  it('weighs a group of 2 records less than a group of 100 when rolling up', () => {
    const pooled = pool([
      { num: 1, den: 2, n: 2, scope: 2 },
      { num: 90, den: 100, n: 100, scope: 125 },
    ]);
    // Sums: 1 + 90 = 91, 2 + 100 = 102, 2 + 100 = 102, 2 + 125 = 127.
    expect(pooled).toEqual({ num: 91, den: 102, n: 102, scope: 127 });
    // 91 / 102 ≈ 0.8922, not the average of shares (0.5 + 0.9) / 2 = 0.7
    const r = toRatio(pooled);
    expect(r.value).toBeCloseTo(91 / 102, 12);
    expect(r.value).not.toBeCloseTo(0.7, 2);
    // 102 known of 127 in scope
    expect(r.coverage).toBeCloseTo(102 / 127, 12);
  });

  it('rolls up nothing to an empty group', () => {
    expect(pool([])).toEqual(EMPTY_AGGREGATE);
  });

  it('accepts any iterable, such as a generator over SQL rows', () => {
    function* rows(): Generator<Aggregate> {
      yield { num: 1, den: 4, n: 4, scope: 5 };
      yield { num: 3, den: 4, n: 4, scope: 5 };
    }
    // (1 + 3) / (4 + 4) = 0.5
    expect(toRatio(pool(rows())).value).toBe(0.5);
  });

  it('does not let a caller change the shared empty group', () => {
    expect(Object.isFrozen(EMPTY_AGGREGATE)).toBe(true);
  });

  const aggregate = fc
    .record({
      den: fc.integer({ min: 1, max: 1_000_000 }),
      n: fc.integer({ min: 1, max: 1000 }),
      extra: fc.integer({ min: 0, max: 1000 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ den, n, extra, share }) => ({ num: Math.round(den * share), den, n, scope: n + extra }));

  it('gives the same roll-up whatever order the groups come in', () => {
    fc.assert(
      fc.property(fc.array(aggregate, { minLength: 1, maxLength: 10 }), (groups) => {
        const forward = toRatio(pool(groups));
        const backward = toRatio(pool([...groups].reverse()));
        expect(backward.value).toBeCloseTo(forward.value ?? Number.NaN, 12);
        expect(backward.n).toBe(forward.n);
      }),
    );
  });

  it('keeps a rolled-up share between the lowest and highest group share', () => {
    fc.assert(
      fc.property(fc.array(aggregate, { minLength: 1, maxLength: 10 }), (groups) => {
        const shares = groups.map((g) => g.num / g.den);
        const pooled = toRatio(pool(groups)).value ?? Number.NaN;
        expect(pooled).toBeGreaterThanOrEqual(Math.min(...shares) - 1e-12);
        expect(pooled).toBeLessThanOrEqual(Math.max(...shares) + 1e-12);
      }),
    );
  });
});
