/** Targets as administered data: the stored targets, their change log, and setting or removing one. */
import { INDICATOR_IDS, TARGET_SCOPES } from '@koers/domain';
import { z } from 'zod';
import { BeforeId, Code, orNull, pageLimit } from './common.ts';
import { HISTORY_PAGE_MAX, SOURCE_MAX, TARGET_YEAR_MAX, TARGET_YEAR_MIN } from './limits.ts';

export const TargetScopeSchema = z.enum(TARGET_SCOPES);

export const StoredTargetSchema = z
  .object({
    indicator: z.enum(INDICATOR_IDS),
    scope: TargetScopeSchema,
    scopeCode: z.string().nullable(),
    year: z.number().int(),
    value: z.number().meta({ description: 'Share from 0 to 1 (1 = 100 %).' }),
    source: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Target' });

export const TargetChangeSchema = z
  .object({
    id: z.number().int(),
    changedAt: z.string(),
    actor: z.string(),
    indicator: z.string(),
    scope: z.string(),
    scopeCode: z.string().nullable(),
    year: z.number().int(),
    oldValue: z.number().nullable().meta({ description: 'null: there was no target for this key.' }),
    newValue: z.number().nullable().meta({ description: 'null: the target was removed.' }),
    oldSource: z.string().nullable(),
    newSource: z.string().nullable(),
  })
  .meta({ id: 'TargetChange' });

const AFTER = `must be ${TARGET_YEAR_MIN} or later`;
const BEFORE = `must be ${TARGET_YEAR_MAX} or earlier`;

export const TargetsQuery = z.strictObject({
  indicator: z.enum(INDICATOR_IDS).optional(),
  scope: TargetScopeSchema.optional(),
  scopeCode: Code.optional(),
});

export const TargetList = z.object({ items: z.array(StoredTargetSchema) });

export const TargetKeyQuery = z.strictObject({
  indicator: z.enum(INDICATOR_IDS),
  scope: TargetScopeSchema,
  scopeCode: Code.optional().meta({ description: 'Entity or policy-domain code; omitted for scope `all`.' }),
  year: z.coerce.number({ error: 'must be a year such as 2020' }).int('must be a whole year').min(TARGET_YEAR_MIN, AFTER).max(TARGET_YEAR_MAX, BEFORE),
});

export const TargetBody = z
  .strictObject({
    indicator: z.enum(INDICATOR_IDS),
    scope: TargetScopeSchema,
    scopeCode: Code.nullable().optional().meta({ description: 'Entity or policy-domain code; null or omitted for scope `all`.' }),
    year: z.number().int('must be a whole year').min(TARGET_YEAR_MIN, AFTER).max(TARGET_YEAR_MAX, BEFORE),
    value: z.number().min(0, 'must be 0 or more').max(1, 'must be at most 1 (100 %)').meta({ description: 'Share from 0 to 1.', example: 1 }),
    source: z.string().max(SOURCE_MAX).nullable().optional().meta({ description: 'Where the target comes from; kept when omitted on an update.' }),
  })
  .meta({ id: 'TargetInput' });

export const TargetChangeOutcomeSchema = z
  .object({
    target: orNull(StoredTargetSchema, 'The target in force after the change; null after a removal.'),
    change: orNull(TargetChangeSchema, 'null when the target already had this value and source.'),
  })
  .meta({ id: 'TargetChangeOutcome' });

export const TargetChangesQuery = z.strictObject({
  indicator: z.enum(INDICATOR_IDS).optional(),
  limit: pageLimit(HISTORY_PAGE_MAX, 100),
  beforeId: BeforeId,
});

export const TargetChangePage = z.object({ items: z.array(TargetChangeSchema), nextBeforeId: z.number().int().nullable() });

export type StoredTarget = z.infer<typeof StoredTargetSchema>;
export type TargetChange = z.infer<typeof TargetChangeSchema>;
export type TargetInput = z.input<typeof TargetBody>;
export type TargetKey = z.input<typeof TargetKeyQuery>;
export type TargetChangeOutcome = z.infer<typeof TargetChangeOutcomeSchema>;
export type TargetChangePageAnswer = z.infer<typeof TargetChangePage>;
export type TargetListAnswer = z.infer<typeof TargetList>;
export type TargetChangesQueryInput = z.input<typeof TargetChangesQuery>;
