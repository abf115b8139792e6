/**
 * The part of a demo contract that the yearly steering needs: what is bought, for how much, whether
 * the criteria and innovation answers are known, and the priorities by which records get the
 * "fully sustainable" and "innovative" flags. The generator draws every draft twice (once to
 * steer the year, once to emit it) from the same stream, so this must depend on nothing else.
 */
import { CRITERIA_COVERAGE, UNKNOWN_RATE, onCurve } from './calibration.ts';
import { VALUE_FLOOR_EUR } from './contract-catalogue.ts';
import type { EntityProfile } from './entity-profiles.ts';
import { logit, sigmoid, type SeededRandom } from './seeded-random.ts';

const CRITERIA_UNKNOWN = 0;
export const CRITERIA_NOT_APPLICABLE = 1;
/** Known and inside the sustainable indicators: `full` or `none_or_partial`, decided by steering. */
export const CRITERIA_IN_SCOPE = 2;

export interface ContractDraft {
  groupIndex: number;
  itemIndex: number;
  valueEur: number;
  criteria: number;
  /** Higher = more likely to carry all essential criteria. */
  sustainabilityPriority: number;
  innovationKnown: boolean;
  /** Higher = more likely to be an innovative purchase. */
  innovationPriority: number;
}

export function emptyDraft(): ContractDraft {
  return { groupIndex: 0, itemIndex: 0, valueEur: 0, criteria: 0, sustainabilityPriority: 0, innovationKnown: false, innovationPriority: 0 };
}

/** Per-year probabilities of one entity, computed once per entity-year rather than per record. */
export interface DraftOdds {
  criteriaKnown: number;
  innovationKnown: number;
}

export function draftOdds(profile: EntityProfile, year: number): DraftOdds {
  const criteriaKnown = profile.poorCoverage[year] ?? sigmoid(logit(onCurve(CRITERIA_COVERAGE, year)) + profile.coverage);
  return {
    criteriaKnown,
    innovationKnown: 1 - Math.min(0.5, 1.15 * onCurve(UNKNOWN_RATE, year) * profile.unknownFactor),
  };
}

/** Contracts in a group without essential criteria that were still answered as if it had them. */
const OTHER_GROUP_IN_SCOPE = 0.06;
/** Contracts in a group with essential criteria answered "not a product group" by mistake. */
const ESSENTIAL_GROUP_NOT_APPLICABLE = 0.015;
/** Large contracts are somewhat less often fully sustainable: count and value shares differ. */
const SIZE_PENALTY = 0.02;

/** Fills `draft` with the next contract of this entity (always the same number of draws). */
export function drawDraft(random: SeededRandom, profile: EntityProfile, odds: DraftOdds, draft: ContractDraft): ContractDraft {
  const groupIndex = random.weighted(profile.groupWeights);
  const choice = profile.groups[groupIndex]!;
  const itemIndex = random.weighted(choice.itemWeights);
  const item = choice.items[itemIndex]!;
  const group = choice.group;

  const median = group.medianEur * (item.valueFactor ?? 1) * profile.valueScale;
  const amount = VALUE_FLOOR_EUR + Math.exp(Math.log(median) + group.sigma * random.normal());
  const valueEur = Math.round(amount * 100) / 100;

  const known = random.chance(odds.criteriaKnown);
  const notApplicable = random.chance(choice.essentialCriteria ? ESSENTIAL_GROUP_NOT_APPLICABLE : 1 - OTHER_GROUP_IN_SCOPE);
  const sustainabilityNoise = random.logistic();
  const innovationKnown = random.chance(odds.innovationKnown);
  const innovationNoise = random.logistic();

  draft.groupIndex = groupIndex;
  draft.itemIndex = itemIndex;
  draft.valueEur = valueEur;
  draft.criteria = !known ? CRITERIA_UNKNOWN : notApplicable ? CRITERIA_NOT_APPLICABLE : CRITERIA_IN_SCOPE;
  // Only the order within the entity matters: its share itself is set by the yearly steering.
  draft.sustainabilityPriority = group.sustainability - SIZE_PENALTY * Math.log(valueEur / 100_000) + sustainabilityNoise;
  draft.innovationKnown = innovationKnown;
  draft.innovationPriority = profile.innovation + group.innovation + (item.innovation ?? 0) + innovationNoise;
  return draft;
}
