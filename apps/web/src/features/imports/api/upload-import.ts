import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiErrorOf, apiGet, apiUrl, authHeaders } from '../../../shared/api/client.ts';
import { uploadQuery, type UploadOptions, type UploadPhase } from '../lib/upload.ts';
import { REPORT_MESSAGES, type ImportReport } from './get-imports.ts';

export interface UploadResult {
  /** 200: imported or checked; 422: rejected whole, nothing written. Both carry the report. */
  status: number;
  report: ImportReport;
}

/** How often the running import is asked how far it is. */
const POLL_MS = 400;

/**
 * POST /api/v1/imports with the file as the multipart field `file`, telling how far it is: the
 * bytes sent (XMLHttpRequest, as fetch cannot say), then, with `wait=false`, the import's own
 * progress read from its history entry until it is done; answers its report.
 */
async function uploadImport(file: File, options: UploadOptions, onPhase: (phase: UploadPhase) => void = () => undefined): Promise<UploadResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  const query = { ...uploadQuery(options), messages: String(REPORT_MESSAGES), wait: 'false' };
  const answer = await send(apiUrl('/imports', {}, query), form, (loaded, total) => onPhase({ phase: 'sending', loaded, total }));
  if (answer.status !== 202 && answer.status !== 200 && answer.status !== 422) throw await apiErrorOf(answer);
  const body = (await answer.json()) as { importId?: number } | ImportReport;
  if (answer.status !== 202) return { status: answer.status, report: body as ImportReport };
  const id = String((body as { importId: number }).importId);
  // The server has the file and is reading it: say so at once, as a small file may be done before the first poll.
  onPhase({ phase: 'importing', bytesRead: 0, bytesTotal: file.size, rowsRead: 0 });
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const entry = await apiGet('/imports/:id', { params: { id }, query: { messages: String(REPORT_MESSAGES) } });
    if (entry.status === 'running') {
      if (entry.progress) onPhase({ phase: 'importing', ...entry.progress });
      continue;
    }
    const report = entry.report;
    return { status: report.applied || report.dryRun ? 200 : 422, report };
  }
}

/** A POST whose upload progress is told; answers as a Response, like fetch. */
function send(url: string, body: FormData, onSent: (loaded: number, total: number) => void): Promise<Response> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    for (const [name, value] of Object.entries(authHeaders())) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => onSent(event.loaded, event.lengthComputable ? event.total : 0);
    request.onload = () =>
      resolve(
        new Response(request.responseText, {
          status: request.status,
          headers: { 'Content-Type': request.getResponseHeader('Content-Type') ?? 'application/json' },
        }),
      );
    request.onerror = () => reject(new TypeError('the upload could not reach the server'));
    request.send(body);
  });
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
    mutationFn: ({ file, options, onPhase }: { file: File; options: UploadOptions; onPhase?: (phase: UploadPhase) => void }) =>
      uploadImport(file, options, onPhase),
    onSuccess: ({ report }) => (report.applied ? refreshAfterWrite(client) : client.invalidateQueries({ queryKey: ['imports'] })),
  });
}
