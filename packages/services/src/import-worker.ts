/**
 * The body of an isolated import (see isolated-import.ts): runs in a child process with its own
 * heap limit and its own database connection, imports one file from disk and sends its progress
 * and report to the server that started it. When the server goes away (its IPC channel closes)
 * the import stops at once, uncommitted.
 */
import { createReadStream } from 'node:fs';
import { openDatabase, type Db } from '@koers/db';
import { importFile, type ImportOptions } from './import-file.ts';
import type { ImportProgress, ImportReport } from './import-report.ts';

export interface WorkerTask {
  location: NonNullable<Db['location']>;
  file: { path: string; name: string; size: number };
  importId: number;
  options: Omit<ImportOptions, 'onProgress' | 'started'>;
}

export type WorkerMessage =
  { kind: 'progress'; progress: ImportProgress } | { kind: 'report'; report: ImportReport } | { kind: 'failure'; message: string; code?: string };

function send(message: WorkerMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send || !process.connected) return resolve();
    process.send(message, undefined, {}, () => resolve());
  });
}

async function run(task: WorkerTask): Promise<void> {
  // One connection is enough: the import is one transaction.
  const db = openDatabase(task.location.url, { ...task.location.options, maxConnections: 1 });
  try {
    const report = await importFile(
      db,
      { name: task.file.name, path: task.file.path, open: () => createReadStream(task.file.path, { highWaterMark: 1 << 20 }) },
      { ...task.options, started: { importId: task.importId, size: task.file.size }, onProgress: (progress) => void send({ kind: 'progress', progress }) },
    );
    await send({ kind: 'report', report });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    await send({ kind: 'failure', message: error instanceof Error ? error.message : String(error), ...(typeof code === 'string' ? { code } : {}) });
  } finally {
    await db.close();
  }
}

// The server is gone: nobody will read the report, and an import nobody sees must not commit.
const orphaned = () => process.exit(1);
process.once('disconnect', orphaned);
process.once('message', (task: WorkerTask) => {
  void run(task).finally(() => {
    process.off('disconnect', orphaned);
    process.disconnect();
  });
});
