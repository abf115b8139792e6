/** Policy events as administered data: listing in date order, one by id, insert, update, delete. */
import type { PolicyEventScope } from '@koers/domain';
import type { Kysely, Selectable } from 'kysely';
import type { Database, PolicyEventTable } from './schema.ts';

type Conn = Kysely<Database>;

/** Whose charts show an event (SPEC §7): everyone's, a policy domain's, or one entity's. */
export type { PolicyEventScope };

export interface PolicyEventFields {
  /** ISO date (yyyy-mm-dd). */
  date: string;
  label: { nl: string; fr: string; en: string };
  scope: PolicyEventScope;
  /** Policy-domain or entity code; null for scope `all`. */
  scopeCode: string | null;
  source: string | null;
}

export interface PolicyEvent extends PolicyEventFields {
  id: number;
  updatedAt: string;
}

const fromRow = (r: Selectable<PolicyEventTable>): PolicyEvent => ({
  id: r.id,
  date: r.event_date,
  label: { nl: r.label_nl, fr: r.label_fr, en: r.label_en },
  scope: r.scope as PolicyEventScope,
  scopeCode: r.scope_code === '' ? null : r.scope_code,
  source: r.source,
  updatedAt: r.updated_at,
});

const toRow = (e: PolicyEventFields, updatedAt: string) => ({
  event_date: e.date,
  label_nl: e.label.nl,
  label_fr: e.label.fr,
  label_en: e.label.en,
  scope: e.scope,
  scope_code: e.scopeCode ?? '',
  source: e.source,
  updated_at: updatedAt,
});

export async function listPolicyEvents(db: Conn): Promise<PolicyEvent[]> {
  return (await db.selectFrom('policy_events').selectAll().orderBy('event_date').orderBy('id').execute()).map(fromRow);
}

export async function getPolicyEvent(db: Conn, id: number): Promise<PolicyEvent | null> {
  const row = await db.selectFrom('policy_events').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : null;
}

export async function insertPolicyEvent(db: Conn, event: PolicyEventFields, updatedAt: string): Promise<number> {
  const row = await db.insertInto('policy_events').values(toRow(event, updatedAt)).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePolicyEvent(db: Conn, id: number, event: PolicyEventFields, updatedAt: string): Promise<boolean> {
  const result = await db.updateTable('policy_events').set(toRow(event, updatedAt)).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deletePolicyEvent(db: Conn, id: number): Promise<boolean> {
  const result = await db.deleteFrom('policy_events').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
