/** The status thresholds: when a year is usable and the pace ratios of the statuses (read, set by an administrator). */
import type { StatusThresholds } from '@koers/domain';
import { z } from 'zod';
import { MAX_MIN_N, MAX_PACE_RATIO } from './limits.ts';

/** The thresholds as an answer carries them. */
export const StatusThresholdsValues = z.object({
  minN: z.number(),
  minCoverage: z.number(),
  onTrack: z.number(),
  needsAcceleration: z.number(),
}) satisfies z.ZodType<StatusThresholds>;

/** The thresholds as they are set: each within its bounds. */
export const StatusThresholdsSchema = z
  .strictObject({
    minN: z
      .number()
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(MAX_MIN_N, `must be at most ${MAX_MIN_N}`)
      .meta({ description: 'Records a year needs to be usable.', example: 5 }),
    minCoverage: z
      .number()
      .min(0, 'must be 0 or more')
      .max(1, 'must be at most 1 (100 %)')
      .meta({ description: 'Coverage (0–1) a year needs to be usable.', example: 0.8 }),
    onTrack: z
      .number()
      .gt(0, 'must be above 0')
      .max(MAX_PACE_RATIO, `must be at most ${MAX_PACE_RATIO}`)
      .meta({ description: 'Observed ÷ required pace from which a series is on track.', example: 0.95 }),
    needsAcceleration: z
      .number()
      .gt(0, 'must be above 0')
      .max(MAX_PACE_RATIO, `must be at most ${MAX_PACE_RATIO}`)
      .meta({ description: 'Pace ratio from which a series needs acceleration (below: limited progress).', example: 0.6 }),
  })
  .meta({ id: 'StatusThresholds' }) satisfies z.ZodType<StatusThresholds>;

export const StatusThresholdsOutcomeSchema = z
  .object({
    thresholds: StatusThresholdsSchema,
    change: z
      .object({ id: z.number().int(), at: z.string(), actor: z.string(), old: StatusThresholdsSchema, new: StatusThresholdsSchema })
      .nullable()
      .meta({ description: 'The audited change; null when the thresholds already had these values.' }),
  })
  .meta({ id: 'StatusThresholdsOutcome' });

export type StatusThresholdsInput = z.input<typeof StatusThresholdsSchema>;
export type StatusThresholdsOutcome = z.infer<typeof StatusThresholdsOutcomeSchema>;
