/**
 * How each registry entity behaves in the demo: how much it buys, what it buys, and how it leans on
 * each indicator. Hand-set traits give the dashboard a recognisable shape for any seed (the road
 * agency builds roads, Omgeving and KB lead on sustainability, MOW trails); a small seeded jitter
 * keeps entities of the same kind apart.
 */
import { ENTITIES, PRODUCT_GROUPS, type Entity } from '@koers/domain';
import { CATALOGUE, type CatalogueGroup, type CatalogueItem, type EntityTag } from './contract-catalogue.ts';
import { SeededRandom, cumulativeWeights } from './seeded-random.ts';

export interface EntityTraits {
  /** Relative number of contracts a year. */
  size: number;
  tags?: readonly EntityTag[];
  /** Multipliers on the catalogue's product-group shares. */
  mix?: Readonly<Partial<Record<string, number>>>;
  /** Logit offsets on top of the policy domain's. */
  sustainability?: number;
  /** Logit change of the sustainable share per year, on top of the pooled trend. */
  sustainabilityTrend?: number;
  innovation?: number;
  singleBid?: number;
  noPublication?: number;
  /** Criteria coverage in years when registration lagged (below the 80 % the dashboard trusts). */
  poorCoverage?: Readonly<Record<number, number>>;
  /** Multiplies contract values. */
  valueScale?: number;
  /** Logit offset of the criteria coverage (registration habits), on top of the jitter. */
  coverage?: number;
}

/** Logit offsets of the sustainable share per policy domain: Omgeving and KB ahead, MOW behind. */
const DOMAIN_SUSTAINABILITY: Readonly<Record<string, number>> = {
  KB: 0.7,
  iV: 0,
  FB: 0,
  EWI: 0.1,
  OV: 0,
  WVG: -0.15,
  CJSM: -0.1,
  WSE: 0,
  LV: -0.1,
  Omgeving: 0.9,
  MOW: -0.6,
};

const DOMAIN_INNOVATION: Readonly<Record<string, number>> = { EWI: 0.6, Omgeving: 0.2, MOW: 0.1 };

const TRAITS: Readonly<Record<string, EntityTraits>> = {
  DKB: { size: 2.5 },
  HFB: { size: 8, mix: { papier: 3, printers: 2.5, schoonmaak: 3, catering: 3, meubilair: 3, voertuigen: 2, energie: 2.5, bouw: 1.5 }, sustainability: 0.6 },
  AIV: { size: 5, mix: { ict: 5, overig: 1.3 }, innovation: 1 },
  ABB: { size: 1 },
  AGO: { size: 1.2, mix: { overig: 1.5 } },
  DBZ: { size: 1 },
  FIT: { size: 1.6, mix: { drukwerk: 2, catering: 2 }, noPublication: 0.5 },
  TVL: { size: 2.5, mix: { drukwerk: 3, overig: 1.4 }, sustainability: -0.9, noPublication: 0.6, poorCoverage: { 2020: 0.68 } },
  DFB: { size: 1 },
  VLABEL: { size: 1.5, mix: { ict: 2, printers: 2, drukwerk: 1.5 } },
  DEWI: { size: 1.2, innovation: 0.6 },
  VLAIO: { size: 1.2, innovation: 1 },
  FWO: { size: 0.8, innovation: 0.8, noPublication: 0.7 },
  DOV: { size: 2 },
  AGODI: { size: 2, mix: { bouw: 2 } },
  AHOVOKS: { size: 1.2 },
  DWVG: { size: 1 },
  AZG: { size: 2 },
  KG: { size: 2, mix: { catering: 1.5 }, poorCoverage: { 2018: 0.62, 2019: 0.69 } },
  VAPH: { size: 1.2, sustainability: -0.3, poorCoverage: { 2016: 0.5, 2017: 0.56 } },
  DCJM: { size: 1.5, mix: { drukwerk: 1.5 } },
  SPV: { size: 3, mix: { catering: 2, bouw: 2, schoonmaak: 2, textiel: 2 }, sustainability: -1.5, sustainabilityTrend: 0.05 },
  DWSE: { size: 1 },
  VDAB: { size: 8, tags: ['training'], mix: { overig: 2.2, ict: 1.5 }, singleBid: -0.3 },
  DLV: { size: 1 },
  ALV: { size: 1.5, sustainability: -0.2 },
  ILVO: { size: 2, mix: { overig: 1.5 }, innovation: 0.5 },
  DOMG: { size: 2 },
  OVAM: { size: 2, mix: { overig: 1.5 }, sustainability: 0.5, innovation: 0.4 },
  VMM: { size: 3.5, tags: ['nature'], mix: { bouw: 1.5, overig: 1.3 }, innovation: 0.3 },
  ANB: { size: 4, tags: ['nature'], mix: { bouw: 2, voertuigen: 1.5, textiel: 1.5 } },
  VLM: { size: 3.5, tags: ['nature'], mix: { bouw: 3 } },
  OE: { size: 1.5, mix: { bouw: 2 } },
  VEA: { size: 0.8, mix: { energie: 3 }, sustainability: 0.5, innovation: 0.8 },
  DMOW: { size: 2, tags: ['road'], mix: { bouw: 1.5 } },
  AWV: { size: 12, tags: ['road'], mix: { bouw: 5, textiel: 1.5, voertuigen: 1.5 }, sustainability: -0.1, valueScale: 1.2 },
  MDK: { size: 5, tags: ['coast'], mix: { bouw: 3.5 }, sustainability: -0.4, singleBid: 0.6, valueScale: 1.2 },
  DLIJN: {
    size: 14,
    tags: ['transit'],
    mix: { voertuigen: 6, bouw: 2, ict: 1.5, schoonmaak: 1.5, textiel: 2, energie: 2 },
    sustainability: -0.2,
    innovation: 0.4,
    valueScale: 1.2,
  },
  DVW: { size: 9, tags: ['water'], mix: { bouw: 5 }, singleBid: 0.4, valueScale: 1.2 },
};

