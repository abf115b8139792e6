/**
 * Maps rows of the registration template (from CSV or Excel) onto draft records: header names
 * in Dutch or English, in any order, and cell values through the domain's field parsers.
 * Shared by every tabular format so both report the same errors for the same mistakes.
 */
import {
  TEMPLATE_COLUMNS,
  parseBoolean,
  parseCpv,
  parseCriteria,
  parseDate,
  parseDecimal,
  parseInteger,
  parseProcedure,
  type Parsed,
  type Problem,
  type TemplateColumn,
  unprotectFormulaText,
} from '@koers/domain';
import { FileRejectedError, type DraftRecord, type ImportItem, type ImportMessage } from './types.ts';

const normalizeHeader = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const BY_HEADER = new Map<string, TemplateColumn>();
for (const column of TEMPLATE_COLUMNS) {
  BY_HEADER.set(column.name, column);
  BY_HEADER.set(column.alias, column);
}

export interface HeaderMap {
  /** For each template column found, its index and the header text as the file wrote it. */
  columns: { column: TemplateColumn; index: number; header: string }[];
  warnings: ImportMessage[];
}

export function mapHeader(headers: readonly string[]): HeaderMap {
  const columns: HeaderMap['columns'] = [];
  const warnings: ImportMessage[] = [];
  const seen = new Map<string, string>();
  headers.forEach((raw, index) => {
    const header = raw.replace(/^\uFEFF/, '');
    if (header.trim() === '') return;
    const column = BY_HEADER.get(normalizeHeader(header));
    if (!column) {
      warnings.push({
        location: { row: 1 },
        column: header,
        message: `unknown column "${header}" is ignored`,
        problem: { code: 'unknown_column', params: { column: header } },
      });
      return;
    }
    const earlier = seen.get(column.name);
    if (earlier !== undefined) {
      throw new FileRejectedError(`columns "${earlier}" and "${header}" both hold ${column.name}; keep one of them`);
    }
    seen.set(column.name, header);
    columns.push({ column, index, header });
  });
  const missing = TEMPLATE_COLUMNS.filter((c) => c.required && !seen.has(c.name));
  if (missing.length > 0) {
    throw new FileRejectedError(
      `the header (row 1) lacks the required column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `${c.name} (or ${c.alias})`).join(', ')}`,
    );
  }
  return { columns, warnings };
}

const PARSERS: Record<TemplateColumn['type'], (raw: string) => Parsed<unknown>> = {
  text: (raw) => {
    // A cell Koers exported as `'=…` (so no spreadsheet evaluates it) stands for `=…`.
    const value = unprotectFormulaText(raw.trim());
    return { ok: true, value: value === '' ? null : value };
  },
  date: parseDate,
  decimal: parseDecimal,
  integer: parseInteger,
  boolean: parseBoolean,
  criteria: parseCriteria,
  procedure: parseProcedure,
  cpv: parseCpv,
};

/** Typed cell values from a spreadsheet are converted to text before parsing. */
export type CellValue = string | number | boolean | Date | null | undefined;

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** One template row to a draft record, or every error it holds. */
export function templateRowToItems(header: HeaderMap, row: number, cells: readonly CellValue[]): ImportItem[] {
  const out: ImportItem[] = [];
  templateRowReader(header)(row, cells, out);
  return out;
}

/**
 * A reader of the rows under one header: appends each row's draft record, or every error it
 * holds, to `out`. The per-column work (parser, messages) is settled once per file, not per row.
 */
