/**
 * The import pipeline shared by the CLI and the API: read a file in any supported format,
 * resolve buyers to entities, check keys, and write everything in one transaction — all or
 * nothing by default, or the valid rows only in partial mode. Every import is kept in the
 * import history, whatever its outcome.
 *
 * The steps, each in its own module: reading and checking the rows (read-and-check.ts with
 * check-rows.ts; in a worker thread for a large CSV file, check-in-worker.ts), classifying and
 * writing them (write-batches.ts), then the aggregates and the history entry (here).
 */
import { createHash } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import {
  analyzeRecords,
  deferRecordIndexes,
  finishImport,
  listEntities,
  failImport,
  listProductGroups,
  markWriteOrder,
  recordsEmpty,
  refreshAggregates,
  startImport,
  touchData,
  type Db,
  writeTransaction,
} from '@koers/db';
import { detectFormat, FileRejectedError, readHead, type FileSource, type ReaderOptions } from '@koers/ingest';
import { emptyOutcome, type CheckContext } from './check-rows.ts';
import { readAndCheckInWorker } from './check-in-worker.ts';
import { progressCounter } from './import-progress.ts';
import { stoppedReport, summarize, type ImportProgress, type ImportReport } from './import-report.ts';
import { thisRunner } from './interrupted-imports.ts';
import { readAndCheck } from './read-and-check.ts';
import { BatchWriter } from './write-batches.ts';

type Conn = Db['kysely'];

export interface ImportOptions {
  mode?: 'all_or_nothing' | 'partial';
  dryRun?: boolean;
  /** Add buyers that are not in the registry as entities outside the Flemish government. */
  addEntities?: boolean;
  /** Who imports: a user name or token label, for the history. */
  actor?: string;
  /** Largest file accepted, in bytes (default 512 MiB). */
  maxBytes?: number;
  /**
   * Entities the importer may write (an editor's entities). A file holding any other entity's
   * rows is rejected whole, in every mode, naming those rows. Omitted: every entity.
   */
  allowedEntities?: readonly string[];
  /** Exchange rates and the sustainability mapping used by the notice formats. */
  reader?: Omit<ReaderOptions, 'maxBytes'>;
  /**
   * The history entry the caller already made for this file (`startImport`, with the checksum it
   * computed while receiving it) and the file's size: the file is then not read an extra time.
   */
  started?: { importId: number; size: number };
  /** Told how far the import has read, a few times a second and once at the end of the reading. */
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Whether a CSV file on disk (`source.path`) of PARALLEL_FROM_BYTES or more is read and checked
   * in a worker thread while this one writes: true always, false never; by default when a core
   * is free for it (the worker costs CPU, which only pays when it runs beside the writer).
   */
  parallel?: boolean;
}

export const DEFAULT_MAX_IMPORT_BYTES = 512 * 1024 * 1024;
const BATCH = 2_000;
/** From this many written rows on, PostgreSQL's planner statistics are refreshed after the import. */
const ANALYZE_AFTER_ROWS = 10_000;
/** From this size on, an import into an empty records table builds the indexes after loading. */
const BULK_LOAD_BYTES = 4 * 1024 * 1024;
/** From this size on, a CSV file on disk is read and checked in a worker thread. */
export const PARALLEL_FROM_BYTES = 4 * 1024 * 1024;

/** What the history says of an import that failed for a reason other than its file. */
export const FAILED_MESSAGE =
  'the import could not be completed because of a problem on the server, not in the file; nothing was written. Try again later; if it keeps failing, tell the administrator (the server log has the details).';

/** Thrown inside the transaction to roll it back while keeping the report. */
class Rollback extends Error {}

