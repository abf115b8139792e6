/**
 * Undoing an import: every record it changed is written back exactly as it was (all columns, its
 * import id and time stamp), every record it created is deleted, the aggregates of the affected
 * entities are recomputed and the data version bumped — all in one transaction. Refused when a
 * later import (or correction) changed one of the same records: undo that one first.
 */
import {
  appendAudit,
  countRecordVersionsOf,
  countRecordsWrittenBy,
  deleteRecordsWrittenBy,
  entitiesWrittenBy,
  getImport,
  laterRecordVersions,
  markImportUndone,
  recordKey,
  recordVersionsOf,
  refreshAggregates,
  restoreRecord,
  touchData,
  type Db,
  writeTransaction,
} from '@koers/db';
import { ConflictError, NotFoundError } from './errors.ts';

type Conn = Db['kysely'];

export interface UndoResult {
  importId: number;
  /** Records written back as they were before the import. */
  restored: number;
  /** Records the import had created, now deleted. */
  deleted: number;
  /** Entities whose records (and aggregates) changed. */
  entities: string[];
  undoneAt: string;
  undoneBy: string;
}

export async function undoImport(db: Db, importId: number, actor: string): Promise<UndoResult> {
  return writeTransaction(db.kysely, async (trx) => {
    const entry = await getImport(trx, importId);
    if (!entry) throw new NotFoundError(`no import ${importId}`);
    const name = `import ${importId} (${entry.fileName})`;
    if (entry.undoneAt) throw new ConflictError(`${name} was already undone on ${entry.undoneAt} by ${entry.undoneBy ?? 'unknown'}`);
    if (entry.status !== 'done') throw new ConflictError(`${name} did not finish (status ${entry.status}): it wrote nothing, so there is nothing to undo`);
    if (entry.dryRun) throw new ConflictError(`${name} was a dry run: it wrote nothing`);
    if (!entry.applied) throw new ConflictError(`${name} was rejected: it wrote nothing`);
    const [versions, written] = await Promise.all([countRecordVersionsOf(trx, importId), countRecordsWrittenBy(trx, importId)]);
    if (versions === 0 && written === 0) {
      throw new ConflictError(
        `${name} left no records to undo${entry.actor.includes('seed') ? ' (replace the demo dataset with `koers seed --demo --replace`)' : ''}`,
      );
    }

    await refuseWhenChangedLater(trx, importId, name);

    const entities = new Set(await entitiesWrittenBy(trx, importId));
    let restored = 0;
    for await (const page of recordVersionsOf(trx, importId)) {
      for (const version of page) {
        await restoreRecord(trx, version.previous);
        entities.add(version.entity);
        restored++;
      }
    }
    // What still carries the import's id now is what it created: the changed ones were restored.
    const deleted = await deleteRecordsWrittenBy(trx, importId);
    const affected = [...entities].sort();
    await refreshAggregates(trx, affected);
    await touchData(trx);
    const undoneAt = new Date().toISOString();
    await markImportUndone(trx, importId, undoneAt, actor);
    await appendAudit(trx, {
      at: undoneAt,
      actor,
      action: 'import_undo',
      subject: `undo of ${name}`,
      details: { importId, fileName: entry.fileName, restored, deleted, entities: affected },
    });
    return { importId, restored, deleted, entities: affected, undoneAt, undoneBy: actor };
  });
}

/**
 * A later import that changed a record this import wrote kept that record's version with
 * `importId` equal to this import (or changed a record whose earlier version this import kept).
 */
async function refuseWhenChangedLater(trx: Conn, importId: number, name: string): Promise<void> {
  const ownKeys = new Set<string>();
  for await (const page of recordVersionsOf(trx, importId)) for (const v of page) ownKeys.add(recordKey(v.entity, v.dossierId));
  const conflicts = new Map<number, string[]>();
  for await (const page of laterRecordVersions(trx, importId)) {
    for (const v of page) {
      if (v.previous.importId !== importId && !ownKeys.has(recordKey(v.entity, v.dossierId))) continue;
      const list = conflicts.get(v.importId) ?? [];
      list.push(`${v.entity} ${v.dossierId}`);
      conflicts.set(v.importId, list);
    }
  }
  if (conflicts.size === 0) return;
  const later = [...conflicts.entries()].sort((a, b) => b[0] - a[0]);
  const parts = later.map(
    ([id, keys]) =>
      `import ${id} changed ${keys.length} of its record${keys.length === 1 ? '' : 's'} (${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''})`,
  );
  throw new ConflictError(
    `${name} cannot be undone: ${parts.join('; ')}. Undo ${later.length === 1 ? `import ${later[0]![0]}` : `imports ${later.map(([id]) => id).join(', ')}`} first.`,
  );
}
