import type { IndicatorId } from '@koers/domain';
import { indicatorQueryOptions } from '../../../shared/api/get-indicator.ts';
import type { ViewFilters } from '../../../shared/url-state/view-state.ts';

/** One indicator per entity and year: its coverage is the quality of the registration. */
export const coverageQueryOptions = (id: IndicatorId, filters: ViewFilters) => indicatorQueryOptions(id, { groupBy: ['year', 'entity'], ...filters });
