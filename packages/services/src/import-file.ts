/**
 * The import pipeline shared by the CLI and the API: read a file in any supported format,
 * resolve buyers to entities, check keys, and write everything in one transaction — all or
 * nothing by default, or the valid rows only in partial mode. Every import is kept in the
 * import history, whatever its outcome.
 */
import { createHash } from 'node:crypto';
import { productGroupForCpv, sameRecordValues, type ProcurementRecord } from '@koers/domain';
import {
  addEntity,
  finishImport,
  findRecordsByKey,
  insertRecords,
  listEntities,
  listProductGroups,
  recordKey,
  refreshAggregates,
  saveRecordVersions,
  startImport,
  touchData,
  updateRecords,
  type Db,
  type StoredRecord,
} from '@koers/db';
import { FileRejectedError, readImportFile, type FileSource, type ImportFormat, type ReaderOptions } from '@koers/ingest';
import { EntityResolver } from './entity-resolver.ts';
import { summarize, toMessage, type ImportReport, type ReportMessage, type ReportSkip } from './import-report.ts';

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
}

export const DEFAULT_MAX_IMPORT_BYTES = 512 * 1024 * 1024;
const BATCH = 2_000;

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
  const { checksum, size } = await fingerprint(source);
  const importId = await startImport(db.kysely, {
    createdAt: new Date().toISOString(),
    actor: options.actor ?? 'anonymous',
    fileName: source.name,
    checksum,
    mode,
    dryRun,
  });
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
    await db.kysely.transaction().execute(async (trx) => {
      const resolver = new EntityResolver(await listEntities(trx));
      const groups = await listProductGroups(trx);
      const productGroups = new Set(groups.map((g) => g.code));
      const withoutCriteria = new Set(groups.filter((g) => !g.essentialCriteria).map((g) => g.code));
      // First bytes are read for format detection; restart the checksum for the reading pass.
      const result = await readImportFile(source, { ...options.reader, maxBytes });
      format = result.format;
      const columnOf = (field: string, fallback: string) => result.fieldColumns?.[field as 'entity'] ?? fallback;
      warnings.push(...result.warnings.map((w) => toMessage(w.location, w.column, w.message)));

      const seen = new Map<string, string>();
      const touched = new Set<string>();
      let batch: ProcurementRecord[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const write = !dryRun && forbidden === 0 && (mode === 'partial' || errors.length === 0);
        await classifyAndWrite(trx, batch, tally, write ? importId : null);
        for (const r of batch) touched.add(r.entity);
        batch = [];
      };
      const reject = (loc: { row?: number; notice?: string; lot?: string }, column: string | null, message: string) => {
        errors.push(toMessage(loc, column, message));
        rejectedRows.add(`${loc.row ?? ''}|${loc.notice ?? ''}|${loc.lot ?? ''}`);
      };

      for await (const item of result.items) {
        if (item.kind === 'error') {
          reject(item.location, item.column, item.message);
          continue;
        }
        if (item.kind === 'skip') {
          skips.push({ ...item.location, reason: item.reason });
          continue;
        }
        const { draft, location } = item;
        for (const w of item.warnings ?? []) warnings.push(toMessage(w.location, w.column, w.message));
        let entity = resolver.resolve(draft.buyer);
        if (!entity && options.addEntities) {
          const created = resolver.newEntityFor(draft.buyer);
          if (created) {
            if (!dryRun) await addEntity(trx, created);
            resolver.add(created);
            addedEntities.push(created.code);
            entity = created;
          }
        }
        const entityColumn = columnOf('entity', 'buyer');
        if (!entity) {
          reject(
            location,
            entityColumn,
            `unknown entity ${resolver.describe(draft.buyer)}: not a code or name in the registry${
              format === 'csv' || format === 'xlsx' ? '' : ' (import with addEntities to add it as a buyer outside the Flemish government)'
            }`,
          );
          continue;
        }
        let productGroup = draft.productGroup;
        if (productGroup !== null && !productGroups.has(productGroup)) {
          reject(location, columnOf('productGroup', 'productgroep'), `unknown product group "${productGroup}"; use a code from the registry (${[...productGroups].join(', ')})`);
          continue;
        }
        if (productGroup === null && draft.cpv) productGroup = productGroupForCpv(draft.cpv) ?? 'overig';
        let criteria = draft.criteria;
        // Notices can say criteria were not used; outside a product group with essential criteria
        // that is "not applicable", not "not sustainable".
        if (criteria === 'none_or_partial' && productGroup !== null && withoutCriteria.has(productGroup) && format !== 'csv' && format !== 'xlsx') {
          criteria = 'not_applicable';
        }
        if (allowed && !allowed.has(entity.code.toUpperCase())) {
          forbidden++;
          reject(location, entityColumn, `entity ${entity.code} is not one you may import for (${[...allowed].join(', ')})`);
          continue;
        }
        const key = recordKey(entity.code, draft.dossierId);
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          reject(location, columnOf('dossierId', 'lot'), `duplicate key: ${entity.code} ${draft.dossierId} already appears at ${earlier}`);
          continue;
        }
        seen.set(key, location.row !== undefined ? `row ${location.row}` : [location.notice, location.lot].filter(Boolean).join(' '));
        const { buyer: _buyer, ...fields } = draft;
        batch.push({ ...fields, entity: entity.code, productGroup, criteria });
        if (batch.length >= BATCH) await flush();
      }
      await flush();

      if (dryRun || forbidden > 0 || (mode === 'all_or_nothing' && errors.length > 0)) throw new Rollback();
      if (touched.size > 0 && tally.accepted + tally.updated > 0) {
        await refreshAggregates(trx, [...touched]);
        await touchData(trx);
      }
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

/** Sorts a batch into new, changed and unchanged records; writes them when given the import's id. */
async function classifyAndWrite(trx: Conn, batch: ProcurementRecord[], tally: Tally, importId: number | null): Promise<void> {
  const existing = await findRecordsByKey(trx, batch);
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

async function fingerprint(source: FileSource): Promise<{ checksum: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of source.open()) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { checksum: hash.digest('hex'), size };
}
