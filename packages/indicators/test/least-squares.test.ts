import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { leastSquaresSlope } from '../src/index.ts';

describe('leastSquaresSlope', () => {
  it('fits the trend through noisy years', () => {
    // mean year 2017, mean value 0.2; Σdx·dy = (−1)(−0.1) + 0 + (1)(0) = 0.1; Σdx² = 2 → 0.05
    const slope = leastSquaresSlope([
      { year: 2016, value: 0.1 },
      { year: 2017, value: 0.3 },
      { year: 2018, value: 0.2 },
    ]);
    expect(slope).toBeCloseTo(0.05, 12);
  });

  it('skips years without a value', () => {
    // Only 2016 (0.5) and 2019 (0.8): (0.8 − 0.5) / 3 = 0.1
    const slope = leastSquaresSlope([
      { year: 2016, value: 0.5 },
      { year: 2017, value: null },
      { year: 2019, value: 0.8 },
    ]);
    expect(slope).toBeCloseTo(0.1, 12);
  });

  it('gives no trend with fewer than two years', () => {
    expect(leastSquaresSlope([])).toBeNull();
    expect(leastSquaresSlope([{ year: 2016, value: 0.5 }])).toBeNull();
    expect(
      leastSquaresSlope([
        { year: 2016, value: 0.5 },
        { year: 2017, value: null },
      ]),
    ).toBeNull();
  });

  it('gives no trend when every value falls in the same year', () => {
    expect(
      leastSquaresSlope([
        { year: 2016, value: 0.5 },
        { year: 2016, value: 0.7 },
      ]),
    ).toBeNull();
  });

  it('recovers the slope of any straight line', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.2, max: 0.2, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (slope, start) => {
        const points = [0, 1, 2, 3, 4].map((i) => ({ year: 2016 + i, value: start + slope * i }));
        expect(leastSquaresSlope(points)).toBeCloseTo(slope, 9);
      }),
    );
  });
});
