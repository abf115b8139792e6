import { describe, expect, it } from 'vitest';
import { bandPath, linePath, linearScale } from '../src/shared/charts/geometry.ts';

describe('chart geometry', () => {
  it('maps a share onto the drawing, 0 % at the bottom', () => {
    const y = linearScale([0, 1], [300, 20]);
    expect([y(0), y(0.5), y(1)]).toEqual([300, 160, 20]);
  });

  it('draws a trend line through the years with data, bridging a year without', () => {
    expect(linePath([{ x: 0, y: 10 }, null, { x: 20, y: 30 }])).toBe('M0,10L20,30');
    expect(linePath([null, null])).toBe('');
  });

  it('draws the unknown band as closed areas that stop at a gap', () => {
    const path = bandPath([{ x: 0, y0: 10, y1: 5 }, { x: 10, y0: 12, y1: 6 }, null, { x: 30, y0: 20, y1: 10 }, { x: 40, y0: 20, y1: 10 }]);
    expect(path).toBe('M0,5L10,6L10,12L0,10ZM30,10L40,10L40,20L30,20Z');
  });

  it('keeps a single year of band visible as a narrow bar', () => {
    expect(bandPath([{ x: 50, y0: 20, y1: 10 }])).toBe('M46,10L54,10L54,20L46,20Z');
  });
});
