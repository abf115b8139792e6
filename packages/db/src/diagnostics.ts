/** Operational checks that need engine-specific SQL. */
import { sql } from 'kysely';
import type { Db } from './connection.ts';

/**
 * Whether another connection holds an open write transaction on the database right now (an import
 * in progress in this or another process). SQLite: the write lock cannot be taken at once.
 * PostgreSQL: another backend of this database has a transaction id.
 */
export async function otherWriterActive(db: Db): Promise<boolean> {
  if (db.engine === 'postgres') {
    const { rows } = await sql<{ n: number }>`
      select count(*) as n from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null`.execute(db.kysely);
    return Number(rows[0]?.n ?? 0) > 0;
  }
  return db.kysely.connection().execute(async (conn) => {
    const busy = await sql<{ timeout: number }>`pragma busy_timeout`.execute(conn);
    const timeout = Number(Object.values(busy.rows[0] ?? { timeout: 5000 })[0] ?? 5000);
    await sql`pragma busy_timeout = 0`.execute(conn);
    try {
      await sql`begin immediate`.execute(conn);
      await sql`rollback`.execute(conn);
      return false;
    } catch (error) {
      if (/SQLITE_BUSY|database is locked/i.test(`${(error as { code?: string }).code} ${(error as Error).message}`)) return true;
      throw error;
    } finally {
      await sql.raw(`pragma busy_timeout = ${Math.max(0, Math.floor(timeout))}`).execute(conn);
    }
  });
}
