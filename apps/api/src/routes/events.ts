import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { changePolicyEvent, createPolicyEvent, readPolicyEvents, removePolicyEvent } from '@koers/services';
import type { AppDeps, AppEnv } from '../context.ts';
import { validationHook } from '../http-errors.ts';
import { requires } from '../security.ts';
import { ErrorBody, PolicyEventBody, PolicyEventIdParams, PolicyEventList, PolicyEventOutcomeSchema } from '@koers/contract';
import { TokenRefused } from '../responses.ts';

const errors = {
  400: { description: 'A parameter is invalid', content: { 'application/json': { schema: ErrorBody } } },
  401: { description: 'No valid token', content: { 'application/json': { schema: ErrorBody } } },
  403: { description: 'The role may not edit policy events (admin only)', content: { 'application/json': { schema: ErrorBody } } },
};
const notFound = { 404: { description: 'No event with this id', content: { 'application/json': { schema: ErrorBody } } } };

const listRoute = createRoute({
  method: 'get',
  path: '/events',
  operationId: 'listPolicyEvents',
  summary: 'Policy events (date, words in nl/fr/en, scope, source), oldest first; the dashboard draws them on every trend in scope',
  responses: {
    200: { description: 'Events', content: { 'application/json': { schema: PolicyEventList } } },
    401: TokenRefused,
  },
});

const createEventRoute = createRoute({
  method: 'post',
  path: '/events',
  operationId: 'createPolicyEvent',
  summary: 'Add a policy event (admin); the change is written to the audit trail',
  security: [{ bearer: [] }],
  middleware: [requires('edit_targets')] as const,
  request: { body: { required: true, content: { 'application/json': { schema: PolicyEventBody } } } },
  responses: { 201: { description: 'The new event', content: { 'application/json': { schema: PolicyEventOutcomeSchema } } }, ...errors },
});

const putRoute = createRoute({
  method: 'put',
  path: '/events/{id}',
  operationId: 'updatePolicyEvent',
  summary: 'Change a policy event (admin); the change is written to the audit trail',
  security: [{ bearer: [] }],
  middleware: [requires('edit_targets')] as const,
  request: { params: PolicyEventIdParams, body: { required: true, content: { 'application/json': { schema: PolicyEventBody } } } },
  responses: { 200: { description: 'The event as changed', content: { 'application/json': { schema: PolicyEventOutcomeSchema } } }, ...errors, ...notFound },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/events/{id}',
  operationId: 'deletePolicyEvent',
  summary: 'Remove a policy event (admin); the removal is written to the audit trail',
  security: [{ bearer: [] }],
  middleware: [requires('edit_targets')] as const,
  request: { params: PolicyEventIdParams },
  responses: { 200: { description: 'The removal', content: { 'application/json': { schema: PolicyEventOutcomeSchema } } }, ...errors, ...notFound },
});

export function eventRoutes({ db }: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => c.json({ items: await readPolicyEvents(db) }, 200))
    .openapi(createEventRoute, async (c) => c.json(await createPolicyEvent(db, c.req.valid('json'), c.get('principal')!.actor), 201))
    .openapi(putRoute, async (c) => c.json(await changePolicyEvent(db, c.req.valid('param').id, c.req.valid('json'), c.get('principal')!.actor), 200))
    .openapi(deleteRoute, async (c) => c.json(await removePolicyEvent(db, c.req.valid('param').id, c.get('principal')!.actor), 200));
}
