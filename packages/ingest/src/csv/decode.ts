/**
 * Turns the bytes of a text file into text: UTF-8 with or without BOM, or Windows-1252 (what
 * Excel on a Belgian machine writes). The choice is made on the first megabyte; a file that
 * changes encoding after that is rejected rather than read with garbled characters.
 */
import { isUtf8 } from 'node:buffer';
import { FileRejectedError } from '../types.ts';

const SNIFF_BYTES = 1 << 20;

export type TextEncoding = 'utf-8' | 'windows-1252';

/**
 * Valid UTF-8, allowing (when more bytes follow) one multi-byte sequence cut off at the end of
 * the sample.
 */
function looksUtf8(sample: Uint8Array, final: boolean): boolean {
  if (isUtf8(sample)) return true;
  if (final) return false;
  for (let k = sample.length - 1; k >= Math.max(0, sample.length - 3); k--) {
    const byte = sample[k]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    return byte >= 0xc0 && isUtf8(sample.subarray(0, k));
  }
  return false;
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, curly quotes, dashes…); Node's own
// decoder treats that range as Latin-1 control characters, so the table is applied here.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const windows1252Decoder = {
  decode(bytes: Uint8Array): string {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString('latin1')
      .replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]!);
  },
};

/**
 * Streaming UTF-8 with Node's own fast paths: a chunk is cut after its last complete character,
 * validated (simdutf) and decoded by Buffer; the cut-off bytes go in front of the next chunk.
 * Same contract as `TextDecoder('utf-8', { fatal: true })` with `stream`: throws on invalid
 * bytes, drops a leading BOM.
 */
class Utf8StreamDecoder {
  private carry: Buffer | null = null;
  private first = true;

  decode(bytes: Uint8Array, options: { stream: boolean }): string {
    let buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (this.carry) {
      buffer = Buffer.concat([this.carry, buffer]);
      this.carry = null;
    }
    let end = buffer.length;
    if (options.stream) {
      end = completeUtf8Length(buffer);
      if (end < buffer.length) this.carry = Buffer.from(buffer.subarray(end));
    }
    const complete = buffer.subarray(0, end);
    if (!isUtf8(complete)) throw new TypeError('invalid UTF-8');
    let start = 0;
    if (this.first && complete.length > 0) {
      this.first = false;
      if (complete[0] === 0xef && complete[1] === 0xbb && complete[2] === 0xbf) start = 3;
    }
    return complete.toString('utf8', start);
  }
}

/** The length of the longest prefix that does not end inside a multi-byte character. */
function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = n - 1; k >= Math.max(0, n - 4); k--) {
    const byte = bytes[k]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return k + size <= n ? n : k;
  }
  return n;
}

export async function* decodeText(chunks: AsyncIterable<Uint8Array>, onEncoding?: (encoding: TextEncoding) => void): AsyncGenerator<string> {
  let pending: Uint8Array[] = [];
  let pendingSize = 0;
  let decoder: { decode(bytes: Uint8Array, options: { stream: boolean }): string } | null = null;
  let decodedBytes = 0;

  const choose = (final: boolean) => {
    const sample = Buffer.concat(pending);
    const hasBom = sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf;
    const encoding: TextEncoding = hasBom || looksUtf8(sample, final) ? 'utf-8' : 'windows-1252';
    onEncoding?.(encoding);
    // fatal: a later invalid byte throws instead of silently becoming U+FFFD; the BOM is dropped.
    decoder = encoding === 'utf-8' ? new Utf8StreamDecoder() : windows1252Decoder;
    return sample;
  };
  const decode = (bytes: Uint8Array, stream: boolean): string => {
    try {
      const text = decoder!.decode(bytes, { stream });
      decodedBytes += bytes.length;
      return text;
    } catch {
      throw new FileRejectedError(`the file is not valid UTF-8 after byte ${decodedBytes} although it started as UTF-8; save it again as "CSV UTF-8"`);
    }
  };

  for await (const chunk of chunks) {
    if (!decoder) {
      pending.push(chunk);
      pendingSize += chunk.length;
      if (pendingSize < SNIFF_BYTES) continue;
      const sample = choose(false);
      pending = [];
      yield decode(sample, true);
      continue;
    }
    yield decode(chunk, true);
  }
  if (!decoder) {
    const sample = choose(true);
    yield decode(sample, false);
  } else {
    yield decode(new Uint8Array(0), false);
  }
}
