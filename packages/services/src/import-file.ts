/**
 * The import pipeline shared by the CLI and the API: read a file in any supported format,
 * resolve buyers to entities, check keys, and write everything in one transaction — all or
 * nothing by default, or the valid rows only in partial mode. Every import is kept in the
 * import history, whatever its outcome.
 */
import { createHash } from 'node:crypto';
import { MAX_TEXT_LENGTH, productGroupForCpv, sameRecordValues, type Problem, type ProcurementRecord } from '@koers/domain';
import {
  addEntity,
  analyzeRecords,
  deferRecordIndexes,
  entityHasRecords,
  finishImport,
  findRecordsByKey,
  insertRecords,
  listEntities,
  failImport,
  listProductGroups,
  markWriteOrder,
  recordKey,
  recordsEmpty,
  refreshAggregates,
  saveRecordVersions,
  startImport,
  touchData,
  updateRecords,
  type Db,
  type StoredRecord,
  writeTransaction,
} from '@koers/db';
import { FileRejectedError, readImportFile, type FileSource, type ImportFormat, type ImportItem, type ReaderOptions } from '@koers/ingest';
import { EntityResolver } from './entity-resolver.ts';
import { KeySet } from './key-set.ts';
import { stoppedReport, summarize, toMessage, type ImportProgress, type ImportReport, type ReportMessage, type ReportSkip } from './import-report.ts';
import { thisRunner } from './interrupted-imports.ts';

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
}

/** How often progress is told, at most. */
const PROGRESS_INTERVAL_MS = 200;

export const DEFAULT_MAX_IMPORT_BYTES = 512 * 1024 * 1024;
const BATCH = 2_000;
/** From this many written rows on, PostgreSQL's planner statistics are refreshed after the import. */
const ANALYZE_AFTER_ROWS = 10_000;
/** From this size on, an import into an empty records table builds the indexes after loading. */
const BULK_LOAD_BYTES = 4 * 1024 * 1024;

/** What the history says of an import that failed for a reason other than its file. */
export const FAILED_MESSAGE = 'the import could not be completed because of a problem on the server, not in the file; nothing was written. Try again later; if it keeps failing, tell the administrator (the server log has the details).';

/** Thrown inside the transaction to roll it back while keeping the report. */
class Rollback extends Error {}

interface Tally {
  accepted: number;
  updated: number;
  unchanged: number;
}

