/** Which policy events an export lists: the same scope rule as the charts (SPEC §7), within the years asked for. */
import type { PolicyEvent } from '@koers/db';
import { describe, expect, it } from 'vitest';
import { eventsInScope } from '../src/indicator-export.ts';

const event = (id: number, date: string, scope: PolicyEvent['scope'], scopeCode: string | null): PolicyEvent => ({
  id,
  date,
  scope,
  scopeCode,
  source: null,
  updatedAt: '2026-01-01T00:00:00Z',
  label: { nl: `e${id}`, fr: `e${id}`, en: `e${id}` },
});
const events = [
  event(1, '2016-01-29', 'all', null),
  event(2, '2018-01-01', 'policy_domain', 'MOW'),
  event(3, '2019-05-01', 'entity', 'AWV'),
  event(4, '2019-06-01', 'entity', 'DEF'),
];
const domainOf = (entity: string) => ({ AWV: 'MOW', DEF: 'KB' })[entity] ?? null;
const ids = (filters: Parameters<typeof eventsInScope>[1]) => eventsInScope(events, filters, domainOf).map((e) => e.id);

describe('eventsInScope', () => {
  it('lists everyone’s events, a named domain’s, a named entity’s and its domain’s, never another entity’s', () => {
    expect(ids({})).toEqual([1]);
    expect(ids({ policyDomain: ['MOW'] })).toEqual([1, 2]);
    expect(ids({ entity: ['AWV'] })).toEqual([1, 2, 3]);
    expect(ids({ entity: ['DEF'] })).toEqual([1, 4]);
  });

  it('keeps to the years asked for', () => {
    expect(ids({ entity: ['AWV'], from: 2017 })).toEqual([2, 3]);
    expect(ids({ entity: ['AWV'], to: 2018 })).toEqual([1, 2]);
  });
});
