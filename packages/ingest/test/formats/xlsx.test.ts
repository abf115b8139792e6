/**
 * Excel workbooks built in the test with exceljs: typed date and number cells, a CPV code that
 * lost its leading zero as a number, Dutch and English headers, bad cells and hostile archives.
 * The whole file runs in a timezone west of UTC, where a date read with local-time fields would
 * slip to the day before.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/formats/xlsx.ts';
import { detectFormat } from '../../src/formats/detect.ts';
import { FileRejectedError } from '../../src/types.ts';
import { chunked, collect, records } from './fixture-files.ts';
import { storedZip } from './zip-archives.ts';

const originalTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  process.env.TZ = originalTz;
});

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const HEADER = [
  'dossier_id',
  'entiteit',
  'Gunningsdatum',
  'omschrijving',
  'CPV',
  'bedrag_excl_btw',
  'duurzaamheidscriteria',
  'innovative',
  'sociale_clausule',
  'circulair',
  'kmo_winnaar',
  'raamcontract',
  'elektronisch',
  'procedure',
  'aantal_offertes',
  'leverancier',
  'opmerking',
];

async function templateWorkbook(): Promise<Uint8Array> {
  return workbookBytes((workbook) => {
    workbook.addWorksheet('Uitleg').addRow(['Vul het blad Registratie in.']);
    const sheet = workbook.addWorksheet('Registratie');
    sheet.addRow(HEADER);
    // Row 2: typed cells.
    sheet.addRow([
      'AWV-2018-001',
      'AWV',
      new Date(Date.UTC(2018, 2, 31)),
      'Herstel brug',
      9310000,
      1234567.89,
      'volledig',
      false,
      true,
      null,
      true,
      false,
      true,
      'open',
      3,
      'Bouw NV',
      'n.v.t.',
    ]);
    // Row 3: the same fields typed as text, the Belgian way.
    sheet.addRow([
      'AWV-2019-002',
      'AWV',
      '31/03/2019',
      'Onderhoud',
      '45233162-2',
      '1.234,50',
      'niet_of_gedeeltelijk',
      'ja',
      'nee',
      '',
      '1',
      '0',
      'yes',
      'negotiated_without_publication',
      '1',
      'Klein BV',
      '',
    ]);
    // Row 4: three bad cells.
    sheet.addRow(['AWV-2019-003', 'AWV', 'gisteren', null, '123', -5, null, 'misschien']);
    // Row 5 is left empty; row 6: a formula cell, an unformatted date serial and a 1 January date.
    sheet.getCell('A6').value = 'AWV-2020-004';
    sheet.getCell('B6').value = 'AWV';
    sheet.getCell('C6').value = 43921; // serial of 2020-03-31
    sheet.getCell('F6').value = { formula: '2*50', result: 100 };
    sheet.getCell('A7').value = 'AWV-2021-005';
    sheet.getCell('B7').value = { richText: [{ text: 'A' }, { text: 'WV' }] };
    sheet.getCell('C7').value = new Date(Date.UTC(2021, 0, 1));
    sheet.getCell('F7').value = 0;
  });
}

describe('xlsx reader', () => {
  it('is detected as xlsx from its content', async () => {
    expect(detectFormat(await templateWorkbook())).toBe('xlsx');
  });

  it('reads the template sheet with typed cells: dates without timezone shift, numbers as numbers, CPV with its leading zero', async () => {
    const result = await readXlsx(await templateWorkbook());
    expect(result.format).toBe('xlsx');
    const items = await collect(result);
    const drafts = records(items);
    expect(drafts[0]).toEqual({
      dossierId: 'AWV-2018-001',
      awardDate: '2018-03-31',
      title: 'Herstel brug',
      cpv: '09310000',
      productGroup: null,
      valueEur: 1234567.89,
      amount: 1234567.89,
      currency: 'EUR',
      criteria: 'full',
      innovative: false,
      socialClause: true,
      circular: null,
      smeWinner: true,
      framework: false,
      eSubmission: true,
      procedure: 'open',
      tendersReceived: 3,
      supplier: 'Bouw NV',
      buyer: { text: 'AWV' },
    });
    expect(items[0]).toMatchObject({ kind: 'record', location: { row: 2 } });
    expect(drafts[1]).toMatchObject({
      dossierId: 'AWV-2019-002',
      awardDate: '2019-03-31',
      cpv: '45233162-2',
      valueEur: 1234.5,
      criteria: 'none_or_partial',
      innovative: true,
      socialClause: false,
      circular: null,
      smeWinner: true,
      framework: false,
      eSubmission: true,
      procedure: 'negotiated_without_publication',
      tendersReceived: 1,
    });
    expect(drafts.slice(2)).toEqual([
      expect.objectContaining({ dossierId: 'AWV-2020-004', awardDate: '2020-03-31', valueEur: 100 }),
      expect.objectContaining({ dossierId: 'AWV-2021-005', awardDate: '2021-01-01', valueEur: 0, buyer: { text: 'AWV' } }),
    ]);
    expect(items.filter((item) => item.kind === 'record').map((item) => item.location.row)).toEqual([2, 3, 6, 7]);
  });

  it('reports each bad cell with its row number and the column as the sheet names it', async () => {
    const items = await collect(readXlsx(await templateWorkbook()));
    expect(items.filter((item) => item.kind === 'error')).toEqual([
      {
        kind: 'error',
        location: { row: 4 },
        column: 'Gunningsdatum',
        message: '"gisteren" is not a date; write 2018-03-31 or 31/03/2018',
        problem: { code: 'not_a_date', params: { value: 'gisteren' } },
      },
      {
        kind: 'error',
        location: { row: 4 },
        column: 'CPV',
        message: expect.stringMatching(/^"123" is not a CPV code/),
        problem: { code: 'not_a_cpv_code', params: { value: '123' } },
      },
      {
        kind: 'error',
        location: { row: 4 },
        column: 'bedrag_excl_btw',
        message: '-5 is negative; an awarded amount cannot be below zero',
        problem: { code: 'negative_amount', params: { value: '-5' } },
      },
      {
        kind: 'error',
        location: { row: 4 },
        column: 'innovative',
        message: expect.stringMatching(/^"misschien" is not a yes\/no answer/),
        problem: { code: 'not_yes_no', params: { value: 'misschien' } },
      },
    ]);
  });

  it('warns about unknown columns and about the sheets it does not read', async () => {
    const result = await readXlsx(await templateWorkbook());
    expect(result.warnings).toEqual([
      { location: {}, column: null, message: 'the workbook has 2 sheets; only sheet "Registratie" is read' },
      {
        location: { row: 1 },
        column: 'opmerking',
        message: 'unknown column "opmerking" is ignored',
        problem: { code: 'unknown_column', params: { column: 'opmerking' } },
      },
    ]);
  });

  it('reads the first sheet with English headers and a streamed upload', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.addRow(['record_id', 'entity', 'award_date', 'value_eur', 'sme_winner']);
      sheet.addRow([2018001, 'Departement Omgeving', new Date(Date.UTC(2016, 0, 1)), 30000, 'no']);
    });
    const drafts = records(await collect(readXlsx(chunked(bytes, 700))));
    expect(drafts).toEqual([
      expect.objectContaining({ dossierId: '2018001', awardDate: '2016-01-01', valueEur: 30000, smeWinner: false, buyer: { text: 'Departement Omgeving' } }),
    ]);
  });

  it('rejects a sheet without the required columns, naming them', async () => {
    const bytes = await workbookBytes((workbook) => workbook.addWorksheet('Blad1').addRow(['dossier_id', 'omschrijving']));
    // Worded by the shared header mapping, as for CSV, with the sheet named.
    await expect(readXlsx(bytes)).rejects.toThrow(/^sheet "Blad1": .*entiteit.*gunningsdatum.*bedrag_excl_btw/);
  });

  it('reports empty required cells as the CSV reader does', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('registratie');
      sheet.addRow(['dossier_id', 'entiteit', 'gunningsdatum', 'bedrag_excl_btw']);
      sheet.addRow(['X-1', null, new Date(Date.UTC(2017, 5, 30)), null]);
    });
    expect(await collect(readXlsx(bytes))).toEqual([
      {
        kind: 'error',
        location: { row: 2 },
        column: 'entiteit',
        message: 'entiteit is empty: it is part of the record key',
        problem: { code: 'key_part_empty', params: { column: 'entiteit' } },
      },
      {
        kind: 'error',
        location: { row: 2 },
        column: 'bedrag_excl_btw',
        message: 'bedrag_excl_btw is required',
        problem: { code: 'required_empty', params: { column: 'bedrag_excl_btw' } },
      },
    ]);
  });

  it('rejects what is not an Excel workbook', async () => {
    await expect(readXlsx(new TextEncoder().encode('%PDF-1.7 ...'))).rejects.toThrow('this is not an Excel workbook (.xlsx): the file is a PDF document');
    const zip = storedZip([{ name: 'hello.txt', data: 'hello' }]);
    await expect(readXlsx(zip)).rejects.toThrow('the file is a ZIP archive that is not an Excel workbook');
  });

  it('refuses an archive that would unpack beyond the limit, without unpacking it', async () => {
    const bomb = storedZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>', claimedSize: 4_000_000_000 },
    ]);
    await expect(readXlsx(bomb)).rejects.toThrow(/unpacks to more than 1 GB/);
  });

  it('rejects a truncated workbook', async () => {
    const bytes = await templateWorkbook();
    const error = await readXlsx(bytes.subarray(0, Math.floor(bytes.length / 2))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileRejectedError);
    expect((error as Error).message).toMatch(/damaged or incomplete/);
  });
});
