import type { IndicatorQueryInput } from '@koers/contract';
import type { GroupKey, IndicatorId, PopulationClass, Tier } from '@koers/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, type UrlQuery } from './client.ts';

/** One indicator question: grouping and the API's filters, all optional. */
export interface IndicatorParams {
  groupBy?: readonly GroupKey[];
  entity?: string;
  policyDomain?: string;
  productGroup?: string;
  tier?: Tier;
  province?: string;
  populationClass?: PopulationClass;
  boundaries?: 'current' | 'historical';
  from?: number;
  to?: number;
}

/** The URL query of a question, under the contract's names; empty parameters are dropped so that equal questions share one cache entry. */
export function normalizeIndicatorParams(params: IndicatorParams): UrlQuery<IndicatorQueryInput> {
  const out: UrlQuery<IndicatorQueryInput> = {};
  if (params.groupBy?.length) out.groupBy = [...params.groupBy].join(',');
  if (params.entity) out.entity = params.entity;
  if (params.policyDomain) out.policyDomain = params.policyDomain;
  if (params.productGroup) out.productGroup = params.productGroup;
  if (params.tier) out.tier = params.tier;
  if (params.province) out.province = params.province;
  if (params.populationClass) out.populationClass = params.populationClass;
  if (params.boundaries) out.boundaries = params.boundaries;
  if (params.from !== undefined) out.from = String(params.from);
  if (params.to !== undefined) out.to = String(params.to);
  return out;
}

/**
 * Rows of one indicator with group keys, numerator, denominator, value, n, coverage and, where
 * a target exists, target, glide path and status. Keys run general → specific:
 * ['indicators', id, params].
 */
export const indicatorQueryOptions = (id: IndicatorId, params: IndicatorParams = {}) => {
  const query = normalizeIndicatorParams(params);
  return queryOptions({
    queryKey: ['indicators', id, query] as const,
    queryFn: ({ signal }) => apiGet('/indicators/:id', { params: { id }, query, signal }),
  });
};
