/** The records table: lookups by key, batched writes, filtered keyset pages and full scans. */
import type { CriteriaAnswer, IndicatorId, Procedure, ProcurementRecord, RecordFilters, RecordSortField } from '@koers/domain';
import type SQLite from 'better-sqlite3';
import { sql, type Kysely, type Selectable } from 'kysely';
import { aggregateYears, countFromAggregates } from './aggregate-repository.ts';
import { isPostgres, rawSqlite, rawStatement as statement } from './connection.ts';
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

/** The columns a record is written with, in the order of the positional statements below. */
const RECORD_COLUMNS = [
  'entity', 'dossier_id', 'award_date', 'year', 'title', 'cpv', 'product_group', 'value_cents', 'amount', 'currency', 'criteria',
  'innovative', 'social_clause', 'circular', 'sme_winner', 'framework', 'e_submission', 'procedure', 'tenders_received', 'supplier',
  'import_id', 'updated_at',
] as const satisfies readonly (keyof Omit<RecordTable, 'id'>)[];

/** PostgreSQL array types of RECORD_COLUMNS, for `unnest`. */
const PG_ARRAY_TYPES = [
  'text', 'text', 'text', 'int', 'text', 'text', 'text', 'bigint', 'float8', 'text', 'text',
  'smallint', 'smallint', 'smallint', 'smallint', 'smallint', 'smallint', 'text', 'int', 'text',
  'int', 'text',
] as const;

/** `toRecordRow` as positional values in RECORD_COLUMNS order, without the intermediate object. */
function recordValues(r: ProcurementRecord, importId: number | null, now: string): unknown[] {
  return fillRecordValues(new Array<unknown>(RECORD_COLUMNS.length), r, importId, now);
}

function fillRecordValues(v: unknown[], r: ProcurementRecord, importId: number | null, now: string): unknown[] {
  v[0] = r.entity;
  v[1] = r.dossierId;
  v[2] = r.awardDate;
  v[3] = Number(r.awardDate.slice(0, 4));
  v[4] = r.title;
  v[5] = r.cpv;
  v[6] = r.productGroup;
  v[7] = r.valueEur === null ? null : Math.round(r.valueEur * 100);
  v[8] = r.amount;
  v[9] = r.currency;
  v[10] = r.criteria;
  v[11] = bit(r.innovative);
  v[12] = bit(r.socialClause);
  v[13] = bit(r.circular);
  v[14] = bit(r.smeWinner);
  v[15] = bit(r.framework);
  v[16] = bit(r.eSubmission);
  v[17] = r.procedure;
  v[18] = r.tendersReceived;
  v[19] = r.supplier;
  v[20] = importId;
  v[21] = now;
  return v;
}

/**
 * The better-sqlite3 handle when `db` is a SQLite transaction: the write paths below then run one
 * prepared statement per row (no SQL text per batch, no query builder), in that transaction.
 * Outside a transaction they go through Kysely, which serialises use of the one connection.
 */
function sqliteInTransaction(db: Conn): SQLite.Database | undefined {
  return db.isTransaction ? rawSqlite(db) : undefined;
}

const SQLITE_INSERT = `insert into records (${RECORD_COLUMNS.join(', ')}) values (${RECORD_COLUMNS.map(() => '?').join(', ')})`;
const SQLITE_FIND = 'select * from records where entity = ? and dossier_id in (select value from json_each(?))';
const UPDATED_COLUMNS = RECORD_COLUMNS.filter((c) => c !== 'entity' && c !== 'dossier_id');
const SQLITE_UPDATE = `update records set ${UPDATED_COLUMNS.map((c) => `${c} = ?`).join(', ')} where entity = ? and dossier_id = ?`;

/**
 * PostgreSQL: many rows as one parameter per column (an array each), unnested into rows: one
 * statement and 22 parameters for thousands of rows.
 */
