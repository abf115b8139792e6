import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { listAuditTrail } from '@koers/db';
import type { AppDeps, AppEnv } from '../context.ts';
import { validationHook } from '../http-errors.ts';
import { requires } from '../security.ts';
import { ErrorBody } from '../schemas.ts';
import { AUDIT_ACTIONS, AuditItemSchema } from '../admin-schemas.ts';

const auditRoute = createRoute({
  method: 'get',
  path: '/audit',
  operationId: 'listAuditEntries',
  summary: 'The audit trail (admin): imports, corrections, undos, target changes and tokens, newest first',
  security: [{ bearer: [] }],
  middleware: [requires('read_audit')] as const,
  request: {
    query: z.strictObject({
      limit: z.coerce.number().int().min(1).max(1000).default(100),
      before: z.iso.datetime({ message: 'must be an ISO timestamp such as 2026-11-28T10:00:00.000Z' }).optional().openapi({ description: 'The `nextBefore` of the previous page.' }),
      action: z
        .string()
        .max(200)
        .refine((v) => v.split(',').every((a) => (AUDIT_ACTIONS as readonly string[]).includes(a)), { message: `must be a comma-separated list of ${AUDIT_ACTIONS.join(', ')}` })
        .optional(),
    }),
  },
  responses: {
    200: {
      description: 'Audit entries',
      content: { 'application/json': { schema: z.object({ items: z.array(AuditItemSchema), nextBefore: z.string().nullable() }) } },
    },
    400: { description: 'A parameter is invalid', content: { 'application/json': { schema: ErrorBody } } },
    401: { description: 'No valid token', content: { 'application/json': { schema: ErrorBody } } },
    403: { description: 'Not an admin', content: { 'application/json': { schema: ErrorBody } } },
  },
});

export function auditRoutes({ db }: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(auditRoute, async (c) => {
    const q = c.req.valid('query');
    const items = await listAuditTrail(db.kysely, {
      limit: q.limit,
      ...(q.before ? { before: q.before } : {}),
      ...(q.action ? { actions: q.action.split(',') } : {}),
    });
    c.header('Cache-Control', 'no-store');
    return c.json(
      { items: items as z.infer<typeof AuditItemSchema>[], nextBefore: items.length === q.limit ? items[items.length - 1]!.at : null },
      200,
    );
  });
}
