import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { decodeCursor, queryRecords } from '@koers/db';
import type { RecordSortField } from '@koers/domain';
import { correctRecord } from '@koers/services';
import type { AppDeps, AppEnv } from '../context.ts';
import { badRequest, validationHook } from '../http-errors.ts';
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

/** What a cursor's sort value must be for each sort field (cents and years are whole numbers). */
function cursorFits(value: string | number | null, sort: RecordSortField): boolean {
  switch (sort) {
    case 'value_eur':
      return value === null || (typeof value === 'number' && Number.isSafeInteger(value));
    case 'year':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 9999;
    default:
      return typeof value === 'string' && value.length <= 300;
  }
}

export function recordRoutes({ db }: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(recordsRoute, async (c) => {
      const q = c.req.valid('query');
      if (q.cursor) {
        const cursor = decodeCursor(q.cursor);
        if (!cursor || cursor.id < 0 || cursor.id > 2_147_483_647 || !cursorFits(cursor.value, q.sort)) {
          return c.json(badRequest('cursor', 'not a cursor this API gave out for this sort'), 400);
        }
      }
      if (q.part && !q.indicator) {
        return c.json(badRequest('part', 'needs indicator'), 400);
      }
      const page = await queryRecords(db.kysely, {
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
