/** Request and response schemas of the HTTP API: validation at the edge and the OpenAPI document. */
import { z } from '@hono/zod-openapi';
import { GROUP_KEYS, INDICATOR_IDS, RECORD_SORT_FIELDS, type GroupKey, type RecordFilters } from '@koers/domain';

const CODE_LIST = /^[A-Za-z0-9_\-.]+(,[A-Za-z0-9_\-.]+)*$/;

const codeList = (what: string) =>
  z
    .string()
    .max(2_000)
    .regex(CODE_LIST, `a comma-separated list of ${what} codes`)
    .optional()
    .openapi({ description: `Comma-separated ${what} codes.` });

const year = (what: string) =>
  z.coerce
    .number({ error: 'must be a year such as 2018' })
    .int('must be a whole year')
    .min(1990, 'must be 1990 or later')
    .max(2100, 'must be 2100 or earlier')
    .optional()
    .openapi({ description: what, example: 2016 });

export const FilterQuery = z.object({
  entity: codeList('entity'),
  policyDomain: codeList('policy domain'),
  productGroup: codeList('product group'),
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
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'sustainable_value_share', description: INDICATOR_IDS.join(', ') }),
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

const Localized = z.object({ nl: z.string(), fr: z.string(), en: z.string() });

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
    baselineYear: z.number().nullable(),
    baselineValue: z.number().nullable(),
    latestYear: z.number().nullable(),
    latestValue: z.number().nullable(),
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
  scope: z.enum(['all', 'policy_domain', 'entity']),
  scopeCode: z.string().nullable(),
  source: z.string(),
});

export const IndicatorRowSchema = z
  .object({
    year: z.number().int().optional(),
    entity: z.string().optional(),
    policyDomain: z.string().nullable().optional(),
    productGroup: z.string().nullable().optional(),
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

const ReportMessage = z.object({
  row: z.number().int().nullable(),
  notice: z.string().optional(),
  lot: z.string().optional(),
  column: z.string().nullable(),
  message: z.string(),
});

export const ImportReportSchema = z
  .object({
    file: z.string(),
    format: z.string().nullable(),
    mode: z.enum(['all_or_nothing', 'partial']),
    dryRun: z.boolean(),
    applied: z.boolean(),
    accepted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    skipped: z.number().int(),
    errors: z.array(ReportMessage),
    warnings: z.array(ReportMessage),
    skips: z.array(z.object({ row: z.number().optional(), notice: z.string().optional(), lot: z.string().optional(), reason: z.string() })),
    addedEntities: z.array(z.string()),
    importId: z.number().int().nullable(),
    summary: z.string(),
  })
  .openapi('ImportReport');

export const ImportQuery = z.object({
  mode: z.enum(['all_or_nothing', 'partial']).default('all_or_nothing'),
  dryRun: z.enum(['true', 'false']).default('false'),
  addEntities: z.enum(['true', 'false']).default('false'),
});

export const ImportEntrySchema = z
  .object({
    id: z.number().int(),
    createdAt: z.string(),
    actor: z.string(),
    fileName: z.string(),
    checksum: z.string(),
    format: z.string().nullable(),
    mode: z.string(),
    dryRun: z.boolean(),
    applied: z.boolean(),
    accepted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    skipped: z.number().int(),
  })
  .openapi('ImportEntry');
