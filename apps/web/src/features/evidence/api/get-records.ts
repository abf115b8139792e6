import type { RecordsQueryInput } from '@koers/contract';
import type { IndicatorId, RecordSortField } from '@koers/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet, type UrlQuery } from '../../../shared/api/client.ts';
import type { RecordPart } from '../../../shared/api/types.ts';
import type { ViewFilters } from '../../../shared/url-state/view-state.ts';

export interface RecordsParams extends ViewFilters {
  indicator?: IndicatorId;
  part?: RecordPart;
  sort?: RecordSortField;
  direction?: 'asc' | 'desc';
  limit?: number;
  cursor?: string;
}

/** The URL query of a records page. Every parameter is one the contract names: a key it does not know fails the typecheck. */
export function recordsQuery(params: RecordsParams): UrlQuery<RecordsQueryInput> {
  const out: UrlQuery<RecordsQueryInput> = {};
  for (const key of Object.keys(params) as (keyof RecordsParams)[]) {
    const value = params[key];
    if (value !== undefined && value !== '') out[key] = String(value);
  }
  if (!params.indicator) delete out.part;
  return out;
}

/**
 * One page of the records behind a number; the previous page stays on screen while the next
 * loads. The page carries its own position (`pageIndex`: pages followed from the first), so that
 * what is still on screen is labelled as the page it is, not the one being fetched.
 */
export const recordsQueryOptions = (params: RecordsParams, pageIndex = 0) => {
  const query = recordsQuery(params);
  return queryOptions({
    queryKey: ['records', query, pageIndex] as const,
    queryFn: async ({ signal }) => ({ ...(await apiGet('/records', { query, signal })), pageIndex }),
    placeholderData: keepPreviousData,
  });
};
