import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { getSetting, listEntities, listPolicyDomains, listProductGroups, listTargets, SETTING, yearsWithRecords } from '@koers/db';
import { INDICATORS, POPULATION_CLASSES, THEMES, tierOf } from '@koers/domain';
import { loadStatusThresholds } from '@koers/services';
import type { AppDeps } from '../context.ts';
import { validationHook } from '../http-errors.ts';
import { IndicatorDefinitionSchema, TokenRefused } from '../schemas.ts';

const Localized = z.object({ nl: z.string(), fr: z.string(), en: z.string() });

const MetaResponse = z
  .object({
    themes: z.array(z.object({ id: z.number().int(), name: Localized })),
    indicators: z.array(
      IndicatorDefinitionSchema.extend({
        targets: z.array(
          z.object({ scope: z.string(), scopeCode: z.string().nullable(), year: z.number().int(), value: z.number(), source: z.string() }),
        ),
      }),
    ),
    entities: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        type: z.string(),
        policyDomain: z.string().nullable(),
        flemishGovernment: z.boolean(),
        enterpriseNumber: z.string().nullable().optional(),
        tier: z.enum(['flemish_government', 'local', 'other']),
        kind: z.string().openapi({ description: 'departement, IVA, EVA, … for entities; gemeente or provincie for local governments.' }),
        nameFr: z.string().nullable(),
        nisCode: z.string().nullable(),
        province: z.string().nullable().openapi({ description: 'NIS code of the province (a province’s own).' }),
        inhabitants: z.number().int().nullable(),
        populationClass: z.enum(POPULATION_CLASSES).nullable(),
        validFrom: z.string().nullable(),
        validTo: z.string().nullable(),
        succeededBy: z.string().nullable().openapi({ description: 'Code of the organisation that took over when this one ended.' }),
      }),
    ),
    policyDomains: z.array(z.object({ code: z.string(), name: Localized, validFrom: z.string(), validTo: z.string().nullable() })),
    productGroups: z.array(z.object({ code: z.string(), name: Localized, cpvPrefixes: z.array(z.string()), essentialCriteria: z.boolean() })),
    years: z.array(z.number().int()),
    dataDate: z.string().nullable(),
    dataset: z.string().nullable(),
    statusThresholds: z
      .object({ minN: z.number(), minCoverage: z.number(), onTrack: z.number(), needsAcceleration: z.number() })
      .openapi({ description: 'The thresholds in force (edited by an administrator): when a year is usable (n, coverage) and the pace ratios of the statuses.' }),
  })
  .openapi('Meta');

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
    200: { description: 'Healthy', content: { 'application/json': { schema: z.object({ status: z.literal('ok'), database: z.string() }) } } },
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
