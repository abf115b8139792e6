import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiGet, type OkBody } from '../../../shared/api/client.ts';

export type StoredTarget = OkBody<'/targets'>['items'][number];
export type TargetChange = OkBody<'/targets/changes'>['items'][number];

const CHANGES_PAGE = 50;

/** Every stored target. Keys run general → specific: ['targets', 'list' | 'changes', …]. */
export const targetsQueryOptions = () =>
  queryOptions({
    queryKey: ['targets', 'list'] as const,
    queryFn: ({ signal }) => apiGet('/targets', { signal }),
  });

/** The change log, newest first, a page at a time (`beforeId` walks back). */
export const targetChangesQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['targets', 'changes', { limit: CHANGES_PAGE }] as const,
    queryFn: ({ signal, pageParam }) =>
      apiGet('/targets/changes', { query: { limit: String(CHANGES_PAGE), ...(pageParam !== null ? { beforeId: String(pageParam) } : {}) }, signal }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBeforeId,
  });
