import type { IndicatorId } from '@koers/domain';
import type { ViewFilters } from '../../../shared/url-state/view-state.ts';
import { recordsQueryOptions } from './get-records.ts';

/** The parts whose totals are asked: the unknown band is counted as scope − denominator (see partTotals). */
const COUNTED = ['numerator', 'denominator', 'scope'] as const;

/** How many records each part of a number holds: one-record pages, read for their totals. */
export const partTotalsQueryOptions = (indicator: IndicatorId, filters: ViewFilters) =>
  COUNTED.map((part) => recordsQueryOptions({ ...filters, indicator, part, limit: 1 }));

/**
 * Totals per part. Unknown is derived from scope and denominator rather than read from
 * `part=unknown`, which the API currently answers with 0 when the answer is NULL (SQL's
 * `not (x in …)` is NULL, not true, for a NULL x).
 */
export function partTotals(pages: readonly { total: number }[]): { numerator: number; denominator: number; unknown: number } {
  const [numerator, denominator, scope] = pages.map((p) => p.total);
  return { numerator: numerator ?? 0, denominator: denominator ?? 0, unknown: Math.max(0, (scope ?? 0) - (denominator ?? 0)) };
}
