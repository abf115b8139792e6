import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/csv/decode.ts';
import { sniffDelimiter, tokenizeCsv } from '../../src/csv/tokenize.ts';
import { FileRejectedError } from '../../src/types.ts';

async function* chunksOf(text: string, sizes: number[]): AsyncGenerator<string> {
  let i = 0;
  let k = 0;
  while (i < text.length) {
    const size = Math.max(1, sizes[k++ % sizes.length] ?? 7);
    yield text.slice(i, i + size);
    i += size;
  }
}

async function parse(text: string, sizes: number[] = [1 << 20]) {
  const rows = [];
  for await (const row of tokenizeCsv(chunksOf(text, sizes), sniffDelimiter)) rows.push(row);
  return rows;
}

const quoteField = (f: string, d: string) => (f.includes(d) || /["\r\n]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f);

describe('CSV tokenizer', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, and counts rows as a spreadsheet does', async () => {
    const rows = await parse('a;b;c\r\n1;"x;y";"say ""hi"""\r\n2;"two\nlines";z\r\n3;;\r\n');
    expect(rows).toEqual([
      { row: 1, fields: ['a', 'b', 'c'] },
      { row: 2, fields: ['1', 'x;y', 'say "hi"'] },
      { row: 3, fields: ['2', 'two\nlines', 'z'] },
      { row: 5, fields: ['3', '', ''] },
    ]);
  });

  it('picks the semicolon or comma from the header', () => {
    expect(sniffDelimiter('dossier_id;entiteit;"a,b"')).toBe(';');
    expect(sniffDelimiter('dossier_id,entiteit,bedrag')).toBe(',');
  });

  it('gives the same rows whatever the chunk boundaries', async () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é', ';'), maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('\n', '\r\n'),
        async (records, sizes, eol) => {
          const header = ['h1', 'h2', 'h3'];
          const text = [header, ...records].map((r) => r.map((f) => quoteField(f, ',')).join(',')).join(eol) + eol;
          const whole = await parse(text);
          const chunked = await parse(text, sizes);
          expect(chunked).toEqual(whole);
          expect(whole.map((r) => r.fields)).toEqual([header, ...records]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects a file whose quoted field never closes', async () => {
    await expect(parse('a,b\n1,"open\n')).rejects.toBeInstanceOf(FileRejectedError);
  });
});

describe('text decoding', () => {
  const decode = async (bytes: Uint8Array) => {
    let encoding = '';
    let text = '';
    for await (const t of decodeText(
      (async function* () {
        yield bytes;
      })(),
      (e) => (encoding = e),
    ))
      text += t;
    return { text, encoding };
  };

  it('reads UTF-8 with a BOM without keeping the BOM', async () => {
    expect(await decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x63, 0x61, 0x66, 0xc3, 0xa9]))).toEqual({ text: 'café', encoding: 'utf-8' });
  });

  it('reads Windows-1252 when the bytes are not UTF-8, euro sign included', async () => {
    expect(await decode(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80]))).toEqual({ text: 'café €', encoding: 'windows-1252' });
  });
});
