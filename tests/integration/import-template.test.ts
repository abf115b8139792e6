import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRecords } from '@koers/db';
import { importFile, type ImportReport } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { makeRecords, templateCsv, windows1252 } from '../support/template-files.ts';

const source = (name: string, bytes: Uint8Array | string) => ({
  name,
  open: async function* () {
    yield typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  },
});

/**
 * A realistic delivery: 3,000 rows, semicolon separated, Windows-1252, Belgian dates and amounts,
 * CRLF, with six invalid rows of the kinds data stewards really produce.
 */
function messyDelivery() {
  const records = makeRecords(3_000, 7);
  records[10]!.title = 'Catering – café “De Zwaan” €';
  const csv = templateCsv(records, { delimiter: ';', dates: 'be', decimals: 'belgian', booleans: 'ja', lineEnding: '\r\n' });
  const lines = csv.split('\r\n');
  // Row numbers as a spreadsheet shows them: the header is row 1, records[i] is row i + 2.
  const cells = (row: number) => lines[row - 1]!.split(';');
  const set = (row: number, col: number, value: string) => {
    const c = cells(row);
    c[col] = value;
    lines[row - 1] = c.join(';');
  };
  set(5, 2, '31/02/2018'); // gunningsdatum: no such date
  set(100, 6, '-1.500,00'); // bedrag_excl_btw: negative
  set(250, 1, 'XYZ'); // entiteit: unknown entity
  set(400, 0, ''); // dossier_id: missing key
  set(1200, 7, 'misschien'); // duurzaamheidscriteria: invalid choice
  lines[2500 - 1] = lines[1500 - 1]!; // duplicate key: row 2500 repeats row 1500
  return { records, bytes: windows1252(lines.join('\r\n')), invalidRows: [5, 100, 250, 400, 1200, 2500] };
}

describe.each(ENGINES)('%s: importing the registration template', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('rejects a Windows-1252 file with invalid rows whole, naming each row and column', async () => {
    const { bytes, invalidRows } = messyDelivery();
    const report = await importFile(db, source('levering.csv', bytes));
    expect(report.applied).toBe(false);
    expect(report.rejected).toBe(6);
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [5, 'gunningsdatum'],
      [100, 'bedrag_excl_btw'],
      [250, 'entiteit'],
      [400, 'dossier_id'],
      [1200, 'duurzaamheidscriteria'],
      [2500, 'dossier_id'],
    ]);
    expect(report.errors.map((e) => e.row)).toEqual(invalidRows);
    expect(report.errors[0]!.message).toMatch(/not a date that exists/);
    expect(report.errors[1]!.message).toMatch(/negative/);
    expect(report.errors[2]!.message).toMatch(/unknown entity "XYZ"/);
    expect(report.errors[3]!.message).toMatch(/record key/);
    expect(report.errors[4]!.message).toMatch(/not a valid choice/);
    expect(report.errors[5]!.message).toMatch(/already appears at row 1500/);
    expect(report.warnings.some((w) => /Windows-1252/.test(w.message))).toBe(true);
    expect(await countRecords(db.kysely)).toBe(0);
  });

  it('loads the valid rows in partial mode and reports the same errors', async () => {
    const { bytes } = messyDelivery();
    const report = await importFile(db, source('levering.csv', bytes), { mode: 'partial' });
    expect(report.applied).toBe(true);
    expect(report.accepted).toBe(2_994);
    expect(report.rejected).toBe(6);
    expect(await countRecords(db.kysely)).toBe(2_994);
  });

  it('keeps accents and the euro sign of a Windows-1252 file', async () => {
    const rows = await db.kysely.selectFrom('records').select('title').where('title', 'like', 'Catering%').execute();
    expect(rows[0]?.title).toBe('Catering – café “De Zwaan” €');
  });

  it('reports every row unchanged when the same file comes again', async () => {
    const { bytes } = messyDelivery();
    const report = await importFile(db, source('levering.csv', bytes), { mode: 'partial' });
    expect([report.accepted, report.updated, report.unchanged, report.rejected]).toEqual([0, 0, 2_994, 6]);
  });

  it('reports a changed row as updated, by its key', async () => {
    const [first] = makeRecords(1, 7);
    const changed = { ...first!, valueEur: 1234.5, amount: 1234.5, supplier: 'Nieuwe leverancier' };
    const report = await importFile(db, source('fix.csv', templateCsv([changed], { headers: 'en', dates: 'iso' })));
    expect([report.accepted, report.updated, report.unchanged, report.rejected]).toEqual([0, 1, 0, 0]);
    const row = await db.kysely.selectFrom('records').selectAll().where('dossier_id', '=', first!.dossierId).executeTakeFirstOrThrow();
    expect(row.value_cents).toBe(123_450);
  });

  it('validates only in a dry run and writes nothing', async () => {
    const records = makeRecords(20, 99);
    const before = await countRecords(db.kysely);
    const report = await importFile(db, source('dry.csv', templateCsv(records)), { dryRun: true });
    expect(report.accepted).toBe(20);
    expect(report.applied).toBe(false);
    expect(await countRecords(db.kysely)).toBe(before);
  });

  it('names unknown columns as warnings and still imports', async () => {
    const csv = templateCsv(makeRecords(3, 5)).replace('leverancier\n', 'leverancier,opmerking\n');
    const report = await importFile(db, source('extra.csv', csv));
    expect(report.applied).toBe(true);
    expect(report.warnings.map((w) => w.message)).toContain('unknown column "opmerking" is ignored');
  });

  it('reads English headers in another order, yes/no booleans, LF and a BOM', async () => {
    const records = makeRecords(5, 11);
    const csv = '\uFEFF' + templateCsv(records, { headers: 'en', booleans: 'yes' });
    const [header, ...rest] = csv.split('\n');
    const reordered = [header!.split(',').reverse().join(','), ...rest.filter(Boolean).map((l) => l.split(',').reverse().join(','))].join('\n');
    // Titles without commas keep the reversal simple.
    const report = await importFile(db, source('english.csv', records.some((r) => r.title?.includes(',')) ? csv : reordered));
    expect(report.errors).toEqual([]);
    expect(report.accepted).toBe(5);
  });

  it('rejects a file without the required columns, saying which', async () => {
    const report = await importFile(db, source('bad.csv', 'naam;bedrag\nx;1\n'));
    expect(report.applied).toBe(false);
    expect(report.errors[0]!.message).toMatch(/lacks the required columns dossier_id \(or record_id\), entiteit/);
  });

  it('keeps every import in the history with its checksum', async () => {
    const history = await db.kysely.selectFrom('imports').select(['file_name', 'checksum', 'applied']).execute();
    expect(history.length).toBeGreaterThanOrEqual(8);
    expect(history[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
  });
});

export type { ImportReport };