export function templateRowReader(header: HeaderMap): (row: number, cells: readonly CellValue[], out: ImportItem[]) => void {
  const columns = header.columns.map(({ column, index, header: name }) => ({
    index,
    name,
    field: column.field,
    required: column.required,
    text: column.type === 'text',
    parse: PARSERS[column.type],
    missing: `${name} ${column.field === 'dossierId' || column.field === 'entity' ? 'is empty: it is part of the record key' : 'is required'}`,
    missingProblem: {
      code: column.field === 'dossierId' || column.field === 'entity' ? 'key_part_empty' : 'required_empty',
      params: { column: name },
    } as const satisfies Problem,
  }));
  return (row, cells, out) => {
    // Every field present from the start, so every record has the same shape.
    const record: DraftRecord = {
      buyer: { text: '' },
      dossierId: '',
      awardDate: '',
      title: null,
      cpv: null,
      productGroup: null,
      valueEur: null,
      amount: null,
      currency: 'EUR',
      criteria: null,
      innovative: null,
      socialClause: null,
      circular: null,
      smeWinner: null,
      framework: null,
      eSubmission: null,
      procedure: null,
      tendersReceived: null,
      supplier: null,
    };
    const fields = record as unknown as Record<string, unknown>;
    let failed = false;
    for (const column of columns) {
      const cell = cells[column.index];
      const raw = typeof cell === 'string' ? cell : cellText(cell);
      if (column.required && (raw === '' || raw.trim() === '')) {
        out.push({ kind: 'error', location: { row }, column: column.name, message: column.missing, problem: column.missingProblem });
        failed = true;
        continue;
      }
      if (column.field === 'entity') {
        record.buyer.text = unprotectFormulaText(raw.trim());
        continue;
      }
      if (column.text) {
        const value = unprotectFormulaText(raw.trim());
        fields[column.field] = value === '' ? null : value;
        continue;
      }
      const parsed = column.parse(raw);
      if (!parsed.ok) {
        out.push({ kind: 'error', location: { row }, column: column.name, message: parsed.message, problem: { code: parsed.code, params: parsed.params } });
        failed = true;
        continue;
      }
      fields[column.field] = parsed.value;
    }
    if (failed) return;
    record.amount = record.valueEur;
    out.push({ kind: 'record', location: { row }, draft: record });
  };
}

/** What a spreadsheet's totals row says in its first cell: `Totaal`, `Total`, `Eindtotaal:` … */
const TOTALS_LABEL = /^(?:grand\s+|sub)?(?:totaal|totalen|total|totals|eindtotaal|subtotaal|totaal\s+generaal|total\s+g[ée]n[ée]ral|som|sum)\s*:?$/i;

/** The totals label the row starts with (its first cell that is not empty), or null. */
export function totalsLabel(cells: readonly unknown[]): string | null {
  for (const cell of cells) {
    if (cell === null || cell === undefined) continue;
    const text = typeof cell === 'string' ? cell.trim() : '';
    if (text === '' && typeof cell === 'string') continue;
    return text.length <= 30 && TOTALS_LABEL.test(text) ? text : null;
  }
  return null;
}

/**
 * Spreadsheets exported for people often end with a totals row (`Totaal`, the sum of the amounts):
 * it is not a record. A row that starts with such a label is held back; when another row follows,
 * it was not the last and its items (errors, as a rule) go out as usual; when the file ends, it is
 * skipped with a warning instead.
 */
export class TrailingTotals {
  private held: { row: number; label: string; items: ImportItem[] } | null = null;

  /** The row's items go to `out`, or are held when the row reads as a totals row. */
  add(row: number, label: string | null, items: readonly ImportItem[], out: ImportItem[]): void {
    this.release(out);
    if (label !== null) this.held = { row, label, items: [...items] };
    else for (const item of items) out.push(item);
  }

  /** A row follows the held one: the held row was not the last, so its items go out as usual. */
  release(out: ImportItem[]): void {
    if (!this.held) return;
    for (const item of this.held.items) out.push(item);
    this.held = null;
  }

  /** The file ended: a held totals row is skipped, with a warning that says so. */
  finish(out: ImportItem[]): void {
    if (!this.held) return;
    const { row, label } = this.held;
    this.held = null;
    const message = `row ${row} reads "${label}": a totals row at the end of the file, not a record; it was skipped`;
    out.push({
      kind: 'skip',
      location: { row },
      reason: message,
      warning: { location: { row }, column: null, message, problem: { code: 'totals_row_skipped', params: { label } } },
    });
  }
}
