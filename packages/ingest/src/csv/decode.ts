/**
 * Turns the bytes of a text file into text: UTF-8 with or without BOM, or Windows-1252 (what
 * Excel on a Belgian machine writes). The choice is made on the first megabyte; a file that
 * changes encoding after that is rejected rather than read with garbled characters.
 */
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { FileRejectedError } from '../types.ts';

const SNIFF_BYTES = 1 << 20;

export type TextEncoding = 'utf-8' | 'windows-1252';

/** Valid UTF-8 except possibly a multi-byte sequence cut at the end of the sample. */
function looksUtf8(sample: Uint8Array): boolean {
  for (let cut = 0; cut <= 3 && cut < sample.length; cut++) {
    if (isUtf8(sample.subarray(0, sample.length - cut))) return true;
  }
  return sample.length === 0;
}

export async function* decodeText(
  chunks: AsyncIterable<Uint8Array>,
  onEncoding?: (encoding: TextEncoding) => void,
): AsyncGenerator<string> {
  let pending: Uint8Array[] = [];
  let pendingSize = 0;
  let decoder: TextDecoder | null = null;
  let decodedBytes = 0;

  const choose = () => {
    const sample = Buffer.concat(pending);
    const hasBom = sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf;
    const encoding: TextEncoding = hasBom || looksUtf8(sample) ? 'utf-8' : 'windows-1252';
    onEncoding?.(encoding);
    // fatal: a later invalid byte throws instead of silently becoming U+FFFD; the BOM is dropped.
    decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
    return sample;
  };
  const decode = (bytes: Uint8Array, stream: boolean): string => {
    try {
      const text = decoder!.decode(bytes, { stream });
      decodedBytes += bytes.length;
      return text;
    } catch {
      throw new FileRejectedError(
        `the file is not valid UTF-8 after byte ${decodedBytes} although it started as UTF-8; save it again as "CSV UTF-8"`,
      );
    }
  };

  for await (const chunk of chunks) {
    if (!decoder) {
      pending.push(chunk);
      pendingSize += chunk.length;
      if (pendingSize < SNIFF_BYTES) continue;
      const sample = choose();
      pending = [];
      yield decode(sample, true);
      continue;
    }
    yield decode(chunk, true);
  }
  if (!decoder) {
    const sample = choose();
    yield decode(sample, false);
  } else {
    yield decode(new Uint8Array(0), false);
  }
}
