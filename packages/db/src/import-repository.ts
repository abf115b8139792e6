/** The import history: every import with its file, checksum, counts and full report. */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, ImportTable } from './schema.ts';

type Conn = Kysely<Database>;

export interface ImportEntry {
  id: number;
  createdAt: string;
  actor: string;
  fileName: string;
  checksum: string;
  format: string | null;
  mode: string;
  dryRun: boolean;
  applied: boolean;
  accepted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  skipped: number;
  /** `running` while it runs; an entry left `running` was interrupted and wrote nothing. */
  status: string;
  finishedAt: string | null;
  /** Set when an administrator undid the import. */
  undoneAt: string | null;
  undoneBy: string | null;
  report: unknown;
}

/** An entry of the history without its report (which can hold thousands of errors). */
export type ImportSummary = Omit<ImportEntry, 'report'>;

export const IMPORT_SUMMARY_COLUMNS = [
  'id',
  'created_at',
  'actor',
  'file_name',
  'checksum',
  'format',
  'mode',
  'dry_run',
  'applied',
  'accepted',
  'updated',
  'unchanged',
  'rejected',
  'skipped',
  'status',
  'finished_at',
  'undone_at',
  'undone_by',
] as const satisfies readonly (keyof ImportTable)[];

/** A row of `imports` without its report, as the history lists it. */
export function summaryFromRow(row: Omit<Selectable<ImportTable>, 'report' | 'write_seq' | 'runner'>): ImportSummary {
  return {
    id: row.id,
    createdAt: row.created_at,
    actor: row.actor,
    fileName: row.file_name,
    checksum: row.checksum,
    format: row.format,
    mode: row.mode,
    dryRun: row.dry_run === 1,
    applied: row.applied === 1,
    accepted: row.accepted,
    updated: row.updated,
    unchanged: row.unchanged,
    rejected: row.rejected,
    skipped: row.skipped,
    status: row.status,
    finishedAt: row.finished_at,
    undoneAt: row.undone_at ?? null,
    undoneBy: row.undone_by ?? null,
  };
}

function fromRow(row: Selectable<ImportTable>): ImportEntry {
  return { ...summaryFromRow(row), report: JSON.parse(row.report) as unknown };
}

export type NewImport = Omit<ImportEntry, 'id' | 'status' | 'finishedAt' | 'undoneAt' | 'undoneBy'>;

/** A finished entry (a correction, the demo seed), written inside their write transaction. */
export async function insertImport(db: Conn, entry: NewImport): Promise<number> {
  const row = await db
    .insertInto('imports')
    .values({
      created_at: entry.createdAt,
      actor: entry.actor,
      file_name: entry.fileName,
      checksum: entry.checksum,
      format: entry.format,
      mode: entry.mode,
      dry_run: entry.dryRun ? 1 : 0,
      applied: entry.applied ? 1 : 0,
      accepted: entry.accepted,
      updated: entry.updated,
      unchanged: entry.unchanged,
      rejected: entry.rejected,
      skipped: entry.skipped,
      report: JSON.stringify(entry.report),
      status: 'done',
      finished_at: entry.createdAt,
      // Called inside the write transaction: an entry that wrote takes the next place in the commit order.
      write_seq: entry.applied ? sql<number>`(select coalesce(max(write_seq), 0) + 1 from imports)` : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The history newest first, a page at a time: `beforeId` is the id of the last entry seen. */
export async function listImports(db: Conn, { limit = 100, beforeId }: { limit?: number; beforeId?: number } = {}): Promise<ImportSummary[]> {
  let query = db.selectFrom('imports').select(IMPORT_SUMMARY_COLUMNS).orderBy('id', 'desc').limit(limit);
  if (beforeId !== undefined) query = query.where('id', '<', beforeId);
  return (await query.execute()).map(summaryFromRow);
}

export async function getImport(db: Conn, id: number): Promise<ImportEntry | null> {
  const row = await db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : null;
}

export interface ImportStart {
  createdAt: string;
  actor: string;
  fileName: string;
  checksum: string;
  mode: string;
  dryRun: boolean;
  /** The process that runs it (`host:pid`). */
  runner?: string;
}

/** The counts of an import that wrote nothing (yet, or ever). */
const NOTHING_WRITTEN = { applied: 0, accepted: 0, updated: 0, unchanged: 0, rejected: 0, skipped: 0 } as const;

/**
 * Records an import before it runs, outside its transaction: if the process dies mid-import the
 * entry stays `running` (and the transaction leaves no trace), so the history never hides it.
 */
export async function startImport(db: Conn, start: ImportStart): Promise<number> {
  const row = await db
    .insertInto('imports')
    .values({
      created_at: start.createdAt,
      actor: start.actor,
      file_name: start.fileName,
      checksum: start.checksum,
      format: null,
      mode: start.mode,
      dry_run: start.dryRun ? 1 : 0,
      ...NOTHING_WRITTEN,
      report: '{}',
      status: 'running',
      runner: start.runner ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface ImportOutcome {
  format: string | null;
  applied: boolean;
  accepted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  skipped: number;
  report: unknown;
}

export async function finishImport(db: Conn, id: number, outcome: ImportOutcome): Promise<void> {
  await db
    .updateTable('imports')
    .set({
      format: outcome.format,
      applied: outcome.applied ? 1 : 0,
      accepted: outcome.accepted,
      updated: outcome.updated,
      unchanged: outcome.unchanged,
      rejected: outcome.rejected,
      skipped: outcome.skipped,
      report: JSON.stringify(outcome.report),
      status: 'done',
      finished_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

/**
 * Ends an import that could not finish (its worker ran out of memory or crashed): `failed`, with
 * the report saying why. Its transaction was never committed, so it wrote nothing.
 */
export async function failImport(db: Conn, id: number, report: unknown): Promise<void> {
  await db
    .updateTable('imports')
    .set({
      ...NOTHING_WRITTEN,
      report: JSON.stringify(report),
      status: 'failed',
      finished_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

/**
 * Gives an import (or correction) that wrote its place in the commit order. Call inside the write
 * transaction (see write-transaction.ts): the lock makes the next number the next commit.
 */
export async function markWriteOrder(db: Conn, id: number): Promise<void> {
  await db
    .updateTable('imports')
    .set({ write_seq: sql<number>`(select coalesce(max(write_seq), 0) + 1 from imports)` })
    .where('id', '=', id)
    .execute();
}

/** Entries still `running`, with the process that runs them, oldest first. */
export async function listRunningImports(
  db: Conn,
): Promise<{ id: number; runner: string | null; createdAt: string; fileName: string; mode: string; dryRun: boolean }[]> {
  const rows = await db
    .selectFrom('imports')
    .select(['id', 'runner', 'created_at', 'file_name', 'mode', 'dry_run'])
    .where('status', '=', 'running')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, runner: r.runner, createdAt: r.created_at, fileName: r.file_name, mode: r.mode, dryRun: r.dry_run === 1 }));
}
