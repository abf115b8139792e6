import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from './client.ts';

/** Policy events (date, words, scope, source), drawn on every trend in their scope. */
export const eventsQueryOptions = () =>
  queryOptions({
    queryKey: ['events'] as const,
    queryFn: ({ signal }) => apiGet('/events', { signal }),
    staleTime: 10 * 60_000,
  });

export const useEvents = () => useQuery(eventsQueryOptions());
