/**
 * The body of the worker thread that reads and checks a file (see check-in-worker.ts): the same
 * `readAndCheck` the importing thread runs, sending each batch to the writer and waiting when it
 * is BATCHES_AHEAD batches ahead.
 */
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { FileRejectedError } from '@koers/ingest';
import { emptyOutcome } from './check-rows.ts';
import { BATCHES_AHEAD, type CheckMessage, type CheckTask } from './check-in-worker.ts';
import { progressCounter } from './import-progress.ts';
import { readAndCheck } from './read-and-check.ts';

const task = workerData as CheckTask;
const port = parentPort!;
const send = (message: CheckMessage) => port.postMessage(message);

let ahead = 0;
let wake: (() => void) | null = null;
port.on('message', () => {
  ahead--;
  wake?.();
  wake = null;
});

const outcome = emptyOutcome();
const progress = progressCounter(task.file.size, task.progress ? (p) => send({ kind: 'progress', progress: p }) : undefined);
try {
  await readAndCheck(
    { name: task.file.name, open: () => createReadStream(task.file.path, { highWaterMark: 1 << 20 }) },
    task.context,
    { reader: task.reader, batchRows: task.batchRows },
    progress,
    async (batch) => {
      send({ kind: 'batch', json: JSON.stringify(batch) });
      ahead++;
      while (ahead >= BATCHES_AHEAD) await new Promise<void>((resolve) => (wake = resolve));
    },
    outcome,
  );
  send({ kind: 'done', outcome });
} catch (error) {
  send({
    kind: 'failed',
    outcome,
    fileRejected: error instanceof FileRejectedError,
    message: error instanceof Error ? error.message : String(error),
    ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
  });
}
port.close();
