/**
 * The bytes of an uploaded file, read chunk by chunk under a size limit. Readers never hold more
 * of a file than they need: a whole buffer is handed out in 64 KiB slices so that streaming
 * parsers yield items between slices just as they do for a real stream.
 */
import { FileRejectedError } from '../types.ts';

export type ByteInput = AsyncIterable<Uint8Array> | Uint8Array;

const SLICE_BYTES = 64 * 1024;

export function formatByteSize(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${+(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

function fileTooLarge(maxBytes: number): FileRejectedError {
  return new FileRejectedError(
    `the file is larger than the import limit of ${formatByteSize(maxBytes)}; split it into smaller files or raise the limit (maxBytes)`,
  );
}

const encoder = new TextEncoder();

function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === 'string') return encoder.encode(chunk);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  throw new FileRejectedError('the upload did not deliver bytes');
}

/** Pull-based reader over a buffer or an async stream of chunks, enforcing `maxBytes`. */
export class ByteSource {
  private iterator: AsyncIterator<unknown> | null = null;
  private pending: Uint8Array | null = null;
  private offset = 0;
  private done = false;
  bytesRead = 0;

  constructor(
    private readonly input: ByteInput,
    private readonly maxBytes: number,
  ) {
    if (input instanceof Uint8Array) {
      if (input.byteLength > maxBytes) throw fileTooLarge(maxBytes);
      this.pending = input;
    } else if (input == null || typeof (input as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] !== 'function') {
      throw new FileRejectedError('the upload is neither a byte buffer nor a stream');
    }
  }

  /** The next slice of at most 64 KiB, or null at the end of the file. */
  async next(): Promise<Uint8Array | null> {
    for (;;) {
      if (this.pending) {
        if (this.offset < this.pending.byteLength) {
          const slice = this.pending.subarray(this.offset, this.offset + SLICE_BYTES);
          this.offset += slice.byteLength;
          return slice;
        }
        this.pending = null;
        this.offset = 0;
      }
      if (this.done || this.input instanceof Uint8Array) {
        this.done = true;
        return null;
      }
      this.iterator ??= (this.input as AsyncIterable<unknown>)[Symbol.asyncIterator]();
      const step = await this.iterator.next();
      if (step.done) {
        this.done = true;
        return null;
      }
      const chunk = toBytes(step.value);
      this.bytesRead += chunk.byteLength;
      if (this.bytesRead > this.maxBytes) {
        this.done = true;
        await this.iterator.return?.();
        throw fileTooLarge(this.maxBytes);
      }
      this.pending = chunk;
    }
  }

  /** Stop reading early (releases the underlying stream). */
  async close(): Promise<void> {
    if (!this.done) {
      this.done = true;
      await this.iterator?.return?.();
    }
  }
}

/** The whole file in one buffer, for formats that need it (xlsx, a JSON package). */
export async function readAllBytes(input: ByteInput, maxBytes: number): Promise<Uint8Array> {
  if (input instanceof Uint8Array) {
    if (input.byteLength > maxBytes) throw fileTooLarge(maxBytes);
    return input;
  }
  const source = new ByteSource(input, maxBytes);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let chunk = await source.next(); chunk; chunk = await source.next()) {
    chunks.push(chunk);
    total += chunk.byteLength;
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}
