import { DEFAULT_DATABASE_URL, migrateToLatest, openDatabase, syncRegistry, type Db } from '@koers/db';

/**
 * Opens the database every entry point uses and brings it up to date: schema migrations and the
 * registry that ships with Koers.
 */
export async function openReadyDatabase(url: string = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): Promise<Db> {
  const db = openDatabase(url);
  try {
    await migrateToLatest(db);
    await syncRegistry(db.kysely);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
