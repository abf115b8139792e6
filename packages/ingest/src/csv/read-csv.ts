import { FileRejectedError, type ImportItem, type ImportMessage, type ReadResult } from '../types.ts';
import { mapHeader, templateRowToItems } from '../template-rows.ts';
import { decodeText, type TextEncoding } from './decode.ts';
import { sniffDelimiter, tokenizeCsv } from './tokenize.ts';

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/**
 * Reads the registration template as CSV: comma, semicolon or tab separated, UTF-8 (with or
 * without BOM) or Windows-1252, CRLF or LF. The header must be the first line.
 */
export async function readCsv(input: AsyncIterable<Uint8Array> | Uint8Array): Promise<ReadResult> {
  const source = input instanceof Uint8Array ? once(input) : input;
  const detected: { encoding: TextEncoding } = { encoding: 'utf-8' };
  const rows = tokenizeCsv(
    decodeText(source, (e) => (detected.encoding = e)),
    sniffDelimiter,
  )[Symbol.asyncIterator]();

  const first = await rows.next();
  if (first.done) throw new FileRejectedError('the file is empty: it needs a header row and at least one record');
  const header = mapHeader(first.value.fields);
  const warnings: ImportMessage[] = [...header.warnings];
  if (detected.encoding === 'windows-1252') {
    warnings.push({ location: {}, column: null, message: 'the file is not UTF-8; it was read as Windows-1252 (Excel’s “CSV (semicolon separated)”)' });
  }
  const width = first.value.fields.length;

  async function* items(): AsyncGenerator<ImportItem> {
    for (;;) {
      const next = await rows.next();
      if (next.done) return;
      const { row, fields } = next.value;
      if (fields.every((f) => f.trim() === '')) continue;
      if (fields.length > width && fields.slice(width).some((f) => f.trim() !== '')) {
        yield {
          kind: 'error',
          location: { row },
          column: null,
          message: `row has ${fields.length} fields but the header has ${width}: check the separators and quotes`,
        };
        continue;
      }
      yield* templateRowToItems(header, row, fields);
    }
  }
  const fieldColumns = Object.fromEntries(header.columns.map((c) => [c.column.field, c.header]));
  return { format: 'csv', warnings, items: items(), fieldColumns };
}
