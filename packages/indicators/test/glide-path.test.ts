import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { glidePathValue } from '../src/index.ts';

const TARGET_2020 = { year: 2020, value: 1 };

describe('glidePathValue', () => {
  it('expects 66.25 % in 2017 on the way from 55 % in 2016 to 100 % in 2020', () => {
    // 0.55 + (1.0 − 0.55) × (2017 − 2016) / (2020 − 2016) = 0.55 + 0.45 / 4 = 0.6625
    expect(glidePathValue(2016, 0.55, TARGET_2020, 2017)).toBeCloseTo(0.6625, 12);
  });

  it('starts at the baseline and ends at the target', () => {
    expect(glidePathValue(2016, 0.55, TARGET_2020, 2016)).toBe(0.55);
    expect(glidePathValue(2016, 0.55, TARGET_2020, 2020)).toBe(1);
  });

  it('expects the target after the target year and the baseline before the baseline year', () => {
    expect(glidePathValue(2016, 0.55, TARGET_2020, 2023)).toBe(1);
    expect(glidePathValue(2016, 0.55, TARGET_2020, 2014)).toBe(0.55);
  });

  it('expects the target when the baseline is the target year itself (no division by zero)', () => {
    expect(glidePathValue(2020, 0.7, TARGET_2020, 2020)).toBe(1);
  });

  it('slopes downward for an indicator that should fall', () => {
    // 0.40 + (0.10 − 0.40) × 2 / 4 = 0.40 − 0.15 = 0.25
    expect(glidePathValue(2016, 0.4, { year: 2020, value: 0.1 }, 2018)).toBeCloseTo(0.25, 12);
  });

  it('never leaves the band between baseline and target', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 2000, max: 2040 }),
        (baseline, target, year) => {
          const v = glidePathValue(2016, baseline, { year: 2020, value: target }, year);
          expect(v).toBeGreaterThanOrEqual(Math.min(baseline, target) - 1e-12);
          expect(v).toBeLessThanOrEqual(Math.max(baseline, target) + 1e-12);
        },
      ),
    );
  });
});
