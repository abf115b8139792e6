import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './connection.ts';
import * as initial from './migrations/2026-11-28-001-initial.ts';
import * as importVersions from './migrations/2026-11-28-002-import-versions.ts';
import * as accessAndAudit from './migrations/2026-11-28-003-access-and-audit.ts';
import * as performanceRollups from './migrations/2026-11-28-004-performance.ts';
import * as writeOrder from './migrations/2026-12-06-010-write-order.ts';
import * as importRunner from './migrations/2026-12-06-010-import-runner.ts';
import * as policyEvents from './migrations/2026-12-06-012-policy-events.ts';
import * as localGovernments from './migrations/2026-12-06-014-local-governments.ts';

// Migrations are listed here rather than read from a folder so they work the same under tsx,
// bundlers and tests; the names sort in the order they must run.
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-28-001-initial': initial,
  '2026-11-28-002-import-versions': importVersions,
  '2026-11-28-003-access-and-audit': accessAndAudit,
  '2026-11-28-004-performance': performanceRollups,
  '2026-12-06-010-write-order': writeOrder,
  '2026-12-06-010-import-runner': importRunner,
  '2026-12-06-012-policy-events': policyEvents,
  '2026-12-06-014-local-governments': localGovernments,
};

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

/** Brings the schema up to date; every entry point calls this on start. */
export async function migrateToLatest(db: Db): Promise<void> {
  let migrationTableSchema: string | undefined;
  if (db.engine === 'postgres') {
    const result = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db.kysely);
    migrationTableSchema = result.rows[0]?.schema ?? undefined;
    if (!migrationTableSchema) throw new Error('PostgreSQL has no current schema: check search_path');
  }
  // The migration tables live in the schema Koers works in, so several Koers databases can share
  // one PostgreSQL database in separate schemas.
  const migrator = new Migrator({
    db: db.kysely,
    provider: new StaticProvider(),
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
    // Migrations made side by side (each with its own prefix) land in any order; none depends on
    // another made at the same time, so one sorting before an already applied one still runs.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${reason}`);
  }
}
