import type { IndicatorId } from '@koers/domain';
import { indicatorQueryOptions, type IndicatorParams } from '../../../shared/api/get-indicator.ts';
import type { ViewFilters } from '../../../shared/url-state/view-state.ts';

/** One indicator per year within a slide's filters (the same question, and cache entry, as the pages ask). */
export const slideSeriesQueryOptions = (id: IndicatorId, filters: Omit<IndicatorParams, 'groupBy'>) =>
  indicatorQueryOptions(id, { groupBy: ['year'], ...filters });

/** The same indicator per entity and year: who ranks highest and lowest in the year shown. */
export const slideRankingQueryOptions = (id: IndicatorId, filters: ViewFilters) => indicatorQueryOptions(id, { groupBy: ['year', 'entity'], ...filters });
