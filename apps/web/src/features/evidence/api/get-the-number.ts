import type { IndicatorId } from '@koers/domain';
import { indicatorQueryOptions } from '../../../shared/api/get-indicator.ts';
import type { ViewFilters } from '../../../shared/url-state/view-state.ts';

/** The number the records stand behind: the indicator pooled over exactly the same filters. */
export const theNumberQueryOptions = (indicator: IndicatorId, filters: ViewFilters) => indicatorQueryOptions(indicator, { ...filters });
