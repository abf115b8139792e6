/**
 * Opens any supported file: detects its format from its content (never its name) and hands it to
 * the reader of that format.
 */
import { readCsv } from './csv/read-csv.ts';
import { FileRejectedError, type ReadResult } from './types.ts';

export interface FileSource {
  name: string;
  /** Opens the bytes from the start; called once for detection and once for reading. */
  open(): AsyncIterable<Uint8Array>;
}

const HEAD_BYTES = 64 * 1024;

export async function readHead(source: FileSource): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source.open()) {
    parts.push(chunk);
    size += chunk.length;
    if (size >= HEAD_BYTES) break;
  }
  return Buffer.concat(parts).subarray(0, HEAD_BYTES);
}

export async function readImportFile(source: FileSource): Promise<ReadResult> {
  const head = await readHead(source);
  if (head.length === 0) throw new FileRejectedError('the file is empty');
  return readCsv(source.open());
}