function pgUnnest(rows: readonly unknown[][]) {
  const columns = RECORD_COLUMNS.map((_, i) => sql`${rows.map((row) => row[i])}::${sql.raw(PG_ARRAY_TYPES[i]!)}[]`);
  return sql`unnest(${sql.join(columns)})`;
}
const PG_COLUMN_LIST = sql.raw(RECORD_COLUMNS.join(', '));
const PG_SET_LIST = sql.raw(UPDATED_COLUMNS.map((c) => `${c} = v.${c}`).join(', '));

/** Existing records for the given keys, by `recordKey`. */
export async function findRecordsByKey(
  db: Conn,
  keys: readonly { entity: string; dossierId: string }[],
): Promise<Map<string, StoredRecord>> {
  const found = new Map<string, StoredRecord>();
  const byEntity = new Map<string, string[]>();
  for (const k of keys) {
    const list = byEntity.get(k.entity);
    if (list) list.push(k.dossierId);
    else byEntity.set(k.entity, [k.dossierId]);
  }
  const raw = sqliteInTransaction(db);
  const postgres = !raw && isPostgres(db);
  for (const [entity, ids] of byEntity) {
    let rows: Selectable<RecordTable>[];
    if (raw) {
      rows = statement(raw, SQLITE_FIND).all(entity, JSON.stringify(ids)) as Selectable<RecordTable>[];
    } else if (postgres) {
      rows = (await sql<Selectable<RecordTable>>`select * from records where entity = ${entity} and dossier_id = any(${ids}::text[])`.execute(db)).rows;
    } else {
      rows = [];
      for (let i = 0; i < ids.length; i += 500) {
        rows.push(...(await db.selectFrom('records').selectAll().where('entity', '=', entity).where('dossier_id', 'in', ids.slice(i, i + 500)).execute()));
      }
    }
    for (const row of rows) found.set(recordKey(row.entity, row.dossier_id), fromRecordRow(row));
  }
  return found;
}

