// Frozen: a migration never changes once released and never imports application code.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Performance at a million records:
 * - `aggregates_by_entity`: the aggregates rolled up over product groups (indicator × year ×
 *   entity: a few hundred rows per indicator instead of a few thousand), which answers every
 *   indicator call that neither groups nor filters by product group;
 * - `num_n` on both aggregate tables: how many records are in the numerator (for value
 *   indicators `num` is a sum of cents), so a records list's total comes from the aggregates
 *   instead of counting a million records; null where it was computed before this migration
 *   (the next refresh fills it; until then the total is counted from the records);
 * - the records list sorted by value uses an index on the very expression it sorts by
 *   (`coalesce(value_cents, -1)`, nulls lowest on both engines), replacing the index on
 *   `value_cents` that no query could use.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const double = isPostgres ? 'double precision' : 'real';

  await sql`alter table aggregates add column num_n integer`.execute(db);
  await sql`create table aggregates_by_entity (
    indicator text not null,
    year integer not null,
    entity text not null,
    num ${sql.raw(double)} not null,
    den ${sql.raw(double)} not null,
    n integer not null,
    scope integer not null,
    num_n integer,
    primary key (indicator, year, entity)
  )`.execute(db);
  await sql`insert into aggregates_by_entity (indicator, year, entity, num, den, n, scope, num_n)
    select indicator, year, entity, sum(num), sum(den), sum(n), sum(scope), null
    from aggregates group by indicator, year, entity`.execute(db);

  await db.schema.dropIndex('records_value').ifExists().execute();
  await sql`create index records_value_sort on records ((coalesce(value_cents, -1)), id)`.execute(db);
  if (isPostgres) await sql`analyze records`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('records_value_sort').ifExists().execute();
  await db.schema.createIndex('records_value').on('records').columns(['value_cents', 'id']).execute();
  await db.schema.dropTable('aggregates_by_entity').ifExists().execute();
  await db.schema.alterTable('aggregates').dropColumn('num_n').execute();
}