export async function importFile(db: Db, source: FileSource, options: ImportOptions = {}): Promise<ImportReport> {
  const mode = options.mode ?? 'all_or_nothing';
  const dryRun = options.dryRun ?? false;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  let importId: number;
  let size: number;
  if (options.started) {
    ({ importId, size } = options.started);
  } else {
    const fingerprinted = await fingerprint(source);
    size = fingerprinted.size;
    importId = await startImport(db.kysely, {
      createdAt: new Date().toISOString(),
      actor: options.actor ?? 'anonymous',
      fileName: source.name,
      checksum: fingerprinted.checksum,
      mode,
      dryRun,
      runner: thisRunner(),
    });
  }
  const progress = progressCounter(size, options.onProgress);
  const allowed = options.allowedEntities ? new Set(options.allowedEntities.map((e) => e.toUpperCase())) : null;
  let forbidden = 0;
  const errors: ReportMessage[] = [];
  const warnings: ReportMessage[] = [];
  const skips: ReportSkip[] = [];
  const addedEntities: string[] = [];
  const tally: Tally = { accepted: 0, updated: 0, unchanged: 0 };
  let format: ImportFormat | null = null;
  let applied = false;
  const rejectedRows = new Set<string>();

  try {
    if (size > maxBytes) {
      throw new FileRejectedError(`the file is ${Math.ceil(size / 1024 / 1024)} MB, more than the limit of ${Math.floor(maxBytes / 1024 / 1024)} MB`);
    }
    await writeTransaction(db.kysely, async (trx) => {
      const resolver = new EntityResolver(await listEntities(trx));
      const groups = await listProductGroups(trx);
      const productGroups = new Set(groups.map((g) => g.code));
      const withoutCriteria = new Set(groups.filter((g) => !g.essentialCriteria).map((g) => g.code));
      // First bytes are read for format detection; restart the checksum for the reading pass.
      const result = await readImportFile(progress.counting(source), { ...options.reader, maxBytes });
      format = result.format;
      const columnOf = (field: string, fallback: string) => result.fieldColumns?.[field as 'entity'] ?? fallback;
      warnings.push(...result.warnings.map((w) => toMessage(w.location, w.column, w.message, w.problem)));
      // A streaming reader can learn something about the whole file only at its end.
      const fileWarningsSeen = result.warnings.length;

      // Where each key was first seen, for the duplicate check: a row number, or the notice and lot.
      const seen = new KeySet();
      const touched = new Set<string>();
      const groupOfCpv = new Map<string, string>();
      const lookups: KeyLookups = { entityHadRecords: new Map() };
      // A large file into an empty table: build the secondary indexes once, at the end.
      const rebuildIndexes = !dryRun && size >= BULK_LOAD_BYTES && (await recordsEmpty(trx)) ? await deferRecordIndexes(trx) : null;
      let batch: ProcurementRecord[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const write = !dryRun && forbidden === 0 && (mode === 'partial' || errors.length === 0);
        await classifyAndWrite(trx, batch, tally, write ? importId : null, lookups);
        for (const r of batch) touched.add(r.entity);
        batch = [];
      };
      const reject = (loc: { row?: number; notice?: string; lot?: string }, column: string | null, message: string, problem?: Problem) => {
        errors.push(toMessage(loc, column, message, problem));
        rejectedRows.add(`${loc.row ?? ''}|${loc.notice ?? ''}|${loc.lot ?? ''}`);
      };

      for await (const items of itemBatches(result.items)) for (const item of items) {
        progress.row();
        if (item.kind === 'error') {
          reject(item.location, item.column, item.message, item.problem);
          continue;
        }
        if (item.kind === 'skip') {
          skips.push({ ...item.location, reason: item.reason });
          if (item.warning) warnings.push(toMessage(item.warning.location, item.warning.column, item.warning.message, item.warning.problem));
          continue;
        }
        const { draft, location } = item;
        for (const w of item.warnings ?? []) warnings.push(toMessage(w.location, w.column, w.message, w.problem));
        let entity = resolver.resolve(draft.buyer, draft.awardDate);
        const entityColumn = columnOf('entity', 'buyer');
        const outOfPeriod = entity ? null : resolver.explainMiss(draft.buyer, draft.awardDate);
        if (outOfPeriod) {
          // The organisation exists in the registry, only not on this date (a merged municipality).
          reject(location, entityColumn, `${resolver.describe(draft.buyer)} did not exist ${outOfPeriod.detail}`, {
            code: 'entity_not_in_year',
            params: { value: resolver.describe(draft.buyer), date: draft.awardDate, belongsTo: outOfPeriod.belongsTo },
          });
          continue;
        }
        if (!entity && options.addEntities) {
          const created = resolver.newEntityFor(draft.buyer);
          if (created) {
            if (!dryRun) await addEntity(trx, created);
            resolver.add(created);
            addedEntities.push(created.code);
            entity = created;
          }
        }
        if (!entity) {
          reject(
            location,
            entityColumn,
            `unknown entity ${resolver.describe(draft.buyer)}: not a code or name in the registry${
              format === 'csv' || format === 'xlsx' ? '' : ' (import with addEntities to add it as a buyer outside the Flemish government)'
            }`,
            { code: 'unknown_entity', params: { value: resolver.describe(draft.buyer), ...(format === 'csv' || format === 'xlsx' ? {} : { addEntities: 1 }) } },
          );
          continue;
        }
        let productGroup = draft.productGroup;
        if (productGroup !== null && !productGroups.has(productGroup)) {
          reject(
            location,
            columnOf('productGroup', 'productgroep'),
            `unknown product group "${productGroup}"; use a code from the registry (${[...productGroups].join(', ')})`,
            { code: 'unknown_product_group', params: { value: productGroup, choices: [...productGroups].join(', ') } },
          );
          continue;
        }
        if (productGroup === null && draft.cpv) {
          let derived = groupOfCpv.get(draft.cpv);
          if (derived === undefined) groupOfCpv.set(draft.cpv, (derived = productGroupForCpv(draft.cpv) ?? 'overig'));
          productGroup = derived;
        }
        let criteria = draft.criteria;
        // Notices can say criteria were not used; outside a product group with essential criteria
        // that is "not applicable", not "not sustainable".
        if (criteria === 'none_or_partial' && productGroup !== null && withoutCriteria.has(productGroup) && format !== 'csv' && format !== 'xlsx') {
          criteria = 'not_applicable';
        }
        // An editor bound to a municipality also writes the records of the ones merged into it.
        if (allowed && !allowed.has(entity.code.toUpperCase()) && !(entity.succeededBy && allowed.has(entity.succeededBy.toUpperCase()))) {
          forbidden++;
          reject(location, entityColumn, `entity ${entity.code} is not one you may import for (${[...allowed].join(', ')})`, {
            code: 'entity_not_allowed',
            params: { entity: entity.code, allowed: [...allowed].join(', ') },
          });
          continue;
        }
        const tooLong = overlongText(draft);
        if (tooLong) {
          const column = columnOf(tooLong.field, tooLong.field === 'dossierId' ? 'lot' : tooLong.field);
          reject(location, column, `the text is ${tooLong.length} characters long; at most ${MAX_TEXT_LENGTH} are allowed`, {
            code: 'text_too_long',
            params: { column, length: tooLong.length, max: MAX_TEXT_LENGTH },
          });
          continue;
        }
        const earlier = seen.add(
          recordKey(entity.code, draft.dossierId),
          location.row !== undefined ? location.row : [location.notice, location.lot].filter(Boolean).join(' '),
        );
        if (earlier !== undefined) {
          const where = typeof earlier === 'number' ? `row ${earlier}` : earlier;
          reject(location, columnOf('dossierId', 'lot'), `duplicate key: ${entity.code} ${draft.dossierId} already appears at ${where}`, {
            code: 'duplicate_key',
            params: typeof earlier === 'number' ? { entity: entity.code, dossierId: draft.dossierId, row: earlier } : { entity: entity.code, dossierId: draft.dossierId, place: earlier },
          });
          continue;
        }
        batch.push({
          entity: entity.code,
          dossierId: draft.dossierId,
          awardDate: draft.awardDate,
          title: draft.title,
          cpv: draft.cpv,
          productGroup,
          valueEur: draft.valueEur,
          amount: draft.amount,
          currency: draft.currency,
          criteria,
          innovative: draft.innovative,
          socialClause: draft.socialClause,
          circular: draft.circular,
          smeWinner: draft.smeWinner,
          framework: draft.framework,
          eSubmission: draft.eSubmission,
          procedure: draft.procedure,
          tendersReceived: draft.tendersReceived,
          supplier: draft.supplier,
        });
        if (batch.length >= BATCH) await flush();
      }
      await flush();
      progress.tell(true);
      for (const w of result.warnings.slice(fileWarningsSeen)) warnings.push(toMessage(w.location, w.column, w.message, w.problem));

      if (dryRun || forbidden > 0 || (mode === 'all_or_nothing' && errors.length > 0)) throw new Rollback();
      await rebuildIndexes?.();
      if (touched.size > 0 && tally.accepted + tally.updated > 0) {
        await refreshAggregates(trx, [...touched]);
        if (tally.accepted + tally.updated >= ANALYZE_AFTER_ROWS) await analyzeRecords(trx);
        await touchData(trx);
      }
      await markWriteOrder(trx, importId);
      applied = true;
    });
  } catch (error) {
    if (error instanceof FileRejectedError) {
      // The whole file is unreadable: nothing was written, no row counts mean anything.
      errors.push({ row: null, column: null, message: error.message });
      applied = false;
      tally.accepted = tally.updated = tally.unchanged = 0;
      skips.length = 0;
    } else if (!(error instanceof Rollback)) {
      // Not the file's fault: the entry says so in a sentence (the detail goes to the log), and
      // the caller answers as for any failed request. If the database itself is gone, the entry
      // stays `running` until a process next starts (interrupted-imports.ts).
      console.error(`import ${importId} (${source.name}) failed:`, error);
      await failImport(db.kysely, importId, stoppedReport({ file: source.name, mode, dryRun, importId }, FAILED_MESSAGE)).catch(() => undefined);
      throw error;
    }
  }

  const base = {
    file: source.name,
    format,
    mode,
    dryRun,
    applied,
    ...tally,
    rejected: rejectedRows.size,
    skipped: skips.length,
    errors,
    warnings,
    skips,
    addedEntities: applied || dryRun ? addedEntities : [],
    importId,
  };
  const report: ImportReport = { ...base, summary: summarize(base) };
  await finishImport(db.kysely, importId, {
    format,
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

/**
 * Items a chunk at a time: the CSV reader hands out every row of a decoded chunk at once
 * (`nextBatch`), so a million rows cost a few hundred awaits instead of a million. Other readers
 * are read item by item, exactly as before.
 */
async function* itemBatches(items: AsyncIterable<ImportItem>): AsyncGenerator<readonly ImportItem[]> {
  const batched = items as Partial<{ nextBatch(): Promise<readonly ImportItem[] | null> }>;
  if (typeof batched.nextBatch === 'function') {
    for (let batch = await batched.nextBatch(); batch; batch = await batched.nextBatch()) yield batch;
    return;
  }
  for await (const item of items) yield [item];
}

/** The first text field of a row longer than a correction may write (the same cap), with its length. */
function overlongText(draft: { dossierId: string; title: string | null; supplier: string | null; cpv: string | null }): { field: 'dossierId' | 'title' | 'supplier' | 'cpv'; length: number } | null {
  for (const field of ['dossierId', 'title', 'supplier', 'cpv'] as const) {
    const value = draft[field];
    if (value !== null && value.length > MAX_TEXT_LENGTH) return { field, length: value.length };
  }
  return null;
}

/** What an import learnt about the records already stored, so it looks up no key twice in vain. */
interface KeyLookups {
  /** Whether an entity held any record when the import first met it. */
  entityHadRecords: Map<string, boolean>;
}

/** Sorts a batch into new, changed and unchanged records; writes them when given the import's id. */
async function classifyAndWrite(trx: Conn, batch: ProcurementRecord[], tally: Tally, importId: number | null, lookups: KeyLookups): Promise<void> {
  // An entity without records when the import began can only hold this import's own records,
  // whose keys are unique within the file: its rows are new without looking them up (a first
  // load of a million records looks up nothing).
  for (const record of batch) {
    if (!lookups.entityHadRecords.has(record.entity)) lookups.entityHadRecords.set(record.entity, await entityHasRecords(trx, record.entity));
  }
  const existing = await findRecordsByKey(
    trx,
    batch.filter((r) => lookups.entityHadRecords.get(r.entity)),
  );
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
  await insertRecords(trx, fresh, importId);
  await saveRecordVersions(trx, importId, previous);
  await updateRecords(trx, changed, importId);
}

/**
 * Counts the bytes the reader takes from the file and the items it makes of them, and tells the
 * listener at most every PROGRESS_INTERVAL_MS. The reading pass is the last `open()` of the file
 * (the first ones read its head to detect the format), so each opening starts the count anew.
 */
function progressCounter(bytesTotal: number, listener: ((progress: ImportProgress) => void) | undefined) {
  const state: ImportProgress = { bytesRead: 0, bytesTotal, rowsRead: 0 };
  let toldAt = 0;
  const tell = (force = false) => {
    if (!listener) return;
    const now = Date.now();
    if (!force && now - toldAt < PROGRESS_INTERVAL_MS) return;
    toldAt = now;
    listener({ ...state });
  };
  return {
    counting(source: FileSource): FileSource {
      if (!listener) return source;
      return {
        name: source.name,
        open: async function* () {
          state.bytesRead = 0;
          for await (const chunk of source.open()) {
            state.bytesRead += chunk.byteLength;
            yield chunk;
          }
        },
      };
    },
    row() {
      state.rowsRead++;
      if ((state.rowsRead & 63) === 0) tell();
    },
    tell,
  };
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
