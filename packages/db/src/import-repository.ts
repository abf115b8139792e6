/** The import history: every import with its file, checksum, counts and full report. */
import type { Kysely, Selectable } from 'kysely';
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
  report: unknown;
}

function fromRow(row: Selectable<ImportTable>): ImportEntry {
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
    report: JSON.parse(row.report) as unknown,
  };
}

export type NewImport = Omit<ImportEntry, 'id'>;

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
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listImports(db: Conn, limit = 100): Promise<ImportEntry[]> {
  const rows = await db.selectFrom('imports').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map(fromRow);
}

export async function getImport(db: Conn, id: number): Promise<ImportEntry | null> {
  const row = await db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : null;
}
