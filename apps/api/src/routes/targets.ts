import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { readTargetChanges, readTargets, removeTarget, setTarget } from '@koers/services';
import type { AppDeps, AppEnv } from '../context.ts';
import { validationHook } from '../http-errors.ts';
import { requires } from '../security.ts';
import {
  ErrorBody,
  TargetBody,
  TargetChangeOutcomeSchema,
  TargetChangePage,
  TargetChangesQuery,
  TargetKeyQuery,
  TargetList,
  TargetsQuery,
} from '@koers/contract';

const errors = {
  400: { description: 'A parameter is invalid', content: { 'application/json': { schema: ErrorBody } } },
  401: { description: 'No valid token', content: { 'application/json': { schema: ErrorBody } } },
  403: { description: 'The role may not edit targets (admin only)', content: { 'application/json': { schema: ErrorBody } } },
};

const listRoute = createRoute({
  method: 'get',
  path: '/targets',
  operationId: 'listTargets',
  summary: 'Targets per indicator, scope (all, policy domain, entity) and year',
  request: { query: TargetsQuery },
  responses: {
    200: { description: 'Targets', content: { 'application/json': { schema: TargetList } } },
    400: errors[400],
  },
});

const putRoute = createRoute({
  method: 'put',
  path: '/targets',
  operationId: 'setTarget',
  summary: 'Set the target of an indicator for a scope and year (admin); the change is logged',
  security: [{ bearer: [] }],
  middleware: [requires('edit_targets')] as const,
  request: { body: { required: true, content: { 'application/json': { schema: TargetBody } } } },
  responses: {
    200: {
      description: 'The target in force and the logged change (null when nothing changed)',
      content: { 'application/json': { schema: TargetChangeOutcomeSchema } },
    },
    ...errors,
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/targets',
  operationId: 'removeTarget',
  summary: 'Remove the target of an indicator for a scope and year (admin); the removal is logged',
  security: [{ bearer: [] }],
  middleware: [requires('edit_targets')] as const,
  request: { query: TargetKeyQuery },
  responses: {
    200: { description: 'The logged removal', content: { 'application/json': { schema: TargetChangeOutcomeSchema } } },
    ...errors,
    404: { description: 'No target for this key', content: { 'application/json': { schema: ErrorBody } } },
  },
});

const changesRoute = createRoute({
  method: 'get',
  path: '/targets/changes',
  operationId: 'listTargetChanges',
  summary: 'The change log of targets, newest first: who, when, old and new value',
  request: {
    query: TargetChangesQuery,
  },
  responses: {
    200: {
      description: 'Changes',
      content: { 'application/json': { schema: TargetChangePage } },
    },
    400: errors[400],
  },
});

export function targetRoutes({ db }: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      const q = c.req.valid('query');
      return c.json({ items: await readTargets(db, q) }, 200);
    })
    .openapi(putRoute, async (c) => {
      const body = c.req.valid('json');
      const outcome = await setTarget(db, body, c.get('principal')!.actor);
      return c.json(outcome, 200);
    })
    .openapi(deleteRoute, async (c) => {
      const q = c.req.valid('query');
      const outcome = await removeTarget(db, q, c.get('principal')!.actor);
      return c.json(outcome, 200);
    })
    .openapi(changesRoute, async (c) => {
      const q = c.req.valid('query');
      return c.json(await readTargetChanges(db, q), 200);
    });
}
