/**
 * Reading OCDS text: JSON lines one line at a time, the rest of a file in chunks or whole, and
 * JSON.parse failures worded for the data steward (what is wrong, at which line and column).
 */
import { FileRejectedError } from '../../types.ts';
import type { ByteSource } from '../byte-source.ts';
import type { Json } from './json.ts';

export class LineReader {
  private buffer = '';
  private searchFrom = 0;
  private ended = false;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private bytes = 0;
  /** Lines handed out so far (1-based number of the last one). */
  lineNumber = 0;

  constructor(private readonly source: ByteSource) {}

  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    const chunk = await this.source.next();
    try {
      this.buffer += this.decoder.decode(chunk ?? new Uint8Array(0), { stream: chunk !== null });
    } catch {
      throw new FileRejectedError(`the OCDS file is not valid UTF-8 text (near byte ${this.bytes}); JSON must be UTF-8`);
    }
    if (chunk) this.bytes += chunk.byteLength;
    else this.ended = true;
    return true;
  }

  /** The next line (without its line break), or null at the end of the file. */
  async next(): Promise<string | null> {
    for (;;) {
      const at = this.buffer.indexOf('\n', this.searchFrom);
      if (at >= 0) {
        const line = this.buffer.slice(0, at).replace(/\r$/, '');
        this.buffer = this.buffer.slice(at + 1);
        this.searchFrom = 0;
        this.lineNumber++;
        return line;
      }
      this.searchFrom = this.buffer.length;
      if (!(await this.fill())) {
        if (this.buffer === '') return null;
        const line = this.buffer;
        this.buffer = '';
        this.lineNumber++;
        return line;
      }
    }
  }

  /** Reads ahead until `chars` characters wait or the file ends; answers whether it ended. */
  async readAhead(chars: number): Promise<boolean> {
    while (this.buffer.length < chars && (await this.fill()));
    return this.ended;
  }

  /** Everything not yet handed out, a chunk of text at a time. */
  async *texts(): AsyncGenerator<string> {
    if (this.buffer !== '') yield this.buffer;
    this.buffer = '';
    while (!this.ended) {
      await this.fill();
      if (this.buffer !== '') yield this.buffer;
      this.buffer = '';
    }
  }

  /** Everything not yet handed out. */
  async rest(): Promise<string> {
    while (await this.fill());
    const rest = this.buffer;
    this.buffer = '';
    return rest;
  }

  get atEnd(): boolean {
    return this.ended && this.buffer === '';
  }
}

/** A JSON.parse failure as a data steward reads it: what is wrong and at which line and column. */
export function jsonError(error: unknown, source: string, firstLine = 1): FileRejectedError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const place = (offset: number) => {
    const before = source.slice(0, offset);
    const line = firstLine + before.split('\n').length - 1;
    const column = offset - before.lastIndexOf('\n');
    return `line ${line}, column ${column}`;
  };
  if (position) {
    const offset = Number(position[1]);
    const reason = message.replace(/ in JSON at position \d+.*$/s, '');
    const atEnd = offset >= source.trimEnd().length - 1 ? '; the file ends there (truncated?)' : '';
    return new FileRejectedError(`the OCDS file is not valid JSON at ${place(offset)}: ${reason}${atEnd}`);
  }
  if (/end of (JSON )?input|Unterminated/i.test(message)) {
    return new FileRejectedError(`the OCDS file is not valid JSON: it ends too early at ${place(source.trimEnd().length)} (truncated?)`);
  }
  return new FileRejectedError(`the OCDS file is not valid JSON${firstLine > 1 ? ` (line ${firstLine})` : ''}: ${message}`);
}

export function parseJson(source: string): Json {
  try {
    return JSON.parse(source) as Json;
  } catch (error) {
    throw jsonError(error, source);
  }
}
