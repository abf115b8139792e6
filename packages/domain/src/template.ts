import type { ProcurementRecord } from './record.ts';

export type TemplateFieldType = 'text' | 'date' | 'decimal' | 'integer' | 'boolean' | 'criteria' | 'procedure' | 'cpv';

export interface TemplateColumn {
  /** Dutch column name of the registration template (what `koers export` writes). */
  name: string;
  /** English alias accepted on import. */
  alias: string;
  field: keyof ProcurementRecord;
  type: TemplateFieldType;
  required: boolean;
}

/** The registration template of SPEC §3, in the order `koers export` writes it. */
export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  { name: 'dossier_id', alias: 'record_id', field: 'dossierId', type: 'text', required: true },
  { name: 'entiteit', alias: 'entity', field: 'entity', type: 'text', required: true },
  { name: 'gunningsdatum', alias: 'award_date', field: 'awardDate', type: 'date', required: true },
  { name: 'omschrijving', alias: 'title', field: 'title', type: 'text', required: false },
  { name: 'cpv', alias: 'cpv', field: 'cpv', type: 'cpv', required: false },
  { name: 'productgroep', alias: 'product_group', field: 'productGroup', type: 'text', required: false },
  { name: 'bedrag_excl_btw', alias: 'value_eur', field: 'valueEur', type: 'decimal', required: true },
  { name: 'duurzaamheidscriteria', alias: 'sustainability_criteria', field: 'criteria', type: 'criteria', required: false },
  { name: 'innovatief', alias: 'innovative', field: 'innovative', type: 'boolean', required: false },
  { name: 'sociale_clausule', alias: 'social_clause', field: 'socialClause', type: 'boolean', required: false },
  { name: 'circulair', alias: 'circular', field: 'circular', type: 'boolean', required: false },
  { name: 'kmo_winnaar', alias: 'sme_winner', field: 'smeWinner', type: 'boolean', required: false },
  { name: 'raamcontract', alias: 'framework', field: 'framework', type: 'boolean', required: false },
  { name: 'elektronisch', alias: 'e_submission', field: 'eSubmission', type: 'boolean', required: false },
  { name: 'procedure', alias: 'procedure', field: 'procedure', type: 'procedure', required: false },
  { name: 'aantal_offertes', alias: 'tenders_received', field: 'tendersReceived', type: 'integer', required: false },
  { name: 'leverancier', alias: 'supplier', field: 'supplier', type: 'text', required: false },
];

/** Template criteria answers, Dutch and English, to the canonical value. */
export const CRITERIA_WORDS: Readonly<Record<string, ProcurementRecord['criteria']>> = {
  volledig: 'full',
  full: 'full',
  niet_of_gedeeltelijk: 'none_or_partial',
  none_or_partial: 'none_or_partial',
  geen_productgroep: 'not_applicable',
  not_applicable: 'not_applicable',
};

/** Dutch words `koers export` writes for each criteria answer. */
export const CRITERIA_EXPORT_WORDS = {
  full: 'volledig',
  none_or_partial: 'niet_of_gedeeltelijk',
  not_applicable: 'geen_productgroep',
} as const;
