/** The choices of the upload form and the query string POST /api/v1/imports reads them from. */

export const IMPORT_MODES = ['all_or_nothing', 'partial'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export interface UploadOptions {
  mode: ImportMode;
  dryRun: boolean;
  /** Admins only: unknown buyers become new entities instead of rejecting their rows. */
  addEntities: boolean;
}

export const DEFAULT_UPLOAD: UploadOptions = { mode: 'all_or_nothing', dryRun: false, addEntities: false };

/** Only what differs from the API's defaults, in a fixed order (`mode=partial&dryRun=true`). */
export function uploadQuery(options: UploadOptions): Record<string, string> {
  const query: Record<string, string> = {};
  if (options.mode !== 'all_or_nothing') query.mode = options.mode;
  if (options.dryRun) query.dryRun = 'true';
  if (options.addEntities) query.addEntities = 'true';
  return query;
}

/** The first file of a drop or a file input, if any. */
export function firstFile(files: FileList | null | undefined): File | null {
  return files && files.length > 0 ? (files[0] ?? null) : null;
}

/** A file size as a reader says it: `640 KB`, `3,4 MB` (in the reader's locale; 1 MB = 1024 KB, as the server counts). */
export function fileSize(bytes: number, intlLocale: string): string {
  const kb = bytes / 1024;
  if (kb < 1024) return new Intl.NumberFormat(intlLocale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.ceil(kb)));
  return new Intl.NumberFormat(intlLocale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(kb / 1024);
}

/** Whether the server would refuse this file as too large, so the form can say so before sending it. */
export function tooLarge(file: { size: number }, maxUploadBytes: number): boolean {
  return file.size > maxUploadBytes;
}

/** How far an upload is: its bytes going up, then the server reading the file, as the history entry says. */
export type UploadPhase = { phase: 'sending'; loaded: number; total: number } | { phase: 'importing'; bytesRead: number; bytesTotal: number; rowsRead: number };

/** The share done of the phase, 0–1 (null while nothing is known yet). */
export function phaseShare(phase: UploadPhase): number | null {
  const [done, total] = phase.phase === 'sending' ? [phase.loaded, phase.total] : [phase.bytesRead, phase.bytesTotal];
  return total > 0 ? Math.min(1, Math.max(0, done / total)) : null;
}
