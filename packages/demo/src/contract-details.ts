/**
 * Turns a steered draft into a full `ProcurementRecord`: award date, title, supplier and the
 * answers that need no steering (social clause, circularity, SME winner, framework, electronic
 * submission, procedure, number of tenders), each unknown for a share of records as in real
 * registrations.
 */
import { productGroupForCpv, type CriteriaAnswer, type Procedure, type ProcurementRecord } from '@koers/domain';
import {
  CIRCULAR_RATE,
  E_SUBMISSION_SHARE,
  MONTH_WEIGHTS,
  NO_PUBLICATION_RATE,
  SINGLE_BID_RATE,
  SOCIAL_CLAUSE_RATE,
  UNKNOWN_RATE,
  onCurve,
} from './calibration.ts';
import { CATALOGUE, TITLE_WORDS } from './contract-catalogue.ts';
import { CRITERIA_IN_SCOPE, CRITERIA_NOT_APPLICABLE, type ContractDraft } from './contract-draft.ts';
import type { EntityProfile } from './entity-profiles.ts';
import { cumulativeWeights, logit, sigmoid, type SeededRandom } from './seeded-random.ts';
import { pickSupplier, type SupplierPool } from './supplier-names.ts';

/** Per-year answers of one entity, computed once per entity-year rather than per record. */
export interface DetailOdds {
  year: number;
  unknown: number;
  socialLogit: number;
  circularLogit: number;
  eSubmission: number;
}

export function detailOdds(profile: EntityProfile, year: number): DetailOdds {
  return {
    year,
    unknown: onCurve(UNKNOWN_RATE, year) * profile.unknownFactor,
    socialLogit: logit(onCurve(SOCIAL_CLAUSE_RATE, year)) + profile.social,
    circularLogit: logit(onCurve(CIRCULAR_RATE, year)) + profile.circular,
    eSubmission: sigmoid(logit(onCurve(E_SUBMISSION_SHARE, year)) + profile.eSubmission),
  };
}

/** How much more (or less) often than the base rate each field is left empty. */
const UNKNOWN_FACTOR = {
  socialClause: 1,
  circular: 1.1,
  smeWinner: 0.8,
  framework: 0.7,
  eSubmission: 0.9,
  procedure: 0.6,
  tendersReceived: 1.2,
} as const;

/** SME winners: most contracts by count, far fewer of the large ones. */
const SME_BASE = 0.55;
const SME_SIZE_EFFECT = 0.5;

const PROCEDURES_WITH_PUBLICATION: readonly Procedure[] = ['open', 'negotiated_with_publication', 'restricted', 'competitive_dialogue', 'other'];
const PROCEDURE_WEIGHTS = cumulativeWeights([0.62, 0.25, 0.05, 0.01, 0.07]);
const INNOVATIVE_PROCEDURES: readonly Procedure[] = ['innovation_partnership', 'competitive_dialogue'];

const MONTHS = cumulativeWeights(MONTH_WEIGHTS);

const PLACEHOLDER = /\{(\w+)\}/g;

/** The registry's product group of every catalogue CPV, looked up once rather than per record. */
const PRODUCT_GROUP_OF_CPV = new Map(CATALOGUE.flatMap((group) => group.items.map((item) => [item.cpv, productGroupForCpv(item.cpv) ?? 'overig'] as const)));

export interface ContractContext {
  profile: EntityProfile;
  odds: DetailOdds;
  draft: ContractDraft;
  dossierId: string;
  fullySustainable: boolean;
  innovative: boolean;
  suppliers: ReadonlyMap<string, SupplierPool>;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 1 && leap ? 29 : MONTH_DAYS[month]!;
}

