/** Policy events as administered data: the list every trend draws, and adding, changing or removing one. */
import { LOCALES, POLICY_EVENT_SCOPES, type Locale } from '@koers/domain';
import { z } from 'zod';
import { Code, Localized, orNull } from './common.ts';
import { EVENT_LABEL_MAX, MAX_ID, SOURCE_MAX } from './limits.ts';

const EventScope = z.enum(POLICY_EVENT_SCOPES);

const EventLabels = z.strictObject(Object.fromEntries(LOCALES.map((locale) => [locale, z.string().max(EVENT_LABEL_MAX)])) as Record<Locale, z.ZodString>);

export const PolicyEventSchema = z
  .object({
    id: z.number().int(),
    date: z.string().meta({ description: 'ISO date (yyyy-mm-dd).', example: '2016-01-29' }),
    label: Localized,
    scope: EventScope,
    scopeCode: z.string().nullable(),
    source: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PolicyEvent' });

export const PolicyEventList = z.object({ items: z.array(PolicyEventSchema) });

export const PolicyEventIdParams = z.strictObject({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(MAX_ID)
    .meta({ param: { name: 'id', in: 'path' } }),
});

export const PolicyEventBody = z
  .strictObject({
    date: z.string().max(10).meta({ description: 'ISO date (yyyy-mm-dd).', example: '2016-01-29' }),
    label: EventLabels.meta({ description: `The words in Dutch, French and English (each at most ${EVENT_LABEL_MAX} characters, no line breaks).` }),
    scope: EventScope.optional().meta({ description: 'Whose charts show the event; default `all`.' }),
    scopeCode: Code.nullable().optional().meta({ description: 'Entity or policy-domain code; null or omitted for scope `all`.' }),
    source: z.string().max(SOURCE_MAX).nullable().optional(),
  })
  .meta({ id: 'PolicyEventInput' });

export const PolicyEventOutcomeSchema = z
  .object({
    event: orNull(PolicyEventSchema, 'The event after the change; null after a removal.'),
    auditId: z.number().int().nullable().meta({ description: 'The audit entry written; null when nothing changed.' }),
  })
  .meta({ id: 'PolicyEventOutcome' });

export type PolicyEvent = z.infer<typeof PolicyEventSchema>;
export type PolicyEventInput = z.input<typeof PolicyEventBody>;
export type PolicyEventOutcome = z.infer<typeof PolicyEventOutcomeSchema>;
export type PolicyEventListAnswer = z.infer<typeof PolicyEventList>;
