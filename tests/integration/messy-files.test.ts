/**
 * Files as data stewards really send them, on both engines: dates with a time part, Excel serial
 * dates in workbook cells, and a trailing totals row, which is skipped with a warning. What stays
 * ambiguous (a time zone, a totals label that is not the last row) is a row error naming row and
 * column, and an all-or-nothing import then writes nothing.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamRecords } from '@koers/db';
import { importFile, type ImportReport } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';

const HEADER = 'dossier_id;entiteit;gunningsdatum;bedrag_excl_btw';

function source(name: string, content: string | Uint8Array) {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    name,
    open: async function* () {
      yield bytes;
    },
  };
}

async function workbook(rows: unknown[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('registratie');
  sheet.addRow(['dossier_id', 'entiteit', 'gunningsdatum', 'bedrag_excl_btw']);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe.each(ENGINES)('%s: messy files', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await db?.drop();
  });

  const dates = async (prefix: string) => {
    const found: Record<string, string> = {};
    for await (const r of streamRecords(db.kysely)) if (r.dossierId.startsWith(prefix)) found[r.dossierId] = r.awardDate;
    return found;
  };

  it('accepts dates with a time part and skips a trailing totals row with a warning (CSV)', async () => {
    const csv = [HEADER, 'T-1;AWV;2018-03-31 00:00:00;100', 'T-2;AWV;31/03/2018 14:05;200,50', 'T-3;AWV;2019-01-02T08:30:15;300', 'Totaal;;;601,50', ''].join(
      '\r\n',
    );
    const report = await importFile(db, source('met-totaal.csv', csv));
    expect(report).toMatchObject({ applied: true, accepted: 3, rejected: 0, skipped: 1, errors: [] });
    expect(report.skips).toEqual([{ row: 5, reason: expect.stringMatching(/row 5 reads "Totaal": a totals row at the end of the file/) }]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 5, code: 'totals_row_skipped', params: { label: 'Totaal' } }));
    expect(await dates('T-')).toEqual({ 'T-1': '2018-03-31', 'T-2': '2018-03-31', 'T-3': '2019-01-02' });
  });

  it('keeps a totals label that is not the last row, a time zone and an impossible time as row errors', async () => {
    const csv = [HEADER, 'U-1;AWV;2018-03-31 00:00:00Z;100', 'U-2;AWV;2018-03-31 25:00;100', 'Total;;;200', 'U-3;AWV;2018-03-31;100'].join('\n');
    const report: ImportReport = await importFile(db, source('dubbelzinnig.csv', csv));
    expect(report.applied).toBe(false);
    expect(report.skipped).toBe(0);
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'gunningsdatum'],
      [3, 'gunningsdatum'],
      [4, 'entiteit'],
      [4, 'gunningsdatum'],
    ]);
    expect(await dates('U-')).toEqual({});
  });

  it('reads Excel serial dates and date cells with a time, and skips a trailing totals row with a formula (XLSX)', async () => {
    const file = await workbook([
      ['X-1', 'AWV', 43190, 100],
      ['X-2', 'AWV', new Date(Date.UTC(2019, 5, 30, 17, 45)), 200],
      ['X-3', 'AWV', '2020-12-31 00:00:00', 300],
      ['Totaal', null, null, { formula: 'SUM(D2:D4)', result: 600 }],
    ]);
    const report = await importFile(db, source('met-totaal.xlsx', file));
    expect(report).toMatchObject({ format: 'xlsx', applied: true, accepted: 3, skipped: 1, errors: [] });
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 5, code: 'totals_row_skipped' }));
    expect(await dates('X-')).toEqual({ 'X-1': '2018-03-31', 'X-2': '2019-06-30', 'X-3': '2020-12-31' });
  });
});
