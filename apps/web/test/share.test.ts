import { describe, expect, it } from 'vitest';
import { THRESHOLDS } from './fixtures.ts';
import { evidenceIssues, isSufficient, unknownBand, unknownRecords } from '../src/shared/lib/share.ts';

describe('the unknown band of a share', () => {
  it('spans "every unknown is a no" to "every unknown is a yes" for a count share', () => {
    // 80 known of 100 in scope, 60 of the known are yes: 60/100 to 80/100.
    const band = unknownBand({ value: 0.75, n: 80, coverage: 0.8 });
    expect(band?.low).toBeCloseTo(0.6, 12);
    expect(band?.high).toBeCloseTo(0.8, 12);
  });

  it('is a single point when every answer is known', () => {
    expect(unknownBand({ value: 0.4, n: 10, coverage: 1 })).toEqual({ low: 0.4, high: 0.4 });
  });

  it('does not exist without a share', () => {
    expect(unknownBand({ value: null, n: 0, coverage: 0 })).toBeNull();
  });

  it('counts the records with an unknown answer from n and coverage', () => {
    expect(unknownRecords({ n: 5346, coverage: 5346 / 5770 })).toBe(424);
  });
});

describe('whether a share has enough evidence (n ≥ 5, coverage ≥ 80 %)', () => {
  it('flags too few records and too little coverage separately', () => {
    expect(evidenceIssues({ value: 0.5, n: 4, coverage: 0.5 }, THRESHOLDS)).toEqual(['low_n', 'low_coverage']);
    expect(evidenceIssues({ value: 0.5, n: 400, coverage: 0.79 }, THRESHOLDS)).toEqual(['low_coverage']);
  });

  it('says there is no data rather than a share of 0 when nothing is known', () => {
    expect(evidenceIssues({ value: null, n: 0, coverage: 0 }, THRESHOLDS)).toEqual(['no_data']);
  });

  it('accepts a share exactly on the thresholds', () => {
    expect(isSufficient({ value: 0.1, n: 5, coverage: 0.8 }, THRESHOLDS)).toBe(true);
  });
});
