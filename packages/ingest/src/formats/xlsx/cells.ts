/**
 * Cells of a template row to field values: a date cell becomes its calendar date without
 * timezone arithmetic, a number is used as the number it is (never formatted and parsed again),
 * a CPV code stored as a number gets its leading zeros back (9310000 → `09310000`), and text
 * cells go through the same field parsers as the CSV template.
 */
import type ExcelJS from 'exceljs';
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

type Scalar = string | number | boolean | Date | null | { error: string };

const fail = <T>(code: ProblemCode, params: ProblemParams, message: string): Parsed<T> => ({ ok: false, message, code, params });
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

export function scalar(value: ExcelJS.CellValue): Scalar {
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

export function isEmpty(value: Scalar): boolean {
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
    if (!Number.isFinite(value) || value < 1 || value >= 2958466)
      return fail('not_a_date', { value: String(value) }, `${value} is not a date; write 2018-03-31 or 31/03/2018`);
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
    return Number.isSafeInteger(value) && value >= 0
      ? ok(value)
      : fail('not_a_whole_number', { value: String(value) }, `${value} is not a whole number of zero or more`);
  }
  if (typeof value === 'string') return parseInteger(value);
  return fail('not_a_whole_number', { value: String(value) }, `${String(value)} is not a whole number of zero or more`);
}

function booleanCell(value: Scalar): Parsed<boolean | null> {
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number')
    return value === 1 ? ok(true) : value === 0 ? ok(false) : fail('not_yes_no', { value: String(value) }, `${value} is not a yes/no answer; write ja or nee`);
  if (typeof value === 'string') return parseBoolean(value);
  return fail('not_yes_no', { value: String(value) }, 'is not a yes/no answer; write ja or nee (or yes/no, true/false, 1/0)');
}

function cpvCell(value: Scalar): Parsed<string | null> {
  if (typeof value === 'number') {
    // A CPV code typed into a number cell lost its leading zeros; they are put back.
    if (!Number.isSafeInteger(value) || value < 0 || value > 99_999_999)
      return fail('not_a_cpv_code', { value: String(value) }, `${value} is not a CPV code; write 8 digits, optionally with a check digit (45233162-2)`);
    return parseCpv(numberText(value).padStart(8, '0'));
  }
  if (typeof value === 'string') return parseCpv(value);
  return fail('not_a_cpv_code', { value: String(value) }, `${String(value)} is not a CPV code`);
}

export function textCell(value: Scalar): string | null {
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

export function convert(column: TemplateColumn, header: string, value: Scalar, date1904: boolean): Parsed<unknown> {
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
      return typeof value === 'string'
        ? parseCriteria(value)
        : fail(
            'not_a_criteria_answer',
            { value: String(value) },
            `${String(value)} is not a valid choice; write volledig, niet_of_gedeeltelijk or geen_productgroep`,
          );
    case 'procedure':
      return typeof value === 'string'
        ? parseProcedure(value)
        : fail('not_a_procedure', { value: String(value), choices: PROCEDURES.join(', ') }, `${String(value)} is not a valid procedure`);
    case 'text':
      return ok(textCell(value));
  }
}
