/**
 * Writes every record back in the registration template: UTF-8, comma separated, Dutch headers,
 * values in the forms the importer reads back unchanged (ISO dates, `1234.56`, `ja`/`nee`), and
 * text a spreadsheet would take for a formula written as text (`'=…`), which the importer undoes.
 */
import { CRITERIA_EXPORT_WORDS, protectFormulaText, TEMPLATE_COLUMNS, type ProcurementRecord } from '@koers/domain';
import { streamRecords, type Db } from '@koers/db';

/** A CSV cell: never evaluated by a spreadsheet (see spreadsheet-text.ts), quoted where needed. */
function cell(raw: string): string {
  const value = protectFormulaText(raw);
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

export function templateCells(record: ProcurementRecord): string[] {
  return TEMPLATE_COLUMNS.map(({ field }) => {
    const value = record[field];
    if (value === null || value === undefined) return '';
    if (field === 'criteria') return CRITERIA_EXPORT_WORDS[value as keyof typeof CRITERIA_EXPORT_WORDS];
    if (typeof value === 'boolean') return value ? 'ja' : 'nee';
    return String(value);
  });
}

export async function* exportTemplateCsv(db: Db): AsyncGenerator<string> {
  yield TEMPLATE_COLUMNS.map((c) => c.name).join(',') + '\n';
  let lines: string[] = [];
  for await (const record of streamRecords(db.kysely)) {
    lines.push(templateCells(record).map(cell).join(','));
    if (lines.length === 1_000) {
      yield lines.join('\n') + '\n';
      lines = [];
    }
  }
  if (lines.length) yield lines.join('\n') + '\n';
}
