/** Indicator questions and answers: the filters every read understands, one indicator's rows with targets and statuses. */
import {
  BOUNDARIES,
  GROUP_KEYS,
  INDICATOR_IDS,
  LOCALES,
  MEASURES,
  POLARITIES,
  POPULATION_CLASSES,
  STATUSES,
  TARGET_SCOPES,
  TIERS,
  type IndicatorDefinition as DomainIndicatorDefinition,
} from '@koers/domain';
import { z } from 'zod';
import { choiceList, codeList, Localized, queryYear } from './common.ts';

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
    .meta({ description: '`current` (default): records of municipalities merged in 2019 count under their successor; `historical`: as they were.' }),
  from: queryYear('First year included.'),
  to: queryYear('Last year included.'),
});

export const IndicatorQuery = FilterQuery.extend({
  groupBy: z
    .string()
    .max(200)
    .optional()
    .refine((v) => v === undefined || v === '' || v.split(',').every((k) => (GROUP_KEYS as readonly string[]).includes(k)), {
      message: `must be a comma-separated list of ${GROUP_KEYS.join(', ')}`,
    })
    .meta({ description: `Comma-separated from ${GROUP_KEYS.join(', ')}.`, example: 'year,entity' }),
});

export const IndicatorParams = z.object({
  id: z
    .string()
    .max(100)
    .meta({ param: { name: 'id', in: 'path' }, example: 'sustainable_value_share', description: INDICATOR_IDS.join(', ') }),
});

export const ExportQuery = IndicatorQuery.extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  lang: z.enum(LOCALES).default('nl'),
});

/** The files an indicator export answers. */
export const CsvFile = z.string();
export const XlsxFile = z.string().meta({ format: 'binary' });

export const IndicatorDefinitionSchema = z
  .object({
    id: z.enum(INDICATOR_IDS),
    theme: z.number().int(),
    measure: z.enum(MEASURES),
    polarity: z.enum(POLARITIES),
    unit: z.literal('share'),
    label: Localized,
    definition: Localized,
  })
  .meta({ id: 'IndicatorDefinition' }) satisfies z.ZodType<DomainIndicatorDefinition>;

export const StatusSchema = z.enum(STATUSES);

export const ProgressSchema = z
  .object({
    status: StatusSchema,
    year: z.number().nullable().meta({ description: 'The year judged: the row’s year, or the last year asked for on a pooled row.' }),
    usable: z
      .boolean()
      .meta({ description: 'Whether the judged year’s own data meets the thresholds (n, coverage); when false every figure of the year is null.' }),
    baselineYear: z.number().nullable(),
    baselineValue: z.number().nullable(),
    latestYear: z.number().nullable().meta({ description: 'The judged year when usable, else null: never another year.' }),
    latestValue: z.number().nullable(),
    lastUsableYear: z.number().nullable().meta({ description: 'The last usable year up to the judged year, to be named as such.' }),
    lastUsableValue: z.number().nullable(),
    expected: z.number().nullable(),
    deviation: z.number().nullable().meta({ description: 'Actual − expected, percentage points.' }),
    requiredPace: z.number().nullable().meta({ description: 'Percentage points per year still needed.' }),
    observedPace: z.number().nullable().meta({ description: 'Least-squares slope, percentage points per year.' }),
    projectedYear: z.number().nullable(),
    gap: z.number().nullable(),
    missedBy: z.number().nullable(),
    reachedYear: z.number().nullable(),
  })
  .meta({ id: 'Progress' });

export const TargetRefSchema = z.object({
  value: z.number(),
  year: z.number().int(),
  scope: z.enum(TARGET_SCOPES),
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
    value: z.number().nullable().meta({ description: 'numerator ÷ denominator, 0–1; null when the denominator is 0.' }),
    n: z.number().int().meta({ description: 'Records in the denominator.' }),
    coverage: z.number().nullable().meta({ description: 'Share of records in scope whose answer is known.' }),
    target: TargetRefSchema.optional(),
    expected: z.number().nullable().optional().meta({ description: 'Glide-path value for the row’s year.' }),
    status: StatusSchema.optional(),
    progress: ProgressSchema.optional(),
  })
  .meta({ id: 'IndicatorRow' });

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
    dataset: z.string().nullable().meta({ description: '`demo` while the demo dataset is loaded.' }),
    rows: z.array(IndicatorRowSchema),
  })
  .meta({ id: 'IndicatorResult' });

export type FilterQueryInput = z.input<typeof FilterQuery>;
export type FilterQueryValues = z.output<typeof FilterQuery>;
export type IndicatorQueryInput = z.input<typeof IndicatorQuery>;
export type IndicatorResult = z.infer<typeof IndicatorResponse>;
export type IndicatorRow = z.infer<typeof IndicatorRowSchema>;
export type Progress = z.infer<typeof ProgressSchema>;
export type TargetRef = z.infer<typeof TargetRefSchema>;
export type IndicatorDefinition = z.infer<typeof IndicatorDefinitionSchema>;
