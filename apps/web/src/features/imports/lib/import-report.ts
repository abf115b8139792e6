/**
 * Reading an import report and a history entry: what happened (applied, partly, rejected, dry
 * run), whether it can still be undone, and the sentence that says so. Pure, so it is tested
 * without a browser (apps/web/test/import-report.test.ts).
 */

export const COUNT_KEYS = ['accepted', 'updated', 'unchanged', 'rejected', 'skipped'] as const;
type CountKey = (typeof COUNT_KEYS)[number];

type Counts = Record<CountKey, number>;

export interface ReportLike extends Counts {
  dryRun: boolean;
  applied: boolean;
  mode: string;
}

export type ImportOutcome = 'applied' | 'partial' | 'rejected' | 'dry_run';
export type ImportStatus = ImportOutcome | 'running' | 'failed' | 'undone';

/** What an import did: wrote everything, wrote the valid rows, wrote nothing, or only checked. */
export function importOutcome(report: Pick<ReportLike, 'dryRun' | 'applied' | 'rejected'>): ImportOutcome {
  if (report.dryRun) return 'dry_run';
  if (!report.applied) return 'rejected';
  return report.rejected > 0 ? 'partial' : 'applied';
}

export interface EntryLike extends Pick<ReportLike, 'dryRun' | 'applied' | 'rejected' | 'accepted' | 'updated'> {
  status: string;
  undoneAt: string | null;
}

/**
 * The status a history row shows. An import that failed (not because of its file) or whose process
 * died wrote nothing: `failed` (an entry of a process that died says so once a process next starts).
 */
export function importStatus(entry: EntryLike): ImportStatus {
  if (entry.status === 'running') return 'running';
  if (entry.status === 'failed') return 'failed';
  if (entry.undoneAt) return 'undone';
  return importOutcome(entry);
}

/**
 * Whether an administrator is offered "undo": the import finished, wrote records and stands.
 * The API may still refuse (a later import changed the same records); the dialog then says why.
 */
export function undoable(entry: EntryLike): boolean {
  return entry.status === 'done' && entry.applied && !entry.dryRun && !entry.undoneAt && entry.accepted + entry.updated > 0;
}

/** Whether the history should keep asking: an import started in the last hour is still running. */
export function hasRecentRunning(entries: readonly { status: string; createdAt: string }[], now: number): boolean {
  return entries.some((e) => e.status === 'running' && now - Date.parse(e.createdAt) < 60 * 60_000);
}

/** The counts a sentence names: new, updated, unchanged and rejected always; skipped when there are any. */
function countsToName(report: Counts): CountKey[] {
  return COUNT_KEYS.filter((key) => key !== 'skipped' || report.skipped > 0);
}

export interface OutcomeWords {
  outcome: Record<ImportOutcome, (text: string) => string>;
  countWords: Record<CountKey, string>;
  rejectedHintAllOrNothing: string;
  rejectedHint: string;
}

/** The report in one sentence in the reader's language, and a hint on what to do next. */
export function outcomeSentence(
  report: ReportLike,
  words: OutcomeWords,
  format: { integer: (n: number) => string; list: (items: readonly string[]) => string },
): { outcome: ImportOutcome; sentence: string; hint: string | null } {
  const outcome = importOutcome(report);
  const counts = format.list(countsToName(report).map((key) => `${format.integer(report[key])} ${words.countWords[key]}`));
  if (outcome === 'rejected') {
    return {
      outcome,
      sentence: words.outcome.rejected(format.integer(report.rejected)),
      hint: report.mode === 'all_or_nothing' && report.rejected > 0 ? words.rejectedHintAllOrNothing : words.rejectedHint,
    };
  }
  return { outcome, sentence: words.outcome[outcome](counts), hint: null };
}

/** Which place columns an error table needs: notices and lots only appear for EU notices and OCDS. */
export function placeColumns(messages: readonly { notice?: string | undefined; lot?: string | undefined }[]): { notice: boolean; lot: boolean } {
  return { notice: messages.some((m) => !!m.notice), lot: messages.some((m) => !!m.lot) };
}

/** The start of a SHA-256, enough to tell files apart at a glance (the whole one is in the report). */
export function shortChecksum(checksum: string): string {
  return checksum.length > 12 ? `${checksum.slice(0, 12)}…` : checksum;
}
