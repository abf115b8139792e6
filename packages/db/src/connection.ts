/**
 * Opens the database named by a URL: a SQLite file (the embedded default) or PostgreSQL.
 *
 *   sqlite:data/koers.sqlite | data/koers.sqlite | :memory:   → better-sqlite3
 *   postgres://user@host:5432/db                              → pg pool
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect, sql, SqliteDialect, type SqliteDialectConfig } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Engine = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  engine: Engine;
  /** The URL without credentials, safe to log. */
  description: string;
  /**
   * SQLite only: the raw better-sqlite3 handle under Kysely, for hot paths that reuse one
   * prepared statement (bulk inserts). Same connection, so it runs inside Kysely's transaction.
   */
  sqlite?: SQLite.Database;
  /**
   * How to open another connection to the same data (a worker running an import opens its own);
   * absent for an in-memory SQLite database, which no other connection can reach.
   */
  location?: { url: string; options: OpenOptions };
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
    // Nor may a client that is checked out (a query or transaction in flight) when the server
    // goes away: pg emits 'error' on it with no listener attached. The query itself fails, the
    // request answers 503, and the pool drops the broken client when it is released.
    const clients = new Map<number, pg.PoolClient>();
    pool.on('connect', (client) => {
      client.on('error', () => undefined);
      const pid = (client as pg.PoolClient & { processID?: number }).processID;
      if (pid !== undefined) clients.set(pid, client);
    });
    pool.on('remove', (client) => {
      for (const [pid, known] of clients) if (known === client) clients.delete(pid);
    });
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    PG_CLIENTS.set(kysely.getExecutor().adapter, clients);
    const safe = url.replace(/\/\/[^@/]*@/, '//');
    return {
      kysely,
      engine: 'postgres',
      description: schema ? `${safe} (schema ${schema})` : safe,
      location: { url, options },
      close: () => kysely.destroy(),
    };
  }
  const file = url.replace(/^sqlite:(\/\/)?/i, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets readers run while an import writes; NORMAL sync is durable at transaction boundaries in WAL mode.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -65536');
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }) });
  RAW_SQLITE.set(kysely.getExecutor().adapter, sqlite);
  return {
    kysely,
    engine: 'sqlite',
    description: file,
    sqlite,
    ...(file !== ':memory:' ? { location: { url, options } } : {}),
    close: () => kysely.destroy(),
  };
}

/** Per PostgreSQL pool (keyed by its Kysely adapter): its connected clients by server process id. */
const PG_CLIENTS = new WeakMap<object, Map<number, pg.PoolClient>>();

/**
 * The pg client under a PostgreSQL connection or transaction of `openDatabase`, for what Kysely
 * cannot say (COPY). Use it only while holding that connection (inside its transaction), so that
 * what it runs never interleaves with Kysely's queries.
 */
export async function rawPostgresClient(db: Kysely<Database>): Promise<pg.PoolClient | undefined> {
  const clients = PG_CLIENTS.get(db.getExecutor().adapter);
  if (!clients) return undefined;
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
  return clients.get(rows[0]!.pid);
}

/** Statements kept prepared per connection; the API's queries are a few dozen distinct texts. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely prepares every query anew; preparing costs more than running most of the small queries
 * a dashboard call makes. This hands Kysely the same prepared statement for the same SQL text
 * (Kysely never uses one statement twice at once: its SQLite driver runs one query at a time).
 */
function cachingStatements(sqlite: SQLite.Database): SqliteDialectConfig['database'] {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare: (text: string) => {
      let statement = cache.get(text);
      if (statement) {
        // Most recently used last, so the oldest is the first key when the cache is full.
        cache.delete(text);
      } else {
        statement = sqlite.prepare(text);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(text, statement);
      return statement;
    },
  };
}

/** The better-sqlite3 handle behind a Kysely instance, keyed by its adapter (shared by its transactions). */
const RAW_SQLITE = new WeakMap<object, SQLite.Database>();

/**
 * The raw better-sqlite3 handle under a Kysely instance or transaction opened by `openDatabase`,
 * or undefined on PostgreSQL. Use it only while holding Kysely's connection (inside a
 * transaction), so raw statements run in the same transaction and never interleave with Kysely's.
 */
export function rawSqlite(db: Kysely<Database>): SQLite.Database | undefined {
  return RAW_SQLITE.get(db.getExecutor().adapter);
}

/**
 * The raw handle when a synchronous read on it sees exactly what a Kysely query would: no
 * transaction is open on the connection (an import's uncommitted rows must stay invisible), and
 * better-sqlite3 runs the read to its end before anything else can start.
 */
export function idleSqlite(db: Kysely<Database>): SQLite.Database | undefined {
  const raw = rawSqlite(db);
  return raw && !raw.inTransaction ? raw : undefined;
}

const RAW_STATEMENTS = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();

/** A prepared statement for raw use, kept per connection (separate from the ones Kysely uses). */
export function rawStatement(raw: SQLite.Database, text: string): SQLite.Statement {
  let cache = RAW_STATEMENTS.get(raw);
  if (!cache) RAW_STATEMENTS.set(raw, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) {
    if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(text, (statement = raw.prepare(text)));
  }
  return statement;
}

/** Whether a connection (or transaction) speaks PostgreSQL, for the few statements the engines spell differently. */
export const isPostgres = (db: Kysely<Database>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;
