/**
 * Imports whose process died. An import's history entry is written before it runs (so a crash
 * never hides it) with the process that runs it (`host:pid`); its transaction dies with the
 * process and wrote nothing, but the entry would say `running` forever. Every process that opens
 * the database (the server, the command line) calls `failInterruptedImports` once at start.
 */
import { hostname } from 'node:os';
import { failImport, listRunningImports, type Db } from '@koers/db';
import { stoppedReport, type ImportReport } from './import-report.ts';

/** This process, as an import's runner. */
export function thisRunner(): string {
  return `${hostname()}:${process.pid}`;
}

/** An import still running after this long ran in a process that is gone (another host's too). */
const LONGEST_IMPORT_MS = 24 * 60 * 60_000;

export const INTERRUPTED_MESSAGE =
  'the import was interrupted: the server or command that ran it stopped before it finished. Nothing was written; import the file again.';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the process that ran an entry is gone. Call at start only: this process's own pid then counts as gone. */
function runnerGone(runner: string | null, createdAt: string, now: number): boolean {
  if (runner === null) return true;
  if (now - Date.parse(createdAt) > LONGEST_IMPORT_MS) return true;
  const at = runner.lastIndexOf(':');
  const host = runner.slice(0, at);
  const pid = Number(runner.slice(at + 1));
  if (host !== hostname()) return false; // another host's process: it cannot be asked from here
  // The same pid as ours is an earlier process (a restarted container often gets the same pid).
  return !Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid || !alive(pid);
}

/** Marks failed, with a sentence saying so, every `running` entry whose process is gone; answers their ids. */
export async function failInterruptedImports(db: Db): Promise<number[]> {
  const now = Date.now();
  const failed: number[] = [];
  for (const entry of await listRunningImports(db.kysely)) {
    if (!runnerGone(entry.runner, entry.createdAt, now)) continue;
    const report = stoppedReport(
      { file: entry.fileName, mode: entry.mode as ImportReport['mode'], dryRun: entry.dryRun, importId: entry.id },
      INTERRUPTED_MESSAGE,
    );
    await failImport(db.kysely, entry.id, report);
    failed.push(entry.id);
  }
  return failed;
}
