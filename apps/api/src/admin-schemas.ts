/**
 * Schemas of the administered data: targets, policy events, status thresholds and the audit trail
 * that records their changes (request bodies, queries and answers).
 */
import { z } from '@hono/zod-openapi';
import { INDICATOR_IDS } from '@koers/domain';
import { Localized } from './schemas.ts';

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
    label: Localized,
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

export const AUDIT_ACTIONS = ['import', 'correction', 'import_undo', 'target_set', 'target_remove', 'status_thresholds_set', 'token_create', 'token_revoke', 'event_create', 'event_change', 'event_remove'] as const;

export const AuditItemSchema = z
  .object({
    id: z.string().openapi({ description: '`import:12`, `target:3` or `audit:7`.' }),
    at: z.string(),
    actor: z.string(),
    action: z.enum(AUDIT_ACTIONS),
    subject: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditItem');

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
