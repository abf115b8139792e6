import { INDICATOR_IDS } from '@koers/domain';
import { indicatorQueryOptions } from '../../../shared/api/get-indicator.ts';
import type { ViewFilters } from '../../../shared/url-state/view-state.ts';

/** Every indicator of the plan per year, for the status of each theme. */
export const indicatorSeriesQueryOptions = (filters: ViewFilters) => INDICATOR_IDS.map((id) => indicatorQueryOptions(id, { groupBy: ['year'], ...filters }));