const DEFAULT_TRAITS: EntityTraits = { size: 1 };

/** Items an entity may buy within one product group, with cumulative weights. */
interface GroupChoice {
  group: CatalogueGroup;
  essentialCriteria: boolean;
  items: readonly CatalogueItem[];
  itemWeights: Float64Array;
}

export interface EntityProfile {
  entity: Entity;
  size: number;
  groups: readonly GroupChoice[];
  groupWeights: Float64Array;
  valueScale: number;
  /** Logit offset of the entity's sustainable value share from the pooled one (0 = average). */
  sustainability: number;
  /** Change of that offset per year, so entities move at different paces. */
  sustainabilityTrend: number;
  innovation: number;
  coverage: number;
  poorCoverage: Readonly<Record<number, number>>;
  /** Multiplies the base share of unknown yes/no answers. */
  unknownFactor: number;
  eSubmission: number;
  framework: number;
  sme: number;
  social: number;
  circular: number;
  singleBid: number;
  noPublication: number;
  /** Whether this entity's system writes CPV codes with their check digit. */
  writesCheckDigits: boolean;
}

const ESSENTIAL = new Map(PRODUCT_GROUPS.map((g) => [g.code, g.essentialCriteria]));

function groupChoices(tags: ReadonlySet<EntityTag>): GroupChoice[] {
  return CATALOGUE.map((group) => {
    const items = group.items.filter((item) => !item.requires || tags.has(item.requires));
    return {
      group,
      essentialCriteria: ESSENTIAL.get(group.group) ?? false,
      items,
      itemWeights: cumulativeWeights(items.map((item) => item.weight ?? 1)),
    };
  });
}

/** The Flemish government's entities' hand-set traits. */
export const flemishTraits = (entity: Entity): EntityTraits => TRAITS[entity.code] ?? DEFAULT_TRAITS;

export function buildEntityProfiles(
  seed: number,
  entities: readonly Entity[] = ENTITIES,
  traitsOf: (entity: Entity) => EntityTraits = flemishTraits,
): EntityProfile[] {
  return entities.map((entity) => {
    const traits = traitsOf(entity);
    const random = SeededRandom.of(seed, 'profile', entity.code);
    const jitter = (sd: number): number => sd * random.normal();
    const tags = new Set(traits.tags ?? []);
    const groups = groupChoices(tags);
    const domain = entity.policyDomain ?? '';
    return {
      entity,
      size: traits.size,
      groups,
      groupWeights: cumulativeWeights(groups.map((g) => g.group.share * (traits.mix?.[g.group.group] ?? 1))),
      valueScale: (traits.valueScale ?? 1) * Math.exp(jitter(0.15)),
      sustainability: (DOMAIN_SUSTAINABILITY[domain] ?? 0) + (traits.sustainability ?? 0) + jitter(0.25),
      sustainabilityTrend: (traits.sustainabilityTrend ?? 0) + jitter(0.1),
      innovation: (DOMAIN_INNOVATION[domain] ?? 0) + (traits.innovation ?? 0) + jitter(0.3),
      coverage: (traits.coverage ?? 0) + jitter(0.45),
      poorCoverage: traits.poorCoverage ?? {},
      unknownFactor: Math.exp(jitter(0.3)),
      eSubmission: jitter(0.5),
      framework: jitter(0.4),
      sme: jitter(0.3),
      social: jitter(0.4),
      circular: jitter(0.4),
      singleBid: (traits.singleBid ?? 0) + jitter(0.35),
      noPublication: (traits.noPublication ?? 0) + jitter(0.45),
      writesCheckDigits: random.chance(0.4),
    };
  });
}
