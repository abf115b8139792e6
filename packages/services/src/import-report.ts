import type { ImportReport as ContractImportReport } from '@koers/contract';
import type { Problem } from '@koers/domain';
import type { ImportFormat, SourceLocation } from '@koers/ingest';

/** One problem in a file, located as the data steward will look it up (the contract's shape). */
export type ReportMessage = ContractImportReport['errors'][number];

export type ReportSkip = ContractImportReport['skips'][number];

/**
 * The answer to every import, identical from the CLI (`--json`) and the API: the contract's shape,
 * with the format one this package reads. `accepted` counts new records, `updated` changed ones,
 * `unchanged` identical ones, `rejected` invalid rows or lots. When `applied` is false (dry run,
 * or an all-or-nothing import with errors) the counts say what would have happened and nothing
 * was written.
 */
export interface ImportReport extends Omit<ContractImportReport, 'format'> {
  format: ImportFormat | null;
}

export type MessageTotals = NonNullable<ContractImportReport['messageTotals']>;

/**
 * The report with at most `max` errors, warnings and skips each, and their totals, for a reader
 * that shows a page at a time: a file whose every row is wrong has as many errors as rows. The
 * stored report keeps them all.
 */
export function firstMessages<R extends Pick<ImportReport, 'errors' | 'warnings' | 'skips'>>(report: R, max: number): R & { messageTotals?: MessageTotals } {
  if (report.errors.length <= max && report.warnings.length <= max && report.skips.length <= max) return report;
  return {
    ...report,
    errors: report.errors.slice(0, max),
    warnings: report.warnings.slice(0, max),
    skips: report.skips.slice(0, max),
    messageTotals: { errors: report.errors.length, warnings: report.warnings.length, skips: report.skips.length },
  };
}

/** How far a running import has read: bytes of the file and the rows (or lots) turned into items. */
export interface ImportProgress {
  bytesRead: number;
  bytesTotal: number;
  rowsRead: number;
}

/** The report of an import that was stopped before it could finish: nothing written, and why. */
export function stoppedReport(start: { file: string; mode: ImportReport['mode']; dryRun: boolean; importId: number }, message: string): ImportReport {
  const base = {
    ...start,
    format: null,
    applied: false,
    accepted: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    skipped: 0,
    errors: [{ row: null, column: null, message }],
    warnings: [],
    skips: [],
    addedEntities: [],
  };
  return { ...base, summary: summarize(base) };
}

export function toMessage(location: SourceLocation, column: string | null, message: string, problem?: Problem): ReportMessage {
  const out: ReportMessage = { row: location.row ?? null, column, message };
  if (location.notice) out.notice = location.notice;
  if (location.lot) out.lot = location.lot;
  if (problem) {
    out.code = problem.code;
    out.params = problem.params;
  }
  return out;
}

export function summarize(r: Omit<ImportReport, 'summary'>): string {
  const counts = `${r.accepted} new, ${r.updated} updated, ${r.unchanged} unchanged, ${r.rejected} rejected${r.skipped ? `, ${r.skipped} skipped` : ''}`;
  if (r.format === null) return `${r.file}: rejected whole: ${r.errors[0]?.message ?? 'unreadable'}`;
  if (r.dryRun) return `${r.file}: dry run, nothing written; would be ${counts}`;
  if (!r.applied && r.mode === 'partial') return `${r.file}: rejected whole, nothing written: ${r.errors[0]?.message ?? ''}`;
  if (!r.applied)
    return `${r.file}: rejected whole, nothing written (${r.rejected} invalid row${r.rejected === 1 ? '' : 's'}); use partial mode to load the valid rows`;
  return `${r.file}: ${counts}`;
}

/**
 * The report as someone who may not import it reads it: no rejected cell is quoted. A steward who
 * pasted a national-register number or an IBAN into the wrong column must not publish it. Cell
 * values are the `value` of a message's params (the cell as written); they are replaced by `…` in
 * the params and in the sentence, which keep the row, the column and what was wrong.
 */
export function withoutCellValues(report: ImportReport): ImportReport {
  const redact = (message: ReportMessage): ReportMessage => {
    const value = message.params?.value;
    if (value === undefined || value === '') return message;
    // The dashboard words coded messages from their params: it then says "…" where the cell was.
    return { ...message, message: message.message.split(String(value)).join('…'), params: { ...message.params, value: '…' } };
  };
  if (!Array.isArray(report.errors)) return report; // a running import's empty report
  return { ...report, errors: report.errors.map(redact), warnings: report.warnings.map(redact) };
}

/** Whether a caller may read the cell values an import's report quotes: an administrator, or whoever made the import. */
export function mayReadCellValues(principal: { role: string; actor: string } | null, importActor: string): boolean {
  return principal !== null && (principal.role === 'admin' || principal.actor === importActor);
}
