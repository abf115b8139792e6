import { DEFAULT_DATABASE_URL, migrateToLatest, openDatabase, syncRegistry, type Db } from '@koers/db';
import { failInterruptedImports } from './interrupted-imports.ts';

/**
 * Opens the database every entry point uses and brings it up to date: schema migrations and the
 * registry that ships with Koers; imports left `running` by a process that died are marked failed.
 */
export async function openReadyDatabase(url: string = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): Promise<Db> {
  const db = openDatabase(url);
  try {
    await migrateToLatest(db);
    await syncRegistry(db.kysely);
    const interrupted = await failInterruptedImports(db);
    if (interrupted.length > 0)
      console.error(`marked ${interrupted.length} interrupted import${interrupted.length === 1 ? '' : 's'} as failed (${interrupted.join(', ')})`);
  } catch (error) {
    await db.close();
    throw unreachable(error, db.description) ?? error;
  }
  return db;
}

const CONNECTION_FAILURES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET']);

/** A database that cannot be reached, said with where Koers looked (password left out) and what to check. */
function unreachable(error: unknown, where: string): Error | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !CONNECTION_FAILURES.has(code)) return null;
  const reason = error instanceof Error ? error.message : code;
  return new Error(`cannot reach the database ${where} (${reason}): is it running, and is DATABASE_URL right?`, { cause: error });
}
