/**
 * Receives an uploaded file to a temporary file, never into memory: the multipart body is parsed
 * as it arrives and the file part written to disk chunk by chunk, its checksum and size counted
 * on the way. Whatever happens, `discard` removes what was written.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import type { ReceivedFile } from '@koers/services';

export type Upload = { file: ReceivedFile; discard(): Promise<void> } | { problem: 'no_file' | 'too_large' | 'broken'; message?: string };

/** The form field that carries the file. */
export const FILE_FIELD = 'file';

export async function receiveUpload(request: Request, maxBytes: number): Promise<Upload> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data/i.test(type) || !request.body) return { problem: 'no_file' };
  const dir = await mkdtemp(join(tmpdir(), 'koers-upload-'));
  const discard = () => rm(dir, { recursive: true, force: true });
  try {
    const outcome = await new Promise<Upload>((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({ headers: { 'content-type': type }, limits: { files: 1, fileSize: maxBytes, fields: 20, parts: 40 } });
      } catch (error) {
        resolve({ problem: 'broken', message: (error as Error).message });
        return;
      }
      let received: Promise<Upload> | null = null;
      parser.on('file', (field, stream, info) => {
        if (field !== FILE_FIELD || received) {
          stream.resume();
          return;
        }
        const path = join(dir, 'upload');
        const hash = createHash('sha256');
        let size = 0;
        let tooLarge = false;
        stream.on('data', (chunk: Buffer) => {
          hash.update(chunk);
          size += chunk.length;
        });
        stream.on('limit', () => (tooLarge = true));
        received = pipeline(stream, createWriteStream(path)).then((): Upload =>
          tooLarge ? { problem: 'too_large' } : { file: { path, name: info.filename || 'upload', size, checksum: hash.digest('hex') }, discard },
        );
      });
      parser.on('error', (error: Error) => resolve({ problem: 'broken', message: error.message }));
      parser.on('close', () => {
        if (!received) resolve({ problem: 'no_file' });
        else received.then(resolve, reject);
      });
      Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>)
        .on('error', reject)
        .pipe(parser);
    });
    if (!('file' in outcome)) await discard();
    return outcome;
  } catch (error) {
    await discard();
    throw error;
  }
}
