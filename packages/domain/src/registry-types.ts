/** Shapes of the registry: the reference data every record and indicator refers to. */

export const LOCALES = ['nl', 'fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in the three languages of the dashboard. */
export type Localized = Record<Locale, string>;

export interface Theme {
  /** 1-6, the numbering of the procurement plan 2016-2020. */
  id: number;
  name: Localized;
}

export interface PolicyDomain {
  code: string;
  name: Localized;
  validFrom: string;
  validTo: string | null;
}

export type EntityType = 'departement' | 'IVA' | 'EVA' | 'other';

/**
 * The two tiers Koers monitors (SPEC §8): the Flemish government's entities and the local
 * governments (municipalities and provinces). Buyers added from notices that belong to neither are
 * `other`.
 */
export const TIERS = ['flemish_government', 'local'] as const;
export type Tier = (typeof TIERS)[number] | 'other';

export type LocalGovernmentKind = 'gemeente' | 'provincie';

/** Peer groups of municipalities by inhabitants (< 10,000 … ≥ 100,000). */
export const POPULATION_CLASSES = ['lt10k', '10k-25k', '25k-50k', '50k-100k', 'ge100k'] as const;
export type PopulationClass = (typeof POPULATION_CLASSES)[number];

/** `current`: records of merged municipalities count under their successor; `historical`: as they were. */
export const BOUNDARIES = ['current', 'historical'] as const;
export type Boundaries = (typeof BOUNDARIES)[number];

export interface Entity {
  /** Registry code, e.g. `AWV`; matched case-insensitively on import. */
  code: string;
  /** Official (Dutch) name. */
  name: string;
  type: EntityType | string;
  /** Policy domain code, or null for a buyer outside the Flemish government. */
  policyDomain: string | null;
  /** False for buyers added from notices that are not part of the Flemish government. */
  flemishGovernment: boolean;
  /** Belgian enterprise number (KBO/BCE) as ten digits, when known. */
  enterpriseNumber?: string | null;
  /** Defaults to `flemish_government` when `flemishGovernment`, else `other`. */
  tier?: Tier;
  /** Local governments: the French name. */
  nameFr?: string | null;
  /** Local governments: the NIS code (also their registry code). */
  nisCode?: string | null;
  /** Local governments: the NIS code of their province (a province's own code for a province). */
  province?: string | null;
  inhabitants?: number | null;
  /** Municipalities only, from their inhabitants. */
  populationClass?: PopulationClass | null;
  /** First and last day of existence (null: open), e.g. the municipalities merged on 1 January 2019. */
  validFrom?: string | null;
  validTo?: string | null;
  /** Registry code of the organisation that took over on `validTo`. */
  succeededBy?: string | null;
}

export interface ProductGroup {
  code: string;
  name: Localized;
  /** CPV prefixes as digit strings (never numbers: `09310000` keeps its leading zero). */
  cpvPrefixes: readonly string[];
  /** Whether essential sustainability criteria exist for this group. */
  essentialCriteria: boolean;
}
