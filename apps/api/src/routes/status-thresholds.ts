import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { loadStatusThresholds, setStatusThresholds } from '@koers/services';
import type { AppDeps, AppEnv } from '../context.ts';
import { validationHook } from '../http-errors.ts';
import { requires } from '../security.ts';
import { ErrorBody, StatusThresholdsOutcomeSchema, StatusThresholdsSchema } from '@koers/contract';
import { TokenRefused } from '../responses.ts';

const getRoute = createRoute({
  method: 'get',
  path: '/status-thresholds',
  operationId: 'getStatusThresholds',
  summary: 'The status thresholds in force: when a year is usable (n, coverage) and the pace ratios (also in /meta)',
  responses: { 200: { description: 'The thresholds', content: { 'application/json': { schema: StatusThresholdsSchema } } }, 401: TokenRefused },
});

const putRoute = createRoute({
  method: 'put',
  path: '/status-thresholds',
  operationId: 'setStatusThresholds',
  summary: 'Set the status thresholds (admin); the change is audited and every status follows it',
  security: [{ bearer: [] }],
  middleware: [requires('edit_targets')] as const,
  request: { body: { required: true, content: { 'application/json': { schema: StatusThresholdsSchema } } } },
  responses: {
    200: {
      description: 'The thresholds in force and the audited change (null when nothing changed)',
      content: { 'application/json': { schema: StatusThresholdsOutcomeSchema } },
    },
    400: { description: 'A value is invalid', content: { 'application/json': { schema: ErrorBody } } },
    401: { description: 'No valid token', content: { 'application/json': { schema: ErrorBody } } },
    403: { description: 'Not an admin', content: { 'application/json': { schema: ErrorBody } } },
  },
});

export function statusThresholdRoutes({ db }: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(getRoute, async (c) => c.json(await loadStatusThresholds(db.kysely), 200))
    .openapi(putRoute, async (c) => c.json(await setStatusThresholds(db, c.req.valid('json'), c.get('principal')!.actor), 200));
}
