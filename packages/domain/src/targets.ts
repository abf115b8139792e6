import type { IndicatorId } from './indicators.ts';

/**
 * `all` is the whole Flemish government (the plan's goals); `tier` a whole tier (scope code
 * `local` or `flemish_government`); `province` the local governments of one province (its NIS
 * code); `entity` one entity or municipality. Local series are never judged against `all`.
 */
export const TARGET_SCOPES = ['all', 'policy_domain', 'entity', 'tier', 'province'] as const;
export type TargetScope = (typeof TARGET_SCOPES)[number];

/** Whose charts show a policy event: everyone's, a policy domain's or one entity's. */
export const POLICY_EVENT_SCOPES = ['all', 'policy_domain', 'entity'] as const;
export type PolicyEventScope = (typeof POLICY_EVENT_SCOPES)[number];

/** A dated goal for one indicator in one scope. Targets are data: these are only the defaults. */
export interface Target {
  indicator: IndicatorId;
  scope: TargetScope;
  /** Policy-domain, entity, tier or province code; null for scope `all`. */
  scopeCode: string | null;
  year: number;
  /** Share between 0 and 1. */
  value: number;
  source: string;
}

const PLAN = 'Vlaams plan overheidsopdrachten 2016-2020 (VR 2016 2901 DOC.0061/2TER)';

/** The two numeric goals of the procurement plan; every other indicator is monitoring only. */
export const DEFAULT_TARGETS: readonly Target[] = [
  { indicator: 'sustainable_value_share', scope: 'all', scopeCode: null, year: 2020, value: 1, source: PLAN },
  { indicator: 'sustainable_count_share', scope: 'all', scopeCode: null, year: 2020, value: 1, source: PLAN },
  { indicator: 'innovation_value_share', scope: 'all', scopeCode: null, year: 2020, value: 0.03, source: PLAN },
];

/** The statuses a series is judged to have (SPEC §4), best first; `insufficient_data` when it cannot be judged. */
export const STATUSES = ['achieved', 'on_track', 'needs_acceleration', 'limited_progress', 'deterioration', 'missed', 'insufficient_data'] as const;
export type Status = (typeof STATUSES)[number];

/** When a series has too little evidence to be judged (SPEC §4). Configuration, not law. */
export interface StatusThresholds {
  minN: number;
  minCoverage: number;
  onTrack: number;
  needsAcceleration: number;
}

export const DEFAULT_STATUS_THRESHOLDS: StatusThresholds = {
  minN: 5,
  minCoverage: 0.8,
  onTrack: 0.95,
  needsAcceleration: 0.6,
};

/** The first year of the plan, the default baseline of every glide path. */
export const PLAN_BASELINE_YEAR = 2016;
