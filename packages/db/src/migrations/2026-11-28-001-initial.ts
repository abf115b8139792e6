// Frozen: a migration never changes once released and never imports application code.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const autoId = (col: string) => (isPostgres ? sql`${sql.ref(col)} serial primary key` : sql`${sql.ref(col)} integer primary key autoincrement`);
  const double = isPostgres ? 'double precision' : 'real';

  await db.schema
    .createTable('policy_domains')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_fr', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .execute();

  await db.schema
    .createTable('entities')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('policy_domain', 'text')
    .addColumn('flemish_government', 'smallint', (c) => c.notNull().defaultTo(1))
    .addColumn('enterprise_number', 'text')
    .execute();

  await db.schema
    .createTable('product_groups')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_fr', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('cpv_prefixes', 'text', (c) => c.notNull())
    .addColumn('essential_criteria', 'smallint', (c) => c.notNull())
    .execute();

  // Kysely's builder cannot express both auto-id flavours, so the tables with ids use raw DDL.
  await sql`create table targets (
    ${autoId('id')},
    indicator text not null,
    scope text not null,
    scope_code text not null,
    year integer not null,
    value ${sql.raw(double)} not null,
    source text not null,
    updated_at text not null,
    unique (indicator, scope, scope_code, year)
  )`.execute(db);

  await sql`create table imports (
    ${autoId('id')},
    created_at text not null,
    actor text not null,
    file_name text not null,
    checksum text not null,
    format text,
    mode text not null,
    dry_run smallint not null,
    applied smallint not null,
    accepted integer not null,
    updated integer not null,
    unchanged integer not null,
    rejected integer not null,
    skipped integer not null,
    report text not null
  )`.execute(db);

  await sql`create table records (
    ${autoId('id')},
    entity text not null,
    dossier_id text not null,
    award_date text not null,
    year integer not null,
    title text,
    cpv text,
    product_group text,
    value_cents bigint,
    amount ${sql.raw(double)},
    currency text,
    criteria text,
    innovative smallint,
    social_clause smallint,
    circular smallint,
    sme_winner smallint,
    framework smallint,
    e_submission smallint,
    procedure text,
    tenders_received integer,
    supplier text,
    import_id integer,
    updated_at text not null,
    unique (entity, dossier_id)
  )`.execute(db);
  await db.schema.createIndex('records_year_entity').on('records').columns(['year', 'entity']).execute();
  await db.schema.createIndex('records_entity_year_group').on('records').columns(['entity', 'year', 'product_group']).execute();
  await db.schema.createIndex('records_award_date').on('records').columns(['award_date', 'id']).execute();
  await db.schema.createIndex('records_value').on('records').columns(['value_cents', 'id']).execute();

  await sql`create table aggregates (
    year integer not null,
    entity text not null,
    product_group text not null,
    indicator text not null,
    num ${sql.raw(double)} not null,
    den ${sql.raw(double)} not null,
    n integer not null,
    scope integer not null,
    primary key (indicator, year, entity, product_group)
  )`.execute(db);
  await db.schema.createIndex('aggregates_entity').on('aggregates').columns(['entity']).execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['settings', 'aggregates', 'records', 'imports', 'targets', 'product_groups', 'entities', 'policy_domains']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
