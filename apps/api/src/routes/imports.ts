import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import {
  allows,
  DEFAULT_MAX_IMPORT_BYTES,
  firstMessages,
  mayReadCellValues,
  readImport,
  readImportHistory,
  startImportRun,
  undoImport,
  withoutCellValues,
  writableEntities,
  type ImportRun,
} from '@koers/services';
import type { AppDeps, AppEnv } from '../context.ts';
import { badRequest, notFound, validationHook } from '../http-errors.ts';
import { requires } from '../security.ts';
import { FILE_FIELD, receiveUpload } from '../upload.ts';
import {
  ErrorBody,
  ImportDetailQuery,
  ImportIdParams,
  ImportListQuery,
  ImportPage,
  ImportQuery,
  ImportReportSchema,
  ImportStartedSchema,
  ImportWithReportSchema,
  UndoResultSchema,
} from '@koers/contract';
import { TokenRefused } from '../responses.ts';

const authErrors = {
  401: { description: 'No valid token', content: { 'application/json': { schema: ErrorBody } } },
  403: { description: 'The role may not do this', content: { 'application/json': { schema: ErrorBody } } },
};

const postImport = createRoute({
  method: 'post',
  path: '/imports',
  operationId: 'importFile',
  summary: 'Import a file (template CSV or any supported format); answers the import report',
  description:
    'Needs an admin or editor token. An editor may import only rows of their own entities: a file holding rows of any other entity is rejected whole (422), naming those rows, and nothing is written. `addEntities` is for admins. ' +
    "With `wait=false` the answer is `202` as soon as the file is received, with the import's id and its `Location`; `GET /api/v1/imports/{id}` then says `running` with `progress`, and holds the report when it is done. " +
    'The import runs in a worker with its own memory limit: a file needing more ends its own import (`failed`, the report says why), not the server.',
  security: [{ bearer: [] }],
  middleware: [requires('import')] as const,
  request: {
    query: ImportQuery,
    body: {
      required: true,
      content: {
        // A plain schema, not a validator: the body is streamed to disk (upload.ts), never parsed into memory.
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: [FILE_FIELD],
            properties: { [FILE_FIELD]: { type: 'string', format: 'binary', description: 'The file to import.' } },
          },
        },
      },
    },
  },
  responses: {
    200: { description: 'The file was imported (or validated, for a dry run)', content: { 'application/json': { schema: ImportReportSchema } } },
    202: {
      description: '`wait=false`: the file was received and its import started; follow `Location`',
      headers: { Location: { description: 'The import in the history: `/api/v1/imports/{id}`', schema: { type: 'string' } } },
      content: { 'application/json': { schema: ImportStartedSchema } },
    },
    400: { description: 'No file sent, or a parameter is invalid', content: { 'application/json': { schema: ErrorBody } } },
    ...authErrors,
    413: { description: 'The file is larger than the limit', content: { 'application/json': { schema: ErrorBody } } },
    422: { description: 'The file was rejected; the report says why and nothing was written', content: { 'application/json': { schema: ImportReportSchema } } },
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/imports',
  operationId: 'listImports',
  summary: 'The import history, newest first',
  request: {
    query: ImportListQuery,
  },
  responses: {
    200: {
      description: 'Imports, newest first; `nextBeforeId` asks for the next page (null on the last)',
      content: { 'application/json': { schema: ImportPage } },
    },
    400: { description: 'A parameter is invalid', content: { 'application/json': { schema: ErrorBody } } },
    401: TokenRefused,
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/imports/{id}',
  operationId: 'getImport',
  summary: 'One import with its full report',
  request: { params: ImportIdParams, query: ImportDetailQuery },
  responses: {
    200: {
      description: 'The import; while it runs, `progress` says how far it has read',
      content: { 'application/json': { schema: ImportWithReportSchema } },
    },
    400: { description: 'The id is not a valid id', content: { 'application/json': { schema: ErrorBody } } },
    404: { description: 'No such import', content: { 'application/json': { schema: ErrorBody } } },
  },
});

