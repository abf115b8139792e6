import { describe, expect, it } from 'vitest';
import { INSUFFICIENT_FILL, MAP_COLOURS, mapScale, niceMax, shadeAreas, summarizeMap } from '../src/shared/map/map-scale.ts';

describe('the map scale', () => {
  it('tops out at a round share at or above the largest value', () => {
    expect([0.93, 0.5, 0.031, 0.0049, 0, 1.2].map(niceMax)).toEqual([1, 0.5, 0.05, 0.005, 1, 1]);
  });

  it('puts values in five equal steps, the top value in the last', () => {
    const scale = mapScale([0.1, 0.95]);
    expect(scale.breaks.map((b) => Math.round(b * 100) / 100)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect([0, 0.19, 0.2, 0.61, 1].map(scale.stepOf)).toEqual([0, 0, 1, 3, 4]);
    expect(scale.colourOf(1)).toBe(MAP_COLOURS[4]);
  });

  it('never colours an area with too few records or too low coverage, and says how many', () => {
    const { areas } = shadeAreas([
      { code: 'A', name: 'A', value: 0.4, n: 20, coverage: 0.9 },
      { code: 'B', name: 'B', value: 0.9, n: 3, coverage: 1 },
      { code: 'C', name: 'C', value: 0.7, n: 30, coverage: 0.5 },
      { code: 'D', name: 'D', value: null, n: 0, coverage: null },
      { code: 'E', name: 'E', value: 0.6, n: 12, coverage: 0.95 },
    ]);
    expect(areas.map((a) => a.fill === null)).toEqual([false, true, true, true, false]);
    expect(areas[1]!.issues).toEqual(['low_n']);
    const facts = summarizeMap(areas);
    expect(facts).toMatchObject({ shown: 2, insufficient: 3 });
    expect(facts.lowest!.code).toBe('A');
    expect(facts.highest!.code).toBe('E');
    expect(INSUFFICIENT_FILL).toMatch(/^#/);
  });
});
