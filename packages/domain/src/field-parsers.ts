/**
 * Parsers for the cell values data stewards write, shared by every import format. Each returns
 * `{ ok: true, value }` or `{ ok: false, message }` with a message a data steward understands.
 */
import type { ProblemCode, ProblemParams } from './problems.ts';
import { CRITERIA_WORDS } from './template.ts';
import { PROCEDURES, type CriteriaAnswer, type Procedure } from './record.ts';

/** A parsed cell, or what is wrong with it: an English sentence, and its code and values for other languages. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; code: ProblemCode; params: ProblemParams };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: ProblemCode, params: ProblemParams, message: string): Parsed<T> => ({ ok: false, message, code, params });

// The answers most cells give, shared (frozen) so that a million rows allocate none of them.
const OK_NULL: Parsed<null> = Object.freeze({ ok: true, value: null });
const OK_TRUE: Parsed<boolean> = Object.freeze({ ok: true, value: true });
const OK_FALSE: Parsed<boolean> = Object.freeze({ ok: true, value: false });

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The number written by the digits text[from..to), or -1 when any is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * A time of day after the date, as spreadsheets export a date cell (`2018-03-31 00:00:00`,
 * `2018-03-31T14:05`): it says nothing about the calendar date and is dropped. A time zone is not
 * accepted: it could move the date to another day, and which day was meant is then a guess.
 */
