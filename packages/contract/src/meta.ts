/** The registry the dashboard reads first (/meta), the health answer, and who is calling (/session). */
import { POPULATION_CLASSES, ROLES, TARGET_SCOPES } from '@koers/domain';
import { z } from 'zod';
import { Localized } from './common.ts';
import { IndicatorDefinitionSchema } from './indicators.ts';
import { StatusThresholdsValues } from './thresholds.ts';

export const EntitySchema = z.object({
  code: z.string(),
  name: z.string(),
  type: z.string(),
  policyDomain: z.string().nullable(),
  flemishGovernment: z.boolean(),
  enterpriseNumber: z.string().nullable().optional(),
  tier: z.enum(['flemish_government', 'local', 'other']),
  kind: z.string().meta({ description: 'departement, IVA, EVA, … for entities; gemeente or provincie for local governments.' }),
  nameFr: z.string().nullable(),
  nisCode: z.string().nullable(),
  province: z.string().nullable().meta({ description: 'NIS code of the province (a province’s own).' }),
  inhabitants: z.number().int().nullable(),
  populationClass: z.enum(POPULATION_CLASSES).nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  succeededBy: z.string().nullable().meta({ description: 'Code of the organisation that took over when this one ended.' }),
});

/** An indicator in the registry: its definition and every target set for it. */
export const IndicatorMetaSchema = z.intersection(
  IndicatorDefinitionSchema,
  z.object({
    targets: z.array(
      z.object({ scope: z.enum(TARGET_SCOPES), scopeCode: z.string().nullable(), year: z.number().int(), value: z.number(), source: z.string() }),
    ),
  }),
);

export const MetaResponse = z
  .object({
    themes: z.array(z.object({ id: z.number().int(), name: Localized })),
    indicators: z.array(IndicatorMetaSchema),
    entities: z.array(EntitySchema),
    policyDomains: z.array(z.object({ code: z.string(), name: Localized, validFrom: z.string(), validTo: z.string().nullable() })),
    productGroups: z.array(z.object({ code: z.string(), name: Localized, cpvPrefixes: z.array(z.string()), essentialCriteria: z.boolean() })),
    years: z.array(z.number().int()),
    dataDate: z.string().nullable(),
    dataset: z.string().nullable(),
    statusThresholds: StatusThresholdsValues.meta({
      description: 'The thresholds in force (edited by an administrator): when a year is usable (n, coverage) and the pace ratios of the statuses.',
    }),
  })
  .meta({ id: 'Meta' });

export const HealthResponse = z.object({ status: z.literal('ok'), database: z.string() });

export const SessionSchema = z
  .object({
    authenticated: z.boolean(),
    role: z.enum(ROLES).nullable(),
    entities: z.array(z.string()).meta({ description: 'Entities an editor may import and correct for.' }),
    label: z.string().nullable(),
    tokenId: z.number().int().nullable(),
    readsPrivate: z.boolean().meta({ description: 'Reads need a token on this server.' }),
    maxUploadBytes: z.number().int().meta({ description: 'The largest file `POST /api/v1/imports` accepts, in bytes.' }),
    permissions: z.object({
      read: z.boolean(),
      import: z.boolean(),
      correct: z.boolean(),
      addEntities: z.boolean(),
      undoImport: z.boolean(),
      editTargets: z.boolean(),
      readAudit: z.boolean(),
    }),
  })
  .meta({ id: 'Session' });

export type Meta = z.infer<typeof MetaResponse>;
export type IndicatorMeta = z.infer<typeof IndicatorMetaSchema>;
export type EntityMeta = z.infer<typeof EntitySchema>;
export type Session = z.infer<typeof SessionSchema>;
export type Permissions = Session['permissions'];
