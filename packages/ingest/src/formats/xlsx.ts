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
 */
import { createInflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';
import {
  parseBoolean,
  parseCpv,
  parseCriteria,
  parseDate,
  parseDecimal,
  parseInteger,
  parseProcedure,
  PROCEDURES,
  type Parsed,
  type ProblemCode,
  type ProblemParams,
  type TemplateColumn,
} from '@koers/domain';
import type { DraftRecord, ImportItem, ImportMessage, ReadResult } from '../types.ts';
import { FileRejectedError } from '../types.ts';
import { mapHeader, totalsLabel, TrailingTotals, type HeaderMap } from '../template-rows.ts';
import { formatByteSize, readAllBytes, type ByteInput } from './byte-source.ts';
import { detectFormat } from './detect.ts';
import { maxBytesOf, type ReaderOptions } from './reader-options.ts';

/** Sheet names that mark the template's sheet, compared case-insensitively. */
export const TEMPLATE_SHEET_NAMES = ['registratie', 'registraties', 'template', 'sjabloon', 'records', 'gunningen', 'opdrachten', 'data'];

type Scalar = string | number | boolean | Date | null | { error: string };

const fail = <T>(code: ProblemCode, params: ProblemParams, message: string): Parsed<T> => ({ ok: false, message, code, params });
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

// ---------------------------------------------------------------------------------------------
// ZIP directory check (before exceljs unpacks anything).

interface ZipEntry {
  name: string;
  uncompressedSize: number;
  method: number;
  compressedSize: number;
  localHeader: number;
}

function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of up to 65535 bytes, at the very end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new FileRejectedError('the Excel file is damaged or incomplete: its ZIP directory is missing (was the upload cut off?)');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) {
      throw new FileRejectedError('the Excel file is damaged: its ZIP directory is corrupt');
    }
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const localHeader = view.getUint32(at + 42, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) throw new FileRejectedError('the Excel file is damaged: its ZIP directory is corrupt');
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, uncompressedSize, method, compressedSize, localHeader });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function unpacksTooLarge(limit: number): FileRejectedError {
  return new FileRejectedError(`the Excel workbook unpacks to more than ${formatByteSize(limit)}, more than the import allows; split it into smaller files`);
}

const damaged = () => new FileRejectedError('the Excel file is damaged: a part of it cannot be unpacked');

/** The compressed bytes of an entry, found through its local header as an unzipper finds them. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw damaged();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start > bytes.length) throw damaged();
  return bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
}

/** Inflates the data, throwing the output away, and answers how many bytes came out (stopping past `budget`). */
function inflatedBytes(data: Uint8Array, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: 256 * 1024 });
    let total = 0;
    inflater.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        inflater.destroy();
        resolve(total);
      }
    });
    inflater.on('end', () => resolve(total));
    inflater.on('error', () => reject(damaged()));
    inflater.end(data);
  });
}

/** Counts what the archive really unpacks to, part by part, refusing it once past the limit. */
async function checkInflation(bytes: Uint8Array, entries: readonly ZipEntry[], limit: number): Promise<void> {
  let total = 0;
  for (const entry of entries) {
    if (entry.method === 0) total += entry.compressedSize;
    else if (entry.method === 8) total += await inflatedBytes(entryData(bytes, entry), limit - total);
    else throw new FileRejectedError(`the Excel file is damaged or not a workbook: part ${entry.name} is packed with an unknown method (${entry.method})`);
    if (total > limit) throw unpacksTooLarge(limit);
  }
}

async function checkArchive(bytes: Uint8Array, maxBytes: number): Promise<void> {
  const kind = detectFormat(bytes.subarray(0, 64 * 1024));
  if (typeof kind === 'object' || kind !== 'xlsx') {
    throw new FileRejectedError(`this is not an Excel workbook (.xlsx): the file is ${typeof kind === 'object' ? kind.unknown : `${kind} data`}`);
  }
  const entries = zipEntries(bytes);
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) {
    throw new FileRejectedError('this is not an Excel workbook (.xlsx): the file is a ZIP archive that is not an Excel workbook');
  }
  const limit = 2 * maxBytes;
  // 0xFFFFFFFF marks a ZIP64 size, which only archives far beyond any limit here use.
  const total = entries.reduce((sum, entry) => sum + (entry.uncompressedSize === 0xffffffff ? Infinity : entry.uncompressedSize), 0);
  if (total > limit) throw unpacksTooLarge(limit);
  await checkInflation(bytes, entries, limit);
}

// ---------------------------------------------------------------------------------------------
// Cells.

function scalar(value: ExcelJS.CellValue): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('error' in value) return { error: String(value.error) };
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text ?? '').join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) return { error: String(result.error) };
      return scalar(result as ExcelJS.CellValue);
    }
    if ('text' in value) {
      const inner = (value as { text: unknown }).text;
      return typeof inner === 'string' ? inner : scalar(inner as ExcelJS.CellValue);
    }
  }
  return String(value);
}

