/**
 * Reads the dashboard asks over and over, compiled once and, on SQLite, run as kept prepared
 * statements: for the small answers it reads, building and compiling a query costs more than
 * running it.
 */
import type { CompiledQuery, Kysely } from 'kysely';
import { idleSqlite, rawStatement } from './connection.ts';
import type { Database } from './schema.ts';

type Conn = Kysely<Database>;

/** Compiled dashboard queries, per database (adapter) and question: a few hundred at most. */
const COMPILED = new WeakMap<object, Map<string, CompiledQuery>>();
const COMPILED_CACHE_SIZE = 1_000;

/**
 * The dashboard asks the same few hundred questions over and over; building and compiling the
 * query costs more than running it on the aggregates, so each question is compiled once.
 */
export function compileOnce(db: Conn, key: string, build: () => { compile(db: Conn): CompiledQuery }): CompiledQuery {
  const adapter = db.getExecutor().adapter;
  let cache = COMPILED.get(adapter);
  if (!cache) COMPILED.set(adapter, (cache = new Map()));
  let query = cache.get(key);
  if (!query) {
    if (cache.size >= COMPILED_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, (query = build().compile(db)));
  }
  return query;
}

/** Runs a compiled read: on an idle SQLite connection as a kept prepared statement, else through Kysely. */
export async function read<T>(db: Conn, query: CompiledQuery): Promise<T[]> {
  const raw = idleSqlite(db);
  if (raw) return rawStatement(raw, query.sql).all(query.parameters) as T[];
  return (await db.executeQuery<T>(query)).rows;
}
