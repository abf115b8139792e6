import { QueryClient } from '@tanstack/react-query';

/** Data changes only on import, so answers stay fresh for minutes and are not refetched on focus. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5 * 60_000,
      gcTime: 30 * 60_000,
      retry: 1,
      refetchOnWindowFocus: false,
    },
  },
});
