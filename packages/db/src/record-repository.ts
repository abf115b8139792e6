/** The records table: lookups by key, batched writes, filtered keyset pages and full scans. */
import type { CriteriaAnswer, IndicatorId, Procedure, ProcurementRecord, RecordFilters, RecordSortField } from '@koers/domain';
import { sql, type Kysely, type Selectable } from 'kysely';
import { filterClause } from './filters.ts';
import { partPredicate, type IndicatorPart } from './indicator-sql.ts';
import type { Database, RecordTable } from './schema.ts';

type Conn = Kysely<Database>;

export interface StoredRecord extends ProcurementRecord {
  id: number;
  year: number;
  importId: number | null;
  updatedAt: string;
}

/** API sort names to columns (the API speaks euro, the table stores cents). */
const SORT_COLUMNS = {
  award_date: 'award_date',
  value_eur: 'value_cents',
  entity: 'entity',
  dossier_id: 'dossier_id',
  year: 'year',
} as const satisfies Record<RecordSortField, keyof RecordTable>;

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

/** Existing records for the given keys, by `recordKey`. */
export async function findRecordsByKey(
  db: Conn,
  keys: readonly { entity: string; dossierId: string }[],
): Promise<Map<string, StoredRecord>> {
  const found = new Map<string, StoredRecord>();
  const byEntity = new Map<string, string[]>();
  for (const k of keys) {
    const list = byEntity.get(k.entity) ?? [];
    list.push(k.dossierId);
    byEntity.set(k.entity, list);
  }
  for (const [entity, ids] of byEntity) {
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await db
        .selectFrom('records')
        .selectAll()
        .where('entity', '=', entity)
        .where('dossier_id', 'in', ids.slice(i, i + 500))
        .execute();
      for (const row of rows) found.set(recordKey(row.entity, row.dossier_id), fromRecordRow(row));
    }
  }
  return found;
}

const INSERT_BATCH = 500;

export async function insertRecords(db: Conn, records: readonly ProcurementRecord[], importId: number | null): Promise<void> {
  const now = new Date().toISOString();
  for (let i = 0; i < records.length; i += INSERT_BATCH) {
    const rows = records.slice(i, i + INSERT_BATCH).map((r) => toRecordRow(r, importId, now));
    await db.insertInto('records').values(rows).execute();
  }
}

export async function updateRecords(db: Conn, records: readonly ProcurementRecord[], importId: number | null): Promise<void> {
  const now = new Date().toISOString();
  for (const r of records) {
    const { entity, dossier_id, ...values } = toRecordRow(r, importId, now);
    await db.updateTable('records').set(values).where('entity', '=', entity).where('dossier_id', '=', dossier_id).execute();
  }
}

/** Keeps the versions of records an import is about to change, so the import can be undone. */
export async function saveRecordVersions(db: Conn, importId: number, previous: readonly StoredRecord[]): Promise<void> {
  for (let i = 0; i < previous.length; i += INSERT_BATCH) {
    const rows = previous.slice(i, i + INSERT_BATCH).map((r) => ({
      import_id: importId,
      entity: r.entity,
      dossier_id: r.dossierId,
      previous: JSON.stringify(r),
    }));
    await db.insertInto('record_versions').values(rows).onConflict((oc) => oc.columns(['import_id', 'entity', 'dossier_id']).doNothing()).execute();
  }
}

export async function countRecords(db: Conn, filters: RecordFilters = {}): Promise<number> {
  const row = await db
    .selectFrom('records')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where(filterClause('records', filters))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export interface RecordPageQuery {
  filters: RecordFilters;
  /** Restrict to the records behind one part of an indicator (the evidence behind a number). */
  indicator?: IndicatorId;
  part?: IndicatorPart;
  sort: RecordSortField;
  direction: 'asc' | 'desc';
  limit: number;
  /** Opaque cursor from a previous page. */
  cursor?: string;
}

export interface RecordPage {
  items: StoredRecord[];
  total: number;
  nextCursor: string | null;
}

interface Cursor {
  value: string | number | null;
  id: number;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.value, c.id])).toString('base64url');
}

/** Returns null for a cursor that was not made by this server. */
export function decodeCursor(text: string): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [value, id] = parsed as [unknown, unknown];
    if (!Number.isSafeInteger(id)) return null;
    if (value !== null && typeof value !== 'string' && typeof value !== 'number') return null;
    return { value, id: id as number };
  } catch {
    return null;
  }
}

/**
 * One page of records, sorted on a whitelisted column with the id as tie-breaker, paged by key
 * (not by offset) so that page 10,000 costs what page 1 costs.
 */
export async function queryRecords(db: Conn, q: RecordPageQuery): Promise<RecordPage> {
  const sortColumn = SORT_COLUMNS[q.sort];
  const column = sql.ref(`records.${sortColumn}`);
  const dir = q.direction === 'desc' ? sql.raw('desc') : sql.raw('asc');
  const cmp = sql.raw(q.direction === 'desc' ? '<' : '>');
  const cursor = q.cursor ? decodeCursor(q.cursor) : null;
  // Nulls sort as the lowest value on both engines through coalesce with a sentinel.
  const nullable = sortColumn === 'value_cents';
  const sortExpr = nullable ? sql`coalesce(${column}, -1)` : column;

  let base = db.selectFrom('records').where(filterClause('records', q.filters));
  if (q.indicator) {
    const predicate = partPredicate(q.indicator, q.part ?? 'denominator');
    base = base.where(() => predicate);
  }
  let page = base.selectAll();
  if (cursor) {
    const value = nullable && cursor.value === null ? -1 : cursor.value;
    page = page.where(() => sql<boolean>`(${sortExpr}, records.id) ${cmp} (${value}, ${cursor.id})`);
  }
  const rows = await page
    .orderBy(sql`${sortExpr} ${dir}`)
    .orderBy(sql`records.id ${dir}`)
    .limit(q.limit + 1)
    .execute();
  const totalRow = await base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  const items = rows.slice(0, q.limit).map(fromRecordRow);
  const last = rows.length > q.limit ? rows[q.limit - 1] : undefined;
  return {
    items,
    total: Number(totalRow.count),
    nextCursor: last ? encodeCursor({ value: last[sortColumn] as string | number | null, id: last.id }) : null,
  };
}

/** Every record in key order, read in pages so a million records never sit in memory at once. */
export async function* streamRecords(db: Conn, pageSize = 5_000): AsyncGenerator<StoredRecord> {
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('records').selectAll().where('id', '>', after).orderBy('id').limit(pageSize).execute();
    for (const row of rows) yield fromRecordRow(row);
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

export async function yearsWithRecords(db: Conn): Promise<number[]> {
  const rows = await db.selectFrom('aggregates').select('year').distinct().orderBy('year').execute();
  return rows.map((r) => r.year);
}

export async function deleteAllRecords(db: Conn): Promise<void> {
  await db.deleteFrom('records').execute();
  await db.deleteFrom('aggregates').execute();
}
