import { indicatorQueryOptions } from '../../../shared/api/get-indicator.ts';
import { headlineIndicator } from '../../../shared/lib/registry.ts';
import type { Measure, ViewFilters } from '../../../shared/url-state/view-state.ts';

/** The headline share of every entity per year, for the list of scorecards. */
export const entityListQueryOptions = (measure: Measure, filters: ViewFilters) =>
  indicatorQueryOptions(headlineIndicator(measure), { groupBy: ['year', 'entity'], ...filters });
