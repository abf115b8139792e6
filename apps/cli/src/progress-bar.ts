/**
 * The progress of an import on a terminal: one line on stderr, redrawn in place, with how much of
 * the file is read, the rows so far, the rate and the time left. Only on a terminal, never with
 * --json: piped or redirected output stays exactly the report.
 */
import type { ImportProgress } from '@koers/services';

const WIDTH = 24;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '…';
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  return `${Math.floor(seconds / 60)} min ${String(Math.ceil(seconds % 60)).padStart(2, '0')} s`;
}

export interface ProgressBar {
  update(progress: ImportProgress): void;
  /** Clears the line, before the report is printed. */
  done(): void;
}

/** A bar for one file on the given terminal stream, or null when it is not a terminal. */
export function progressBar(stream: NodeJS.WriteStream, file: string): ProgressBar | null {
  if (!stream.isTTY) return null;
  const started = Date.now();
  let drawn = false;
  return {
    update({ bytesRead, bytesTotal, rowsRead }) {
      const seconds = (Date.now() - started) / 1000;
      const share = bytesTotal > 0 ? Math.min(1, bytesRead / bytesTotal) : 1;
      const filled = Math.round(share * WIDTH);
      const rate = seconds > 0 ? rowsRead / seconds : 0;
      const left = share >= 1 ? 'finishing' : share > 0 ? `${duration((seconds / share) * (1 - share))} left` : '…';
      const line =
        `${file} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.floor(share * 100)}%  ` +
        `${megabytes(bytesRead)} of ${megabytes(bytesTotal)}  ${rowsRead.toLocaleString('en')} rows  ${Math.round(rate).toLocaleString('en')} rows/s  ${left}`;
      // Carriage return and erase-line: the bar is redrawn in place, never scrolls.
      stream.write(`\r\x1b[2K${line.slice(0, Math.max(20, (stream.columns || 120) - 1))}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
