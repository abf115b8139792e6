/**
 * The records table's write side: lookups by key for an import, batched inserts and updates
 * (prepared multi-row statements on SQLite, COPY and unnest on PostgreSQL), the versions undo
 * restores, and the bulk-load helpers (indexes built after loading, planner statistics).
 */
import { availableParallelism } from 'node:os';
import type { ProcurementRecord } from '@koers/domain';
import type SQLite from 'better-sqlite3';
import { sql, type Kysely, type Selectable } from 'kysely';
import { isPostgres, rawStatement as statement } from './connection.ts';
import { copyRows, openCopy, type OpenCopy } from './pg-copy.ts';
import { fillRecordValues, fromRecordRow, RECORD_COLUMNS, recordKey, recordValues, toRecordRow, PG_ARRAY_TYPES, type StoredRecord } from './record-rows.ts';
import type { Database, RecordTable } from './schema.ts';
import { sqliteWriteHandle } from './write-transaction.ts';

type Conn = Kysely<Database>;

/** Rows per multi-row INSERT on SQLite: one statement step for many rows (1,408 parameters of 32,766). */
const SQLITE_ROWS_PER_INSERT = 64;
const sqliteInsert = (rows: number) =>
  `insert into records (${RECORD_COLUMNS.join(', ')}) values ${Array.from({ length: rows }, () => `(${RECORD_COLUMNS.map(() => '?').join(', ')})`).join(', ')}`;
const SQLITE_INSERT = sqliteInsert(1);
const SQLITE_INSERT_MANY = sqliteInsert(SQLITE_ROWS_PER_INSERT);
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
export async function findRecordsByKey(db: Conn, keys: readonly { entity: string; dossierId: string }[]): Promise<Map<string, StoredRecord>> {
  const found = new Map<string, StoredRecord>();
  const byEntity = new Map<string, string[]>();
  for (const k of keys) {
    const list = byEntity.get(k.entity);
    if (list) list.push(k.dossierId);
    else byEntity.set(k.entity, [k.dossierId]);
  }
  const raw = sqliteWriteHandle(db);
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
        rows.push(
          ...(await db
            .selectFrom('records')
            .selectAll()
            .where('entity', '=', entity)
            .where('dossier_id', 'in', ids.slice(i, i + 500))
            .execute()),
        );
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
  const raw = sqliteWriteHandle(db);
  if (!raw) return null;
  const indexes = raw.prepare(`select name, sql from sqlite_master where type = 'index' and tbl_name = 'records' and sql is not null order by name`).all() as {
    name: string;
    sql: string;
  }[];
  for (const { name } of indexes) raw.exec(`drop index "${name.replace(/"/g, '""')}"`);
  return async () => {
    // The sorts that build the indexes may use the other cores (SQLite's helper threads).
    const threads = raw.pragma('threads', { simple: true }) as number;
    raw.pragma(`threads = ${Math.min(4, availableParallelism())}`);
    try {
      for (const index of indexes) raw.exec(index.sql);
    } finally {
      raw.pragma(`threads = ${threads}`);
    }
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
  const raw = sqliteWriteHandle(db);
  if (raw) {
    sqliteInsertRows(raw, records, importId, now);
    return;
  }
  if (isPostgres(db) && db.isTransaction) {
    // The rows were classified as new under the write lock: COPY them straight into the table.
    // A row that breaks the unique key after all fails the COPY and the whole transaction.
    await copyRows(
      db,
      'records',
      RECORD_COLUMNS,
      records.map((r) => recordValues(r, importId, now)),
    );
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

/**
 * New records for one import, written batch after batch. On PostgreSQL inside a transaction one
 * COPY stays open across batches, so the server stores a batch while the importer reads and
 * checks the next (one COPY per batch made the two wait for each other: 21 s for a million rows
 * where the server alone needs about 10). The connection can run nothing else while the COPY is
 * open: `finish` before any other statement in the transaction, and before it ends. Elsewhere each
 * batch is written at once by `insertRecords`.
 */
export interface RecordInserter {
  insert(records: readonly ProcurementRecord[], importId: number | null): Promise<void>;
  /** Ends the open COPY, if any; rejects if the server refused a row. */
  finish(): Promise<void>;
}

export function recordInserter(db: Conn): RecordInserter {
  if (!(isPostgres(db) && db.isTransaction)) {
    return { insert: (records, importId) => insertRecords(db, records, importId), finish: async () => undefined };
  }
  let copy: OpenCopy | null = null;
  // One operation at a time, in the order asked: a `finish` asked while an insert is still opening
  // or writing the COPY (a reader failing meanwhile) ends it after that insert, never before, so
  // no COPY is left open for the transaction's end to wait on.
  let last: Promise<void> = Promise.resolve();
  const inTurn = (operation: () => Promise<void>): Promise<void> => {
    const run = last.then(operation);
    last = run.catch(() => undefined);
    return run;
  };
  return {
    insert: (records, importId) =>
      inTurn(async () => {
        if (records.length === 0) return;
        const now = new Date().toISOString();
        copy ??= await openCopy(db, 'records', RECORD_COLUMNS);
        await copy.write(records.map((r) => recordValues(r, importId, now)));
      }),
    finish: () =>
      inTurn(async () => {
        const open = copy;
        copy = null;
        await open?.end();
      }),
  };
}

/** Inserts with prepared statements on the write transaction's handle: SQLITE_ROWS_PER_INSERT rows a step, then one by one. */
function sqliteInsertRows(raw: SQLite.Database, records: readonly ProcurementRecord[], importId: number | null, now: string): void {
  const width = RECORD_COLUMNS.length;
  let i = 0;
  if (records.length >= SQLITE_ROWS_PER_INSERT) {
    const many = statement(raw, SQLITE_INSERT_MANY);
    // better-sqlite3 copies the values when it binds them: one array serves every statement.
    const values = new Array<unknown>(width * SQLITE_ROWS_PER_INSERT);
    for (; i + SQLITE_ROWS_PER_INSERT <= records.length; i += SQLITE_ROWS_PER_INSERT) {
      for (let j = 0; j < SQLITE_ROWS_PER_INSERT; j++) fillRecordValues(values, records[i + j]!, importId, now, j * width);
      many.run(values);
    }
  }
  const one = statement(raw, SQLITE_INSERT);
  const values = new Array<unknown>(width);
  for (; i < records.length; i++) one.run(fillRecordValues(values, records[i]!, importId, now));
}

export async function updateRecords(db: Conn, records: readonly ProcurementRecord[], importId: number | null): Promise<void> {
  if (records.length === 0) return;
  const now = new Date().toISOString();
  const raw = sqliteWriteHandle(db);
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
    await db
      .insertInto('record_versions')
      .values(rows)
      .onConflict((oc) => oc.columns(['import_id', 'entity', 'dossier_id']).doNothing())
      .execute();
  }
}

export async function deleteAllRecords(db: Conn): Promise<void> {
  await db.deleteFrom('records').execute();
  await db.deleteFrom('aggregates').execute();
  await sql`delete from aggregates_by_entity`.execute(db);
}
