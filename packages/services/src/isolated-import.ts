/**
 * Imports run where they cannot take the server down. A file (already on disk) is imported in a
 * child process with its own heap limit and its own database connection: a file that needs more
 * memory than that ends its own import, which is recorded as `failed`, while the server keeps
 * answering, and the server's own memory and event loop are not touched by the import's work.
 * (A worker thread is not enough: an allocation far past a worker's heap limit aborts the whole
 * process.) The history entry is made before the import starts, so a caller can answer with its
 * id at once and read its progress meanwhile.
 *
 * Small text files (under ISOLATE_FROM_BYTES, not a ZIP archive) import in the calling thread:
 * starting a process costs more than they do, and they cannot unpack to more than they are. So
 * does any file when the database cannot be reached by another process (in-memory SQLite).
 */
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fork } from 'node:child_process';
import { open } from 'node:fs/promises';
import { failImport, startImport, type Db } from '@koers/db';
import type { FileSource } from '@koers/ingest';
import { importFile, type ImportOptions } from './import-file.ts';
import { stoppedReport, type ImportProgress, type ImportReport } from './import-report.ts';
import { thisRunner } from './interrupted-imports.ts';
import type { WorkerMessage, WorkerTask } from './import-worker.ts';

/** A file received whole on disk, with what was learnt while receiving it. */
export interface ReceivedFile {
  path: string;
  /** The name the sender gave it, for the history. */
  name: string;
  size: number;
  checksum: string;
}

export interface ImportRun {
  importId: number;
  /** How far it has read; null before the reading starts. */
  progress(): ImportProgress | null;
  /** The report once it is done; rejects only when the database failed underneath it. */
  done: Promise<ImportReport>;
}

/** Heap an isolated import may use by default (KOERS_IMPORT_MEMORY_MB). */
export const DEFAULT_IMPORT_MEMORY_MB = 192;

export interface IsolationOptions {
  /** The import process's heap limit in MB; 0 runs every import in the calling thread. */
  memoryMb?: number;
}

/** From this size on (or for any ZIP archive, such as a workbook) an import runs in its own process. */
export const ISOLATE_FROM_BYTES = 1024 * 1024;

async function needsIsolation(file: ReceivedFile): Promise<boolean> {
  if (file.size >= ISOLATE_FROM_BYTES) return true;
  const handle = await open(file.path, 'r');
  try {
    const head = Buffer.alloc(2);
    await handle.read(head, 0, 2, 0);
    return head.toString('latin1') === 'PK';
  } finally {
    await handle.close();
  }
}

export async function startImportRun(db: Db, file: ReceivedFile, options: ImportOptions = {}, isolation: IsolationOptions = {}): Promise<ImportRun> {
  const mode = options.mode ?? 'all_or_nothing';
  const dryRun = options.dryRun ?? false;
  const importId = await startImport(db.kysely, {
    createdAt: new Date().toISOString(),
    actor: options.actor ?? 'anonymous',
    fileName: file.name,
    checksum: file.checksum,
    mode,
    dryRun,
    runner: thisRunner(),
  });
  let latest: ImportProgress | null = null;
  const onProgress = (progress: ImportProgress) => {
    latest = progress;
    options.onProgress?.(progress);
  };
  const memoryMb = isolation.memoryMb ?? DEFAULT_IMPORT_MEMORY_MB;
  const { onProgress: _ignored, started: _started, ...plain } = options;
  const done =
    db.location && memoryMb > 0 && (await needsIsolation(file))
      ? inProcess(db, { location: db.location, file, importId, options: plain }, memoryMb, onProgress)
      : importFile(db, fileOnDisk(file), { ...plain, started: { importId, size: file.size }, onProgress });
  return { importId, progress: () => latest, done };
}

function fileOnDisk(file: ReceivedFile): FileSource {
  return { name: file.name, path: file.path, open: () => createReadStream(file.path, { highWaterMark: 1 << 20 }) };
}

/** The TypeScript loader the import process starts with (the project runs its sources through tsx). */
function tsxLoader(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
}

function inProcess(db: Db, task: WorkerTask, memoryMb: number, onProgress: (progress: ImportProgress) => void): Promise<ImportReport> {
  const stopped = (message: string) =>
    stoppedReport(
      { file: task.file.name, mode: task.options.mode ?? 'all_or_nothing', dryRun: task.options.dryRun ?? false, importId: task.importId },
      message,
    );
  return new Promise<ImportReport>((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./import-worker.ts', import.meta.url)), [], {
      // As the server runs: no parsed file reaches a prototype through `__proto__` (prototype-guard.ts).
      execArgv: ['--disable-proto=throw', '--import', tsxLoader(), `--max-old-space-size=${memoryMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    // What the import logs goes to the server's log; the last words of a process that dies (V8
    // says when it ran out of heap) are also kept, short, to say why.
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      stderr = (stderr + chunk.toString()).slice(-4096);
    });
    let settled = false;
    const fail = async (message: string) => {
      if (settled) return;
      settled = true;
      const report = stopped(message);
      try {
        await failImport(db.kysely, task.importId, report);
        resolve(report);
      } catch (error) {
        reject(error);
      }
    };
    child.on('message', (message: WorkerMessage) => {
      if (message.kind === 'progress') onProgress(message.progress);
      else if (message.kind === 'report') {
        settled = true;
        resolve(message.report);
      } else if (!settled) {
        // The database failed underneath the import: the caller answers as for any request then.
        settled = true;
        reject(Object.assign(new Error(message.message), message.code ? { code: message.code } : {}));
      }
    });
    child.on('error', (error) => void fail(`the import could not be started (${error.message}); nothing was written`));
    child.on('exit', (code, signal) => {
      // Messages still in the channel are read before it says it is closed: the report may be among them.
      if (child.connected) child.once('disconnect', () => ended(code, signal));
      else ended(code, signal);
    });
    const ended = (code: number | null, signal: NodeJS.Signals | null) => {
      void fail(
        /heap out of memory|Allocation failed/i.test(stderr)
          ? `the import needed more than the ${memoryMb} MB of memory an import may use and was stopped; nothing was written (is the file what it claims to be? a workbook can unpack to far more than its size)`
          : `the import stopped unexpectedly (${signal ?? `exit code ${code}`}); nothing was written`,
      );
    };
    child.send(task);
  });
}
