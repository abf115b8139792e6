/** Request and response schemas of the HTTP API: validation at the edge and the OpenAPI document. */
import { z } from '@hono/zod-openapi';
import {
  BOUNDARIES,
  GROUP_KEYS,
  INDICATOR_IDS,
  POPULATION_CLASSES,
  PROBLEM_CODES,
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

const ReportMessage = z.object({
  row: z.number().int().nullable(),
  notice: z.string().optional(),
  lot: z.string().optional(),
  column: z.string().nullable(),
  message: z.string().openapi({ description: 'What is wrong, in English.' }),
  code: z.enum(PROBLEM_CODES).optional().openapi({ description: 'The message as a code, where one is defined: for saying it in another language.' }),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional().openapi({ description: 'The values the message names (the cell as written, a column, an entity…).' }),
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
    messageTotals: z
      .object({ errors: z.number().int(), warnings: z.number().int(), skips: z.number().int() })
      .optional()
      .openapi({ description: 'Present when `messages` cut the lists: how many errors, warnings and skips the report holds in all.' }),
  })
  .openapi('ImportReport');

/** `messages=N`: at most N errors, warnings and skips each in the answer (the stored report keeps them all). */
export const MessagesParam = z.coerce
  .number()
  .int()
  .min(0)
  .max(1_000_000)
  .optional()
  .openapi({ description: 'At most this many errors, warnings and skips each in the answer, with `messageTotals`; by default all of them.' });

export const ImportQuery = z.strictObject({
  mode: z.enum(['all_or_nothing', 'partial']).default('all_or_nothing'),
  dryRun: z.enum(['true', 'false']).default('false'),
  addEntities: z.enum(['true', 'false']).default('false'),
  messages: MessagesParam,
  wait: z.enum(['true', 'false']).default('true').openapi({ description: '`false`: answer 202 with the import\'s id once the file is received, and import meanwhile.' }),
});

export const ImportProgressSchema = z
  .object({
    bytesRead: z.number().int(),
    bytesTotal: z.number().int(),
    rowsRead: z.number().int().openapi({ description: 'Rows (or notices and lots) read so far, valid or not.' }),
  })
  .openapi('ImportProgress');

export const ImportStartedSchema = z
  .object({ importId: z.number().int(), status: z.literal('running') })
  .openapi('ImportStarted');

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
    status: z.string().openapi({
      description: '`running` while it runs, `done` after; `failed` when it was stopped (it needed more memory than an import may use, failed for a reason other than its file, or its process died: such an entry is marked when a server or command next starts): nothing was written and the report says why.',
    }),
    finishedAt: z.string().nullable(),
    undoneAt: z.string().nullable().openapi({ description: 'When an administrator undid the import; null while it stands.' }),
    undoneBy: z.string().nullable(),
  })
  .openapi('ImportEntry');

/** A database id in a path: a positive whole number that fits the id columns. */
export const IdParam = (description: string) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .positive('must be positive')
    .max(2_147_483_647, 'is too large')
    .openapi({ param: { name: 'id', in: 'path' }, description });

export const UndoResultSchema = z
  .object({
    importId: z.number().int(),
    restored: z.number().int().openapi({ description: 'Records written back exactly as they were before the import.' }),
    deleted: z.number().int().openapi({ description: 'Records the import had created, now deleted.' }),
    entities: z.array(z.string()),
    undoneAt: z.string(),
    undoneBy: z.string(),
  })
  .openapi('UndoResult');

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

export const TARGET_SCOPE = z.enum(['all', 'policy_domain', 'entity', 'tier', 'province']);
const CODE = z.string().max(64).regex(/^[A-Za-z0-9_\-.]+$/, 'must be a registry code');

