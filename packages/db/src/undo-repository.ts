/**
 * The SQL behind undoing an import: the previous versions it kept, the later imports that changed
 * the same records, restoring a record exactly as it was, and removing the records it created.
 */
import type { Kysely } from 'kysely';
import { toRecordRow, type StoredRecord } from './record-rows.ts';
import type { Database } from './schema.ts';

type Conn = Kysely<Database>;

export interface RecordVersion {
  importId: number;
  entity: string;
  dossierId: string;
  previous: StoredRecord;
}

interface VersionCursor {
  importId: number;
  entity: string;
  dossierId: string;
}

function toVersion(row: { import_id: number; entity: string; dossier_id: string; previous: string }): RecordVersion {
  return { importId: row.import_id, entity: row.entity, dossierId: row.dossier_id, previous: JSON.parse(row.previous) as StoredRecord };
}

/** The versions an import kept (the records as they were before it), in key order, page by page. */
export async function* recordVersionsOf(db: Conn, importId: number, pageSize = 2_000): AsyncGenerator<RecordVersion[]> {
  let after: VersionCursor | null = null;
  for (;;) {
    let query = db.selectFrom('record_versions').selectAll().where('import_id', '=', importId).orderBy('entity').orderBy('dossier_id').limit(pageSize);
    if (after) {
      const { entity, dossierId } = after;
      query = query.where((eb) => eb.or([eb('entity', '>', entity), eb.and([eb('entity', '=', entity), eb('dossier_id', '>', dossierId)])]));
    }
    const rows = await query.execute();
    if (rows.length === 0) return;
    yield rows.map(toVersion);
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1]!;
    after = { importId, entity: last.entity, dossierId: last.dossier_id };
  }
}

/**
 * Versions kept by imports that committed after the given one (by `write_seq`, not by id: ids
 * are given before an import waits for the write lock) and were not undone, page by page: a later
 * import that changed a record this import wrote saved that record with `importId` equal to this
 * import.
 */
export async function* laterRecordVersions(db: Conn, importId: number, pageSize = 2_000): AsyncGenerator<RecordVersion[]> {
  let after: VersionCursor | null = null;
  for (;;) {
    let query = db
      .selectFrom('record_versions')
      .innerJoin('imports', 'imports.id', 'record_versions.import_id')
      .select(['record_versions.import_id', 'record_versions.entity', 'record_versions.dossier_id', 'record_versions.previous'])
      .where('imports.write_seq', '>', (eb) => eb.selectFrom('imports as own').select('own.write_seq').where('own.id', '=', importId))
      .where('imports.undone_at', 'is', null)
      .orderBy('record_versions.import_id')
      .orderBy('record_versions.entity')
      .orderBy('record_versions.dossier_id')
      .limit(pageSize);
    if (after) {
      const { importId: id, entity, dossierId } = after;
      query = query.where((eb) =>
        eb.or([
          eb('record_versions.import_id', '>', id),
          eb.and([eb('record_versions.import_id', '=', id), eb('record_versions.entity', '>', entity)]),
          eb.and([eb('record_versions.import_id', '=', id), eb('record_versions.entity', '=', entity), eb('record_versions.dossier_id', '>', dossierId)]),
        ]),
      );
    }
    const rows = await query.execute();
    if (rows.length === 0) return;
    yield rows.map(toVersion);
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1]!;
    after = { importId: last.import_id, entity: last.entity, dossierId: last.dossier_id };
  }
}

/** Writes a record back exactly as it was: every column, its import id and its time stamp. */
export async function restoreRecord(db: Conn, previous: StoredRecord): Promise<void> {
  const { entity, dossier_id, ...values } = toRecordRow(previous, previous.importId, previous.updatedAt);
  const result = await db.updateTable('records').set(values).where('entity', '=', entity).where('dossier_id', '=', dossier_id).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    await db
      .insertInto('records')
      .values({ id: previous.id, entity, dossier_id, ...values })
      .execute();
  }
}

/** Entities of the records an import wrote and that still carry its id. */
export async function entitiesWrittenBy(db: Conn, importId: number): Promise<string[]> {
  const rows = await db.selectFrom('records').select('entity').distinct().where('import_id', '=', importId).execute();
  return rows.map((r) => r.entity);
}

export async function countRecordsWrittenBy(db: Conn, importId: number): Promise<number> {
  const row = await db
    .selectFrom('records')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('import_id', '=', importId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countRecordVersionsOf(db: Conn, importId: number): Promise<number> {
  const row = await db
    .selectFrom('record_versions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('import_id', '=', importId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Deletes the records that still carry the import's id; returns how many. */
export async function deleteRecordsWrittenBy(db: Conn, importId: number): Promise<number> {
  const result = await db.deleteFrom('records').where('import_id', '=', importId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function markImportUndone(db: Conn, importId: number, at: string, by: string): Promise<void> {
  await db.updateTable('imports').set({ undone_at: at, undone_by: by }).where('id', '=', importId).execute();
}