/** Whether the entity holds any record (an import into an empty entity need not look up keys). */
export async function entityHasRecords(db: Conn, entity: string): Promise<boolean> {
  const row = await db.selectFrom('records').select('id').where('entity', '=', entity).limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * For a bulk load into an empty records table: drops the records' secondary indexes and returns
 * what creates them again, so they are built once by sorting at the end instead of maintained row
 * by row (on SQLite about 40 % less time for a million rows). The primary key and the unique
 * (entity, dossier_id) key stay: the load relies on them. Must run inside the load's transaction,
 * so that a rollback brings the indexes back with everything else. SQLite only (null elsewhere):
 * its readers keep reading the last committed state meanwhile, whereas PostgreSQL would lock
 * readers out of the table until the commit.
 */
export async function deferRecordIndexes(db: Conn): Promise<(() => Promise<void>) | null> {
  if (!db.isTransaction || isPostgres(db)) return null;
  const indexes = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master where type = 'index' and tbl_name = 'records' and sql is not null order by name`.execute(db);
  for (const { name } of indexes.rows) await sql`drop index ${sql.ref(name)}`.execute(db);
  return async () => {
    for (const index of indexes.rows) await sql.raw(index.sql).execute(db);
  };
}

/**
 * PostgreSQL: refreshes the planner's statistics of the records and aggregate tables after a
 * large write (inside its transaction; visible from the commit). Without them, a table that was
 * empty at its last analysis gets plans made for an empty table: the records list sorted by value
 * took 80 ms a page instead of 1 ms at 100,000 records. SQLite needs none of this.
 */
export async function analyzeRecords(db: Conn): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`analyze records`.execute(db);
  await sql`analyze aggregates`.execute(db);
  await sql`analyze aggregates_by_entity`.execute(db);
}

/** Whether the records table holds no record at all. */
export async function recordsEmpty(db: Conn): Promise<boolean> {
  return (await db.selectFrom('records').select('id').limit(1).executeTakeFirst()) === undefined;
}

const INSERT_BATCH = 500;
/** Rows per `unnest` statement on PostgreSQL. */
const PG_BATCH = 5_000;

export async function insertRecords(db: Conn, records: readonly ProcurementRecord[], importId: number | null): Promise<void> {
  if (records.length === 0) return;
  const now = new Date().toISOString();
  const raw = sqliteInTransaction(db);
  if (raw) {
    const insert = statement(raw, SQLITE_INSERT);
    // better-sqlite3 copies the values when it binds them: one array serves every row.
    const values = new Array<unknown>(RECORD_COLUMNS.length);
    for (const r of records) insert.run(fillRecordValues(values, r, importId, now));
    return;
  }
  if (isPostgres(db)) {
    for (let i = 0; i < records.length; i += PG_BATCH) {
      const rows = records.slice(i, i + PG_BATCH).map((r) => recordValues(r, importId, now));
      await sql`insert into records (${PG_COLUMN_LIST}) select * from ${pgUnnest(rows)}`.execute(db);
    }
    return;
  }
  for (let i = 0; i < records.length; i += INSERT_BATCH) {
    const rows = records.slice(i, i + INSERT_BATCH).map((r) => toRecordRow(r, importId, now));
    await db.insertInto('records').values(rows).execute();
  }
}

export async function updateRecords(db: Conn, records: readonly ProcurementRecord[], importId: number | null): Promise<void> {
  if (records.length === 0) return;
  const now = new Date().toISOString();
  const raw = sqliteInTransaction(db);
  if (raw) {
    const update = statement(raw, SQLITE_UPDATE);
    for (const r of records) {
      const values = recordValues(r, importId, now);
      update.run([...values.slice(2), values[0], values[1]]);
    }
    return;
  }
  if (isPostgres(db)) {
    for (let i = 0; i < records.length; i += PG_BATCH) {
      const rows = records.slice(i, i + PG_BATCH).map((r) => recordValues(r, importId, now));
      await sql`update records set ${PG_SET_LIST} from ${pgUnnest(rows)} as v(${PG_COLUMN_LIST})
        where records.entity = v.entity and records.dossier_id = v.dossier_id`.execute(db);
    }
    return;
  }
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
    // (sort, id) after the cursor, spelled so both engines take the first condition as a range
    // on the index over (sort expression, id): SQLite does not for a row-value comparison.
    const cmpOrEqual = sql.raw(q.direction === 'desc' ? '<=' : '>=');
    page = page.where(() => sql<boolean>`(${sortExpr} ${cmpOrEqual} ${value} and (${sortExpr} ${cmp} ${value} or records.id ${cmp} ${cursor.id}))`);
  }
  const rows = await page
    .orderBy(sql`${sortExpr} ${dir}`)
    .orderBy(sql`records.id ${dir}`)
    .limit(q.limit + 1)
    .execute();
  const total = await countRecordList(db, q, () => base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow());
  const items = rows.slice(0, q.limit).map(fromRecordRow);
  const last = rows.length > q.limit ? rows[q.limit - 1] : undefined;
  return {
    items,
    total,
    nextCursor: last ? encodeCursor({ value: last[sortColumn], id: last.id }) : null,
  };
}

/**
 * The total of a records list: from the aggregates (a few hundred rows) when they can say, so a
 * page deep in a list of a million records does not count them all again; else counted.
 */
async function countRecordList(db: Conn, q: RecordPageQuery, count: () => Promise<{ count: number }>): Promise<number> {
  // Aggregates keep "no product group" as ''; records as null: a '' filter is only counted.
  if (!q.filters.productGroup?.includes('')) {
    const total = await countFromAggregates(db, q.filters, q.indicator, q.part ?? 'denominator');
    if (total !== null) return total;
  }
  return Number((await count()).count);
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
  return aggregateYears(db);
}

export async function deleteAllRecords(db: Conn): Promise<void> {
  await db.deleteFrom('records').execute();
  await db.deleteFrom('aggregates').execute();
  await sql`delete from aggregates_by_entity`.execute(db);
}
