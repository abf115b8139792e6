import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { readAuditTrail } from '@koers/services';
import type { AppDeps, AppEnv } from '../context.ts';
import { validationHook } from '../http-errors.ts';
import { requires } from '../security.ts';
import { AuditPage, AuditQuery, ErrorBody } from '@koers/contract';

const auditRoute = createRoute({
  method: 'get',
  path: '/audit',
  operationId: 'listAuditEntries',
  summary: 'The audit trail (admin): imports, corrections, undos, target changes and tokens, newest first',
  security: [{ bearer: [] }],
  middleware: [requires('read_audit')] as const,
  request: {
    query: AuditQuery,
  },
  responses: {
    200: {
      description: 'Audit entries',
      content: { 'application/json': { schema: AuditPage } },
    },
    400: { description: 'A parameter is invalid', content: { 'application/json': { schema: ErrorBody } } },
    401: { description: 'No valid token', content: { 'application/json': { schema: ErrorBody } } },
    403: { description: 'Not an admin', content: { 'application/json': { schema: ErrorBody } } },
  },
});

export function auditRoutes({ db }: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(auditRoute, async (c) => {
    const q = c.req.valid('query');
    const page = await readAuditTrail(db, {
      limit: q.limit,
      ...(q.before ? { before: q.before } : {}),
      ...(q.action ? { actions: q.action.split(',') } : {}),
    });
    c.header('Cache-Control', 'no-store');
    return c.json(page, 200);
  });
}