function awardDate(random: SeededRandom, year: number): string {
  const month = random.weighted(MONTHS);
  const day = 1 + random.int(daysIn(year, month));
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function title(random: SeededRandom, templates: readonly string[], year: number, framework: boolean | null): string {
  let text = random.pick(templates).replace(PLACEHOLDER, (_match, word: string) => {
    if (word === 'jaar') return String(year);
    if (word === 'volgendJaar') return String(year + 1);
    const words = TITLE_WORDS[word];
    return words ? random.pick(words) : word;
  });
  if (random.chance(0.12)) text += ` - perceel ${1 + random.int(4)}`;
  if (framework && random.chance(0.5)) text += ' (afname raamovereenkomst)';
  return text;
}

type UnknownField = keyof typeof UNKNOWN_FACTOR;

function isKnown(random: SeededRandom, odds: DetailOdds, field: UnknownField): boolean {
  return !random.chance(Math.min(0.5, odds.unknown * UNKNOWN_FACTOR[field]));
}

/** A yes/no answer with probability `p` of yes, or null when this record leaves it empty. */
function answer(random: SeededRandom, odds: DetailOdds, field: UnknownField, p: number): boolean | null {
  const known = isKnown(random, odds, field);
  const yes = random.chance(p);
  return known ? yes : null;
}

export function describeContract(random: SeededRandom, context: ContractContext): ProcurementRecord {
  const { profile, odds, draft } = context;
  const choice = profile.groups[draft.groupIndex]!;
  const group = choice.group;
  const item = choice.items[draft.itemIndex]!;
  const year = odds.year;
  const sizeLog = Math.log(draft.valueEur / 100_000);

  const criteria: CriteriaAnswer | null =
    draft.criteria === CRITERIA_IN_SCOPE
      ? context.fullySustainable
        ? 'full'
        : 'none_or_partial'
      : draft.criteria === CRITERIA_NOT_APPLICABLE
        ? 'not_applicable'
        : null;
  const socialClause = answer(random, odds, 'socialClause', sigmoid(odds.socialLogit + group.social));
  const circular = answer(random, odds, 'circular', sigmoid(odds.circularLogit + group.circular));
  const smeWinner = answer(random, odds, 'smeWinner', sigmoid(SME_BASE + group.sme + profile.sme - SME_SIZE_EFFECT * sizeLog));
  const framework = answer(random, odds, 'framework', sigmoid(logit(group.framework) + profile.framework));
  const eSubmission = answer(random, odds, 'eSubmission', odds.eSubmission);
  const innovative = draft.innovationKnown ? context.innovative : null;

  // Small contracts are the ones negotiated without publication; innovative ones sometimes use
  // the procedures made for them.
  let procedure: Procedure | null = null;
  if (isKnown(random, odds, 'procedure')) {
    if (innovative && random.chance(0.2)) procedure = random.pick(INNOVATIVE_PROCEDURES);
    else if (random.chance(sigmoid(logit(NO_PUBLICATION_RATE) + profile.noPublication - 0.35 * sizeLog))) procedure = 'negotiated_without_publication';
    else procedure = PROCEDURES_WITH_PUBLICATION[random.weighted(PROCEDURE_WEIGHTS)]!;
  }

  let tendersReceived: number | null = null;
  if (isKnown(random, odds, 'tendersReceived')) {
    const withoutPublication = procedure === 'negotiated_without_publication' ? 1.2 : 0;
    if (random.chance(sigmoid(logit(SINGLE_BID_RATE) + profile.singleBid + withoutPublication))) tendersReceived = 1;
    else {
      tendersReceived = 2;
      while (tendersReceived < 12 && random.chance(0.5)) tendersReceived++;
    }
  }

  const pool = context.suppliers.get(item.sector ?? group.group)!;
  const sme = smeWinner ?? random.chance(0.6);
  const supplier = pickSupplier(sme ? pool.sme : pool.large, random);
  const cpv = profile.writesCheckDigits ? item.cpv : item.cpv.slice(0, 8);

  return {
    entity: profile.entity.code,
    dossierId: context.dossierId,
    awardDate: awardDate(random, year),
    title: title(random, item.titles, year, framework),
    cpv,
    productGroup: PRODUCT_GROUP_OF_CPV.get(item.cpv) ?? 'overig',
    valueEur: draft.valueEur,
    amount: draft.valueEur,
    currency: 'EUR',
    criteria,
    innovative,
    socialClause,
    circular,
    smeWinner,
    framework,
    eSubmission,
    procedure,
    tendersReceived,
    supplier,
  };
}
