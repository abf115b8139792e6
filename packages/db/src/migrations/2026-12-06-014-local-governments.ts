// Frozen: a migration never changes once released and never imports application code.
import { sql, type Kysely } from 'kysely';

/**
 * The local tier: every organisation gets a tier; municipalities and provinces carry their NIS
 * code, French name, province, inhabitants (and the population class derived from them),
 * validity and successor. Existing buyers outside the Flemish government become tier `other`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table entities add column tier text not null default 'flemish_government'`.execute(db);
  for (const column of ['name_fr', 'nis_code', 'province', 'population_class', 'valid_from', 'valid_to', 'succeeded_by']) {
    await sql`alter table entities add column ${sql.ref(column)} text`.execute(db);
  }
  await sql`alter table entities add column inhabitants integer`.execute(db);
  await sql`update entities set tier = 'other' where flemish_government = 0`.execute(db);
  await db.schema.createIndex('entities_succeeded_by').on('entities').column('succeeded_by').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('entities_succeeded_by').ifExists().execute();
  for (const column of ['inhabitants', 'succeeded_by', 'valid_to', 'valid_from', 'population_class', 'province', 'nis_code', 'name_fr', 'tier']) {
    await db.schema.alterTable('entities').dropColumn(column).execute();
  }
}
