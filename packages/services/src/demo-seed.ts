import { DEMO_LABEL, demoRecords, localDemoRecords, type DemoOptions } from '@koers/demo';
import { countRecords, insertImport, insertRecords, refreshAggregates, setSetting, SETTING, touchData, type Db, writeTransaction } from '@koers/db';
import type { ProcurementRecord } from '@koers/domain';

/**
 * Loads the demo dataset (the Flemish government's entities and, unless `local: false`, the
 * municipalities and provinces) and labels the database as holding demo data, so every view says so.
 * Refuses to mix demo records into real ones unless `replace` clears the records first.
 */
export async function seedDemo(
  db: Db,
  options: DemoOptions & { replace?: boolean; /** Also the local tier (default true); its own ≈ 30,000 records. */ local?: boolean } = {},
): Promise<{ records: number }> {
  let total = 0;
  await writeTransaction(db.kysely, async (trx) => {
    // Counted inside the write lock: another writer cannot add records between check and seed.
    const existing = await countRecords(trx);
    if (existing > 0 && !options.replace) {
      throw new Error(`the database already holds ${existing} records; seed demo data only into an empty database (or use --replace)`);
    }
    if (existing > 0) {
      await trx.deleteFrom('records').execute();
      await trx.deleteFrom('aggregates').execute();
    }
    let batch: ProcurementRecord[] = [];
    const { seed, years } = options;
    const local = options.local === false ? [] : localDemoRecords({ ...(seed !== undefined ? { seed } : {}), ...(years ? { years } : {}) });
    for (const record of chain(demoRecords(options), local)) {
      batch.push(record);
      if (batch.length === 5_000) {
        await insertRecords(trx, batch, null);
        total += batch.length;
        batch = [];
      }
    }
    await insertRecords(trx, batch, null);
    total += batch.length;
    await refreshAggregates(trx);
    await touchData(trx);
    await setSetting(trx, SETTING.datasetLabel, DEMO_LABEL);
    await insertImport(trx, {
      createdAt: new Date().toISOString(),
      actor: 'koers seed --demo',
      fileName: 'demo dataset',
      checksum: '',
      format: null,
      mode: 'all_or_nothing',
      dryRun: false,
      applied: true,
      accepted: total,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      skipped: 0,
      report: { demo: true, records: total },
    });
  });
  return { records: total };
}

function* chain<T>(...sources: Iterable<T>[]): Generator<T> {
  for (const source of sources) yield* source;
}
