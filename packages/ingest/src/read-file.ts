/**
 * Opens any supported file: detects its format from its content (never its name) and hands it to
 * the reader of that format.
 */
import { readCsv } from './csv/read-csv.ts';
import { DETECT_HEAD_BYTES, detectFormat, readEforms, readOcds, readTedXml, readXlsx, type ReaderOptions } from './formats/index.ts';
import { FileRejectedError, type ImportFormat, type ReadResult } from './types.ts';

export interface FileSource {
  name: string;
  /** The file on disk, when it is one: a large CSV file is then read and checked in a worker thread. */
  path?: string;
  /** Opens the bytes from the start; called once for detection and once for reading. */
  open(): AsyncIterable<Uint8Array>;
}

export const ACCEPTED_FORMATS =
  'the registration template as CSV or Excel (.xlsx), OCDS 1.1 JSON (release or record package, or JSON lines), eForms contract award notices, or TED XML (R2.0.9) award notices';

export async function readHead(source: FileSource, bytes = DETECT_HEAD_BYTES): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source.open()) {
    parts.push(chunk);
    size += chunk.length;
    if (size >= bytes) break;
  }
  return Buffer.concat(parts).subarray(0, bytes);
}

const READERS: Record<ImportFormat, (input: AsyncIterable<Uint8Array>, options?: ReaderOptions) => Promise<ReadResult>> = {
  csv: (input) => readCsv(input),
  xlsx: readXlsx,
  ocds: readOcds,
  eforms: readEforms,
  'ted-xml': readTedXml,
};

export async function readImportFile(source: FileSource, options: ReaderOptions = {}): Promise<ReadResult> {
  const head = await readHead(source);
  if (head.length === 0) throw new FileRejectedError('the file is empty');
  const format = detectFormat(head);
  if (typeof format !== 'string') {
    throw new FileRejectedError(`the file looks like ${format.unknown}; Koers accepts ${ACCEPTED_FORMATS}`);
  }
  return READERS[format](source.open(), options);
}
