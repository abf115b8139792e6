// Frozen: a migration never changes once released and never imports application code.
import { sql, type Kysely } from 'kysely';

/**
 * `imports.write_seq`: the order in which imports and corrections committed their writes, given
 * inside the write lock. Ids are handed out when an import starts, before it waits for the lock,
 * so two imports running at once may commit in the other order than their ids; undo must know
 * which one really came later. Entries written before this migration keep their id as order.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table imports add column write_seq integer`.execute(db);
  await sql`update imports set write_seq = id where applied = 1`.execute(db);
  await sql`create unique index imports_write_seq on imports (write_seq)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('imports_write_seq').ifExists().execute();
  await db.schema.alterTable('imports').dropColumn('write_seq').execute();
}
