/**
 * Records: the question for the records behind a number, a page of them, and a correction. The
 * record's fields are the domain's (`ProcurementRecord`): the schemas are checked against it, so a
 * field added or changed there fails the typecheck here until the contract says it too.
 */
import {
  CRITERIA_ANSWERS,
  INDICATOR_IDS,
  INDICATOR_PARTS,
  MAX_TEXT_LENGTH,
  PROCEDURES,
  RECORD_SORT_FIELDS,
  SORT_DIRECTIONS,
  type CorrectableField,
  type ProcurementRecord,
  type StoredRecordFields,
} from '@koers/domain';
import { z } from 'zod';
import { IdParam } from './common.ts';
import { FilterQuery } from './indicators.ts';
import { RECORD_PAGE_MAX } from './limits.ts';

export const RecordsQuery = FilterQuery.extend({
  indicator: z.enum(INDICATOR_IDS).optional().meta({ description: 'Restrict to the records behind this indicator.' }),
  part: z
    .enum(INDICATOR_PARTS)
    .optional()
    .meta({ description: 'With `indicator`: the records in its numerator, denominator, scope, or with an unknown answer.' }),
  sort: z.enum(RECORD_SORT_FIELDS).default('award_date'),
  direction: z.enum(SORT_DIRECTIONS).default('desc'),
  limit: z.coerce.number().int().min(1).max(RECORD_PAGE_MAX).default(50),
  cursor: z.string().max(500).optional().meta({ description: 'The `nextCursor` of the previous page.' }),
});

type StoredRecord = ProcurementRecord & StoredRecordFields;

/** The criteria answer, the yes/no answers and the procedure: the same in a stored record and in a correction. */
const ANSWER_FIELDS = {
  criteria: z.enum(CRITERIA_ANSWERS).nullable(),
  innovative: z.boolean().nullable(),
  socialClause: z.boolean().nullable(),
  circular: z.boolean().nullable(),
  smeWinner: z.boolean().nullable(),
  framework: z.boolean().nullable(),
  eSubmission: z.boolean().nullable(),
  procedure: z.enum(PROCEDURES).nullable(),
};

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
    ...ANSWER_FIELDS,
    tendersReceived: z.number().int().nullable(),
    supplier: z.string().nullable(),
    importId: z.number().int().nullable(),
    updatedAt: z.string(),
  } satisfies { [K in keyof StoredRecord]-?: z.ZodType<StoredRecord[K]> })
  .meta({ id: 'Record' });

export const RecordPageResponse = z
  .object({ items: z.array(RecordSchema), total: z.number().int(), nextCursor: z.string().nullable() })
  .meta({ id: 'RecordPage' });

export const RecordIdParams = z.object({ id: IdParam('Record id') });

const nullableText = (max: number) => z.string().max(max).nullable();

/** What a correction may write in each field: the import's rules for a field typed by hand. */
const CORRECTION_FIELDS = {
  awardDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date such as 2018-03-31'),
  title: nullableText(MAX_TEXT_LENGTH),
  cpv: z
    .string()
    .regex(/^\d{8}(-\d)?$/, 'must be a CPV code such as 45233162-2')
    .nullable(),
  productGroup: z.string().max(64).nullable(),
  valueEur: z.number().min(0, 'must not be negative').max(1e12, 'is too large').nullable(),
  ...ANSWER_FIELDS,
  tendersReceived: z.number().int().min(0).max(100_000).nullable(),
  supplier: nullableText(MAX_TEXT_LENGTH),
} satisfies { [K in CorrectableField]-?: z.ZodType<ProcurementRecord[K]> };

export const CorrectionBody = z
  .strictObject({
    changes: z.strictObject(CORRECTION_FIELDS).partial().meta({ description: 'The fields to change; null makes a field unknown.' }),
    reason: z.string().min(1, 'say why the record is corrected').max(MAX_TEXT_LENGTH),
  })
  .meta({ id: 'CorrectionInput' });

export const CorrectionResultSchema = z
  .object({
    importId: z.number().int().nullable(),
    record: RecordSchema,
    changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
  })
  .meta({ id: 'CorrectionResult' });

export type RecordsQueryInput = z.input<typeof RecordsQuery>;
export type RecordItem = z.infer<typeof RecordSchema>;
export type RecordPage = z.infer<typeof RecordPageResponse>;
export type CorrectionInput = z.input<typeof CorrectionBody>;
export type CorrectionResult = z.infer<typeof CorrectionResultSchema>;
