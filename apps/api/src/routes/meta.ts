import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { checkDatabase, readMeta } from '@koers/services';
import type { AppDeps } from '../context.ts';
import { validationHook } from '../http-errors.ts';
import { HealthResponse, MetaResponse } from '@koers/contract';
import { TokenRefused } from '../responses.ts';

const metaRoute = createRoute({
  method: 'get',
  path: '/meta',
  operationId: 'getMeta',
  summary: 'Themes, indicators with definitions and targets, entities and local governments, policy domains, product groups and years with data',
  responses: { 200: { description: 'The registry', content: { 'application/json': { schema: MetaResponse } } }, 401: TokenRefused },
});

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  summary: 'Whether the API and its database answer',
  responses: {
    200: { description: 'Healthy', content: { 'application/json': { schema: HealthResponse } } },
    401: TokenRefused,
  },
});

export function metaRoutes({ db }: AppDeps) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(healthRoute, async (c) => {
      await checkDatabase(db);
      return c.json({ status: 'ok' as const, database: db.engine }, 200);
    })
    .openapi(metaRoute, async (c) => c.json(await readMeta(db), 200));
}
