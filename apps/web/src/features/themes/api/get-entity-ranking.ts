import type { IndicatorId } from '@koers/domain';
import { indicatorQueryOptions } from '../../../shared/api/get-indicator.ts';
import type { ViewFilters } from '../../../shared/url-state/view-state.ts';

/**
 * One indicator per entity and year over the period: the ranking reads one year, and each row
 * carries its status as it stood that year.
 */
export const entityRankingQueryOptions = (id: IndicatorId, filters: ViewFilters) => indicatorQueryOptions(id, { groupBy: ['year', 'entity'], ...filters });
