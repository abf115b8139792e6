/**
 * The bulk write paths on both engines: multi-row prepared INSERTs on SQLite and COPY on
 * PostgreSQL keep every value exactly (text with tabs, line breaks, backslashes and COPY's own
 * null marker), a large file into an empty table (whose secondary indexes are built after
 * loading) leaves exactly the indexes it found, and a bad row in such a load still rejects the
 * whole file with nothing written. A large CSV file on disk is read and checked in a worker
 * thread: its report is the one the same checks make in the importing thread. On PostgreSQL new
 * records go through one COPY left open across batches, closed whenever the import needs the
 * connection for anything else: new and changed records in any order, and a row the server
 * refuses late, come out as a write of each row would leave them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReadStream } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES, type ProcurementRecord } from '@koers/domain';
import { countRecords, fromRecordRow, recordInserter, writeTransaction } from '@koers/db';
import { importFile } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { makeRecords, templateCsv } from '../support/template-files.ts';

/** More than the size from which a load into an empty table builds its indexes afterwards (4 MiB). */
const BULK_ROWS = 33_000;

describe.each(ENGINES)('%s: bulk imports', (engine) => {
  let db: TestDatabase;
  let dir: string;

  const indexes = async (): Promise<unknown[]> => {
    if (engine === 'sqlite') return db.sqlite!.prepare(`select name, sql from sqlite_master where type = 'index' and tbl_name = 'records' order by name`).all();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      return (
        await client.query(
          `select indexname as name, indexdef as sql from pg_indexes where tablename = 'records' and schemaname = current_schema() order by indexname`,
        )
      ).rows;
    } finally {
      await client.end();
    }
  };

  const count = () => countRecords(db.kysely);

  const storedRecords = async () => (await db.kysely.selectFrom('records').selectAll().orderBy('entity').orderBy('dossier_id').execute()).map(fromRecordRow);

  /** The file on disk, read as the CLI and the server read an upload. */
  const fromDisk = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return { name, path, open: () => createReadStream(path, { highWaterMark: 1 << 20 }) };
  };

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    dir = mkdtempSync(join(tmpdir(), 'koers-bulk-'));
  });
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('rejects a large file with one bad row whole: nothing written, the indexes as they were', async () => {
    const before = await indexes();
    expect(before.length).toBeGreaterThan(3);
    const records = makeRecords(BULK_ROWS, 911);
    // The last row names an entity the registry does not know.
    records[BULK_ROWS - 1] = { ...records[BULK_ROWS - 1]!, entity: 'NIEMAND' };
    const csv = templateCsv(records);
    expect(csv.length).toBeGreaterThan(4 * 1024 * 1024);
    const report = await importFile(db, fromDisk('bad.csv', csv));
    expect(report.applied).toBe(false);
    expect(report.rejected).toBe(1);
    expect(report.errors[0]).toMatchObject({ row: BULK_ROWS + 1, code: 'unknown_entity' });
    expect(report.accepted).toBe(BULK_ROWS - 1);
    expect(
      await db.kysely
        .selectFrom('records')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ).toEqual({ n: 0 });
    expect(await indexes()).toEqual(before);
  });

  it('loads a large file into an empty table with every value and index as an insert of each row would leave them', async () => {
    const before = await indexes();
    const records = makeRecords(BULK_ROWS, 912);
    const report = await importFile(db, fromDisk('bulk.csv', templateCsv(records)));
    expect(report).toMatchObject({ applied: true, accepted: BULK_ROWS, updated: 0, unchanged: 0, rejected: 0 });
    expect(await indexes()).toEqual(before);
    const stored = await storedRecords();
    expect(stored.length).toBe(BULK_ROWS);
    const byKey = new Map(records.map((r) => [`${r.entity}|${r.dossierId}`, r]));
    for (const s of stored.slice(0, 2_000)) {
      const r = byKey.get(`${s.entity}|${s.dossierId}`)!;
      expect({ ...s, id: 0, year: 0, importId: 0, updatedAt: '' }).toMatchObject({ ...r, productGroup: s.productGroup });
    }
    // The planner and the readers use the rebuilt indexes: a keyed read finds the row.
    const one = stored[12_345]!;
    const found = await db.kysely.selectFrom('records').select('id').where('entity', '=', one.entity).where('dossier_id', '=', one.dossierId).execute();
    expect(found).toEqual([{ id: one.id }]);
    // The same file again: every row unchanged, nothing written.
    const again = await importFile(db, fromDisk('bulk-again.csv', templateCsv(records)));
    expect(again).toMatchObject({ applied: true, accepted: 0, updated: 0, unchanged: BULK_ROWS, rejected: 0 });
  });

  it('reports a large file read in a worker thread exactly as one read in the importing thread', async () => {
    const records = makeRecords(BULK_ROWS, 914);
    // Row errors of several kinds, a duplicate key and a buyer to add, spread through the file.
    records[10] = { ...records[10]!, entity: 'ONBEKEND' };
    records[20_000] = { ...records[20_000]!, dossierId: records[5]!.dossierId, entity: records[5]!.entity };
    records[25_000] = { ...records[25_000]!, productGroup: 'geen-groep' };
    records[BULK_ROWS - 1] = { ...records[BULK_ROWS - 1]!, title: 'x'.repeat(5_000) };
    const text = templateCsv(records);
    for (const options of [{ mode: 'partial' as const, dryRun: true }, { mode: 'all_or_nothing' as const }]) {
      const inWorker = await importFile(db, fromDisk('errors.csv', text), { ...options, parallel: true });
      const here = await importFile(db, fromDisk('errors.csv', text), { ...options, parallel: false });
      expect(inWorker.errors.length).toBeGreaterThanOrEqual(4);
      expect({ ...inWorker, importId: 0 }).toEqual({ ...here, importId: 0 });
    }
  });

  it('keeps text with tabs, line breaks, backslashes and null markers exactly, in new and in changed records', async () => {
    const awkward = ['tab\there', 'two\nlines', 'back\\slash', '\\N', 'carriage\r\nreturn', 'quote "x", comma', 'ünïcødé ✓ 𝄞', '\\.', ''];
    const base = makeRecords(awkward.length * 2, 913);
    const records: ProcurementRecord[] = base.map((r, i) => ({
      ...r,
      title: awkward[i % awkward.length]! || null,
      supplier: i % 2 ? awkward[(i + 3) % awkward.length]! || null : r.supplier,
    }));
    const first = await importFile(db, {
      name: 'awkward.csv',
      open: async function* () {
        yield new TextEncoder().encode(templateCsv(records));
      },
    });
    expect(first).toMatchObject({ applied: true, accepted: records.length });
    const changed = records.map((r) => ({ ...r, title: r.title === null ? 'x\ty' : `a\\\t\n${r.title}|` }));
    const second = await importFile(db, {
      name: 'awkward-2.csv',
      open: async function* () {
        yield new TextEncoder().encode(templateCsv(changed));
      },
    });
    expect(second).toMatchObject({ applied: true, updated: records.length });
    const stored = new Map((await storedRecords()).map((s) => [`${s.entity}|${s.dossierId}`, s]));
    for (const r of changed) {
      const s = stored.get(`${r.entity}|${r.dossierId}`)!;
      expect([s.title, s.supplier]).toEqual([r.title, r.supplier]);
    }
  });

  it('writes new and changed records arriving in any order across batches as a write of each would', async () => {
    // Batches of 2,000: new records of an entity without records, new records of entities with
    // records, changes to stored records of those same entities (a lookup and updates between two
    // COPY batches), then new records of another entity without records.
    const [first, second] = [ENTITIES[30]!.code, ENTITIES[31]!.code];
    const known = makeRecords(2_500, 915);
    expect(await importFile(db, fromDisk('known.csv', templateCsv(known)))).toMatchObject({ applied: true, accepted: 2_500 });
    const newOf = (entity: string, seed: number) => makeRecords(2_500, seed).map((r) => ({ ...r, entity }));
    const changed = known.map((r, i) => ({ ...r, title: `herzien ${i}\t${r.title ?? ''}`, supplier: i % 3 ? r.supplier : null }));
    const rows = [...newOf(first, 916), ...makeRecords(2_500, 920), ...changed, ...newOf(second, 917)];
    const report = await importFile(db, fromDisk('mixed.csv', templateCsv(rows)), { parallel: false });
    expect(report).toMatchObject({ applied: true, accepted: 7_500, updated: 2_500, unchanged: 0, rejected: 0 });
    const stored = new Map((await storedRecords()).map((s) => [`${s.entity}|${s.dossierId}`, s]));
    for (const r of rows) {
      const s = stored.get(`${r.entity}|${r.dossierId}`);
      expect(s && [s.title, s.valueEur, s.supplier, s.awardDate]).toEqual([r.title, r.valueEur, r.supplier, r.awardDate]);
    }
  });

  it('rolls a write back whole when the database refuses a record after earlier batches went out, and works on', async () => {
    const before = await count();
    const rows = makeRecords(3_000, 918);
    const write = writeTransaction(db.kysely, async (trx) => {
      const inserter = recordInserter(trx);
      try {
        await inserter.insert(rows, null);
        await inserter.insert([rows[1_234]!], null); // the same key again: the unique key refuses it
      } finally {
        await inserter.finish();
      }
    });
    await expect(write).rejects.toThrow(/unique|duplicate/i);
    expect(await count()).toBe(before);
    expect(await importFile(db, fromDisk('after.csv', templateCsv(makeRecords(50, 919))))).toMatchObject({ applied: true, accepted: 50 });
    expect(await count()).toBe(before + 50);
  });

  it('ends a COPY asked to finish while a batch is still being handed over, so the transaction can roll back', async () => {
    const before = await count();
    const write = writeTransaction(db.kysely, async (trx) => {
      const inserter = recordInserter(trx);
      // As when the reading fails while the writer is inside a batch: the end is asked first.
      const handing = inserter.insert(makeRecords(3_000, 921), null);
      await inserter.finish();
      await handing;
      throw new Error('rolled back on purpose');
    });
    await expect(write).rejects.toThrow('rolled back on purpose');
    expect(await count()).toBe(before);
  });
});
