/**
 * Real databases for tests: every database test runs on SQLite and on PostgreSQL. PostgreSQL is
 * required (TEST_DATABASE_URL, default the local server); when it is missing the tests fail
 * rather than skip. Each test database lives in its own file or schema and is dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrateToLatest, openDatabase, syncRegistry, type Db, type Engine } from '@koers/db';

export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase extends Db {
  /** The URL a separate process (CLI, server) can open to reach the same data. */
  url: string;
  /** Extra environment for a child process (PostgreSQL schema). */
  env: Record<string, string>;
  drop(): Promise<void>;
}

export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'koers-test-'));
    const url = join(dir, 'koers.sqlite');
    const db = openDatabase(url);
    await migrateToLatest(db);
    await syncRegistry(db.kysely);
    return {
      ...db,
      url,
      env: { DATABASE_URL: url },
      drop: async () => {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `koers_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const db = openDatabase(TEST_POSTGRES_URL, { schema, maxConnections: 4 });
  await migrateToLatest(db);
  await syncRegistry(db.kysely);
  const url = withSearchPath(TEST_POSTGRES_URL, schema);
  return {
    ...db,
    url,
    env: { DATABASE_URL: url },
    drop: async () => {
      await db.close();
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

/** A connection URL whose sessions work in the given schema (libpq `options`). */
function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}
