/**
 * Reading and checking a file in a worker thread (check-worker.ts), so that an import uses both
 * cores: the worker reads, parses and checks the next rows while the importing thread classifies
 * and writes the last batch. Batches cross as JSON text (their values are text, numbers, booleans
 * and nulls, which JSON keeps exactly); the worker runs at most
 * BATCHES_AHEAD batches ahead of the writer, so memory stays bounded however slow the writes.
 * The outcome (messages, counts) is the one the same checks make in the importing thread.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FileRejectedError, type ReaderOptions } from '@koers/ingest';
import type { CheckContext, CheckOutcome } from './check-rows.ts';
import type { ImportProgress } from './import-report.ts';
import type { BatchSink, CheckedBatch } from './read-and-check.ts';

/**
 * The worker's heap: its live data is a few batches and the reader's buffers (the duplicate
 * check's keys are outside the heap), and a tight heap keeps the import's memory in bounds.
 */
const WORKER_HEAP_MB = 128;

/** Batches the worker may have sent that the writer has not finished. */
export const BATCHES_AHEAD = 3;

export interface CheckTask {
  file: { path: string; name: string; size: number };
  context: CheckContext;
  reader: ReaderOptions;
  batchRows: number;
  /** Whether to send progress (the importer has a listener). */
  progress: boolean;
}

export type CheckMessage =
  /** A CheckedBatch as JSON: a string crosses threads whole, and JSON.parse makes the records in the writer's thread for half what a structured clone of as many objects costs. */
  | { kind: 'batch'; json: string }
  | { kind: 'progress'; progress: ImportProgress }
  | { kind: 'done'; outcome: CheckOutcome }
  | { kind: 'failed'; outcome: CheckOutcome; fileRejected: boolean; message: string; stack?: string };

/** The worker runs the project's TypeScript sources through tsx, as the processes do. */
function workerSource(): string {
  const api = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL('./check-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
}

/**
 * Reads and checks `task.file` in a worker thread, calling `sink` with each batch in order; fills
 * `outcome` with what the checks found (also when the file turns out unreadable, which rejects
 * with FileRejectedError as the reader would). Rejects when `sink` does, after stopping the worker.
 */
export function readAndCheckInWorker(
  task: CheckTask,
  onProgress: ((progress: ImportProgress) => void) | undefined,
  sink: BatchSink,
  outcome: CheckOutcome,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(workerSource(), { eval: true, workerData: task, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    let settled = false;
    /** The worker said it is done (or failed): its exit is expected from then on. */
    let finished = false;
    const settle = (error?: unknown) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (error === undefined) resolve();
      else reject(error);
    };
    // Batches are written one after another, in the order they came.
    let writing: Promise<void> = Promise.resolve();
    worker.on('message', (message: CheckMessage) => {
      if (settled) return;
      if (message.kind === 'batch') {
        writing = writing.then(async () => {
          if (settled) return;
          await sink(JSON.parse(message.json) as CheckedBatch);
          worker.postMessage('written');
        });
        writing.catch(settle);
      } else if (message.kind === 'progress') {
        onProgress?.(message.progress);
      } else {
        finished = true;
        Object.assign(outcome, message.outcome);
        writing.then(() => {
          if (message.kind === 'done') settle();
          else settle(message.fileRejected ? new FileRejectedError(message.message) : Object.assign(new Error(message.message), { stack: message.stack }));
        }, settle);
      }
    });
    worker.on('error', (error: Error & { code?: string }) =>
      settle(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new FileRejectedError(
              `reading the file needed more than the ${WORKER_HEAP_MB} MB of memory a reader may use; nothing was written (does a quoted field run on without end?)`,
            )
          : error,
      ),
    );
    worker.on('exit', (code) => finished || settle(new Error(`the worker reading the file stopped (exit code ${code}) before it finished`)));
  });
}
