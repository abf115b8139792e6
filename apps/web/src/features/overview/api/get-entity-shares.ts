import type { IndicatorId } from '@koers/domain';
import { indicatorQueryOptions } from '../../../shared/api/get-indicator.ts';
import type { ViewFilters } from '../../../shared/url-state/view-state.ts';

/** One indicator per entity and year within the scope (the same answer /compare reads, so it is shared). */
export const entitySharesQueryOptions = (id: IndicatorId, filters: ViewFilters) => indicatorQueryOptions(id, { groupBy: ['year', 'entity'], ...filters });
