/** Request and response schemas of the HTTP API: validation at the edge and the OpenAPI document. */
import { z } from '@hono/zod-openapi';
import {
  BOUNDARIES,
  GROUP_KEYS,
  INDICATOR_IDS,
  POPULATION_CLASSES,
  PROCEDURES,
  RECORD_SORT_FIELDS,
  TIERS,
  type GroupKey,
  type PopulationClass,
  type RecordFilters,
  type Tier,
} from '@koers/domain';

const CODE_LIST = /^[A-Za-z0-9_\-.]+(,[A-Za-z0-9_\-.]+)*$/;

const codeList = (what: string) =>
  z
    .string()
    .max(2_000)
    .regex(CODE_LIST, `a comma-separated list of ${what} codes`)
    .optional()
    .openapi({ description: `Comma-separated ${what} codes.` });

const choiceList = (choices: readonly string[], what: string) =>
  z
    .string()
    .max(500)
    .refine((v) => v.split(',').every((c) => choices.includes(c)), { message: `must be a comma-separated list of ${choices.join(', ')}` })
    .optional()
    .openapi({ description: `Comma-separated ${what}: ${choices.join(', ')}.` });

const year = (what: string) =>
  z.coerce
    .number({ error: 'must be a year such as 2018' })
    .int('must be a whole year')
    .min(1990, 'must be 1990 or later')
    .max(2100, 'must be 2100 or earlier')
    .optional()
    .openapi({ description: what, example: 2016 });

// Every query is a strict object: a parameter the endpoint does not know answers 400, so a typo
// (`?entiy=AWV`) never silently returns unfiltered data.
export const FilterQuery = z.strictObject({
  entity: codeList('entity'),
  policyDomain: codeList('policy domain'),
  productGroup: codeList('product group'),
  tier: choiceList(TIERS, 'tier'),
  province: codeList('province (NIS)'),
  populationClass: choiceList(POPULATION_CLASSES, 'population class'),
  boundaries: z
    .enum(BOUNDARIES)
    .optional()
    .openapi({ description: '`current` (default): records of municipalities merged in 2019 count under their successor; `historical`: as they were.' }),
  from: year('First year included.'),
  to: year('Last year included.'),
});

export const IndicatorQuery = FilterQuery.extend({
  groupBy: z
    .string()
    .max(200)
    .optional()
    .refine(
      (v) => v === undefined || v === '' || v.split(',').every((k) => (GROUP_KEYS as readonly string[]).includes(k)),
      { message: `must be a comma-separated list of ${GROUP_KEYS.join(', ')}` },
    )
    .openapi({ description: `Comma-separated from ${GROUP_KEYS.join(', ')}.`, example: 'year,entity' }),
});

export const IndicatorParams = z.object({
  id: z.string().max(100).openapi({ param: { name: 'id', in: 'path' }, example: 'sustainable_value_share', description: INDICATOR_IDS.join(', ') }),
});

