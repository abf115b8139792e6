/**
 * Writes racing each other on the same records, on both engines, repeated: every outcome must be
 * one that some serial order of the writes gives. Nothing answered as written is lost, and an undo
 * restores exactly the state before its import.
 */
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcurementRecord } from '@koers/domain';
import { ConflictError, importFile, setTarget, undoImport, type ImportReport } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { makeRecords, templateCsv } from '../support/template-files.ts';

const ROUNDS = 6;
const RECORDS = 1_000;

describe.each(ENGINES)('%s: concurrent writes', (engine) => {
  let db: TestDatabase;

  const load = (name: string, records: readonly ProcurementRecord[]): Promise<ImportReport> =>
    importFile(
      db,
      {
        name,
        open: async function* () {
          yield new TextEncoder().encode(templateCsv(records));
        },
      },
      { actor: 'steward' },
    );

  /** The stored values of the given keys, by key, as the template would write them. */
  const stored = async (records: readonly ProcurementRecord[]) => {
    const rows = await db.kysely
      .selectFrom('records')
      .select(['entity', 'dossier_id', 'value_cents', 'supplier', 'title'])
      .where(
        'dossier_id',
        'in',
        records.map((r) => r.dossierId),
      )
      .execute();
    return new Map(rows.map((r) => [`${r.entity}|${r.dossier_id}`, `${r.value_cents}|${r.supplier}|${r.title}`]));
  };
  const expected = (records: readonly ProcurementRecord[]) =>
    new Map(records.map((r) => [`${r.entity}|${r.dossierId}`, `${Math.round((r.valueEur ?? 0) * 100)}|${r.supplier}|${r.title}`]));

  /** The same keys with other values: another file about the same contracts. */
  const variant = (records: readonly ProcurementRecord[], label: string, extra: number) =>
    records.map((r) => ({
      ...r,
      valueEur: (r.valueEur ?? 0) + extra,
      amount: (r.valueEur ?? 0) + extra,
      supplier: `Leverancier ${label}`,
      title: `${r.title} (${label})`,
    }));

  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('an undo racing an import of the same records gives the outcome of one order or the other', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const base = makeRecords(RECORDS, 9_100 + round);
      const first = await load(`a-${round}.csv`, base);
      expect(first.accepted).toBe(RECORDS);
      const next = variant(base, `B${round}`, 7);
      const [undone, second] = await Promise.allSettled([undoImport(db, first.importId!, 'admin'), load(`b-${round}.csv`, next)]);
      expect(second.status).toBe('fulfilled');
      const report = (second as PromiseFulfilledResult<ImportReport>).value;
      if (undone.status === 'fulfilled') {
        // Undo first: it deleted the records it created; the import then added them all anew.
        expect(undone.value.deleted, `round ${round}`).toBe(RECORDS);
        expect([report.accepted, report.updated], `round ${round}`).toEqual([RECORDS, 0]);
      } else {
        // Import first: it changed every record, so the undo was refused and changed nothing.
        expect(undone.reason, `round ${round}`).toBeInstanceOf(ConflictError);
        expect([report.accepted, report.updated], `round ${round}`).toEqual([0, RECORDS]);
      }
      // Either way, what the import answered as written is there.
      expect(await stored(base), `round ${round}`).toEqual(expected(next));
    }
  });

  it('two imports of the same records: the later one is undone back to exactly the earlier one, then to the start', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const base = makeRecords(RECORDS, 9_200 + round);
      await load(`a-${round}.csv`, base);
      const b = variant(base, `B${round}`, 11);
      const c = variant(base, `C${round}`, 13);
      const [rb, rc] = await Promise.all([load(`b-${round}.csv`, b), load(`c-${round}.csv`, c)]);
      expect([rb.updated, rc.updated], `round ${round}`).toEqual([RECORDS, RECORDS]);
      // The final state is one file's, whole: the one that came last.
      const final = await stored(base);
      const bLast = isDeepStrictEqual(final, expected(b));
      expect(bLast || isDeepStrictEqual(final, expected(c)), `round ${round}: a mix of both files`).toBe(true);
      const [later, earlier, earlierRecords] = bLast ? [rb, rc, c] : [rc, rb, b];
      // The earlier import cannot be undone before the later one.
      await expect(undoImport(db, earlier.importId!, 'admin'), `round ${round}`).rejects.toBeInstanceOf(ConflictError);
      expect((await undoImport(db, later.importId!, 'admin')).restored, `round ${round}`).toBe(RECORDS);
      expect(await stored(base), `round ${round}`).toEqual(expected(earlierRecords));
      expect((await undoImport(db, earlier.importId!, 'admin')).restored, `round ${round}`).toBe(RECORDS);
      expect(await stored(base), `round ${round}`).toEqual(expected(base));
    }
  });

  it('target changes racing each other all land and are all logged in order', async () => {
    const values = Array.from({ length: 12 }, (_, i) => 0.5 + i / 100);
    await Promise.all(values.map((value) => setTarget(db, { indicator: 'sustainable_value_share', scope: 'all', year: 2019, value }, 'admin')));
    const changes = await db.kysely
      .selectFrom('target_changes')
      .selectAll()
      .where('year', '=', 2019)
      .where('indicator', '=', 'sustainable_value_share')
      .orderBy('id')
      .execute();
    // Each change's old value is the previous change's new value: no change was lost in between.
    for (let i = 1; i < changes.length; i++) expect(changes[i]!.old_value).toBe(changes[i - 1]!.new_value);
    expect(changes.length).toBeGreaterThanOrEqual(values.length);
  });
});
