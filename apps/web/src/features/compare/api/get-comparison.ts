import type { IndicatorId } from '@koers/domain';
import { indicatorQueryOptions } from '../../../shared/api/get-indicator.ts';
import type { ViewFilters } from '../../../shared/url-state/view-state.ts';

/** One indicator per entity and year within the scope: the entities side by side. */
export const comparisonQueryOptions = (id: IndicatorId, filters: ViewFilters) => indicatorQueryOptions(id, { groupBy: ['year', 'entity'], ...filters });

/** The same indicator pooled over the whole scope, per year: the reference line. */
export const scopeQueryOptions = (id: IndicatorId, filters: ViewFilters) => indicatorQueryOptions(id, { groupBy: ['year'], ...filters });
