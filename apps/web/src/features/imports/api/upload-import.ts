import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../shared/api/client.ts';
import { uploadQuery, type UploadOptions } from '../lib/upload.ts';
import { REPORT_MESSAGES, type ImportReport } from './get-imports.ts';

export interface UploadResult {
  /** 200: imported or checked; 422: rejected whole, nothing written. Both carry the report. */
  status: number;
  report: ImportReport;
}

/** POST /api/v1/imports with the file as the multipart field `file`. */
export async function uploadImport(file: File, options: UploadOptions): Promise<UploadResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  const query = { ...uploadQuery(options), messages: String(REPORT_MESSAGES) };
  const { status, body } = await apiSend('POST', '/imports', { query, body: form, answers: [422] });
  return { status, report: body as ImportReport };
}

/**
 * After a write that changed records (an import, an undo): every answer but who is signed in may
 * be out of date — indicators, records, years and data date in /meta, the history.
 */
export function refreshAfterWrite(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
}

export function useUploadImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, options }: { file: File; options: UploadOptions }) => uploadImport(file, options),
    onSuccess: ({ report }) => (report.applied ? refreshAfterWrite(client) : client.invalidateQueries({ queryKey: ['imports'] })),
  });
}
