/**
 * How far an import has read: the bytes the reader took from the file and the items it made of
 * them, told to a listener a few times a second and once at the end of the reading.
 */
import type { FileSource } from '@koers/ingest';
import type { ImportProgress } from './import-report.ts';

/** How often progress is told, at most. */
const PROGRESS_INTERVAL_MS = 200;

export interface ProgressCounter {
  /** The source, counting the bytes taken from it. */
  counting(source: FileSource): FileSource;
  /** One more item read. */
  row(): void;
  /** Tells the listener, at most every PROGRESS_INTERVAL_MS unless forced. */
  tell(force?: boolean): void;
}

/**
 * The reading pass is the last `open()` of the file (the first ones read its head to detect the
 * format), so each opening starts the count anew.
 */
export function progressCounter(bytesTotal: number, listener: ((progress: ImportProgress) => void) | undefined): ProgressCounter {
  const state: ImportProgress = { bytesRead: 0, bytesTotal, rowsRead: 0 };
  let toldAt = 0;
  const tell = (force = false) => {
    if (!listener) return;
    const now = Date.now();
    if (!force && now - toldAt < PROGRESS_INTERVAL_MS) return;
    toldAt = now;
    listener({ ...state });
  };
  return {
    counting(source: FileSource): FileSource {
      if (!listener) return source;
      return {
        name: source.name,
        open: async function* () {
          state.bytesRead = 0;
          for await (const chunk of source.open()) {
            state.bytesRead += chunk.byteLength;
            yield chunk;
          }
        },
      };
    },
    row() {
      state.rowsRead++;
      if ((state.rowsRead & 63) === 0) tell();
    },
    tell,
  };
}
