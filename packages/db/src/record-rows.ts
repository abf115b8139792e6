/** A record as stored: the table's row to and from the domain's record, and its key. */
import type { CriteriaAnswer, Procedure, ProcurementRecord } from '@koers/domain';
import type { Selectable } from 'kysely';
import type { RecordTable } from './schema.ts';

export interface StoredRecord extends ProcurementRecord {
  id: number;
  year: number;
  importId: number | null;
  updatedAt: string;
}

const bit = (v: boolean | null) => (v === null ? null : v ? 1 : 0);
const bool = (v: number | null) => (v === null ? null : v === 1);

export function toRecordRow(r: ProcurementRecord, importId: number | null, now: string): Omit<RecordTable, 'id'> {
  return {
    entity: r.entity,
    dossier_id: r.dossierId,
    award_date: r.awardDate,
    year: Number(r.awardDate.slice(0, 4)),
    title: r.title,
    cpv: r.cpv,
    product_group: r.productGroup,
    value_cents: r.valueEur === null ? null : Math.round(r.valueEur * 100),
    amount: r.amount,
    currency: r.currency,
    criteria: r.criteria,
    innovative: bit(r.innovative),
    social_clause: bit(r.socialClause),
    circular: bit(r.circular),
    sme_winner: bit(r.smeWinner),
    framework: bit(r.framework),
    e_submission: bit(r.eSubmission),
    procedure: r.procedure,
    tenders_received: r.tendersReceived,
    supplier: r.supplier,
    import_id: importId,
    updated_at: now,
  };
}

export function fromRecordRow(row: Selectable<RecordTable>): StoredRecord {
  return {
    id: row.id,
    entity: row.entity,
    dossierId: row.dossier_id,
    awardDate: row.award_date,
    year: row.year,
    title: row.title,
    cpv: row.cpv,
    productGroup: row.product_group,
    valueEur: row.value_cents === null ? null : row.value_cents / 100,
    amount: row.amount,
    currency: row.currency,
    criteria: row.criteria as CriteriaAnswer | null,
    innovative: bool(row.innovative),
    socialClause: bool(row.social_clause),
    circular: bool(row.circular),
    smeWinner: bool(row.sme_winner),
    framework: bool(row.framework),
    eSubmission: bool(row.e_submission),
    procedure: row.procedure as Procedure | null,
    tendersReceived: row.tenders_received,
    supplier: row.supplier,
    importId: row.import_id,
    updatedAt: row.updated_at,
  };
}

export const recordKey = (entity: string, dossierId: string) => `${entity}\u0000${dossierId}`;

/** The columns a record is written with, in the order of the positional statements (record-writes.ts). */
export const RECORD_COLUMNS = [
  'entity',
  'dossier_id',
  'award_date',
  'year',
  'title',
  'cpv',
  'product_group',
  'value_cents',
  'amount',
  'currency',
  'criteria',
  'innovative',
  'social_clause',
  'circular',
  'sme_winner',
  'framework',
  'e_submission',
  'procedure',
  'tenders_received',
  'supplier',
  'import_id',
  'updated_at',
] as const satisfies readonly (keyof Omit<RecordTable, 'id'>)[];

/** PostgreSQL array types of RECORD_COLUMNS, for `unnest`. */
export const PG_ARRAY_TYPES = [
  'text',
  'text',
  'text',
  'int',
  'text',
  'text',
  'text',
  'bigint',
  'float8',
  'text',
  'text',
  'smallint',
  'smallint',
  'smallint',
  'smallint',
  'smallint',
  'smallint',
  'text',
  'int',
  'text',
  'int',
  'text',
] as const;

/** `toRecordRow` as positional values in RECORD_COLUMNS order, without the intermediate object. */
export function recordValues(r: ProcurementRecord, importId: number | null, now: string): unknown[] {
  return fillRecordValues(new Array<unknown>(RECORD_COLUMNS.length), r, importId, now);
}

/** Writes a record's values in RECORD_COLUMNS order into `v` from index `at` (a multi-row statement's parameters). */
export function fillRecordValues(v: unknown[], r: ProcurementRecord, importId: number | null, now: string, at = 0): unknown[] {
  v[at] = r.entity;
  v[at + 1] = r.dossierId;
  v[at + 2] = r.awardDate;
  v[at + 3] = Number(r.awardDate.slice(0, 4));
  v[at + 4] = r.title;
  v[at + 5] = r.cpv;
  v[at + 6] = r.productGroup;
  v[at + 7] = r.valueEur === null ? null : Math.round(r.valueEur * 100);
  v[at + 8] = r.amount;
  v[at + 9] = r.currency;
  v[at + 10] = r.criteria;
  v[at + 11] = bit(r.innovative);
  v[at + 12] = bit(r.socialClause);
  v[at + 13] = bit(r.circular);
  v[at + 14] = bit(r.smeWinner);
  v[at + 15] = bit(r.framework);
  v[at + 16] = bit(r.eSubmission);
  v[at + 17] = r.procedure;
  v[at + 18] = r.tendersReceived;
  v[at + 19] = r.supplier;
  v[at + 20] = importId;
  v[at + 21] = now;
  return v;
}
