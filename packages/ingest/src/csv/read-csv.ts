import { FileRejectedError, type ImportItem, type ImportMessage, type ReadResult } from '../types.ts';
import { mapHeader, templateRowReader, totalsLabel, TrailingTotals } from '../template-rows.ts';
import { decodeText, type TextEncoding } from './decode.ts';
import { sniffDelimiter, tokenizeCsvBatches, type CsvRow } from './tokenize.ts';

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
  const batches = tokenizeCsvBatches(
    decodeText(source, (e) => (detected.encoding = e)),
    sniffDelimiter,
  )[Symbol.asyncIterator]();

  // The header is the first row; the rest of its batch are the first records.
  let pending: CsvRow[] | null = null;
  let first: CsvRow | undefined;
  while (!first) {
    const next = await batches.next();
    if (next.done) throw new FileRejectedError('the file is empty: it needs a header row and at least one record');
    [first, ...pending] = next.value;
  }
  const afterHeader = pending ?? [];
  const header = mapHeader(first.fields);
  const warnings: ImportMessage[] = [...header.warnings];
  if (detected.encoding === 'windows-1252') {
    warnings.push({ location: {}, column: null, message: 'the file is not UTF-8; it was read as Windows-1252 (Excel’s “CSV (semicolon separated)”)' });
  }
  const width = first.fields.length;
  const toItems = templateRowReader(header);
  const totals = new TrailingTotals();

  /** The items of a batch of rows, in order. */
  const itemsOf = (rows: readonly CsvRow[]): ImportItem[] => {
    const out: ImportItem[] = [];
    for (const { row, fields } of rows) {
      if (fields.every((f) => f.trim() === '')) continue;
      const label = totalsLabel(fields);
      if (label !== null) {
        const held: ImportItem[] = [];
        toItems(row, fields, held);
        totals.add(row, label, held, out);
        continue;
      }
      totals.release(out);
      if (fields.length > width && fields.slice(width).some((f) => f.trim() !== '')) {
        out.push({
          kind: 'error',
          location: { row },
          column: null,
          message: `row has ${fields.length} fields but the header has ${width}: check the separators and quotes`,
        });
        continue;
      }
      toItems(row, fields, out);
    }
    return out;
  };

  /** What the end of the file brings: a totals row held back as the last row is skipped. */
  const endOfFile = (): ImportItem[] => {
    const out: ImportItem[] = [];
    totals.finish(out);
    return out;
  };

  // A plain iterator over a buffer of items refilled one chunk of rows at a time: a million rows
  // cost one await each on a ready promise, not a generator frame per row. `nextBatch` hands out
  // a whole chunk's items at once, for a reader that can take them so (the import pipeline).
  let buffer = itemsOf(afterHeader);
  let index = 0;
  let done = false;
  const items: AsyncIterableIterator<ImportItem> & { nextBatch(): Promise<readonly ImportItem[] | null> } = {
    async nextBatch(): Promise<readonly ImportItem[] | null> {
      if (index < buffer.length) {
        const rest = index === 0 ? buffer : buffer.slice(index);
        buffer = [];
        index = 0;
        return rest;
      }
      while (!done) {
        const next = await batches.next();
        if (next.done) {
          done = true;
          const tail = endOfFile();
          if (tail.length > 0) return tail;
          break;
        }
        const chunk = itemsOf(next.value);
        if (chunk.length > 0) return chunk;
      }
      buffer = [];
      index = 0;
      return null;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<ImportItem>> {
      while (index >= buffer.length) {
        if (done) return { done: true, value: undefined };
        const next = await batches.next();
        if (next.done) {
          done = true;
          buffer = endOfFile();
        } else {
          buffer = itemsOf(next.value);
        }
        index = 0;
      }
      return { done: false, value: buffer[index++]! };
    },
    async return(): Promise<IteratorResult<ImportItem>> {
      done = true;
      buffer = [];
      await batches.return?.(undefined);
      return { done: true, value: undefined };
    },
  };
  const fieldColumns = Object.fromEntries(header.columns.map((c) => [c.column.field, c.header]));
  return { format: 'csv', warnings, items, fieldColumns };
}
