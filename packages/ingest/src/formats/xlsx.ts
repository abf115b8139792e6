/**
 * Excel workbooks (.xlsx) filled in with the registration template: one record per row.
 *
 * The sheet read is the one named like the template (`registratie`, `template`, `records` …),
 * else the first sheet whose first row names a `dossier_id` column, else the first sheet. Row 1
 * holds the template's column names, Dutch or English (TEMPLATE_COLUMNS), in any order.
 *
 * Cells keep their type: a date cell becomes its calendar date without timezone arithmetic, a
 * number is used as the number it is (never formatted and parsed again), and a CPV code stored as
 * a number gets its leading zeros back (9310000 → `09310000`). Text cells go through the same
 * field parsers as the CSV template.
 *
 * Safety: before the workbook is opened, every part of the archive is inflated once, counting the
 * bytes that actually come out and discarding them, and the file is refused as soon as they pass
 * twice the file size limit (a "zip bomb"). The sizes the ZIP directory declares are checked
 * first, as a quick refusal of honest bombs, but never trusted: a directory can lie.
 *
 * Split by job: xlsx/archive.ts checks the archive, xlsx/cells.ts turns cells into field
 * values; this file opens the workbook, chooses the sheet, maps its header and builds the rows'
 * records.
 */
import type ExcelJS from 'exceljs';
import type { DraftRecord, ImportItem, ImportMessage, ReadResult } from '../types.ts';
import { FileRejectedError } from '../types.ts';
import { mapHeader, totalsLabel, TrailingTotals, type HeaderMap } from '../template-rows.ts';
import { readAllBytes, type ByteInput } from './byte-source.ts';
import { maxBytesOf, type ReaderOptions } from './reader-options.ts';
import { checkArchive } from './xlsx/archive.ts';
import { convert, isEmpty, scalar, textCell } from './xlsx/cells.ts';

/** Sheet names that mark the template's sheet, compared case-insensitively. */
export const TEMPLATE_SHEET_NAMES = ['registratie', 'registraties', 'template', 'sjabloon', 'records', 'gunningen', 'opdrachten', 'data'];

// ---------------------------------------------------------------------------------------------
// Sheet and header.

/** The first row's texts by position (column A at index 0), as the CSV reader sees a header line. */
function headerTexts(sheet: ExcelJS.Worksheet): string[] {
  const headers: string[] = [];
  const row = sheet.findRow(1);
  if (!row) return headers;
  row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
    headers[columnNumber - 1] = textCell(scalar(cell.value)) ?? '';
  });
  return Array.from(headers, (text) => text ?? '');
}

function namesDossierId(header: string): boolean {
  const key = header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return key === 'dossier_id' || key === 'record_id';
}

function chooseSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const sheets = workbook.worksheets.filter((sheet): sheet is ExcelJS.Worksheet => !!sheet);
  for (const name of TEMPLATE_SHEET_NAMES) {
    const named = sheets.find((sheet) => sheet.name.trim().toLowerCase() === name);
    if (named) return named;
  }
  const withHeader = sheets.find((sheet) => headerTexts(sheet).some(namesDossierId));
  return withHeader ?? sheets[0];
}

/**
 * Reads an .xlsx workbook. Resolves after the workbook is opened and its header checked (an
 * unreadable workbook or a missing required column rejects then); rows are turned into items
 * while they are iterated.
 */
