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
}

export interface ProductGroup {
  code: string;
  name: Localized;
  /** CPV prefixes as digit strings (never numbers: `09310000` keeps its leading zero). */
  cpvPrefixes: readonly string[];
  /** Whether essential sustainability criteria exist for this group. */
  essentialCriteria: boolean;
}
