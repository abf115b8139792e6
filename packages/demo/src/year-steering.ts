/**
 * The first pass over a year: draw every draft (values and priorities only) and decide which
 * records are fully sustainable and which innovative, so that the year's value shares land where
 * the calibration wants them. Holds a few typed arrays of one year's length, never the records.
 *
 * Sustainability is steered per entity: each entity gets its own share (the pooled curve shifted
 * by its policy domain, its own lean and pace), all shifted together so that the pooled share
 * lands on the curve. Left to chance, one large works contract would decide an entity's share.
 * Innovation is steered on the pooled share only: it is rare, and concentrated where it belongs.
 */
import { onCurve } from './calibration.ts';
import { CRITERIA_IN_SCOPE, draftOdds, drawDraft, emptyDraft } from './contract-draft.ts';
import type { DemoPlan } from './demo-plan.ts';
import type { EntityProfile } from './entity-profiles.ts';
import { SeededRandom, logit, sigmoid } from './seeded-random.ts';
import { rankByPriority, selectValueShare } from './value-share-selection.ts';

export interface YearSteering {
  /** Per record of the year, in emission order: 1 = carries all essential criteria. */
  fullySustainable: Uint8Array;
  /** Per record of the year, in emission order: 1 = innovative purchase. */
  innovative: Uint8Array;
}

/** How much an entity's sustainable share wobbles from year to year around its path (logit). */
const YEARLY_WOBBLE = 0.15;
/** Largest step one entity's last contract may add to the pooled sustainable share. */
const MAX_POOLED_OVERSHOOT = 5e-4;

function entityOffset(plan: DemoPlan, profile: EntityProfile, year: number): number {
  const wobble = YEARLY_WOBBLE * SeededRandom.of(plan.seed, 'wobble', profile.entity.code, year).normal();
  return profile.sustainability + profile.sustainabilityTrend * (year - 2018) + wobble;
}

/**
 * Share per entity: σ(logit(pooled) + offset + shift), with the common shift found by bisection
 * so that the value-weighted mean of the entity shares is the pooled target.
 */
function entityShares(pooled: number, offsets: readonly number[], values: readonly number[]): number[] {
  const base = logit(pooled);
  const total = values.reduce((sum, v) => sum + v, 0);
  const mean = (shift: number): number => offsets.reduce((sum, offset, e) => sum + values[e]! * sigmoid(base + offset + shift), 0) / total;
  let lo = -20;
  let hi = 20;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (mean(mid) < pooled) lo = mid;
    else hi = mid;
  }
  const shift = total > 0 ? (lo + hi) / 2 : 0;
  return offsets.map((offset) => sigmoid(base + offset + shift));
}

function selectedShare(selected: Uint8Array, priority: Float64Array, value: Float64Array): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < selected.length; i++) {
    if (!Number.isFinite(priority[i]!)) continue;
    den += value[i]!;
    if (selected[i] === 1) num += value[i]!;
  }
  return den > 0 ? num / den : 0;
}

export function steerYear(plan: DemoPlan, year: number): YearSteering {
  const counts = plan.counts.get(year)!;
  const n = counts.reduce((sum, c) => sum + c, 0);
  const value = new Float64Array(n);
  const sustainability = new Float64Array(n).fill(Number.NaN);
  const innovation = new Float64Array(n).fill(Number.NaN);
  const inScopeValue = new Array<number>(plan.profiles.length).fill(0);
  const draft = emptyDraft();
  let k = 0;
  plan.profiles.forEach((profile, e) => {
    const random = SeededRandom.of(plan.seed, 'drafts', profile.entity.code, year);
    const odds = draftOdds(profile, year);
    for (let i = 0; i < counts[e]!; i++, k++) {
      drawDraft(random, profile, odds, draft);
      value[k] = draft.valueEur;
      if (draft.criteria === CRITERIA_IN_SCOPE) {
        sustainability[k] = draft.sustainabilityPriority;
        inScopeValue[e]! += draft.valueEur;
      }
      if (draft.innovationKnown) innovation[k] = draft.innovationPriority;
    }
  });

  const target = onCurve(plan.tier.sustainableValueShare, year);
  const offsets = plan.profiles.map((profile) => entityOffset(plan, profile, year));
  // Each entity's records are one contiguous run of the year; rank each run once.
  const runs = plan.profiles.map((_profile, e) => {
    const start = counts.subarray(0, e).reduce((sum, c) => sum + c, 0);
    const end = start + counts[e]!;
    return { start, value: value.subarray(start, end), ranked: rankByPriority(sustainability.subarray(start, end)) };
  });
  // A contract that would tip the pooled share by more than this is left for smaller ones.
  const maxOvershoot = MAX_POOLED_OVERSHOOT * inScopeValue.reduce((sum, v) => sum + v, 0);
  const select = (pooled: number): Uint8Array => {
    const shares = entityShares(pooled, offsets, inScopeValue);
    const selected = new Uint8Array(n);
    runs.forEach((run, e) => selected.set(selectValueShare(run.ranked, run.value, shares[e]!, 'threshold', maxOvershoot), run.start));
    return selected;
  };
  // Each entity lands within half a contract of its share, so the pooled share drifts a little:
  // re-aim a few times by the miss and keep the closest.
  let aim = target;
  let fullySustainable = select(aim);
  let miss = target - selectedShare(fullySustainable, sustainability, value);
  for (let round = 0; round < 4 && Math.abs(miss) > 2e-4; round++) {
    aim = Math.min(0.999, Math.max(0.001, aim + miss));
    const candidate = select(aim);
    const candidateMiss = target - selectedShare(candidate, sustainability, value);
    if (Math.abs(candidateMiss) < Math.abs(miss)) {
      fullySustainable = candidate;
      miss = candidateMiss;
    }
  }

  return {
    fullySustainable,
    innovative: selectValueShare(rankByPriority(innovation), value, onCurve(plan.tier.innovationValueShare, year), 'exact'),
  };
}
