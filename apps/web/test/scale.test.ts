import { describe, expect, it } from 'vitest';
import { shareAxisMax, shareTicks } from '../src/shared/lib/scale.ts';

describe('share axes', () => {
  it('shows the whole 0-100 % for large shares such as the sustainable share', () => {
    expect(shareAxisMax([0.57, 0.88, 1])).toBe(1);
    expect(shareTicks(1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('zooms in on small shares such as the 3 % innovation norm, with round ticks', () => {
    expect(shareAxisMax([0.0022, 0.0338, 0.03])).toBe(0.05);
    expect(shareTicks(0.05)).toEqual([0, 0.01, 0.02, 0.03, 0.04, 0.05]);
  });

  it('ignores missing values', () => {
    expect(shareAxisMax([null, undefined, 0.15])).toBe(0.2);
  });
});
