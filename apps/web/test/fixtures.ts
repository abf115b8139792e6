import { DEFAULT_STATUS_THRESHOLDS } from '@koers/domain';
import type { IndicatorRow, Progress } from '../src/shared/api/types.ts';

/** The thresholds /meta serves by default (SPEC §4). */
export const THRESHOLDS = DEFAULT_STATUS_THRESHOLDS;

/** A yearly row as the API answers it; only the fields a test cares about need be given. */
export function row(fields: Partial<IndicatorRow> & { year?: number }): IndicatorRow {
  return { numerator: 0, denominator: 0, value: null, n: 0, coverage: null, ...fields };
}

export function progress(fields: Partial<Progress>): Progress {
  return {
    status: 'limited_progress',
    year: null,
    usable: true,
    baselineYear: null,
    baselineValue: null,
    latestYear: null,
    latestValue: null,
    lastUsableYear: null,
    lastUsableValue: null,
    expected: null,
    deviation: null,
    requiredPace: null,
    observedPace: null,
    projectedYear: null,
    gap: null,
    missedBy: null,
    reachedYear: null,
    ...fields,
  };
}

export const PLAN_TARGET = { value: 1, year: 2020, scope: 'all' as const, scopeCode: null, source: 'plan' };
