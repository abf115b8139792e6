import type { IndicatorId } from '@koers/domain';
import { indicatorQueryOptions } from '../../../shared/api/get-indicator.ts';
import type { ViewFilters } from '../../../shared/url-state/view-state.ts';

/** One local series by year: the tier pooled, a province, a population class or one municipality. */
export const localSeriesQueryOptions = (id: IndicatorId, filters: ViewFilters) => indicatorQueryOptions(id, { groupBy: ['year'], ...filters });
