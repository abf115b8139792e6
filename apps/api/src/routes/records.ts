import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { decodeCursor, queryRecords } from '@koers/db';
import type { AppDeps } from '../context.ts';
import { validationHook } from '../http-errors.ts';
import { ErrorBody, RecordPageResponse, RecordsQuery, toFilters } from '../schemas.ts';

const recordsRoute = createRoute({
  method: 'get',
  path: '/records',
  summary: 'The records behind any number: filtered, sorted, paged by cursor',
  request: { query: RecordsQuery },
  responses: {
    200: { description: 'One page of records', content: { 'application/json': { schema: RecordPageResponse } } },
    400: { description: 'A parameter is invalid', content: { 'application/json': { schema: ErrorBody } } },
  },
});

export function recordRoutes({ db }: AppDeps) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(recordsRoute, async (c) => {
    const q = c.req.valid('query');
    if (q.cursor && !decodeCursor(q.cursor)) {
      return c.json({ error: 'bad_request', message: 'cursor: not a cursor this API gave out', issues: [{ parameter: 'cursor', message: 'not a cursor this API gave out' }] }, 400);
    }
    if (q.part && !q.indicator) {
      return c.json({ error: 'bad_request', message: 'part: needs indicator', issues: [{ parameter: 'part', message: 'needs indicator' }] }, 400);
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
  });
}
