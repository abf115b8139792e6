/**
 * The audit trail. Imports (and record corrections, which are one-record imports) are kept in the
 * import history; target changes in their own change log; other administrative actions (undo of an
 * import, tokens created and revoked) in `audit_log`. `listAuditTrail` merges the three, newest first.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import { isPostgres } from './connection.ts';
import { IMPORT_SUMMARY_COLUMNS, summaryFromRow } from './import-repository.ts';
import type { Database, TargetChangeTable } from './schema.ts';

type Conn = Kysely<Database>;

export interface AuditLogEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  details: Record<string, unknown>;
}

export async function appendAudit(db: Conn, entry: Omit<AuditLogEntry, 'id'>): Promise<number> {
  const row = await db
    .insertInto('audit_log')
    .values({ at: entry.at, actor: entry.actor, action: entry.action, subject: entry.subject, details: JSON.stringify(entry.details) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface TargetChange {
  id: number;
  changedAt: string;
  actor: string;
  indicator: string;
  scope: string;
  scopeCode: string | null;
  year: number;
  /** null: there was no target for this key before. */
  oldValue: number | null;
  /** null: the target was removed. */
  newValue: number | null;
  oldSource: string | null;
  newSource: string | null;
}

export async function insertTargetChange(db: Conn, change: Omit<TargetChange, 'id'>): Promise<number> {
  const row = await db
    .insertInto('target_changes')
    .values({
      changed_at: change.changedAt,
      actor: change.actor,
      indicator: change.indicator,
      scope: change.scope,
      scope_code: change.scopeCode ?? '',
      year: change.year,
      old_value: change.oldValue,
      new_value: change.newValue,
      old_source: change.oldSource,
      new_source: change.newSource,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface TargetChangeQuery {
  indicator?: string;
  limit: number;
  /** Only changes with a smaller id (paging). */
  beforeId?: number;
}

export async function listTargetChanges(db: Conn, q: TargetChangeQuery): Promise<TargetChange[]> {
  let query = db.selectFrom('target_changes').selectAll().orderBy('id', 'desc').limit(q.limit);
  if (q.indicator) query = query.where('indicator', '=', q.indicator);
  if (q.beforeId !== undefined) query = query.where('id', '<', q.beforeId);
  return (await query.execute()).map(targetChangeFromRow);
}

function targetChangeFromRow(r: Selectable<TargetChangeTable>): TargetChange {
  return {
    id: r.id,
    changedAt: r.changed_at,
    actor: r.actor,
    indicator: r.indicator,
    scope: r.scope,
    scopeCode: r.scope_code === '' ? null : r.scope_code,
    year: r.year,
    oldValue: r.old_value,
    newValue: r.new_value,
    oldSource: r.old_source,
    newSource: r.new_source,
  };
}

/** One line of the merged audit trail. */
export interface AuditItem {
  /** `import:12`, `target:3`, `audit:7`: unique across the three sources. */
  id: string;
  at: string;
  actor: string;
  /** import, correction, import_undo, target_set, target_remove, token_create, token_revoke. */
  action: string;
  subject: string;
  details: Record<string, unknown>;
}

export interface AuditQuery {
  limit: number;
  /** Only entries strictly older than this ISO timestamp (paging). */
  before?: string;
  actions?: readonly string[];
}

const IMPORT_ACTIONS = ['import', 'correction'];
const TARGET_ACTIONS = ['target_set', 'target_remove'];

/** The newest entries of the whole audit trail, merged from imports, target changes and the log. */
export async function listAuditTrail(db: Conn, q: AuditQuery): Promise<AuditItem[]> {
  const wants = (list: readonly string[]) => !q.actions || q.actions.some((a) => list.includes(a));
  const items: AuditItem[] = [];

  if (wants(IMPORT_ACTIONS)) {
    // Only the two fields of the report the trail shows, read in the database: a report can hold
    // a million errors, and the trail lists many imports.
    const field = (name: 'summary' | 'correction') =>
      isPostgres(db)
        ? sql<string | null>`(report::jsonb -> ${sql.lit(name)})::text`
        : sql<string | null>`json_quote(json_extract(report, ${sql.lit('$.' + name)}))`;
    let query = db
      .selectFrom('imports')
      .select(IMPORT_SUMMARY_COLUMNS)
      .select([field('summary').as('summary'), field('correction').as('correction')])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(q.limit);
    if (q.before) query = query.where('created_at', '<', q.before);
    if (q.actions && !q.actions.includes('correction')) query = query.where('mode', '<>', 'correction');
    if (q.actions && !q.actions.includes('import')) query = query.where('mode', '=', 'correction');
    for (const r of await query.execute()) {
      const correction = r.mode === 'correction';
      const { id: importId, createdAt: _at, actor: _actor, ...entry } = summaryFromRow(r);
      const fromJson = (text: string | null): unknown => (text === null ? null : JSON.parse(text));
      items.push({
        id: `import:${r.id}`,
        at: r.created_at,
        actor: r.actor,
        action: correction ? 'correction' : 'import',
        subject: correction ? String(r.file_name) : `import ${r.id}: ${r.file_name}`,
        details: {
          importId,
          ...entry,
          ...(correction ? { correction: fromJson(r.correction) } : { summary: fromJson(r.summary) }),
        },
      });
    }
  }

  if (wants(TARGET_ACTIONS)) {
    let query = db.selectFrom('target_changes').selectAll().orderBy('changed_at', 'desc').orderBy('id', 'desc').limit(q.limit);
    if (q.before) query = query.where('changed_at', '<', q.before);
    if (q.actions && !q.actions.includes('target_remove')) query = query.where('new_value', 'is not', null);
    if (q.actions && !q.actions.includes('target_set')) query = query.where('new_value', 'is', null);
    for (const r of await query.execute()) {
      const scope = r.scope === 'all' ? 'all' : `${r.scope} ${r.scope_code}`;
      const { id: _id, changedAt: _at, actor: _actor, ...change } = targetChangeFromRow(r);
      items.push({
        id: `target:${r.id}`,
        at: r.changed_at,
        actor: r.actor,
        action: r.new_value === null ? 'target_remove' : 'target_set',
        subject: `target ${r.indicator} (${scope}) ${r.year}`,
        details: change,
      });
    }
  }

  const logActions = q.actions?.filter((a) => !IMPORT_ACTIONS.includes(a) && !TARGET_ACTIONS.includes(a));
  if (!q.actions || (logActions && logActions.length > 0)) {
    let query = db.selectFrom('audit_log').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(q.limit);
    if (q.before) query = query.where('at', '<', q.before);
    if (logActions) query = query.where('action', 'in', logActions);
    for (const r of await query.execute()) {
      let details: Record<string, unknown> = {};
      try {
        details = JSON.parse(r.details) as Record<string, unknown>;
      } catch {
        // Shown without details.
      }
      items.push({ id: `audit:${r.id}`, at: r.at, actor: r.actor, action: r.action, subject: r.subject, details });
    }
  }

  items.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id.localeCompare(a.id)));
  return items.slice(0, q.limit);
}
