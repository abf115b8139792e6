/**
 * What the API reads of the administered data and its history: the import history and one import,
 * the targets and their change log, the policy events and the audit trail, each a page at a time.
 * Reads go through the services like writes, so a rule about what may be read lives here.
 */
import type { AuditItem, ImportPageAnswer, TargetChangePageAnswer } from '@koers/contract';
import {
  getImport,
  listAuditTrail,
  listImports,
  listPolicyEvents,
  listStoredTargets,
  listTargetChanges,
  type Db,
  type ImportEntry,
  type PolicyEvent,
  type StoredTarget,
  type TargetListQuery,
} from '@koers/db';
import { summarize, type ImportReport } from './import-report.ts';

/** The import history, newest first; `nextBeforeId` asks for the next page (null on the last). */
export async function readImportHistory(db: Db, { limit, beforeId }: { limit: number; beforeId?: number }): Promise<ImportPageAnswer> {
  const items = await listImports(db.kysely, { limit, ...(beforeId !== undefined ? { beforeId } : {}) });
  return { items, nextBeforeId: items.length === limit ? items[items.length - 1]!.id : null };
}

/**
 * One import with its report; null when there is none. Every entry answers a whole report, as the
 * contract says: one stored before it had its lists (the demo seed's, a running import's empty
 * one) is completed from the entry's own counts.
 */
export async function readImport(db: Db, id: number): Promise<(Omit<ImportEntry, 'report'> & { report: ImportReport }) | null> {
  const entry = await getImport(db.kysely, id);
  return entry ? { ...entry, report: completeReport(entry) } : null;
}

function completeReport(entry: ImportEntry): ImportReport {
  const stored = (entry.report ?? {}) as Partial<ImportReport>;
  if (Array.isArray(stored.errors) && Array.isArray(stored.warnings) && Array.isArray(stored.skips) && typeof stored.summary === 'string')
    return stored as ImportReport;
  const base: Omit<ImportReport, 'summary'> = {
    file: entry.fileName,
    format: entry.format as ImportReport['format'],
    mode: entry.mode === 'partial' ? 'partial' : 'all_or_nothing',
    dryRun: entry.dryRun,
    applied: entry.applied,
    accepted: entry.accepted,
    updated: entry.updated,
    unchanged: entry.unchanged,
    rejected: entry.rejected,
    skipped: entry.skipped,
    errors: [],
    warnings: [],
    skips: [],
    addedEntities: [],
    importId: entry.id,
    ...stored,
  };
  if (typeof stored.summary === 'string') return { ...base, summary: stored.summary };
  if (entry.status === 'running') return { ...base, summary: `${base.file}: running` };
  // An applied report without its lists (the demo seed's) says its counts.
  return { ...base, summary: base.applied ? `${base.file}: ${base.accepted} new` : summarize(base) };
}

/** The stored targets; an entity's code is matched in capitals, as the registry keeps it. */
export function readTargets(db: Db, q: TargetListQuery): Promise<StoredTarget[]> {
  return listStoredTargets(db.kysely, {
    ...(q.indicator ? { indicator: q.indicator } : {}),
    ...(q.scope ? { scope: q.scope } : {}),
    ...(q.scopeCode ? { scopeCode: q.scope === 'entity' ? q.scopeCode.toUpperCase() : q.scopeCode } : {}),
  });
}

/** The change log of targets, newest first, a page at a time. */
export async function readTargetChanges(db: Db, q: { indicator?: string; limit: number; beforeId?: number }): Promise<TargetChangePageAnswer> {
  const items = await listTargetChanges(db.kysely, {
    limit: q.limit,
    ...(q.indicator ? { indicator: q.indicator } : {}),
    ...(q.beforeId !== undefined ? { beforeId: q.beforeId } : {}),
  });
  return { items, nextBeforeId: items.length === q.limit ? items[items.length - 1]!.id : null };
}

/** Every policy event, oldest first. */
export function readPolicyEvents(db: Db): Promise<PolicyEvent[]> {
  return listPolicyEvents(db.kysely);
}

/** The audit trail, newest first; `nextBefore` asks for the next page (null on the last). */
export async function readAuditTrail(
  db: Db,
  q: { limit: number; before?: string; actions?: readonly string[] },
): Promise<{ items: AuditItem[]; nextBefore: string | null }> {
  const items = await listAuditTrail(db.kysely, {
    limit: q.limit,
    ...(q.before ? { before: q.before } : {}),
    ...(q.actions ? { actions: q.actions } : {}),
  });
  return { items: items as AuditItem[], nextBefore: items.length === q.limit ? items[items.length - 1]!.at : null };
}
