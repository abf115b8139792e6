/**
 * The reading half of an import: reads the file and checks its rows (check-rows.ts), handing the
 * records that pass to the writer a batch at a time. It runs in the importing thread, or, for a
 * large CSV file on disk, in a worker thread (check-in-worker.ts): the next rows are then read
 * and checked on one core while the writer writes the last ones on the other.
 */
import type { Entity, ProcurementRecord } from '@koers/domain';
import { readImportFile, type FileSource, type ImportItem, type ReaderOptions } from '@koers/ingest';
import { RowChecker, type CheckContext, type CheckOutcome } from './check-rows.ts';
import type { ProgressCounter } from './import-progress.ts';

export interface CheckedBatch {
  records: ProcurementRecord[];
  /** Entities made for unknown buyers: to be written before these records. */
  newEntities: Entity[];
  /** Errors and forbidden rows found so far: with any, an all-or-nothing import writes no more. */
  errorsSoFar: number;
  forbiddenSoFar: number;
}

/** Takes a batch (classifies and writes it); the next one comes when it has settled. */
export type BatchSink = (batch: CheckedBatch) => Promise<void>;

export interface ReadAndCheckOptions {
  reader: ReaderOptions;
  /** Records per batch handed to the writer. */
  batchRows: number;
}

/**
 * Reads `source` and checks every row into `outcome` (filled in as it goes, so that it tells what
 * was found also when the file turns out unreadable halfway), calling `sink` with each batch.
 */
export async function readAndCheck(
  source: FileSource,
  context: CheckContext,
  options: ReadAndCheckOptions,
  progress: ProgressCounter,
  sink: BatchSink,
  outcome: CheckOutcome,
): Promise<void> {
  const result = await readImportFile(progress.counting(source), options.reader);
  const checker = new RowChecker(context, result, outcome);
  let records: ProcurementRecord[] = [];
  const flush = async () => {
    const newEntities = checker.takeNewEntities();
    if (records.length === 0 && newEntities.length === 0) return;
    const batch = { records, newEntities, errorsSoFar: outcome.errors.length, forbiddenSoFar: outcome.forbidden };
    records = [];
    await sink(batch);
  };
  for await (const items of itemBatches(result.items)) {
    for (const item of items) {
      progress.row();
      const record = checker.check(item);
      if (record === null) continue;
      records.push(record);
      if (records.length >= options.batchRows) await flush();
    }
  }
  await flush();
  progress.tell(true);
  checker.finish();
}

/**
 * Items a chunk at a time: the CSV reader hands out every row of a decoded chunk at once
 * (`nextBatch`), so a million rows cost a few hundred awaits instead of a million. Other readers
 * are read item by item.
 */
async function* itemBatches(items: AsyncIterable<ImportItem>): AsyncGenerator<readonly ImportItem[]> {
  const batched = items as Partial<{ nextBatch(): Promise<readonly ImportItem[] | null> }>;
  if (typeof batched.nextBatch === 'function') {
    for (let batch = await batched.nextBatch(); batch; batch = await batched.nextBatch()) yield batch;
    return;
  }
  for await (const item of items) yield [item];
}