function isEmpty(value: Scalar): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

function isoOfUtc(date: Date): Parsed<string> {
  if (Number.isNaN(date.getTime())) return fail('not_a_date', { value: String(date) }, 'is not a valid date');
  const text = `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
  return parseDate(text);
}

function numberText(value: number): string {
  return Number.isInteger(value) ? value.toFixed(0) : String(value);
}

function dateCell(value: Scalar, date1904: boolean): Parsed<string> {
  // exceljs builds dates from the Excel serial in UTC, so the UTC fields are the calendar date.
  if (value instanceof Date) return isoOfUtc(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1 || value >= 2958466) return fail('not_a_date', { value: String(value) }, `${value} is not a date; write 2018-03-31 or 31/03/2018`);
    const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
    return isoOfUtc(new Date(epoch + Math.floor(value) * 86_400_000));
  }
  if (typeof value === 'string') return parseDate(value);
  return fail('not_a_date', { value: String(value) }, `${String(value)} is not a date; write 2018-03-31 or 31/03/2018`);
}

function decimalCell(value: Scalar): Parsed<number> {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('not_an_amount', { value: String(value) }, `${value} is not an amount`);
    if (value < 0) return fail('negative_amount', { value: String(value) }, `${value} is negative; an awarded amount cannot be below zero`);
    return ok(value);
  }
  if (typeof value === 'string') return parseDecimal(value);
  return fail(
    'not_an_amount',
    { value: value instanceof Date ? value.toISOString().slice(0, 10) : String(value) },
    `${value instanceof Date ? 'a date' : String(value)} is not an amount; write 1234567,89 or 1234567.89`,
  );
}

function integerCell(value: Scalar): Parsed<number | null> {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0 ? ok(value) : fail('not_a_whole_number', { value: String(value) }, `${value} is not a whole number of zero or more`);
  }
  if (typeof value === 'string') return parseInteger(value);
  return fail('not_a_whole_number', { value: String(value) }, `${String(value)} is not a whole number of zero or more`);
}

function booleanCell(value: Scalar): Parsed<boolean | null> {
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number') return value === 1 ? ok(true) : value === 0 ? ok(false) : fail('not_yes_no', { value: String(value) }, `${value} is not a yes/no answer; write ja or nee`);
  if (typeof value === 'string') return parseBoolean(value);
  return fail('not_yes_no', { value: String(value) }, 'is not a yes/no answer; write ja or nee (or yes/no, true/false, 1/0)');
}

function cpvCell(value: Scalar): Parsed<string | null> {
  if (typeof value === 'number') {
    // A CPV code typed into a number cell lost its leading zeros; they are put back.
    if (!Number.isSafeInteger(value) || value < 0 || value > 99_999_999) return fail('not_a_cpv_code', { value: String(value) }, `${value} is not a CPV code; write 8 digits, optionally with a check digit (45233162-2)`);
    return parseCpv(numberText(value).padStart(8, '0'));
  }
  if (typeof value === 'string') return parseCpv(value);
  return fail('not_a_cpv_code', { value: String(value) }, `${String(value)} is not a CPV code`);
}

function textCell(value: Scalar): string | null {
  if (value === null) return null;
  if (value instanceof Date) {
    const iso = isoOfUtc(value);
    return iso.ok ? iso.value : null;
  }
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'object') return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

function convert(column: TemplateColumn, header: string, value: Scalar, date1904: boolean): Parsed<unknown> {
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return fail('excel_error', { value: value.error }, `the cell shows the Excel error ${value.error}`);
  }
  if (isEmpty(value)) {
    if (!column.required) return ok(null);
    // Worded as the CSV reader (template-rows.ts) words it.
    const key = column.field === 'dossierId' || column.field === 'entity';
    return fail(key ? 'key_part_empty' : 'required_empty', { column: header }, `${header} ${key ? 'is empty: it is part of the record key' : 'is required'}`);
  }
  switch (column.type) {
    case 'date':
      return dateCell(value, date1904);
    case 'decimal':
      return decimalCell(value);
    case 'integer':
      return integerCell(value);
    case 'boolean':
      return booleanCell(value);
    case 'cpv':
      return cpvCell(value);
    case 'criteria':
      return typeof value === 'string' ? parseCriteria(value) : fail('not_a_criteria_answer', { value: String(value) }, `${String(value)} is not a valid choice; write volledig, niet_of_gedeeltelijk or geen_productgroep`);
    case 'procedure':
      return typeof value === 'string' ? parseProcedure(value) : fail('not_a_procedure', { value: String(value), choices: PROCEDURES.join(', ') }, `${String(value)} is not a valid procedure`);
    case 'text':
      return ok(textCell(value));
  }
}

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
  const key = header.trim().toLowerCase().replace(/[\s-]+/g, '_');
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

  const workbook = new ExcelJS.Workbook();
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
      else errors.push({ kind: 'error', location: { row: rowNumber }, column: header, message: parsed.message, problem: { code: parsed.code, params: parsed.params } });
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
