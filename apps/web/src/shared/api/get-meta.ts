import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from './client.ts';

/** The registry: themes, indicators with targets, entities, policy domains, product groups, years. */
export const metaQueryOptions = () =>
  queryOptions({
    queryKey: ['meta'] as const,
    queryFn: ({ signal }) => apiGet('/meta', { signal }),
    staleTime: 10 * 60_000,
  });

export const useMeta = () => useQuery(metaQueryOptions());
