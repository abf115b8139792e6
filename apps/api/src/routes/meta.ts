import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { getSetting, listEntities, listPolicyDomains, listProductGroups, listTargets, SETTING, yearsWithRecords } from '@koers/db';
import { INDICATORS, THEMES, tierOf } from '@koers/domain';
import { loadStatusThresholds } from '@koers/services';
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
      await listPolicyDomains(db.kysely);
      return c.json({ status: 'ok' as const, database: db.engine }, 200);
    })
    .openapi(metaRoute, async (c) => {
      const [entities, policyDomains, productGroups, targets, years, dataDate, dataset, statusThresholds] = await Promise.all([
        listEntities(db.kysely),
        listPolicyDomains(db.kysely),
        listProductGroups(db.kysely),
        listTargets(db.kysely),
        yearsWithRecords(db.kysely),
        getSetting(db.kysely, SETTING.dataDate),
        getSetting(db.kysely, SETTING.datasetLabel),
        loadStatusThresholds(db.kysely),
      ]);
      return c.json(
        {
          themes: [...THEMES],
          indicators: INDICATORS.map((i) => ({
            ...i,
            targets: targets
              .filter((t) => t.indicator === i.id)
              .map((t) => ({ scope: t.scope, scopeCode: t.scopeCode, year: t.year, value: t.value, source: t.source })),
          })),
          entities: entities.map((e) => ({
            ...e,
            tier: tierOf(e),
            kind: e.type,
            nameFr: e.nameFr ?? null,
            nisCode: e.nisCode ?? null,
            province: e.province ?? null,
            inhabitants: e.inhabitants ?? null,
            populationClass: e.populationClass ?? null,
            validFrom: e.validFrom ?? null,
            validTo: e.validTo ?? null,
            succeededBy: e.succeededBy ?? null,
          })),
          policyDomains,
          productGroups: productGroups.map((g) => ({ ...g, cpvPrefixes: [...g.cpvPrefixes] })),
          years,
          dataDate,
          dataset,
          statusThresholds,
        },
        200,
      );
    });
}
