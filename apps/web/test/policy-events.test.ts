import { describe, expect, it } from 'vitest';
import { eventRows } from '../src/shared/charts/event-markers.tsx';
import { eventApplies, eventsForTrend, yearPosition, type PolicyEventData } from '../src/shared/lib/policy-events.ts';

const event = (id: number, date: string, scope: PolicyEventData['scope'] = 'all', scopeCode: string | null = null): PolicyEventData => ({
  id,
  date,
  label: { nl: `nl ${id}`, fr: `fr ${id}`, en: `en ${id}` },
  scope,
  scopeCode,
  source: null,
});

describe('policy events on a trend', () => {
  it('places a date on the year axis by the part of the year passed', () => {
    expect(yearPosition('2016-01-01')).toBe(2016);
    expect(yearPosition('2016-01-29')).toBeCloseTo(2016 + 28 / 366, 6);
    expect(yearPosition('2017-06-30')).toBeCloseTo(2017 + 180 / 365, 6);
    expect(yearPosition('2020-12-31')).toBeLessThan(2021);
  });

  it('draws an event on the charts of its scope only', () => {
    expect(eventApplies(event(1, '2018-01-01'), {})).toBe(true);
    expect(eventApplies(event(1, '2018-01-01', 'entity', 'AWV'), { entity: 'AWV', policyDomain: 'MOW' })).toBe(true);
    expect(eventApplies(event(1, '2018-01-01', 'entity', 'AWV'), { entity: 'DKB' })).toBe(false);
    expect(eventApplies(event(1, '2018-01-01', 'entity', 'AWV'), {})).toBe(false);
    expect(eventApplies(event(1, '2018-01-01', 'policy_domain', 'MOW'), { entity: 'AWV', policyDomain: 'MOW' })).toBe(true);
    expect(eventApplies(event(1, '2018-01-01', 'policy_domain', 'MOW'), { policyDomain: 'KB' })).toBe(false);
  });

  it('numbers the events within the chart’s years in date order', () => {
    const events = [event(3, '2018-01-01'), event(1, '2016-01-29'), event(2, '2015-05-01'), event(4, '2017-06-30', 'entity', 'AWV'), event(5, '2021-02-01')];
    expect(eventsForTrend(events, {}, 2016, 2020).map((e) => [e.id, e.number, e.year])).toEqual([
      [1, 1, 2016],
      [3, 2, 2018],
    ]);
    expect(eventsForTrend(events, { entity: 'AWV' }, 2016, 2020).map((e) => e.id)).toEqual([1, 4, 3]);
  });

  it('moves a badge up a row when it would touch the one before, so many events stay legible', () => {
    // 1,000 px for 10 years: 100 px a year; badges need 22 px between them.
    const at = [2016.0, 2016.1, 2016.15, 2016.5, 2016.52, 2019];
    expect(
      eventRows(
        at.map((a) => ({ at: a })),
        2016,
        2026,
        1000,
      ),
    ).toEqual([0, 1, 2, 0, 1, 0]);
    expect(eventRows([], 2016, 2026, 1000)).toEqual([]);
  });
});
