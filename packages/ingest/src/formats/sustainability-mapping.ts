/**
 * How the sustainability codes of eForms notices and OCDS releases become a record's
 * `criteria`, `innovative`, `socialClause` and `circular` answers. The mapping is data: the
 * default below can be replaced, in whole or per part, through the readers' options
 * (`sustainabilityMapping`).
 *
 * Principle: **absent means unknown (null), never false.** A flag is false only when the notice
 * states its strategic-procurement answer (BT-06) and that answer leaves the flag out.
 *
 * Sources: eForms code lists strategic-procurement (BT-06), environmental-impact (BT-774),
 * social-objective (BT-775), innovative-acquisition (BT-776) and gpp-criteria (BT-805), all per
 * lot; OCDS sustainability extension (`sustainability[].goal` / `.strategies`, `hasSustainability`)
 * with the eForms→OCDS mapping tables of the OCDS eForms profile.
 *
 * Default rules:
 * - innovative: true when BT-06 has `inn-pur` or BT-776 has any code; false when BT-06 is stated
 *   (`none`, or codes without `inn-pur`) and BT-776 has none; else unknown.
 * - socialClause: true when BT-06 has `soc-obj` or BT-775 has any code; false/unknown likewise.
 * - circular: true when BT-774 has `circ-econ`; false when BT-06 is stated and BT-774 does not
 *   have `circ-econ`; unknown otherwise (BT-774 alone, e.g. `other`, may hide a circular goal).
 * - criteria (the Flemish question "are *all* essential sustainability criteria of the product
 *   group in the tender documents?") from BT-805, conservatively:
 *     - `none` (no green public procurement criteria used) → `none_or_partial`: without any GPP
 *       criteria the essential criteria cannot all be there. (If the product group has no
 *       essential criteria at all the answer should be `not_applicable`; that depends on the
 *       product group, which the pipeline derives, not on the notice.)
 *     - `eu`, `national`, `other` → unknown. A notice saying GPP criteria were *used* does not
 *       say that *all* essential criteria were included: buyers often apply a few of them. Mapping
 *       these to `full` would inflate the headline indicator (100 % target) with claims no notice
 *       makes. Data stewards who know their buyers apply the full Flemish set can override
 *       (`criteria: { ...DEFAULT_SUSTAINABILITY_MAPPING.criteria, national: 'full' }`).
 *     - BT-805 absent → unknown.
 */
import type { CriteriaAnswer } from '@koers/domain';
import { ownValue } from './untrusted-keys.ts';

/** The eForms code lists (listName) that carry sustainability information. */
const SUSTAINABILITY_LISTS = ['strategic-procurement', 'environmental-impact', 'social-objective', 'innovative-acquisition', 'gpp-criteria'] as const;
export type SustainabilityList = (typeof SUSTAINABILITY_LISTS)[number];

/** The codes a lot states per list; a list that is absent was not stated (unknown). */
export type SustainabilitySignals = Partial<Record<SustainabilityList, ReadonlySet<string>>>;

export interface FlagRule {
  /** The flag is true when any of these codes is stated; `'*'` means any code of that list. */
  trueWhen: Partial<Record<SustainabilityList, readonly string[] | '*'>>;
  /** The flag is false (instead of unknown) when one of these lists is stated but no `trueWhen` matched. */
  falseWhenStated: readonly SustainabilityList[];
}

export interface SustainabilityMapping {
  innovative: FlagRule;
  socialClause: FlagRule;
  circular: FlagRule;
  /** BT-805 code (gpp-criteria) → criteria answer; a code not listed, or null, gives unknown. */
  criteria: Readonly<Record<string, CriteriaAnswer | null>>;
}

export const DEFAULT_SUSTAINABILITY_MAPPING: SustainabilityMapping = {
  innovative: {
    trueWhen: { 'strategic-procurement': ['inn-pur'], 'innovative-acquisition': '*' },
    falseWhenStated: ['strategic-procurement'],
  },
  socialClause: {
    trueWhen: { 'strategic-procurement': ['soc-obj'], 'social-objective': '*' },
    falseWhenStated: ['strategic-procurement'],
  },
  circular: {
    trueWhen: { 'environmental-impact': ['circ-econ'] },
    falseWhenStated: ['strategic-procurement'],
  },
  criteria: { eu: null, national: null, other: null, none: 'none_or_partial' },
};

export interface SustainabilityAnswers {
  criteria: CriteriaAnswer | null;
  innovative: boolean | null;
  socialClause: boolean | null;
  circular: boolean | null;
}

export function resolveMapping(override: Partial<SustainabilityMapping> | undefined): SustainabilityMapping {
  return override ? { ...DEFAULT_SUSTAINABILITY_MAPPING, ...override } : DEFAULT_SUSTAINABILITY_MAPPING;
}