const undoRoute = createRoute({
  method: 'post',
  path: '/imports/{id}/undo',
  operationId: 'undoImport',
  summary: 'Undo an import (admin): restore the records it changed exactly as they were and delete the ones it created',
  description:
    'One transaction: the records the import changed are written back as they were, the records it created are deleted, the indicators of the affected entities recomputed. Refused (409) when a later import or correction changed one of the same records (undo that one first), or when the import wrote nothing or was already undone. Corrections (mode `correction`) are undone the same way.',
  security: [{ bearer: [] }],
  middleware: [requires('undo_import')] as const,
  request: { params: ImportIdParams },
  responses: {
    200: { description: 'The import was undone', content: { 'application/json': { schema: UndoResultSchema } } },
    400: { description: 'The id is not a valid id', content: { 'application/json': { schema: ErrorBody } } },
    ...authErrors,
    404: { description: 'No such import', content: { 'application/json': { schema: ErrorBody } } },
    409: { description: 'The import cannot be undone; the message says why', content: { 'application/json': { schema: ErrorBody } } },
  },
});

export function importRoutes({ db, maxUploadBytes, importMemoryMb }: AppDeps) {
  const limit = maxUploadBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  /** Imports this server is running, for their progress. */
  const running = new Map<number, ImportRun>();
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(postImport, async (c) => {
      const principal = c.get('principal')!;
      const query = c.req.valid('query');
      if (query.addEntities === 'true' && !allows(principal.role, 'add_entities')) {
        return c.json(
          { error: 'forbidden', message: `a token with the ${principal.role} role may not add entities from a file (addEntities is for admins)` },
          403,
        );
      }
      const length = Number(c.req.header('content-length') ?? '0');
      if (length > limit + 64 * 1024) {
        return c.json({ error: 'payload_too_large', message: `the upload is larger than the limit of ${Math.floor(limit / 1024 / 1024)} MB` }, 413);
      }
      const upload = await receiveUpload(c.req.raw, limit);
      if ('problem' in upload) {
        if (upload.problem === 'too_large')
          return c.json({ error: 'payload_too_large', message: `the upload is larger than the limit of ${Math.floor(limit / 1024 / 1024)} MB` }, 413);
        return c.json(
          badRequest(
            FILE_FIELD,
            upload.message ? `the upload could not be read (${upload.message})` : `send the file as the multipart form field "${FILE_FIELD}"`,
          ),
          400,
        );
      }
      let run: ImportRun;
      try {
        run = await startImportRun(
          db,
          upload.file,
          {
            mode: query.mode,
            dryRun: query.dryRun === 'true',
            addEntities: query.addEntities === 'true',
            actor: principal.actor,
            maxBytes: limit,
            ...(writableEntities(principal) ? { allowedEntities: writableEntities(principal)! } : {}),
          },
          importMemoryMb !== undefined ? { memoryMb: importMemoryMb } : {},
        );
      } catch (error) {
        await upload.discard();
        throw error;
      }
      running.set(run.importId, run);
      const finished = run.done.finally(async () => {
        running.delete(run.importId);
        await upload.discard();
      });
      if (query.wait === 'false') {
        // Nobody waits for this answer: a failure is in the history (or, with the database gone, left `running`).
        finished.catch((error: unknown) => console.error(`import ${run.importId} failed: ${error instanceof Error ? error.message : String(error)}`));
        c.header('Location', `/api/v1/imports/${run.importId}`);
        return c.json({ importId: run.importId, status: 'running' as const }, 202);
      }
      const report = await finished;
      const rejectedWhole = !report.applied && !report.dryRun;
      return c.json(query.messages === undefined ? report : firstMessages(report, query.messages), rejectedWhole ? 422 : 200);
    })
    .openapi(listRoute, async (c) => {
      const { limit, beforeId } = c.req.valid('query');
      return c.json(await readImportHistory(db, { limit, ...(beforeId !== undefined ? { beforeId } : {}) }), 200);
    })
    .openapi(getRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { messages } = c.req.valid('query');
      const entry = await readImport(db, id);
      if (!entry) return c.json(notFound(`no import ${id}`), 404);
      const stored = entry.report;
      // Rejected cells are quoted only to whoever made the import and to administrators.
      const report = mayReadCellValues(c.get('principal'), entry.actor) ? stored : withoutCellValues(stored);
      c.header('Vary', 'Authorization');
      c.header('Cache-Control', 'private, no-cache');
      const cut = messages === undefined ? report : firstMessages(report, messages);
      const progress = entry.status === 'running' ? running.get(id)?.progress() : null;
      return c.json({ ...entry, report: cut, ...(progress ? { progress } : {}) } as never, 200);
    })
    .openapi(undoRoute, async (c) => {
      const { id } = c.req.valid('param');
      const result = await undoImport(db, id, c.get('principal')!.actor);
      return c.json(result, 200);
    });
}
