/**
 * Text fields have one length cap, on import (every format) as on correction: a longer title,
 * supplier or key is a row error naming the row (or notice) and the column, and nothing is stored.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, TEMPLATE_COLUMNS } from '@koers/domain';
import { correctRecord, importFile, InvalidInputError, localAdmin, type ImportReport } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { makeRecords, rowCells, templateCsv } from '../support/template-files.ts';

const source = (name: string, bytes: Uint8Array) => ({
  name,
  open: async function* () {
    yield bytes;
  },
});
const text = (value: string) => new TextEncoder().encode(value);

async function workbook(records: ReturnType<typeof makeRecords>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Opdrachten');
  sheet.addRow(TEMPLATE_COLUMNS.map((c) => c.name));
  for (const r of records) sheet.addRow(rowCells(r, {}));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function ocdsRelease(title: string, supplier: string): Uint8Array {
  const release = {
    ocid: 'ocds-long-1',
    id: 'r1',
    date: '2019-05-01T00:00:00Z',
    tag: ['award'],
    buyer: { id: 'AWV', name: 'Agentschap Wegen en Verkeer' },
    parties: [{ id: 'S1', name: supplier, roles: ['supplier'] }],
    tender: { title },
    awards: [{ id: 'a1', title, date: '2019-05-01', status: 'active', value: { amount: 50_000, currency: 'EUR' }, suppliers: [{ id: 'S1', name: supplier }] }],
  };
  return text(JSON.stringify({ releases: [release] }));
}

describe.each(ENGINES)('%s: the length cap on text', (engine) => {
  let db: TestDatabase;
  const long = 'x'.repeat(MAX_TEXT_LENGTH + 1);
  const count = async () =>
    Number(
      (
        await db.kysely
          .selectFrom('records')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await db?.drop();
  });

  const expectRefused = (report: ImportReport, place: Record<string, unknown>, column: string) => {
    expect(report.applied).toBe(false);
    expect(report.errors).toContainEqual(
      expect.objectContaining({
        ...place,
        column,
        code: 'text_too_long',
        message: `the text is ${MAX_TEXT_LENGTH + 1} characters long; at most ${MAX_TEXT_LENGTH} are allowed`,
      }),
    );
  };

  it('refuses an over-long title or supplier in a CSV or workbook row, naming row and column, and stores nothing', async () => {
    const records = makeRecords(5, 515);
    records[2] = { ...records[2]!, title: long };
    records[4] = { ...records[4]!, supplier: 'y'.repeat(5 * MAX_TEXT_LENGTH) };
    const csv = await importFile(db, source('long.csv', text(templateCsv(records))));
    expectRefused(csv, { row: 4 }, 'omschrijving');
    expect(csv.errors).toContainEqual(expect.objectContaining({ row: 6, column: 'leverancier', code: 'text_too_long' }));
    const xlsx = await importFile(db, source('long.xlsx', await workbook(records)));
    expectRefused(xlsx, { row: 4 }, 'omschrijving');
    expect(await count()).toBe(0);
  });

  it('accepts text of exactly the cap', async () => {
    const records = makeRecords(2, 516).map((r) => ({ ...r, title: 't'.repeat(MAX_TEXT_LENGTH), supplier: 's'.repeat(MAX_TEXT_LENGTH) }));
    expect((await importFile(db, source('edge.csv', text(templateCsv(records))))).accepted).toBe(2);
  });

  it('refuses an over-long title from a notice, naming the notice and the field', async () => {
    const report = await importFile(db, source('long.json', ocdsRelease(long, 'Leverancier')), { addEntities: true });
    expect(report.applied).toBe(false);
    expect(report.errors).toContainEqual(expect.objectContaining({ column: 'title', code: 'text_too_long' }));
    expect(report.errors[0]!.notice).toBeTruthy();
  });

  it('holds corrections to the same cap', async () => {
    const [row] = await db.kysely.selectFrom('records').select('id').limit(1).execute();
    await expect(correctRecord(db, { recordId: row!.id, changes: { title: long }, reason: 'test', principal: localAdmin('tester') })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    const ok = await correctRecord(db, { recordId: row!.id, changes: { title: 'k'.repeat(MAX_TEXT_LENGTH) }, reason: 'test', principal: localAdmin('tester') });
    expect(ok.record.title).toHaveLength(MAX_TEXT_LENGTH);
  });
});
