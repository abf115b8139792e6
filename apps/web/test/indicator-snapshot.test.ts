import { describe, expect, it } from 'vitest';
import { groupByTheme, snapshotOf } from '../src/features/overview/lib/indicator-snapshot.ts';
import { PLAN_TARGET, progress, row } from './fixtures.ts';

const series = (
  id: 'single_bid_share' | 'sme_count_share' | 'sustainable_value_share',
  polarity: 'up' | 'down',
  values: [number, number],
  withTarget = false,
) => ({
  indicator: { id, theme: id === 'single_bid_share' ? 4 : id === 'sme_count_share' ? 3 : 5, polarity },
  monitoringOnly: !withTarget,
  rows: [
    row({ year: 2019, value: values[0], n: 10, coverage: 1, ...(withTarget ? { target: PLAN_TARGET } : {}) }),
    row({
      year: 2020,
      value: values[1],
      n: 10,
      coverage: 1,
      ...(withTarget ? { target: PLAN_TARGET, status: 'missed' as const, progress: progress({ status: 'missed', missedBy: 11.6 }) } : {}),
    }),
  ],
});

describe('the status of each indicator on the overview', () => {
  it('calls a falling single-bid share an improvement, because lower is better', () => {
    const s = snapshotOf(series('single_bid_share', 'down', [0.21, 0.2]), 2020);
    expect(s.change).toBeCloseTo(-1, 10);
    expect(s.direction).toBe('better');
    // The arrow follows the number (down), the word says it is good.
    expect(s.movement).toBe('down');
  });

  it('points the arrow up for a rising single-bid share, and calls it worse', () => {
    const s = snapshotOf(series('single_bid_share', 'down', [0.2, 0.23]), 2020);
    expect([s.movement, s.direction]).toEqual(['up', 'worse']);
  });

  it('points the arrow down for a falling SME share and up for a rising one', () => {
    expect(snapshotOf(series('sme_count_share', 'up', [0.61, 0.6]), 2020).movement).toBe('down');
    expect(snapshotOf(series('sme_count_share', 'up', [0.6, 0.61]), 2020)).toMatchObject({ movement: 'up', direction: 'better' });
    expect(snapshotOf(series('sme_count_share', 'up', [0.6, 0.6]), 2020)).toMatchObject({ movement: 'flat', direction: 'unchanged' });
  });

  it('calls a falling SME share a deterioration', () => {
    expect(snapshotOf(series('sme_count_share', 'up', [0.61, 0.6]), 2020).direction).toBe('worse');
  });

  it('shows an indicator without a target as monitoring only, never with a status', () => {
    const s = snapshotOf(series('sme_count_share', 'up', [0.6, 0.6]), 2020);
    expect(s.monitoringOnly).toBe(true);
    expect(s.status).toBeUndefined();
  });

  it('carries the status and "missed by" of an indicator with a target', () => {
    const s = snapshotOf(series('sustainable_value_share', 'up', [0.8, 0.884], true), 2020);
    expect([s.monitoringOnly, s.status, s.progress?.missedBy]).toEqual([false, 'missed', 11.6]);
  });

  it('has no change for the first year', () => {
    expect(snapshotOf(series('sme_count_share', 'up', [0.6, 0.7]), 2019).change).toBeNull();
  });

  it('groups indicators under their theme in plan order', () => {
    const grouped = groupByTheme(
      [
        { theme: 5, id: 'a' },
        { theme: 3, id: 'b' },
        { theme: 5, id: 'c' },
      ],
      [3, 4, 5],
    );
    expect(grouped.map((g) => [g.theme, g.items.map((i) => i.id)])).toEqual([
      [3, ['b']],
      [4, []],
      [5, ['a', 'c']],
    ]);
  });
});