export async function readXlsx(input: ByteInput, options: ReaderOptions = {}): Promise<ReadResult> {
  const maxBytes = maxBytesOf(options);
  const bytes = await readAllBytes(input, maxBytes);
  await checkArchive(bytes, maxBytes);

  // exceljs is loaded when a workbook comes in, not with every process that can import (~0.2 s).
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    // The library's own words ("Cannot read properties of undefined (reading 'col')") mean
    // nothing to a steward: they go to the log, the report says what to do.
    console.error('an uploaded Excel workbook could not be opened:', error);
    throw new FileRejectedError(
      'the Excel workbook could not be opened: it is damaged or was not saved by a spreadsheet program as .xlsx; open it in Excel or LibreOffice, save it again as an Excel workbook (.xlsx), and import that file',
    );
  }
  const sheet = chooseSheet(workbook);
  if (!sheet) throw new FileRejectedError('the Excel workbook has no sheets');
  const date1904 = !!workbook.properties?.date1904;

  const warnings: ImportMessage[] = [];
  const sheetCount = workbook.worksheets.filter(Boolean).length;
  if (sheetCount > 1) {
    warnings.push({ location: {}, column: null, message: `the workbook has ${sheetCount} sheets; only sheet "${sheet.name}" is read` });
  }

  const headers = headerTexts(sheet);
  if (headers.every((text) => text.trim() === '')) {
    throw new FileRejectedError(`sheet "${sheet.name}" is empty: its first row must hold the template's column names`);
  }
  // The header is mapped exactly as the CSV reader maps it: same names, warnings and refusals.
  let headerMap: HeaderMap;
  try {
    headerMap = mapHeader(headers);
  } catch (error) {
    if (error instanceof FileRejectedError) throw new FileRejectedError(`sheet "${sheet.name}": ${error.message}`);
    throw error;
  }
  warnings.push(...headerMap.warnings);
  const columns = headerMap.columns.map(({ column, index, header: text }) => ({ number: index + 1, header: text, column }));

  const lastRow = sheet.rowCount;
  const byPosition = [...columns].sort((a, b) => a.number - b.number);
  const totals = new TrailingTotals();
  async function* items(): AsyncGenerator<ImportItem> {
    for (let rowNumber = 2; rowNumber <= lastRow; rowNumber++) {
      const row = sheet!.findRow(rowNumber);
      if (!row || !row.hasValues) continue;
      const out: ImportItem[] = [];
      const label = totalsLabel(byPosition.map(({ number }) => textCell(scalar(row.getCell(number).value))));
      rowItems(row, rowNumber, out);
      if (out.length === 0) continue;
      const released: ImportItem[] = [];
      totals.add(rowNumber, label, out, released);
      yield* released;
    }
    const tail: ImportItem[] = [];
    totals.finish(tail);
    yield* tail;
  }

  /** The row's record, or every error it holds; nothing for a row without values. */
  function rowItems(row: ExcelJS.Row, rowNumber: number, out: ImportItem[]): void {
    const values: Partial<Record<string, unknown>> = {};
    const errors: ImportItem[] = [];
    let anyValue = false;
    for (const { number, header, column } of columns) {
      const value = scalar(row.getCell(number).value);
      if (!isEmpty(value)) anyValue = true;
      const parsed = convert(column, header, value, date1904);
      if (parsed.ok) values[column.field] = parsed.value;
      else
        errors.push({
          kind: 'error',
          location: { row: rowNumber },
          column: header,
          message: parsed.message,
          problem: { code: parsed.code, params: parsed.params },
        });
    }
    if (!anyValue) return;
    if (errors.length > 0) {
      out.push(...errors);
      return;
    }
    const valueEur = values.valueEur as number;
    const draft: DraftRecord = {
      dossierId: values.dossierId as string,
      awardDate: values.awardDate as string,
      title: (values.title as string | null) ?? null,
      cpv: (values.cpv as string | null) ?? null,
      productGroup: (values.productGroup as string | null) ?? null,
      valueEur,
      amount: valueEur,
      currency: 'EUR',
      criteria: (values.criteria as DraftRecord['criteria']) ?? null,
      innovative: (values.innovative as boolean | null) ?? null,
      socialClause: (values.socialClause as boolean | null) ?? null,
      circular: (values.circular as boolean | null) ?? null,
      smeWinner: (values.smeWinner as boolean | null) ?? null,
      framework: (values.framework as boolean | null) ?? null,
      eSubmission: (values.eSubmission as boolean | null) ?? null,
      procedure: (values.procedure as DraftRecord['procedure']) ?? null,
      tendersReceived: (values.tendersReceived as number | null) ?? null,
      supplier: (values.supplier as string | null) ?? null,
      buyer: { text: values.entity as string },
    };
    out.push({ kind: 'record', location: { row: rowNumber }, draft });
  }
  // Row errors found after reading (a text too long) name the column as the sheet's header does.
  const fieldColumns = Object.fromEntries(headerMap.columns.map((c) => [c.column.field, c.header]));
  return { format: 'xlsx', warnings, items: items(), fieldColumns };
}
