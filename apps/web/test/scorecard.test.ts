import { describe, expect, it } from 'vitest';
import { orderLines, scorecardLines } from '../src/features/entity/lib/scorecard.ts';
import { PLAN_TARGET, row } from './fixtures.ts';

const response = (id: 'sustainable_value_share' | 'sustainable_count_share' | 'sme_count_share', values: Record<number, number>, target = false) => ({
  indicator: {
    id,
    theme: id === 'sme_count_share' ? 3 : 5,
    polarity: 'up' as const,
    measure: id === 'sustainable_value_share' ? ('value' as const) : ('count' as const),
  },
  monitoringOnly: !target,
  rows: Object.entries(values).map(([year, value]) => row({ year: Number(year), value, n: 20, coverage: 1, ...(target ? { target: PLAN_TARGET } : {}) })),
});

describe('an entity’s scorecard', () => {
  const lines = scorecardLines(
    [response('sustainable_value_share', { 2019: 0.6, 2020: 0.7 }, true), response('sme_count_share', { 2020: 0.4 })],
    [response('sustainable_value_share', { 2020: 0.75 }, true), response('sme_count_share', { 2020: 0.5 })],
    [response('sustainable_value_share', { 2020: 0.88 }, true), response('sme_count_share', { 2020: 0.6 })],
    2020,
  );

  it('puts the entity’s share beside its policy domain’s and all entities’ pooled shares for the selected year', () => {
    const line = lines.find((l) => l.id === 'sustainable_value_share')!;
    expect([line.current?.value, line.domain?.value, line.all?.value]).toEqual([0.7, 0.75, 0.88]);
    expect([...line.byYear.keys()]).toEqual([2019, 2020]);
  });

  it('keeps monitoring-only indicators apart from those with a target', () => {
    const { targeted, others } = orderLines(lines, 'sustainable_value_share');
    expect(targeted.map((l) => l.id)).toEqual(['sustainable_value_share']);
    expect(others.map((l) => l.id)).toEqual(['sme_count_share', 'sustainable_value_share']);
  });

  it('leads with the measure chosen in the view', () => {
    const both = scorecardLines(
      [response('sustainable_value_share', { 2020: 0.7 }, true), response('sustainable_count_share', { 2020: 0.8 }, true)],
      null,
      [],
      2020,
    );
    expect(orderLines(both, 'sustainable_count_share').targeted.map((l) => l.id)).toEqual(['sustainable_count_share', 'sustainable_value_share']);
  });

  it('has no policy-domain comparison for an entity without a domain', () => {
    const alone = scorecardLines([response('sme_count_share', { 2020: 0.4 })], null, [], 2020);
    expect(alone[0]?.domain).toBeNull();
  });
});