function evaluateFlag(rule: FlagRule, signals: SustainabilitySignals): boolean | null {
  for (const [list, codes] of Object.entries(rule.trueWhen) as [SustainabilityList, readonly string[] | '*'][]) {
    const stated = signals[list];
    if (!stated || stated.size === 0) continue;
    if (codes === '*') {
      // `none` is how a list says "nothing"; it never makes a flag true.
      if ([...stated].some((code) => code !== 'none')) return true;
    } else if (codes.some((code) => stated.has(code))) {
      return true;
    }
  }
  return rule.falseWhenStated.some((list) => (signals[list]?.size ?? 0) > 0) ? false : null;
}

export function sustainabilityAnswers(signals: SustainabilitySignals, mapping: SustainabilityMapping): SustainabilityAnswers {
  let criteria: CriteriaAnswer | null = null;
  const gpp = signals['gpp-criteria'];
  if (gpp && gpp.size > 0) {
    // Several codes (a lot may name EU and national criteria): a definite answer only when
    // they all map to the same one; contradicting codes leave it unknown.
    const answers = new Set([...gpp].map((code) => ownValue(mapping.criteria, code) ?? null));
    criteria = answers.size === 1 ? [...answers][0]! : null;
  }
  return {
    criteria,
    innovative: evaluateFlag(mapping.innovative, signals),
    socialClause: evaluateFlag(mapping.socialClause, signals),
    circular: evaluateFlag(mapping.circular, signals),
  };
}

/** Adds a stated code to a signals object (used while reading a notice or release). */
export function addSignal(signals: Partial<Record<SustainabilityList, Set<string>>>, list: SustainabilityList, code: string): void {
  (signals[list] ??= new Set()).add(code);
}

export function isSustainabilityList(listName: string | undefined): listName is SustainabilityList {
  return (SUSTAINABILITY_LISTS as readonly string[]).includes(listName ?? '');
}

// ---------------------------------------------------------------------------------------------
// OCDS: the sustainability extension's goals and strategies, translated back to eForms codes
// so that one rule set serves both formats.

/**
 * The eForms→OCDS mapping of the OCDS eForms profile (docs/codelists/*.csv), per eForms list.
 * OCDS codes are written as the sustainability extension's own codelist spells them; where the
 * mapping tables spell them differently, `OCDS_GOAL_ALIASES` normalises.
 */
export const EFORMS_TO_OCDS: Readonly<Record<Exclude<SustainabilityList, 'gpp-criteria'>, Readonly<Record<string, string>>>> = {
  'strategic-procurement': {
    'env-imp': 'environmental',
    'inn-pur': 'economic.innovativePurchase',
    none: 'none',
    'soc-obj': 'social',
  },
  'environmental-impact': {
    'biodiv-eco': 'environmental.biodiversityProtectionRestoration',
    'circ-econ': 'environmental.circularEconomy',
    'clim-adapt': 'environmental.climateChangeAdaptation',
    'clim-mitig': 'environmental.climateChangeMitigation',
    other: 'environmental',
    'pollu-prev': 'environmental.pollutionPrevention',
    'water-mar': 'environmental.waterResourcesProtection',
  },
  'social-objective': {
    'acc-all': 'social.accessibility',
    'et-eq': 'social.ethnicEquality',
    'gen-eq': 'social.genderEquality',
    'hum-right': 'social.humanRightsInSupplyChains',
    opp: 'social.disadvantagedEmploymentOpportunities',
    other: 'social',
    'work-cond': 'social.laborRightsPromotion',
  },
  'innovative-acquisition': {
    'mar-nov': 'economic.marketInnovationPromotion',
    'proc-innov': 'economic.processInnovationPromotion',
    'prod-innov': 'economic.productInnovationPromotion',
    'rd-act': 'economic.researchDevelopmentActivities',
  },
};

/** BT-805 code ↔ OCDS sustainability strategy. */
export const GPP_TO_OCDS_STRATEGY: Readonly<Record<string, string>> = {
  eu: 'euGPPCriteria',
  national: 'nationalGPPCriteria',
  other: 'otherGPPCriteria',
};

/** Spellings used by the eForms→OCDS tables (and some publishers) for the extension's codes. */
const OCDS_GOAL_ALIASES: Readonly<Record<string, string>> = {
  'environmental.waterResources': 'environmental.waterResourcesProtection',
  'social.humanRightsInSupplyChain': 'social.humanRightsInSupplyChains',
  'economic.processInnovation': 'economic.processInnovationPromotion',
  'economic.productInnovation': 'economic.productInnovationPromotion',
};

