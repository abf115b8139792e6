/**
 * Opens the database named by a URL: a SQLite file (the embedded default) or PostgreSQL.
 *
 *   sqlite:data/koers.sqlite | data/koers.sqlite | :memory:   → better-sqlite3
 *   postgres://user@host:5432/db                              → pg pool
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Engine = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  engine: Engine;
  /** The URL without credentials, safe to log. */
  description: string;
  close(): Promise<void>;
}

export const DEFAULT_DATABASE_URL = 'data/koers.sqlite';

export function engineOf(url: string): Engine {
  return /^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite';
}

// PostgreSQL returns bigint (COUNT, SUM of integers) as text; every count here fits a double.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export interface OpenOptions {
  /** PostgreSQL only: the schema to work in (created when missing); used to isolate tests. */
  schema?: string;
  /** PostgreSQL only: pool size. */
  maxConnections?: number;
}

export function openDatabase(url: string = DEFAULT_DATABASE_URL, options: OpenOptions = {}): Db {
  if (engineOf(url) === 'postgres') {
    const schema = options.schema;
    const pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections ?? 10,
      // Fail fast when the database is unreachable instead of hanging a request.
      connectionTimeoutMillis: 5_000,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // An idle client losing its connection (database restart) must not crash the process.
    pool.on('error', () => undefined);
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const safe = url.replace(/\/\/[^@/]*@/, '//');
    return { kysely, engine: 'postgres', description: schema ? `${safe} (schema ${schema})` : safe, close: () => kysely.destroy() };
  }
  const file = url.replace(/^sqlite:(\/\/)?/i, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets readers run while an import writes; NORMAL sync is durable at transaction boundaries in WAL mode.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -65536');
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { kysely, engine: 'sqlite', description: file, close: () => kysely.destroy() };
}
