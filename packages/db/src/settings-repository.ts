import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Keys of the settings table. */
export const SETTING = {
  /** Bumped by every write to records; HTTP caching keys on it. */
  dataVersion: 'data_version',
  /** When the records last changed (ISO timestamp): the "data date" shown with every number. */
  dataDate: 'data_date',
  /** Set to `demo` while the demo dataset is loaded, so every view can say so. */
  datasetLabel: 'dataset_label',
  /** The status thresholds an administrator set (JSON); absent: the defaults of SPEC §4. */
  statusThresholds: 'status_thresholds',
} as const;

export async function getSetting(db: Kysely<Database>, key: string): Promise<string | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

export async function setSetting(db: Kysely<Database>, key: string, value: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

export async function deleteSetting(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('settings').where('key', '=', key).execute();
}

/** Marks the records as changed: a new data version and data date. */
export async function touchData(db: Kysely<Database>): Promise<void> {
  await bumpDataVersion(db);
  await setSetting(db, SETTING.dataDate, new Date().toISOString());
}

/**
 * Marks derived answers as changed without changing the data date: for changes that are not
 * records (a target), so that cached answers (ETag) are refreshed.
 */
export async function bumpDataVersion(db: Kysely<Database>): Promise<void> {
  // One statement, not read-then-write: two writers committing together must not both write
  // the same version, or a client holding that version's ETag would miss the second change.
  await db
    .insertInto('settings')
    .values({ key: SETTING.dataVersion, value: '1' })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: sql<string>`cast(cast(settings.value as bigint) + 1 as text)` }))
    .execute();
}