export const RecordsQuery = FilterQuery.extend({
  indicator: z.enum(INDICATOR_IDS).optional().openapi({ description: 'Restrict to the records behind this indicator.' }),
  part: z
    .enum(['numerator', 'denominator', 'scope', 'unknown'])
    .optional()
    .openapi({ description: 'With `indicator`: the records in its numerator, denominator, scope, or with an unknown answer.' }),
  sort: z.enum(RECORD_SORT_FIELDS).default('award_date'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(500).optional().openapi({ description: 'The `nextCursor` of the previous page.' }),
});

export function toFilters(q: z.infer<typeof FilterQuery>): RecordFilters {
  const list = (v?: string) => (v ? v.split(',') : undefined);
  const filters: RecordFilters = {};
  const entity = list(q.entity)?.map((e) => e.toUpperCase());
  if (entity) filters.entity = entity;
  const policyDomain = list(q.policyDomain);
  if (policyDomain) filters.policyDomain = policyDomain;
  const productGroup = list(q.productGroup);
  if (productGroup) filters.productGroup = productGroup;
  const tier = list(q.tier);
  if (tier) filters.tier = tier as Tier[];
  const province = list(q.province);
  if (province) filters.province = province;
  const populationClass = list(q.populationClass);
  if (populationClass) filters.populationClass = populationClass as PopulationClass[];
  if (q.boundaries) filters.boundaries = q.boundaries;
  if (q.from !== undefined) filters.from = q.from;
  if (q.to !== undefined) filters.to = q.to;
  return filters;
}

export function toGroupBy(v: string | undefined): GroupKey[] {
  if (!v) return [];
  return [...new Set(v.split(','))] as GroupKey[];
}

export const ErrorBody = z
  .object({
    error: z.string(),
    message: z.string(),
    issues: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
  })
  .openapi('Error');

/** What every operation answers to a token that is not valid, and reads to no token when they are private. */
export const TokenRefused = {
  description: 'The token sent is not valid (unknown, revoked or malformed); or no token was sent to a server whose reads are private',
  content: { 'application/json': { schema: ErrorBody } },
};

export const Localized = z.object({ nl: z.string(), fr: z.string(), en: z.string() });

export const IndicatorDefinitionSchema = z
  .object({
    id: z.enum(INDICATOR_IDS),
    theme: z.number().int(),
    measure: z.enum(['value', 'count']),
    polarity: z.enum(['up', 'down']),
    unit: z.literal('share'),
    label: Localized,
    definition: Localized,
  })
  .openapi('IndicatorDefinition');

export const StatusSchema = z.enum(['achieved', 'on_track', 'needs_acceleration', 'limited_progress', 'deterioration', 'missed', 'insufficient_data']);

export const ProgressSchema = z
  .object({
    status: StatusSchema,
    year: z.number().nullable().openapi({ description: 'The year judged: the row’s year, or the last year asked for on a pooled row.' }),
    usable: z.boolean().openapi({ description: 'Whether the judged year’s own data meets the thresholds (n, coverage); when false every figure of the year is null.' }),
    baselineYear: z.number().nullable(),
    baselineValue: z.number().nullable(),
    latestYear: z.number().nullable().openapi({ description: 'The judged year when usable, else null: never another year.' }),
    latestValue: z.number().nullable(),
    lastUsableYear: z.number().nullable().openapi({ description: 'The last usable year up to the judged year, to be named as such.' }),
    lastUsableValue: z.number().nullable(),
    expected: z.number().nullable(),
    deviation: z.number().nullable().openapi({ description: 'Actual − expected, percentage points.' }),
    requiredPace: z.number().nullable().openapi({ description: 'Percentage points per year still needed.' }),
    observedPace: z.number().nullable().openapi({ description: 'Least-squares slope, percentage points per year.' }),
    projectedYear: z.number().nullable(),
    gap: z.number().nullable(),
    missedBy: z.number().nullable(),
    reachedYear: z.number().nullable(),
  })
  .openapi('Progress');

export const TargetRefSchema = z.object({
  value: z.number(),
  year: z.number().int(),
  scope: z.enum(['all', 'policy_domain', 'entity', 'tier', 'province']),
  scopeCode: z.string().nullable(),
  source: z.string(),
});

export const IndicatorRowSchema = z
  .object({
    year: z.number().int().optional(),
    entity: z.string().optional(),
    policyDomain: z.string().nullable().optional(),
    productGroup: z.string().nullable().optional(),
    tier: z.string().nullable().optional(),
    province: z.string().nullable().optional(),
    populationClass: z.string().nullable().optional(),
    theme: z.number().int().optional(),
    numerator: z.number(),
    denominator: z.number(),
    value: z.number().nullable().openapi({ description: 'numerator ÷ denominator, 0–1; null when the denominator is 0.' }),
    n: z.number().int().openapi({ description: 'Records in the denominator.' }),
    coverage: z.number().nullable().openapi({ description: 'Share of records in scope whose answer is known.' }),
    target: TargetRefSchema.optional(),
    expected: z.number().nullable().optional().openapi({ description: 'Glide-path value for the row’s year.' }),
    status: StatusSchema.optional(),
    progress: ProgressSchema.optional(),
  })
  .openapi('IndicatorRow');

export const IndicatorResponse = z
  .object({
    indicator: IndicatorDefinitionSchema,
    groupBy: z.array(z.enum(GROUP_KEYS)),
    filters: z.object({
      entity: z.array(z.string()).optional(),
      policyDomain: z.array(z.string()).optional(),
      productGroup: z.array(z.string()).optional(),
      tier: z.array(z.string()).optional(),
      province: z.array(z.string()).optional(),
      populationClass: z.array(z.string()).optional(),
      boundaries: z.enum(BOUNDARIES).optional(),
      from: z.number().optional(),
      to: z.number().optional(),
    }),
    monitoringOnly: z.boolean(),
    dataDate: z.string().nullable(),
    dataset: z.string().nullable().openapi({ description: '`demo` while the demo dataset is loaded.' }),
    rows: z.array(IndicatorRowSchema),
  })
  .openapi('IndicatorResult');

export const RecordSchema = z
  .object({
    id: z.number().int(),
    entity: z.string(),
    dossierId: z.string(),
    awardDate: z.string(),
    year: z.number().int(),
    title: z.string().nullable(),
    cpv: z.string().nullable(),
    productGroup: z.string().nullable(),
    valueEur: z.number().nullable(),
    amount: z.number().nullable(),
    currency: z.string().nullable(),
    criteria: z.enum(['full', 'none_or_partial', 'not_applicable']).nullable(),
    innovative: z.boolean().nullable(),
    socialClause: z.boolean().nullable(),
    circular: z.boolean().nullable(),
    smeWinner: z.boolean().nullable(),
    framework: z.boolean().nullable(),
    eSubmission: z.boolean().nullable(),
    procedure: z.string().nullable(),
    tendersReceived: z.number().int().nullable(),
    supplier: z.string().nullable(),
    importId: z.number().int().nullable(),
    updatedAt: z.string(),
  })
  .openapi('Record');

export const RecordPageResponse = z
  .object({ items: z.array(RecordSchema), total: z.number().int(), nextCursor: z.string().nullable() })
  .openapi('RecordPage');

/** A database id in a path: a positive whole number that fits the id columns. */
export const IdParam = (description: string) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .positive('must be positive')
    .max(2_147_483_647, 'is too large')
    .openapi({ param: { name: 'id', in: 'path' }, description });

const ROLE = z.enum(['admin', 'editor', 'viewer']);

export const SessionSchema = z
  .object({
    authenticated: z.boolean(),
    role: ROLE.nullable(),
    entities: z.array(z.string()).openapi({ description: 'Entities an editor may import and correct for.' }),
    label: z.string().nullable(),
    tokenId: z.number().int().nullable(),
    readsPrivate: z.boolean().openapi({ description: 'Reads need a token on this server.' }),
    maxUploadBytes: z.number().int().openapi({ description: 'The largest file `POST /api/v1/imports` accepts, in bytes.' }),
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
  .openapi('Session');

const nullableText = (max: number) => z.string().max(max).nullable();

export const CorrectionBody = z
  .strictObject({
    changes: z
      .strictObject({
        awardDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date such as 2018-03-31'),
        title: nullableText(1_000),
        cpv: z.string().regex(/^\d{8}(-\d)?$/, 'must be a CPV code such as 45233162-2').nullable(),
        productGroup: z.string().max(64).nullable(),
        valueEur: z.number().min(0, 'must not be negative').max(1e12, 'is too large').nullable(),
        criteria: z.enum(['full', 'none_or_partial', 'not_applicable']).nullable(),
        innovative: z.boolean().nullable(),
        socialClause: z.boolean().nullable(),
        circular: z.boolean().nullable(),
        smeWinner: z.boolean().nullable(),
        framework: z.boolean().nullable(),
        eSubmission: z.boolean().nullable(),
        procedure: z.enum(PROCEDURES).nullable(),
        tendersReceived: z.number().int().min(0).max(100_000).nullable(),
        supplier: nullableText(1_000),
      })
      .partial()
      .openapi({ description: 'The fields to change; null makes a field unknown.' }),
    reason: z.string().min(1, 'say why the record is corrected').max(1_000),
  })
  .openapi('CorrectionInput');
