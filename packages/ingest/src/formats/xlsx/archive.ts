/**
 * The zip-bomb check of an Excel upload, run before exceljs unpacks anything: every part of the
 * archive is inflated once, counting the bytes that actually come out and discarding them, and
 * the file is refused as soon as they pass twice the file size limit. The sizes the ZIP
 * directory declares are checked first, as a quick refusal of honest bombs, but never trusted:
 * a directory can lie.
 */
import { createInflateRaw } from 'node:zlib';
import { FileRejectedError } from '../../types.ts';
import { formatByteSize } from '../byte-source.ts';
import { detectFormat } from '../detect.ts';

interface ZipEntry {
  name: string;
  uncompressedSize: number;
  method: number;
  compressedSize: number;
  localHeader: number;
}

function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of up to 65535 bytes, at the very end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new FileRejectedError('the Excel file is damaged or incomplete: its ZIP directory is missing (was the upload cut off?)');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) {
      throw new FileRejectedError('the Excel file is damaged: its ZIP directory is corrupt');
    }
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const localHeader = view.getUint32(at + 42, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) throw new FileRejectedError('the Excel file is damaged: its ZIP directory is corrupt');
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, uncompressedSize, method, compressedSize, localHeader });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function unpacksTooLarge(limit: number): FileRejectedError {
  return new FileRejectedError(`the Excel workbook unpacks to more than ${formatByteSize(limit)}, more than the import allows; split it into smaller files`);
}

const damaged = () => new FileRejectedError('the Excel file is damaged: a part of it cannot be unpacked');

/** The compressed bytes of an entry, found through its local header as an unzipper finds them. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw damaged();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start > bytes.length) throw damaged();
  return bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
}

/** Inflates the data, throwing the output away, and answers how many bytes came out (stopping past `budget`). */
function inflatedBytes(data: Uint8Array, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: 256 * 1024 });
    let total = 0;
    inflater.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        inflater.destroy();
        resolve(total);
      }
    });
    inflater.on('end', () => resolve(total));
    inflater.on('error', () => reject(damaged()));
    inflater.end(data);
  });
}

/** Counts what the archive really unpacks to, part by part, refusing it once past the limit. */
async function checkInflation(bytes: Uint8Array, entries: readonly ZipEntry[], limit: number): Promise<void> {
  let total = 0;
  for (const entry of entries) {
    if (entry.method === 0) total += entry.compressedSize;
    else if (entry.method === 8) total += await inflatedBytes(entryData(bytes, entry), limit - total);
    else throw new FileRejectedError(`the Excel file is damaged or not a workbook: part ${entry.name} is packed with an unknown method (${entry.method})`);
    if (total > limit) throw unpacksTooLarge(limit);
  }
}

export async function checkArchive(bytes: Uint8Array, maxBytes: number): Promise<void> {
  const kind = detectFormat(bytes.subarray(0, 64 * 1024));
  if (typeof kind === 'object' || kind !== 'xlsx') {
    throw new FileRejectedError(`this is not an Excel workbook (.xlsx): the file is ${typeof kind === 'object' ? kind.unknown : `${kind} data`}`);
  }
  const entries = zipEntries(bytes);
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) {
    throw new FileRejectedError('this is not an Excel workbook (.xlsx): the file is a ZIP archive that is not an Excel workbook');
  }
  const limit = 2 * maxBytes;
  // 0xFFFFFFFF marks a ZIP64 size, which only archives far beyond any limit here use.
  const total = entries.reduce((sum, entry) => sum + (entry.uncompressedSize === 0xffffffff ? Infinity : entry.uncompressedSize), 0);
  if (total > limit) throw unpacksTooLarge(limit);
  await checkInflation(bytes, entries, limit);
}
