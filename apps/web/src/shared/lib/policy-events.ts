/**
 * Policy events shaped for a trend: which apply to a chart's scope, where they sit on the year
 * axis, and their numbers (in date order, the same on the chart, in the legend and in the table).
 */
import type { PolicyEvent } from '@koers/contract';

/** A policy event as a trend draws it: the contract's event without its time of change. */
export type PolicyEventData = Omit<PolicyEvent, 'updatedAt'>;

/** Whose trend a chart shows: an entity (with its policy domain), a policy domain, or all. */
export interface TrendScope {
  entity?: string | null;
  policyDomain?: string | null;
}

export function eventApplies(event: Pick<PolicyEventData, 'scope' | 'scopeCode'>, scope: TrendScope): boolean {
  if (event.scope === 'all') return true;
  if (event.scope === 'entity') return !!scope.entity && event.scopeCode === scope.entity;
  return !!scope.policyDomain && event.scopeCode === scope.policyDomain;
}

/** The date as a position on a year axis: 29 January 2016 → 2016.08. */
export function yearPosition(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const length = Date.UTC(y + 1, 0, 1) - start;
  return y + (Date.UTC(y, m - 1, d) - start) / length;
}

export interface NumberedEvent extends PolicyEventData {
  number: number;
  at: number;
  year: number;
}

/** The events in scope whose year falls within [from, to], numbered 1, 2, … in date order. */
export function eventsForTrend(events: readonly PolicyEventData[], scope: TrendScope, from: number | null, to: number | null): NumberedEvent[] {
  return events
    .filter((e) => eventApplies(e, scope))
    .map((e) => ({ ...e, at: yearPosition(e.date), year: Number(e.date.slice(0, 4)) }))
    .filter((e) => (from === null || e.year >= from) && (to === null || e.year <= to))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))
    .map((e, i) => ({ ...e, number: i + 1 }));
}
