/** OCDS record packages of any size, written to disk a piece at a time, for tests of large files. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * A pretty-printed record package of `records` compiled releases for AWV (one award each), every
 * one padded with a long tender description so that the file reaches its size with few records.
 */
export async function writeRecordPackage(path: string, records: number, paddingChars: number): Promise<number> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const padding = 'Levering en plaatsing van duurzame kantoorinrichting. '.repeat(Math.ceil(paddingChars / 54)).slice(0, paddingChars);
  await write(
    '{\n  "uri": "https://example.org/koers/record-package.json",\n  "version": "1.1",\n  "publishedDate": "2020-01-01T00:00:00Z",\n  "records": [\n',
  );
  for (let i = 0; i < records; i++) {
    const ocid = `ocds-koers-${i}`;
    const record = {
      ocid,
      compiledRelease: {
        ocid,
        id: `${ocid}-compiled`,
        date: '2019-02-01T00:00:00Z',
        tag: ['compiled'],
        buyer: { name: 'Agentschap Wegen en Verkeer' },
        tender: { description: padding, items: [{ id: '1', classification: { scheme: 'CPV', id: '30197630' } }] },
        awards: [{ id: 'aw-1', status: 'active', date: '2019-01-31', value: { amount: 1000 + i, currency: 'EUR' } }],
      },
    };
    await write(`${i > 0 ? ',\n' : ''}    ${JSON.stringify(record, null, 2).replace(/\n/g, '\n    ')}`);
  }
  await write('\n  ],\n  "publisher": { "name": "Koers" }\n}\n');
  out.end();
  await once(out, 'finish');
  return out.bytesWritten;
}
