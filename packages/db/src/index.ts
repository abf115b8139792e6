/**
 * Koers' storage: Kysely on SQLite (embedded default) or PostgreSQL, migrations, and the
 * repositories that hold all SQL.
 *
 * @example
 *   const db = openDatabase(process.env.DATABASE_URL);
 *   await migrateToLatest(db);
 *   const rows = await sumAggregates(db.kysely, 'sustainable_value_share', ['year'], {});
 */
export * from './connection.ts';
export * from './migrate.ts';
export type { Database } from './schema.ts';
export * from './registry-repository.ts';
export * from './record-rows.ts';
export * from './record-writes.ts';
export * from './record-pages.ts';
export * from './aggregate-repository.ts';
export * from './import-repository.ts';
export * from './settings-repository.ts';
export * from './tokens-repository.ts';
export * from './audit-repository.ts';
export * from './target-repository.ts';
export * from './event-repository.ts';
export * from './undo-repository.ts';
export * from './write-transaction.ts';
export * from './diagnostics.ts';
export { INDICATOR_PREDICATES, type IndicatorPart } from './indicator-sql.ts';
