/**
 * The one way Koers writes: every write (import, correction, undo, target change, token change,
 * demo seed, registry sync) runs in `writeTransaction`, so writes behave as if they ran one after
 * another, whichever process or server instance makes them.
 *
 * - PostgreSQL: the transaction's first statement takes a transaction-level advisory lock (one
 *   per schema, so databases sharing a server in separate schemas do not wait for each other);
 *   the next writer starts only after the previous one committed or rolled back, and, at READ
 *   COMMITTED, every statement it runs after the lock sees everything the previous one wrote.
 * - SQLite: `BEGIN IMMEDIATE` takes the database's write lock at the start (waiting up to the
 *   busy timeout), instead of a deferred transaction that fails at once with SQLITE_BUSY when it
 *   upgrades from reading to writing while another connection writes.
 * - Within one process, writers also wait in turn before taking a connection, so writers queued
 *   behind the lock never hold every pooled connection while the lock holder needs one.
 *
 * Never nest: `work` must not call writeTransaction itself (it would wait for itself).
 */
import type SQLite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { isPostgres, rawSqlite } from './connection.ts';
import type { Database } from './schema.ts';

type Conn = Kysely<Database>;

/** First key of the advisory lock ("Koer"); the second is the schema's hash. */
const WRITE_LOCK_CLASS = 0x4b6f6572;

/** Per database (keyed by its adapter, shared by its transactions): the last writer in line. */
const LAST_IN_LINE = new WeakMap<object, Promise<unknown>>();

export async function writeTransaction<T>(db: Conn, work: (trx: Conn) => Promise<T>): Promise<T> {
  return inTurn(db, () => (isPostgres(db) ? postgresWrite(db, work) : sqliteWrite(db, work)));
}

async function inTurn<T>(db: Conn, run: () => Promise<T>): Promise<T> {
  const key = db.getExecutor().adapter;
  const before = LAST_IN_LINE.get(key) ?? Promise.resolve();
  const mine = before.then(run, run);
  // The next writer waits for this one to settle, whatever its outcome.
  LAST_IN_LINE.set(
    key,
    mine.catch(() => undefined),
  );
  return mine;
}

function postgresWrite<T>(db: Conn, work: (trx: Conn) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${sql.lit(WRITE_LOCK_CLASS)}, hashtext(current_schema()))`.execute(trx);
    return work(trx);
  });
}

/** The connections (Kysely instances) inside a SQLite write transaction that has not ended. */
const SQLITE_WRITING = new WeakSet<Conn>();

/**
 * The raw better-sqlite3 handle when `db` is the connection of a SQLite `writeTransaction` still
 * open: hot write paths then run prepared statements on it directly, in that transaction (no SQL
 * text per batch, no query builder). Undefined on PostgreSQL and outside a write transaction,
 * where writes go through Kysely, which serialises use of the one connection.
 */
export function sqliteWriteHandle(db: Conn): SQLite.Database | undefined {
  if (!SQLITE_WRITING.has(db)) return undefined;
  const raw = rawSqlite(db);
  return raw?.inTransaction ? raw : undefined;
}

function sqliteWrite<T>(db: Conn, work: (trx: Conn) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    SQLITE_WRITING.add(conn);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      // SQLite may already have rolled back (some errors end the transaction themselves).
      if (rawSqlite(conn)?.inTransaction !== false) await sql`rollback`.execute(conn);
      throw error;
    } finally {
      SQLITE_WRITING.delete(conn);
    }
  });
}