export async function importFile(db: Db, source: FileSource, options: ImportOptions = {}): Promise<ImportReport> {
  const mode = options.mode ?? 'all_or_nothing';
  const dryRun = options.dryRun ?? false;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  const { importId, size } = options.started ?? (await startEntry(db, source, options));
  const outcome = emptyOutcome();
  let writer: BatchWriter | null = null;
  let applied = false;

  try {
    if (size > maxBytes) {
      throw new FileRejectedError(`the file is ${Math.ceil(size / 1024 / 1024)} MB, more than the limit of ${Math.floor(maxBytes / 1024 / 1024)} MB`);
    }
    await writeTransaction(db.kysely, async (trx) => {
      const context = await checkContext(trx, options);
      // A large file into an empty table: build the secondary indexes once, at the end.
      const rebuildIndexes = !dryRun && size >= BULK_LOAD_BYTES && (await recordsEmpty(trx)) ? await deferRecordIndexes(trx) : null;
      const batches = (writer = new BatchWriter(trx, dryRun ? null : importId, mode));
      const sink = (batch: Parameters<BatchWriter['write']>[0]) => batches.write(batch);
      const reader = { ...options.reader, maxBytes };
      // The CSV reader takes no reader options but the size limit: only that crosses to the worker.
      const reading =
        source.path && (options.parallel ?? aCoreIsFree()) && size >= PARALLEL_FROM_BYTES && (await isCsv(source))
          ? readAndCheckInWorker(
              {
                file: { path: source.path, name: source.name, size },
                context,
                reader: { maxBytes },
                batchRows: BATCH,
                progress: options.onProgress !== undefined,
              },
              options.onProgress,
              sink,
              outcome,
            )
          : readAndCheck(source, context, { reader, batchRows: BATCH }, progressCounter(size, options.onProgress), sink, outcome);
      // The writer's open COPY (PostgreSQL) ends before the transaction runs anything else, also
      // when the reading failed: the rollback could not run on a connection still copying.
      await thenAlways(reading, () => batches.finish());

      if (dryRun || outcome.forbidden > 0 || (mode === 'all_or_nothing' && outcome.errors.length > 0)) throw new Rollback();
      await rebuildIndexes?.();
      await refreshAfterWrite(trx, batches);
      await markWriteOrder(trx, importId);
      applied = true;
    });
  } catch (error) {
    if (error instanceof FileRejectedError) {
      // The whole file is unreadable: nothing was written, no row counts mean anything.
      outcome.errors.push({ row: null, column: null, message: error.message });
      applied = false;
      writer = null;
      outcome.skips.length = 0;
    } else if (!(error instanceof Rollback)) {
      // Not the file's fault: the entry says so in a sentence (the detail goes to the log), and
      // the caller answers as for any failed request. If the database itself is gone, the entry
      // stays `running` until a process next starts (interrupted-imports.ts).
      console.error(`import ${importId} (${source.name}) failed:`, error);
      await failImport(db.kysely, importId, stoppedReport({ file: source.name, mode, dryRun, importId }, FAILED_MESSAGE)).catch(() => undefined);
      throw error;
    }
  }

  const tally = (writer as BatchWriter | null)?.tally ?? { accepted: 0, updated: 0, unchanged: 0 };
  const base = {
    file: source.name,
    format: outcome.format,
    mode,
    dryRun,
    applied,
    ...tally,
    rejected: outcome.rejected,
    skipped: outcome.skips.length,
    errors: outcome.errors,
    warnings: outcome.warnings,
    skips: outcome.skips,
    addedEntities: applied || dryRun ? outcome.addedEntities : [],
    importId,
  };
  const report: ImportReport = { ...base, summary: summarize(base) };
  await finishImport(db.kysely, importId, {
    format: outcome.format,
    applied,
    accepted: report.accepted,
    updated: report.updated,
    unchanged: report.unchanged,
    rejected: report.rejected,
    skipped: report.skipped,
    report,
  });
  return report;
}

/** The history entry of an import whose caller made none: the file is read once for its checksum and size. */
async function startEntry(db: Db, source: FileSource, options: ImportOptions): Promise<{ importId: number; size: number }> {
  const { checksum, size } = await fingerprint(source);
  const importId = await startImport(db.kysely, {
    createdAt: new Date().toISOString(),
    actor: options.actor ?? 'anonymous',
    fileName: source.name,
    checksum,
    mode: options.mode ?? 'all_or_nothing',
    dryRun: options.dryRun ?? false,
    runner: thisRunner(),
  });
  return { importId, size };
}

/** What the row checks need of the registry and the importer, read in the import's transaction. */
async function checkContext(trx: Conn, options: ImportOptions): Promise<CheckContext> {
  return {
    entities: await listEntities(trx),
    productGroups: (await listProductGroups(trx)).map((g) => ({ code: g.code, essentialCriteria: g.essentialCriteria })),
    addEntities: options.addEntities ?? false,
    allowedEntities: options.allowedEntities ? [...new Set(options.allowedEntities.map((e) => e.toUpperCase()))] : null,
  };
}

/** After the records: the touched entities' aggregates, the planner's statistics and the data version. */
async function refreshAfterWrite(trx: Conn, writer: BatchWriter): Promise<void> {
  const { tally, touched } = writer;
  if (touched.size === 0 || tally.accepted + tally.updated === 0) return;
  await refreshAggregates(trx, [...touched]);
  if (tally.accepted + tally.updated >= ANALYZE_AFTER_ROWS) await analyzeRecords(trx);
  await touchData(trx);
}

/** Awaits `work`, then runs `after` whatever happened; an error of `work` wins over one of `after`. */
async function thenAlways(work: Promise<void>, after: () => Promise<void>): Promise<void> {
  try {
    await work;
  } catch (error) {
    await after().catch(() => undefined);
    throw error;
  }
  await after();
}

/**
 * Whether the last minute's load leaves most of a core besides the one this import writes on.
 * Measured on 2 cores: at a load average of 0.7–1.4 the worker saved 0.5–1.5 s of a 13 s import;
 * at 6–8 it cost 10–14 s (decision 0021).
 */
function aCoreIsFree(): boolean {
  return loadavg()[0]! <= availableParallelism() - 0.5;
}

async function isCsv(source: FileSource): Promise<boolean> {
  return detectFormat(await readHead(source)) === 'csv';
}

async function fingerprint(source: FileSource): Promise<{ checksum: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of source.open()) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { checksum: hash.digest('hex'), size };
}
