import { INDICATOR_IDS } from '@koers/domain';
import { indicatorQueryOptions } from '../../../shared/api/get-indicator.ts';
import type { ViewFilters } from '../../../shared/url-state/view-state.ts';

type PeriodFilters = Pick<ViewFilters, 'productGroup' | 'from' | 'to'>;

/** Every indicator per year for one entity. */
export const entitySeriesQueryOptions = (entity: string, filters: PeriodFilters) =>
  INDICATOR_IDS.map((id) => indicatorQueryOptions(id, { groupBy: ['year'], ...filters, entity }));

/** Every indicator per year for a policy domain, pooled over its entities by the API. */
export const domainSeriesQueryOptions = (policyDomain: string, filters: PeriodFilters) =>
  INDICATOR_IDS.map((id) => indicatorQueryOptions(id, { groupBy: ['year'], ...filters, policyDomain }));

/** Every indicator per year for all entities, pooled. */
export const allSeriesQueryOptions = (filters: PeriodFilters) => INDICATOR_IDS.map((id) => indicatorQueryOptions(id, { groupBy: ['year'], ...filters }));
