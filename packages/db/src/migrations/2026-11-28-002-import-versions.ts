// Frozen: a migration never changes once released and never imports application code.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Imports become undoable: the history row is written before the import runs (so an interrupted
 * import stays visible as `running`), and every record an import changed keeps its previous
 * version.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .alterTable('imports')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('done'))
    .execute();
  await db.schema.alterTable('imports').addColumn('finished_at', 'text').execute();
  await sql`create table record_versions (
    import_id integer not null,
    entity text not null,
    dossier_id text not null,
    previous text not null,
    primary key (import_id, entity, dossier_id)
  )`.execute(db);
  await db.schema.createIndex('records_import').on('records').column('import_id').execute();
  if (isPostgres) await sql`analyze`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('records_import').ifExists().execute();
  await db.schema.dropTable('record_versions').ifExists().execute();
  await db.schema.alterTable('imports').dropColumn('finished_at').execute();
  await db.schema.alterTable('imports').dropColumn('status').execute();
}
