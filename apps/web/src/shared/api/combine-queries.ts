import type { UseQueryResult } from '@tanstack/react-query';

export interface CombinedQueries<T> {
  /** Every result, in order, once all have arrived. */
  data: T[] | undefined;
  isPending: boolean;
  error: Error | null;
  retry: () => void;
}

/**
 * For `useQueries({ combine })`: many questions behave as one (loading until all are in, an
 * error when any fails). A module-level function, so TanStack Query keeps the result stable.
 */
export function combineQueries<T>(results: UseQueryResult<T, Error>[]): CombinedQueries<T> {
  const failed = results.filter((r) => r.isError);
  return {
    data: results.every((r) => r.isSuccess) ? results.map((r) => r.data) : undefined,
    isPending: results.some((r) => r.isPending),
    error: failed[0]?.error ?? null,
    retry: () => failed.forEach((r) => void r.refetch()),
  };
}
