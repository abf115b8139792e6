// Frozen: a migration never changes once released and never imports application code.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Access and audit: API tokens (only their SHA-256 hashes), the change log of targets, an audit
 * log of administrative actions (undo, tokens), and who undid an import and when.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const autoId = (col: string) => (isPostgres ? sql`${sql.ref(col)} serial primary key` : sql`${sql.ref(col)} integer primary key autoincrement`);
  const double = isPostgres ? 'double precision' : 'real';

  await sql`create table tokens (
    ${autoId('id')},
    label text not null,
    role text not null,
    entities text not null,
    token_hash text not null unique,
    created_at text not null,
    created_by text not null,
    revoked_at text,
    revoked_by text,
    last_used_at text
  )`.execute(db);

  await sql`create table target_changes (
    ${autoId('id')},
    changed_at text not null,
    actor text not null,
    indicator text not null,
    scope text not null,
    scope_code text not null,
    year integer not null,
    old_value ${sql.raw(double)},
    new_value ${sql.raw(double)},
    old_source text,
    new_source text
  )`.execute(db);
  await db.schema.createIndex('target_changes_indicator').on('target_changes').columns(['indicator', 'id']).execute();

  await sql`create table audit_log (
    ${autoId('id')},
    at text not null,
    actor text not null,
    action text not null,
    subject text not null,
    details text not null
  )`.execute(db);
  await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at']).execute();

  await db.schema.alterTable('imports').addColumn('undone_at', 'text').execute();
  await db.schema.alterTable('imports').addColumn('undone_by', 'text').execute();
  await db.schema.createIndex('imports_created_at').on('imports').columns(['created_at']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('imports_created_at').ifExists().execute();
  await db.schema.alterTable('imports').dropColumn('undone_by').execute();
  await db.schema.alterTable('imports').dropColumn('undone_at').execute();
  await db.schema.dropTable('audit_log').ifExists().execute();
  await db.schema.dropTable('target_changes').ifExists().execute();
  await db.schema.dropTable('tokens').ifExists().execute();
}
