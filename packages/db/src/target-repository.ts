/** Targets as administered data: lookups by key, removal, and listing with the time of the last change. */
import type { IndicatorId, Target, TargetScope } from '@koers/domain';
import type { Kysely, Selectable } from 'kysely';
import { fromTargetRow } from './registry-repository.ts';
import type { Database, TargetTable } from './schema.ts';

type Conn = Kysely<Database>;

/** A target's key: indicator × scope (× code) × year. */
export interface TargetKey {
  indicator: IndicatorId;
  scope: TargetScope;
  /** Policy-domain or entity code; null for scope `all`. */
  scopeCode: string | null;
  year: number;
}

export interface StoredTarget extends Target {
  updatedAt: string;
}

const storedTarget = (row: Selectable<TargetTable>): StoredTarget => ({ ...fromTargetRow(row), updatedAt: row.updated_at });

export interface TargetListQuery {
  indicator?: IndicatorId;
  scope?: TargetScope;
  scopeCode?: string;
}

export async function listStoredTargets(db: Conn, q: TargetListQuery = {}): Promise<StoredTarget[]> {
  let query = db.selectFrom('targets').selectAll().orderBy('indicator').orderBy('scope').orderBy('scope_code').orderBy('year');
  if (q.indicator) query = query.where('indicator', '=', q.indicator);
  if (q.scope) query = query.where('scope', '=', q.scope);
  if (q.scopeCode !== undefined) query = query.where('scope_code', '=', q.scopeCode);
  return (await query.execute()).map(storedTarget);
}

export async function getTarget(db: Conn, key: TargetKey): Promise<StoredTarget | null> {
  const row = await db
    .selectFrom('targets')
    .selectAll()
    .where('indicator', '=', key.indicator)
    .where('scope', '=', key.scope)
    .where('scope_code', '=', key.scopeCode ?? '')
    .where('year', '=', key.year)
    .executeTakeFirst();
  return row ? storedTarget(row) : null;
}

export async function deleteTarget(db: Conn, key: TargetKey): Promise<boolean> {
  const result = await db
    .deleteFrom('targets')
    .where('indicator', '=', key.indicator)
    .where('scope', '=', key.scope)
    .where('scope_code', '=', key.scopeCode ?? '')
    .where('year', '=', key.year)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function entityExists(db: Conn, code: string): Promise<boolean> {
  return (await db.selectFrom('entities').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;
}

export async function policyDomainExists(db: Conn, code: string): Promise<boolean> {
  return (await db.selectFrom('policy_domains').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;
}

export async function provinceExists(db: Conn, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('entities')
    .select('code')
    .where('code', '=', code)
    .where('type', '=', 'provincie')
    .where('tier', '=', 'local')
    .executeTakeFirst();
  return row !== undefined;
}
