/**
 * A streaming RFC 4180 reader: quoted fields with doubled quotes, delimiters and line breaks
 * inside quotes, CRLF or LF. Yields each record with the spreadsheet row number of its first line.
 */
import { FileRejectedError } from '../types.ts';

export interface CsvRow {
  /** 1-based line number where the record starts; the header is row 1. */
  row: number;
  fields: string[];
}

/** Picks `;` or `,` from the header line: whichever occurs more often outside quotes. */
export function sniffDelimiter(headerLine: string): ';' | ',' | '\t' {
  let inQuotes = false;
  const counts = { ';': 0, ',': 0, '\t': 0 };
  for (const ch of headerLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

export async function* tokenizeCsv(texts: AsyncIterable<string>, delimiterFor: (firstLine: string) => string): AsyncGenerator<CsvRow> {
  for await (const rows of tokenizeCsvBatches(texts, delimiterFor)) yield* rows;
}

/**
 * The same rows as `tokenizeCsv`, as one array per text chunk: a reader of a million rows then
 * pays for one await per chunk rather than one per row.
 */
export async function* tokenizeCsvBatches(texts: AsyncIterable<string>, delimiterFor: (firstLine: string) => string): AsyncGenerator<CsvRow[]> {
  let delimiter: string | null = null;
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let afterQuote = false;
  let line = 1;
  let rowStart = 1;
  let buffered = '';
  let pendingCr = false;

  for await (const text of texts) {
    let chunk = text;
    if (delimiter === null) {
      buffered += chunk;
      const end = buffered.search(/\r?\n/);
      if (end < 0 && buffered.length < 1 << 20) continue;
      delimiter = delimiterFor(end < 0 ? buffered : buffered.slice(0, end));
      chunk = buffered;
      buffered = '';
    }
    const d = delimiter.charCodeAt(0);
    const out: CsvRow[] = [];
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (pendingCr) {
        pendingCr = false;
        if (c === 10) {
          start = i + 1;
          continue;
        }
      }
      if (inQuotes) {
        if (c === 34) {
          if (i + 1 < chunk.length) {
            if (chunk.charCodeAt(i + 1) === 34) {
              field += chunk.slice(start, i + 1);
              i++;
              start = i + 1;
            } else {
              field += chunk.slice(start, i);
              inQuotes = false;
              afterQuote = true;
              start = i + 1;
            }
          } else {
            // Quote at the end of the chunk: decide when the next chunk arrives.
            field += chunk.slice(start, i);
            inQuotes = false;
            afterQuote = true;
            start = i + 1;
          }
        } else if (c === 10) {
          line++;
        }
        continue;
      }
      if (c > 34 && c !== d) continue; // the common case: an ordinary character of a field
      if (afterQuote && c === 34 && start === i) {
        // A doubled quote split across chunks: it was an escaped quote after all.
        field += '"';
        inQuotes = true;
        afterQuote = false;
        start = i + 1;
        continue;
      }
      if (c === 34 && start === i && field === '' && !afterQuote) {
        inQuotes = true;
        start = i + 1;
        continue;
      }
      if (c === d) {
        fields.push(field === '' ? chunk.slice(start, i) : field + chunk.slice(start, i));
        field = '';
        afterQuote = false;
        start = i + 1;
      } else if (c === 10 || c === 13) {
        fields.push(field === '' ? chunk.slice(start, i) : field + chunk.slice(start, i));
        field = '';
        afterQuote = false;
        if (!(fields.length === 1 && fields[0] === '')) out.push({ row: rowStart, fields });
        fields = [];
        line++;
        rowStart = line;
        start = i + 1;
        if (c === 13) {
          if (i + 1 < chunk.length) {
            if (chunk.charCodeAt(i + 1) === 10) {
              i++;
              start = i + 1;
            }
          } else {
            pendingCr = true;
          }
        }
      }
    }
    field += chunk.slice(start);
    if (out.length > 0) yield out;
  }
  if (delimiter === null && buffered.length > 0) {
    // A file without any line break: one header line and no rows.
    yield* tokenizeCsvBatches(
      (async function* () {
        yield buffered + '\n';
      })(),
      delimiterFor,
    );
    return;
  }
  if (inQuotes) throw new FileRejectedError(`row ${rowStart}: a quoted field is never closed (the file may be truncated)`);
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    yield [{ row: rowStart, fields }];
  }
}
