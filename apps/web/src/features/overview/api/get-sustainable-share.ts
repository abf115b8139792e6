import { indicatorQueryOptions } from '../../../shared/api/get-indicator.ts';
import { headlineIndicator } from '../../../shared/lib/registry.ts';
import type { Measure, ViewFilters } from '../../../shared/url-state/view-state.ts';

/** The plan's headline, by value or by count, per year, government-wide or within the filters. */
export const sustainableShareQueryOptions = (measure: Measure, filters: ViewFilters) =>
  indicatorQueryOptions(headlineIndicator(measure), { groupBy: ['year'], ...filters });
