// Frozen: a migration never changes once released and never imports application code.
import { sql, type Kysely } from 'kysely';

/**
 * `imports.runner`: the process running an import (`host:pid`), so a process that starts can tell
 * an entry left `running` by a process that died (marked failed) from one another live process
 * on the same host is still running (left alone). Entries from before have none.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table imports add column runner text`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('imports').dropColumn('runner').execute();
}