const TIME_OF_DAY = '(?:[ T](?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:[.,]\\d+)?)?)?';
const ISO_DATE = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME_OF_DAY}$`);
const BE_DATE = new RegExp(`^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})${TIME_OF_DAY}$`);

/**
 * `2018-03-31` or `31/03/2018` (also `31.03.2018`, `31-03-2018`), with or without a time of day,
 * to ISO `2018-03-31`.
 */
export function parseDate(raw: string): Parsed<string> {
  // Fast path: an ISO date that exists and is plausible is already in its canonical form.
  if (raw.length === 10 && raw.charCodeAt(4) === 45 && raw.charCodeAt(7) === 45) {
    const y = digitsAt(raw, 0, 4);
    const m = digitsAt(raw, 5, 7);
    const d = digitsAt(raw, 8, 10);
    if (y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1]!)) {
      return ok(raw);
    }
  }
  const text = raw.trim();
  let y: number, m: number, d: number;
  let match = ISO_DATE.exec(text);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = BE_DATE.exec(text))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    return fail('not_a_date', { value: raw }, `"${raw}" is not a date; write 2018-03-31 or 31/03/2018`);
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return fail('date_does_not_exist', { value: raw }, `"${raw}" is not a date that exists`);
  }
  if (y < 1990 || y > 2100) return fail('implausible_year', { value: raw, year: y }, `"${raw}" has an implausible year ${y}`);
  return ok(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/**
 * Euro amounts as Belgian and international spreadsheets write them: `1.234.567,89`,
 * `1234567,89`, `1234567.89`, `1,234,567.89`, with optional `€` and spaces.
 */
const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;

export function parseDecimal(raw: string): Parsed<number> {
  // Fast path: `1234567.89` as `koers export` and most systems write it.
  if (PLAIN_DECIMAL.test(raw)) {
    const value = Number(raw);
    if (Number.isFinite(value)) return ok(value);
  }
  let text = raw
    .trim()
    .replace(/[€\s\u00a0\u202f]/g, '')
    .replace(/^EUR/i, '')
    .replace(/EUR$/i, '');
  if (text === '') return fail('empty', {}, 'is empty');
  const negative = text.startsWith('-');
  if (negative || text.startsWith('+')) text = text.slice(1);
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let normalized: string;
  if (lastComma >= 0 && lastDot >= 0) {
    // The later separator is the decimal one; the other groups thousands.
    normalized = lastComma > lastDot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (lastComma >= 0) {
    const groups = text.split(',');
    // `1,234,567` groups thousands; a single comma is a decimal comma (Belgian usage).
    normalized = groups.length > 2 ? groups.join('') : text.replace(',', '.');
  } else if (lastDot >= 0) {
    const groups = text.split('.');
    // `1.234.567` groups thousands; `1234.56` is a decimal point.
    normalized = groups.length > 2 ? groups.join('') : text;
  } else {
    normalized = text;
  }
  if (!/^\d+(\.\d+)?$/.test(normalized)) return fail('not_an_amount', { value: raw }, `"${raw}" is not an amount; write 1234567,89 or 1234567.89`);
  const value = Number(normalized);
  if (!Number.isFinite(value)) return fail('too_large', { value: raw }, `"${raw}" is too large`);
  if (negative && value !== 0) return fail('negative_amount', { value: raw }, `"${raw}" is negative; an awarded amount cannot be below zero`);
  return ok(value);
}

const TRUE_WORDS = new Set(['ja', 'yes', 'true', '1', 'j', 'y', 'waar', 'oui', 'vrai']);
const FALSE_WORDS = new Set(['nee', 'no', 'false', '0', 'n', 'onwaar', 'non', 'faux']);

/** `ja/nee/yes/no/true/false/1/0` in any case; empty is unknown (null), never false. */
export function parseBoolean(raw: string): Parsed<boolean | null> {
  if (raw === '') return OK_NULL;
  if (TRUE_WORDS.has(raw)) return OK_TRUE;
  if (FALSE_WORDS.has(raw)) return OK_FALSE;
  const text = raw.trim().toLowerCase();
  if (text === '') return OK_NULL;
  if (TRUE_WORDS.has(text)) return OK_TRUE;
  if (FALSE_WORDS.has(text)) return OK_FALSE;
  return fail('not_yes_no', { value: raw }, `"${raw}" is not a yes/no answer; write ja or nee (or yes/no, true/false, 1/0)`);
}

const CRITERIA_ANSWERS_BY_WORD = new Map(Object.entries(CRITERIA_WORDS).map(([word, value]) => [word, Object.freeze(ok(value))]));

export function parseCriteria(raw: string): Parsed<CriteriaAnswer | null> {
  if (raw === '') return OK_NULL;
  const exact = CRITERIA_ANSWERS_BY_WORD.get(raw);
  if (exact) return exact;
  const text = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (text === '') return OK_NULL;
  const value = CRITERIA_ANSWERS_BY_WORD.get(text);
  if (value) return value;
  return fail(
    'not_a_criteria_answer',
    { value: raw },
    `"${raw}" is not a valid choice; write volledig, niet_of_gedeeltelijk or geen_productgroep (or full, none_or_partial, not_applicable)`,
  );
}

const PROCEDURE_ANSWERS = new Map(PROCEDURES.map((p) => [p as string, Object.freeze(ok(p))]));

export function parseProcedure(raw: string): Parsed<Procedure | null> {
  if (raw === '') return OK_NULL;
  const exact = PROCEDURE_ANSWERS.get(raw);
  if (exact) return exact;
  const text = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (text === '') return OK_NULL;
  const known = PROCEDURE_ANSWERS.get(text);
  if (known) return known;
  return fail('not_a_procedure', { value: raw, choices: PROCEDURES.join(', ') }, `"${raw}" is not a valid procedure; write one of ${PROCEDURES.join(', ')}`);
}

export function parseInteger(raw: string): Parsed<number | null> {
  if (raw === '') return OK_NULL;
  const text = raw.trim();
  if (text === '') return OK_NULL;
  if (!/^\d+$/.test(text)) return fail('not_a_whole_number', { value: raw }, `"${raw}" is not a whole number of zero or more`);
  const value = Number(text);
  if (!Number.isSafeInteger(value)) return fail('too_large', { value: raw }, `"${raw}" is too large`);
  return ok(value);
}

const CPV = /^(\d{8})(?:-(\d))?$/;

/** A CPV code stays text: `09310000` keeps its leading zero; the check digit is optional. */
export function parseCpv(raw: string): Parsed<string | null> {
  if (raw === '') return OK_NULL;
  const text = raw.trim();
  if (text === '') return OK_NULL;
  const match = CPV.exec(text);
  if (!match) return fail('not_a_cpv_code', { value: raw }, `"${raw}" is not a CPV code; write 8 digits, optionally with a check digit (45233162-2)`);
  return ok(text);
}
