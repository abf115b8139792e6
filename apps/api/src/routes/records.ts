import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { correctRecord, readRecordPage } from '@koers/services';
import type { AppDeps, AppEnv } from '../context.ts';
import { validationHook } from '../http-errors.ts';
import { requires } from '../security.ts';
import { CorrectionBody, CorrectionResultSchema, ErrorBody, RecordIdParams, RecordPageResponse, RecordsQuery } from '@koers/contract';
import { toFilters } from '../query-filters.ts';

const recordsRoute = createRoute({
  method: 'get',
  path: '/records',
  operationId: 'listRecords',
  summary: 'The records behind any number: filtered, sorted, paged by cursor',
  request: { query: RecordsQuery },
  responses: {
    200: { description: 'One page of records', content: { 'application/json': { schema: RecordPageResponse } } },
    400: { description: 'A parameter is invalid', content: { 'application/json': { schema: ErrorBody } } },
  },
});

const correctRoute = createRoute({
  method: 'patch',
  path: '/records/{id}',
  operationId: 'correctRecord',
  summary: 'Correct one record (admin, or an editor of its entity); kept in the history and undoable like an import',
  description:
    'The key (entity, dossier id) cannot change. The correction is written to the import history with mode `correction`, who, when, the reason and every changed field, and can be undone with POST /imports/{importId}/undo.',
  security: [{ bearer: [] }],
  middleware: [requires('correct')] as const,
  request: {
    params: RecordIdParams,
    body: { required: true, content: { 'application/json': { schema: CorrectionBody } } },
  },
  responses: {
    200: {
      description: 'The record after the correction, and what changed (no history entry when nothing changed)',
      content: { 'application/json': { schema: CorrectionResultSchema } },
    },
    400: { description: 'A parameter is invalid', content: { 'application/json': { schema: ErrorBody } } },
    401: { description: 'No valid token', content: { 'application/json': { schema: ErrorBody } } },
    403: { description: 'The token may not correct records of this entity', content: { 'application/json': { schema: ErrorBody } } },
    404: { description: 'No such record', content: { 'application/json': { schema: ErrorBody } } },
  },
});

export function recordRoutes({ db }: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(recordsRoute, async (c) => {
      const q = c.req.valid('query');
      // A cursor this API did not give out, or a part without its indicator: 400 (InvalidInputError).
      const page = await readRecordPage(db, {
        filters: toFilters(q),
        ...(q.indicator ? { indicator: q.indicator } : {}),
        ...(q.part ? { part: q.part } : {}),
        sort: q.sort,
        direction: q.direction,
        limit: q.limit,
        ...(q.cursor ? { cursor: q.cursor } : {}),
      });
      return c.json(page, 200);
    })
    .openapi(correctRoute, async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const result = await correctRecord(db, { recordId: id, changes: body.changes, reason: body.reason, principal: c.get('principal')! });
      return c.json(result, 200);
    });
}
