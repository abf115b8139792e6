/**
 * The CSV tokenizer against an established parser (csv-parse) as the oracle: for any table of
 * fields — with delimiters, quotes, CR, LF and CRLF inside them — written as RFC 4180 with CRLF or LF
 * line ends and fed in chunks of any size, both read back the same records.
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeCsv } from '../../src/csv/tokenize.ts';

async function* chunked(text: string, sizes: number[]): AsyncGenerator<string> {
  for (let i = 0, k = 0; i < text.length; k++) {
    const size = Math.max(1, sizes[k % sizes.length]!);
    yield text.slice(i, i + size);
    i += size;
  }
}

async function tokenize(text: string, delimiter: string, sizes: number[]): Promise<string[][]> {
  const records: string[][] = [];
  for await (const row of tokenizeCsv(chunked(text, sizes), () => delimiter)) records.push(row.fields);
  return records;
}

/** A field written as a careful spreadsheet would: quoted when it must be (and sometimes when not). */
const write = (field: string, delimiter: string, alwaysQuote: boolean): string =>
  alwaysQuote || field === '' || field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;

const fieldText = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', ';', '"', '\n', '\r', '\r\n', '€', '1', '.'), maxLength: 12 });

describe('CSV tokenizer against csv-parse', () => {
  it('reads back every record the oracle reads, whatever the quoting, line ends and chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(',', ';'),
        fc.constantFrom('\r\n', '\n'),
        // A record whose every field is empty is a blank line to a data steward, and is skipped.
        fc.integer({ min: 1, max: 6 }).chain((width) =>
          fc.array(
            fc.array(fieldText, { minLength: width, maxLength: width }).filter((fields) => fields.some((f) => f !== '')),
            { minLength: 1, maxLength: 8 },
          ),
        ),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
        async (delimiter, lineEnd, table, alwaysQuote, sizes) => {
          const text = table.map((fields) => fields.map((f) => write(f, delimiter, alwaysQuote)).join(delimiter)).join(lineEnd) + lineEnd;
          const oracle: string[][] = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false });
          expect(oracle).toEqual(table);
          expect(await tokenize(text, delimiter, sizes)).toEqual(oracle);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with the oracle on a file without a final line break', async () => {
    const text = 'a;b\r\n1;"x\r\ny"';
    expect(await tokenize(text, ';', [3])).toEqual(parse(text, { delimiter: ';' }));
  });
});
