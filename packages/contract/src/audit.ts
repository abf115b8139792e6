/** The audit trail: every administrative action, newest first (admin). */
import { z } from 'zod';
import { pageLimit } from './common.ts';
import { HISTORY_PAGE_MAX } from './limits.ts';

export const AUDIT_ACTIONS = [
  'import',
  'correction',
  'import_undo',
  'target_set',
  'target_remove',
  'status_thresholds_set',
  'token_create',
  'token_revoke',
  'event_create',
  'event_change',
  'event_remove',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AuditQuery = z.strictObject({
  limit: pageLimit(HISTORY_PAGE_MAX, 100),
  before: z.iso
    .datetime({ message: 'must be an ISO timestamp such as 2026-11-28T10:00:00.000Z' })
    .optional()
    .meta({ description: 'The `nextBefore` of the previous page.' }),
  action: z
    .string()
    .max(200)
    .refine((v) => v.split(',').every((a) => (AUDIT_ACTIONS as readonly string[]).includes(a)), {
      message: `must be a comma-separated list of ${AUDIT_ACTIONS.join(', ')}`,
    })
    .optional(),
});

export const AuditItemSchema = z
  .object({
    id: z.string().meta({ description: '`import:12`, `target:3` or `audit:7`.' }),
    at: z.string(),
    actor: z.string(),
    action: z.enum(AUDIT_ACTIONS),
    subject: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditItem' });

export const AuditPage = z.object({ items: z.array(AuditItemSchema), nextBefore: z.string().nullable() });

export type AuditItem = z.infer<typeof AuditItemSchema>;
