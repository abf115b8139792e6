/**
 * The canonical procurement record: one awarded contract or lot. Every import format maps onto
 * this shape; every indicator is computed from it. `null` always means "unknown", never "no".
 */

/**
 * The longest text a record's field (key, title, supplier) may hold, on import as on correction:
 * third-party notices are untrusted, and a 50 MB title would make every page that lists it slow.
 */
export const MAX_TEXT_LENGTH = 1_000;

export const CRITERIA_ANSWERS = ['full', 'none_or_partial', 'not_applicable'] as const;
export type CriteriaAnswer = (typeof CRITERIA_ANSWERS)[number];

export const PROCEDURES = [
  'open',
  'restricted',
  'negotiated_with_publication',
  'negotiated_without_publication',
  'competitive_dialogue',
  'innovation_partnership',
  'other',
] as const;
export type Procedure = (typeof PROCEDURES)[number];

export interface ProcurementRecord {
  /** Registry code of the awarding entity. */
  entity: string;
  /** Identifier unique within the entity; (entity, dossierId) is the upsert key. */
  dossierId: string;
  /** ISO date `YYYY-MM-DD`; its year is the record's year. */
  awardDate: string;
  title: string | null;
  /** CPV code as text: 8 digits, optionally `-` and a check digit. */
  cpv: string | null;
  productGroup: string | null;
  /** Awarded value excluding VAT in euro; null when unknown or in another currency without a rate. */
  valueEur: number | null;
  /** The amount as the source gave it, with its ISO 4217 currency. */
  amount: number | null;
  currency: string | null;
  criteria: CriteriaAnswer | null;
  innovative: boolean | null;
  socialClause: boolean | null;
  circular: boolean | null;
  smeWinner: boolean | null;
  framework: boolean | null;
  eSubmission: boolean | null;
  procedure: Procedure | null;
  tendersReceived: number | null;
  supplier: string | null;
}

export function recordYear(record: Pick<ProcurementRecord, 'awardDate'>): number {
  return Number(record.awardDate.slice(0, 4));
}

/** The fields of a record that an import may change (everything but the key). */
export const RECORD_VALUE_FIELDS = [
  'awardDate',
  'title',
  'cpv',
  'productGroup',
  'valueEur',
  'amount',
  'currency',
  'criteria',
  'innovative',
  'socialClause',
  'circular',
  'smeWinner',
  'framework',
  'eSubmission',
  'procedure',
  'tendersReceived',
  'supplier',
] as const satisfies readonly (keyof ProcurementRecord)[];

/** The source's own amount and currency: an import writes them, a correction never does. */
const SOURCE_AMOUNT_FIELDS = ['amount', 'currency'] as const;
export type CorrectableField = Exclude<(typeof RECORD_VALUE_FIELDS)[number], (typeof SOURCE_AMOUNT_FIELDS)[number]>;
/** The fields a correction may change: everything but the key (entity, dossier id) and the source's own amount and currency. */
export const CORRECTABLE_FIELDS: readonly CorrectableField[] = RECORD_VALUE_FIELDS.filter(
  (field): field is CorrectableField => !(SOURCE_AMOUNT_FIELDS as readonly string[]).includes(field),
);

/** A record as it is stored: the record with its id, year, the import that last wrote it and when. */
export interface StoredRecordFields {
  id: number;
  year: number;
  importId: number | null;
  updatedAt: string;
}

export function sameRecordValues(a: ProcurementRecord, b: ProcurementRecord): boolean {
  return RECORD_VALUE_FIELDS.every((f) => a[f] === b[f]);
}