/**
 * Goals of the sustainability extension that have no eForms code of their own, read as the
 * nearest eForms code. Recycling, resource reuse and waste reduction are circular-economy
 * measures; SME inclusion, formal employment and the local economy are not a social clause in
 * the plan's sense (theme 3 measures SMEs separately), so they map to nothing.
 */
const OCDS_EXTRA_GOALS: Readonly<Record<string, readonly [SustainabilityList, string] | null>> = {
  'environmental.carbonEmissionsReduction': ['environmental-impact', 'clim-mitig'],
  'environmental.energyEfficiency': ['environmental-impact', 'clim-mitig'],
  'environmental.recycling': ['environmental-impact', 'circ-econ'],
  'environmental.resourceReuse': ['environmental-impact', 'circ-econ'],
  'environmental.wasteReduction': ['environmental-impact', 'circ-econ'],
  'social.womenInclusion': ['social-objective', 'gen-eq'],
  'social.smeInclusion': null,
  'economic.formalEmploymentPromotion': null,
  'economic.localEconomyPromotion': null,
};

export function normaliseOcdsGoal(goal: string): string {
  const trimmed = goal.trim();
  return ownValue(OCDS_GOAL_ALIASES, trimmed) ?? trimmed;
}

const OCDS_GOAL_TO_EFORMS: ReadonlyMap<string, readonly [SustainabilityList, string]> = (() => {
  const map = new Map<string, readonly [SustainabilityList, string]>();
  for (const [list, codes] of Object.entries(EFORMS_TO_OCDS) as [SustainabilityList, Record<string, string>][]) {
    for (const [code, goal] of Object.entries(codes)) {
      // Bare `environmental` / `social` come from BT-06 (env-imp / soc-obj) as well as from the
      // `other` codes of BT-774/775; the BT-06 reading is the one every lot has.
      if (!map.has(goal) || list === 'strategic-procurement') map.set(goal, [list, code]);
    }
  }
  return map;
})();

const STRATEGY_TO_GPP: ReadonlyMap<string, string> = new Map(Object.entries(GPP_TO_OCDS_STRATEGY).map(([code, strategy]) => [strategy, code]));

/** The BT-06 category an OCDS goal belongs to, from its first segment. */
function strategicCategory(goal: string): string | null {
  if (goal === 'none') return 'none';
  if (goal === 'economic.innovativePurchase') return 'inn-pur';
  const mapped = OCDS_GOAL_TO_EFORMS.get(goal) ?? ownValue(OCDS_EXTRA_GOALS, goal);
  if (mapped && mapped[0] === 'innovative-acquisition') return 'inn-pur';
  if (goal === 'environmental' || goal.startsWith('environmental.')) return 'env-imp';
  if (goal === 'social' || goal.startsWith('social.')) {
    return ownValue(OCDS_EXTRA_GOALS, goal) === null ? null : 'soc-obj';
  }
  return null;
}

/**
 * Signals from an OCDS tender or lot. Any stated goal also states BT-06 (its category), since
 * OCDS keeps no separate strategic-procurement field; `hasSustainability: false` states `none`.
 * Nothing stated → no signals → every answer unknown.
 */
export function signalsFromOcds(sustainability: unknown, hasSustainability: unknown): SustainabilitySignals {
  const signals: Partial<Record<SustainabilityList, Set<string>>> = {};
  const entries = Array.isArray(sustainability) ? sustainability : [];
  let stated = false;
  for (const entry of entries) {
    if (!entry || typeof entry !== 'object') continue;
    const { goal, strategies } = entry as { goal?: unknown; strategies?: unknown };
    if (typeof goal === 'string' && goal.trim()) {
      stated = true;
      const normalised = normaliseOcdsGoal(goal);
      const category = strategicCategory(normalised);
      // Mark BT-06 as stated even when the goal has no category of its own (e.g. SME inclusion).
      signals['strategic-procurement'] ??= new Set();
      if (category) addSignal(signals, 'strategic-procurement', category);
      const mapped = OCDS_GOAL_TO_EFORMS.get(normalised) ?? ownValue(OCDS_EXTRA_GOALS, normalised);
      if (mapped && mapped[0] !== 'strategic-procurement') addSignal(signals, mapped[0], mapped[1]);
    }
    if (Array.isArray(strategies)) {
      for (const strategy of strategies) {
        const gpp = typeof strategy === 'string' ? STRATEGY_TO_GPP.get(strategy.trim()) : undefined;
        if (gpp) addSignal(signals, 'gpp-criteria', gpp);
      }
    }
  }
  if (!stated && hasSustainability === false) addSignal(signals, 'strategic-procurement', 'none');
  // An empty BT-06 set (only uncategorised goals) still counts as stated: keep a marker code.
  if (signals['strategic-procurement']?.size === 0) signals['strategic-procurement'].add('other-goal');
  return signals;
}
