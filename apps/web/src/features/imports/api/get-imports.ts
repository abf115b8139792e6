import { queryOptions } from '@tanstack/react-query';
import { apiGet, type OkBody } from '../../../shared/api/client.ts';
import { hasRecentRunning } from '../lib/import-report.ts';

export type ImportEntry = OkBody<'/imports'>['items'][number];
type ImportWithReport = OkBody<'/imports/:id'>;
export type ImportReport = ImportWithReport['report'];

/** How many imports the history shows (the API answers at most 1000, newest first, without paging). */
export const HISTORY_LIMIT = 100;

/** While an import started in the last hour is still running, the history asks again every few seconds. */
const RUNNING_POLL_MS = 3_000;

/** The import history, newest first. Keys run general → specific: ['imports', 'list' | 'detail', …]. */
export const importHistoryQueryOptions = () =>
  queryOptions({
    queryKey: ['imports', 'list', { limit: HISTORY_LIMIT }] as const,
    queryFn: ({ signal }) => apiGet('/imports', { query: { limit: String(HISTORY_LIMIT) }, signal }),
    staleTime: 10_000,
    refetchInterval: (query) => (hasRecentRunning(query.state.data?.items ?? [], Date.now()) ? RUNNING_POLL_MS : false),
  });

/**
 * Errors, warnings and skips the page loads of a report (each): the page shows 100 at a time, and
 * a file whose every row is wrong has a million; past these the full report is a download.
 */
export const REPORT_MESSAGES = 2_000;

/** The address of an import's full report (every message), as JSON. */
export const fullReportHref = (id: number) => `/api/v1/imports/${id}`;

/** One import with its report (the first REPORT_MESSAGES of each list, and their totals). */
export const importQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['imports', 'detail', id] as const,
    queryFn: ({ signal }) => apiGet('/imports/:id', { params: { id: String(id) }, query: { messages: String(REPORT_MESSAGES) }, signal }),
    staleTime: 10_000,
  });
