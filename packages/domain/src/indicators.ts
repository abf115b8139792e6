import type { Localized } from './registry-types.ts';

export const INDICATOR_IDS = [
  'sustainable_value_share',
  'sustainable_count_share',
  'criteria_coverage',
  'social_clause_share',
  'circular_share',
  'innovation_value_share',
  'sme_count_share',
  'sme_value_share',
  'e_submission_share',
  'single_bid_share',
  'no_publication_share',
  'framework_value_share',
] as const;

export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** `up`: a higher share is better; `down`: a lower share is better. */
export const POLARITIES = ['up', 'down'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** Whether a ratio sums euro values or counts records. */
export const MEASURES = ['value', 'count'] as const;
export type Measure = (typeof MEASURES)[number];

export interface IndicatorDefinition {
  id: IndicatorId;
  theme: number;
  /** Whether the ratio sums euro values or counts records. */
  measure: Measure;
  polarity: Polarity;
  unit: 'share';
  label: Localized;
  definition: Localized;
}

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'sustainable_value_share',
    theme: 5,
    measure: 'value',
    polarity: 'up',
    unit: 'share',
    label: { nl: 'Aandeel duurzaam (waarde)', fr: 'Part durable (valeur)', en: 'Sustainable share (value)' },
    definition: {
      nl: 'Waarde van opdrachten waarvan de bestekken alle essentiële duurzaamheidscriteria bevatten ÷ waarde van alle opdrachten in een productgroep met essentiële criteria en een gekend antwoord.',
      fr: 'Valeur des marchés dont les cahiers des charges contiennent tous les critères de durabilité essentiels ÷ valeur de tous les marchés d’un groupe de produits à critères essentiels dont la réponse est connue.',
      en: 'Value of contracts whose tender documents contain all essential sustainability criteria ÷ value of all contracts in a product group with essential criteria and a known answer.',
    },
  },
  {
    id: 'sustainable_count_share',
    theme: 5,
    measure: 'count',
    polarity: 'up',
    unit: 'share',
    label: { nl: 'Aandeel duurzaam (aantal)', fr: 'Part durable (nombre)', en: 'Sustainable share (count)' },
    definition: {
      nl: 'Aantal opdrachten met alle essentiële duurzaamheidscriteria ÷ aantal opdrachten in een productgroep met essentiële criteria en een gekend antwoord.',
      fr: 'Nombre de marchés avec tous les critères de durabilité essentiels ÷ nombre de marchés d’un groupe de produits à critères essentiels dont la réponse est connue.',
      en: 'Number of contracts with all essential sustainability criteria ÷ number of contracts in a product group with essential criteria and a known answer.',
    },
  },
  {
    id: 'criteria_coverage',
    theme: 5,
    measure: 'count',
    polarity: 'up',
    unit: 'share',
    label: { nl: 'Registratiegraad duurzaamheidscriteria', fr: 'Taux d’enregistrement des critères', en: 'Criteria registration coverage' },
    definition: {
      nl: 'Opdrachten met een gekend antwoord op de vraag naar essentiële criteria ÷ alle opdrachten (kwaliteit van de registratie).',
      fr: 'Marchés avec une réponse connue sur les critères essentiels ÷ tous les marchés (qualité de l’enregistrement).',
      en: 'Contracts with a known answer on essential criteria ÷ all contracts (quality of the registration).',
    },
  },
  {
    id: 'social_clause_share',
    theme: 5,
    measure: 'count',
    polarity: 'up',
    unit: 'share',
    label: { nl: 'Aandeel met sociale clausule', fr: 'Part avec clause sociale', en: 'Share with a social clause' },
    definition: {
      nl: 'Opdrachten met een sociale of ethische clausule ÷ opdrachten waarvoor dit gekend is.',
      fr: 'Marchés avec une clause sociale ou éthique ÷ marchés pour lesquels c’est connu.',
      en: 'Contracts with a social or ethical clause ÷ contracts where this is known.',
    },
  },
  {
    id: 'circular_share',
    theme: 5,
    measure: 'count',
    polarity: 'up',
    unit: 'share',
    label: { nl: 'Aandeel circulair', fr: 'Part circulaire', en: 'Circular share' },
    definition: {
      nl: 'Opdrachten met circulaire-economiecriteria ÷ opdrachten waarvoor dit gekend is.',
      fr: 'Marchés avec des critères d’économie circulaire ÷ marchés pour lesquels c’est connu.',
      en: 'Contracts with circular-economy criteria ÷ contracts where this is known.',
    },
  },
  {
    id: 'innovation_value_share',
    theme: 6,
    measure: 'value',
    polarity: 'up',
    unit: 'share',
    label: { nl: 'Aandeel innovatief (waarde)', fr: 'Part innovante (valeur)', en: 'Innovative share (value)' },
    definition: {
      nl: 'Waarde van innovatieve aankopen ÷ waarde van alle opdrachten waarvoor dit gekend is (de 3 %-norm).',
      fr: 'Valeur des achats innovants ÷ valeur de tous les marchés pour lesquels c’est connu (la norme des 3 %).',
      en: 'Value of innovative purchases ÷ value of all contracts where this is known (the 3 % norm).',
    },
  },
  {
    id: 'sme_count_share',
    theme: 3,
    measure: 'count',
    polarity: 'up',
    unit: 'share',
    label: { nl: 'Aandeel gewonnen door kmo’s (aantal)', fr: 'Part remportée par des PME (nombre)', en: 'Share won by SMEs (count)' },
    definition: {
      nl: 'Opdrachten gewonnen door een kmo ÷ opdrachten waarvoor dit gekend is.',
      fr: 'Marchés remportés par une PME ÷ marchés pour lesquels c’est connu.',
      en: 'Contracts won by an SME ÷ contracts where this is known.',
    },
  },
  {
    id: 'sme_value_share',
    theme: 3,
    measure: 'value',
    polarity: 'up',
    unit: 'share',
    label: { nl: 'Aandeel gewonnen door kmo’s (waarde)', fr: 'Part remportée par des PME (valeur)', en: 'Share won by SMEs (value)' },
    definition: {
      nl: 'Waarde van opdrachten gewonnen door een kmo ÷ waarde van opdrachten waarvoor dit gekend is.',
      fr: 'Valeur des marchés remportés par une PME ÷ valeur des marchés pour lesquels c’est connu.',
      en: 'Value of contracts won by an SME ÷ value of contracts where this is known.',
    },
  },
  {
    id: 'e_submission_share',
    theme: 2,
    measure: 'count',
    polarity: 'up',
    unit: 'share',
    label: { nl: 'Aandeel elektronisch ingediend', fr: 'Part soumise électroniquement', en: 'Electronic submission share' },
    definition: {
      nl: 'Opdrachten met elektronische indiening van offertes ÷ opdrachten waarvoor dit gekend is.',
      fr: 'Marchés avec soumission électronique des offres ÷ marchés pour lesquels c’est connu.',
      en: 'Contracts with electronic submission of tenders ÷ contracts where this is known.',
    },
  },
  {
    id: 'single_bid_share',
    theme: 4,
    measure: 'count',
    polarity: 'down',
    unit: 'share',
    label: { nl: 'Aandeel met één offerte', fr: 'Part avec une seule offre', en: 'Single-bid share' },
    definition: {
      nl: 'Opdrachten met precies één ontvangen offerte ÷ opdrachten waarvan het aantal offertes gekend is.',
      fr: 'Marchés avec exactement une offre reçue ÷ marchés dont le nombre d’offres est connu.',
      en: 'Contracts with exactly one tender received ÷ contracts where the number of tenders is known.',
    },
  },
  {
    id: 'no_publication_share',
    theme: 4,
    measure: 'count',
    polarity: 'down',
    unit: 'share',
    label: { nl: 'Aandeel onderhandeld zonder bekendmaking', fr: 'Part négociée sans publication', en: 'Negotiated without publication' },
    definition: {
      nl: 'Opdrachten via onderhandelingsprocedure zonder voorafgaande bekendmaking ÷ opdrachten met een gekende procedure.',
      fr: 'Marchés par procédure négociée sans publication préalable ÷ marchés dont la procédure est connue.',
      en: 'Contracts by negotiated procedure without prior publication ÷ contracts with a known procedure.',
    },
  },
  {
    id: 'framework_value_share',
    theme: 1,
    measure: 'value',
    polarity: 'up',
    unit: 'share',
    label: { nl: 'Aandeel via raamcontracten (waarde)', fr: 'Part via accords-cadres (valeur)', en: 'Framework call-off share (value)' },
    definition: {
      nl: 'Waarde van afnames op raamcontracten ÷ waarde van opdrachten waarvoor dit gekend is.',
      fr: 'Valeur des commandes sur accords-cadres ÷ valeur des marchés pour lesquels c’est connu.',
      en: 'Value of call-offs under framework agreements ÷ value of contracts where this is known.',
    },
  },
];

const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

export function isIndicatorId(id: string): id is IndicatorId {
  return BY_ID.has(id as IndicatorId);
}

export function indicatorById(id: IndicatorId): IndicatorDefinition {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown indicator ${id}`);
  return found;
}
