/**
 * The writing half of an import: each checked batch is sorted into new, changed and unchanged
 * records against what is stored, and written (new records inserted, changed ones updated with
 * their previous version kept for undo) while the import may still succeed.
 */
import { sameRecordValues, type ProcurementRecord } from '@koers/domain';
import {
  addEntity,
  entityHasRecords,
  findRecordsByKey,
  recordInserter,
  recordKey,
  saveRecordVersions,
  updateRecords,
  type Db,
  type RecordInserter,
  type StoredRecord,
} from '@koers/db';
import type { CheckedBatch } from './read-and-check.ts';

type Conn = Db['kysely'];

export interface Tally {
  accepted: number;
  updated: number;
  unchanged: number;
}

export class BatchWriter {
  readonly tally: Tally = { accepted: 0, updated: 0, unchanged: 0 };
  /** Entities with a record in the file that passed its checks. */
  readonly touched = new Set<string>();
  /** Whether an entity held any record when the import first met it. */
  private readonly entityHadRecords = new Map<string, boolean>();
  /** New records go out through this; on PostgreSQL a COPY stays open between batches. */
  private readonly inserter: RecordInserter;

  /**
   * @param importId the import's id, or null for a dry run (classified, nothing written)
   * @param mode an all-or-nothing import stops writing at its first error (it will roll back)
   */
  constructor(
    private readonly trx: Conn,
    private readonly importId: number | null,
    private readonly mode: 'all_or_nothing' | 'partial',
  ) {
    this.inserter = recordInserter(trx);
  }

  /**
   * Ends the writing of new records (on PostgreSQL, the open COPY): before the transaction runs
   * anything else, and before it ends, however it ends. Rejects if the server refused a row.
   */
  finish(): Promise<void> {
    return this.inserter.finish();
  }

  async write(batch: CheckedBatch): Promise<void> {
    if (this.importId !== null && batch.newEntities.length > 0) {
      await this.finish();
      for (const entity of batch.newEntities) await addEntity(this.trx, entity);
    }
    if (batch.records.length === 0) return;
    const write = this.importId !== null && batch.forbiddenSoFar === 0 && (this.mode === 'partial' || batch.errorsSoFar === 0);
    await this.classifyAndWrite(batch.records, write ? this.importId : null);
    for (const r of batch.records) this.touched.add(r.entity);
  }

  /** Sorts a batch into new, changed and unchanged records; writes them when given the import's id. */
  private async classifyAndWrite(batch: readonly ProcurementRecord[], importId: number | null): Promise<void> {
    const { trx, tally } = this;
    // An entity without records when the import began can only hold this import's own records,
    // whose keys are unique within the file: its rows are new without looking them up (a first
    // load of a million records looks up nothing).
    for (const record of batch) {
      if (this.entityHadRecords.has(record.entity)) continue;
      await this.finish();
      this.entityHadRecords.set(record.entity, await entityHasRecords(trx, record.entity));
    }
    const known = batch.filter((r) => this.entityHadRecords.get(r.entity));
    if (known.length > 0) await this.finish();
    const existing = await findRecordsByKey(trx, known);
    const fresh: ProcurementRecord[] = [];
    const changed: ProcurementRecord[] = [];
    const previous: StoredRecord[] = [];
    for (const record of batch) {
      const current = existing.get(recordKey(record.entity, record.dossierId));
      if (!current) fresh.push(record);
      else if (!sameRecordValues(current, record)) {
        changed.push(record);
        previous.push(current);
      } else tally.unchanged++;
    }
    tally.accepted += fresh.length;
    tally.updated += changed.length;
    if (importId === null) return;
    await this.inserter.insert(fresh, importId);
    if (changed.length === 0) return;
    await this.finish();
    await saveRecordVersions(trx, importId, previous);
    await updateRecords(trx, changed, importId);
  }
}
