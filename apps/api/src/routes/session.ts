import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { allows, DEFAULT_MAX_IMPORT_BYTES } from '@koers/services';
import type { AppDeps, AppEnv } from '../context.ts';
import { validationHook } from '../http-errors.ts';
import { ErrorBody, SessionSchema } from '@koers/contract';

const sessionRoute = createRoute({
  method: 'get',
  path: '/session',
  operationId: 'getSession',
  summary: 'Who is calling: role, entities and what the role may do (the dashboard hides the rest)',
  // No `security` here: the token is optional, and an alternative `{}` requirement would widen the
  // route types the dashboard reads to an index signature.
  description: 'The bearer token is optional. Without one: `authenticated: false` and what an anonymous reader may do. With a token that is not valid: 401.',
  responses: {
    200: { description: 'The caller', content: { 'application/json': { schema: SessionSchema } } },
    401: { description: 'The token sent is not valid (unknown, revoked or malformed)', content: { 'application/json': { schema: ErrorBody } } },
  },
});

export function sessionRoutes({ readsPrivate, maxUploadBytes }: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(sessionRoute, (c) => {
    const principal = c.get('principal');
    c.header('Cache-Control', 'no-store');
    c.header('Vary', 'Authorization');
    const can = (action: Parameters<typeof allows>[1]) => (principal ? allows(principal.role, action) : false);
    return c.json(
      {
        authenticated: principal !== null,
        role: principal?.role ?? null,
        entities: principal ? [...principal.entities] : [],
        label: principal?.label ?? null,
        tokenId: principal?.tokenId ?? null,
        readsPrivate: readsPrivate ?? false,
        maxUploadBytes: maxUploadBytes ?? DEFAULT_MAX_IMPORT_BYTES,
        permissions: {
          read: principal !== null || !readsPrivate,
          import: can('import'),
          correct: can('correct'),
          addEntities: can('add_entities'),
          undoImport: can('undo_import'),
          editTargets: can('edit_targets'),
          readAudit: can('read_audit'),
        },
      },
      200,
    );
  });
}
