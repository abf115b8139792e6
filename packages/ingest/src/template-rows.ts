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
  type TemplateColumn,
} from '@koers/domain';
import { FileRejectedError, type DraftRecord, type ImportItem, type ImportMessage } from './types.ts';

const normalizeHeader = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

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
      warnings.push({ location: { row: 1 }, column: header, message: `unknown column "${header}" is ignored` });
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
      `the header (row 1) lacks the required column${missing.length > 1 ? 's' : ''} ${missing
        .map((c) => `${c.name} (or ${c.alias})`)
        .join(', ')}`,
    );
  }
  return { columns, warnings };
}

const PARSERS: Record<TemplateColumn['type'], (raw: string) => Parsed<unknown>> = {
  text: (raw) => ({ ok: true, value: raw.trim() === '' ? null : raw.trim() }),
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
  const draft: Record<string, unknown> = {};
  const errors: ImportItem[] = [];
  let entityText = '';
  for (const { column, index, header: name } of header.columns) {
    const raw = cellText(cells[index]);
    if (column.required && raw.trim() === '') {
      const what = column.field === 'dossierId' || column.field === 'entity' ? 'is empty: it is part of the record key' : 'is required';
      errors.push({ kind: 'error', location: { row }, column: name, message: `${name} ${what}` });
      continue;
    }
    if (column.field === 'entity') {
      entityText = raw.trim();
      continue;
    }
    const parsed = PARSERS[column.type](raw);
    if (!parsed.ok) {
      errors.push({ kind: 'error', location: { row }, column: name, message: parsed.message });
      continue;
    }
    draft[column.field] = parsed.value;
  }
  if (errors.length > 0) return errors;
  const record: DraftRecord = {
    buyer: { text: entityText },
    dossierId: String(draft.dossierId),
    awardDate: String(draft.awardDate),
    title: (draft.title as string | null) ?? null,
    cpv: (draft.cpv as string | null) ?? null,
    productGroup: (draft.productGroup as string | null) ?? null,
    valueEur: (draft.valueEur as number | null) ?? null,
    amount: (draft.valueEur as number | null) ?? null,
    currency: 'EUR',
    criteria: (draft.criteria as DraftRecord['criteria']) ?? null,
    innovative: (draft.innovative as boolean | null) ?? null,
    socialClause: (draft.socialClause as boolean | null) ?? null,
    circular: (draft.circular as boolean | null) ?? null,
    smeWinner: (draft.smeWinner as boolean | null) ?? null,
    framework: (draft.framework as boolean | null) ?? null,
    eSubmission: (draft.eSubmission as boolean | null) ?? null,
    procedure: (draft.procedure as DraftRecord['procedure']) ?? null,
    tendersReceived: (draft.tendersReceived as number | null) ?? null,
    supplier: (draft.supplier as string | null) ?? null,
  };
  return [{ kind: 'record', location: { row }, draft: record }];
}