export const StoredTargetSchema = z
  .object({
    indicator: z.enum(INDICATOR_IDS),
    scope: TARGET_SCOPE,
    scopeCode: z.string().nullable(),
    year: z.number().int(),
    value: z.number().openapi({ description: 'Share from 0 to 1 (1 = 100 %).' }),
    source: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Target');

export const TargetChangeSchema = z
  .object({
    id: z.number().int(),
    changedAt: z.string(),
    actor: z.string(),
    indicator: z.string(),
    scope: z.string(),
    scopeCode: z.string().nullable(),
    year: z.number().int(),
    oldValue: z.number().nullable().openapi({ description: 'null: there was no target for this key.' }),
    newValue: z.number().nullable().openapi({ description: 'null: the target was removed.' }),
    oldSource: z.string().nullable(),
    newSource: z.string().nullable(),
  })
  .openapi('TargetChange');

const targetYear = z.coerce
  .number({ error: 'must be a year such as 2020' })
  .int('must be a whole year')
  .min(2000, 'must be 2000 or later')
  .max(2100, 'must be 2100 or earlier');

export const TargetsQuery = z.strictObject({
  indicator: z.enum(INDICATOR_IDS).optional(),
  scope: TARGET_SCOPE.optional(),
  scopeCode: CODE.optional(),
});

export const TargetKeyQuery = z.strictObject({
  indicator: z.enum(INDICATOR_IDS),
  scope: TARGET_SCOPE,
  scopeCode: CODE.optional().openapi({ description: 'Entity or policy-domain code; omitted for scope `all`.' }),
  year: targetYear,
});

export const TargetBody = z
  .strictObject({
    indicator: z.enum(INDICATOR_IDS),
    scope: TARGET_SCOPE,
    scopeCode: CODE.nullable().optional().openapi({ description: 'Entity or policy-domain code; null or omitted for scope `all`.' }),
    year: z.number().int('must be a whole year').min(2000, 'must be 2000 or later').max(2100, 'must be 2100 or earlier'),
    value: z.number().min(0, 'must be 0 or more').max(1, 'must be at most 1 (100 %)').openapi({ description: 'Share from 0 to 1.', example: 1 }),
    source: z.string().max(500).nullable().optional().openapi({ description: 'Where the target comes from; kept when omitted on an update.' }),
  })
  .openapi('TargetInput');

export const TargetChangeOutcomeSchema = z
  .object({ target: StoredTargetSchema.nullable(), change: TargetChangeSchema.nullable().openapi({ description: 'null when the target already had this value and source.' }) })
  .openapi('TargetChangeOutcome');

const EVENT_LABELS = z.strictObject({
  nl: z.string().max(300),
  fr: z.string().max(300),
  en: z.string().max(300),
});

const EVENT_SCOPE = z.enum(['all', 'policy_domain', 'entity']);

export const PolicyEventSchema = z
  .object({
    id: z.number().int(),
    date: z.string().openapi({ description: 'ISO date (yyyy-mm-dd).', example: '2016-01-29' }),
    label: z.object({ nl: z.string(), fr: z.string(), en: z.string() }),
    scope: EVENT_SCOPE,
    scopeCode: z.string().nullable(),
    source: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('PolicyEvent');

export const PolicyEventBody = z
  .strictObject({
    date: z.string().max(10).openapi({ description: 'ISO date (yyyy-mm-dd).', example: '2016-01-29' }),
    label: EVENT_LABELS.openapi({ description: 'The words in Dutch, French and English (each at most 300 characters, no line breaks).' }),
    scope: EVENT_SCOPE.optional().openapi({ description: 'Whose charts show the event; default `all`.' }),
    scopeCode: CODE.nullable().optional().openapi({ description: 'Entity or policy-domain code; null or omitted for scope `all`.' }),
    source: z.string().max(500).nullable().optional(),
  })
  .openapi('PolicyEventInput');

export const PolicyEventOutcomeSchema = z
  .object({
    event: PolicyEventSchema.nullable().openapi({ description: 'The event after the change; null after a removal.' }),
    auditId: z.number().int().nullable().openapi({ description: 'The audit entry written; null when nothing changed.' }),
  })
  .openapi('PolicyEventOutcome');

export const AuditItemSchema = z
  .object({
    id: z.string().openapi({ description: '`import:12`, `target:3` or `audit:7`.' }),
    at: z.string(),
    actor: z.string(),
    action: z.enum(['import', 'correction', 'import_undo', 'target_set', 'target_remove', 'status_thresholds_set', 'token_create', 'token_revoke', 'event_create', 'event_change', 'event_remove']),
    subject: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditItem');

export const AUDIT_ACTIONS = ['import', 'correction', 'import_undo', 'target_set', 'target_remove', 'status_thresholds_set', 'token_create', 'token_revoke', 'event_create', 'event_change', 'event_remove'] as const;

export const StatusThresholdsSchema = z
  .strictObject({
    minN: z.number().int('must be a whole number').min(1, 'must be at least 1').max(100_000, 'must be at most 100000').openapi({ description: 'Records a year needs to be usable.', example: 5 }),
    minCoverage: z.number().min(0, 'must be 0 or more').max(1, 'must be at most 1 (100 %)').openapi({ description: 'Coverage (0–1) a year needs to be usable.', example: 0.8 }),
    onTrack: z.number().gt(0, 'must be above 0').max(10, 'must be at most 10').openapi({ description: 'Observed ÷ required pace from which a series is on track.', example: 0.95 }),
    needsAcceleration: z.number().gt(0, 'must be above 0').max(10, 'must be at most 10').openapi({ description: 'Pace ratio from which a series needs acceleration (below: limited progress).', example: 0.6 }),
  })
  .openapi('StatusThresholds');

export const StatusThresholdsOutcomeSchema = z
  .object({
    thresholds: StatusThresholdsSchema,
    change: z
      .object({ id: z.number().int(), at: z.string(), actor: z.string(), old: StatusThresholdsSchema, new: StatusThresholdsSchema })
      .nullable()
      .openapi({ description: 'The audited change; null when the thresholds already had these values.' }),
  })
  .openapi('StatusThresholdsOutcome');

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
