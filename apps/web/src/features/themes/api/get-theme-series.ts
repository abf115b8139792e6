import type { IndicatorId } from '@koers/domain';
import { indicatorQueryOptions } from '../../../shared/api/get-indicator.ts';
import type { ViewFilters } from '../../../shared/url-state/view-state.ts';

/** Each indicator of a theme per year, within the view's filters. */
export const themeSeriesQueryOptions = (ids: readonly IndicatorId[], filters: ViewFilters) =>
  ids.map((id) => indicatorQueryOptions(id, { groupBy: ['year'], ...filters }));
