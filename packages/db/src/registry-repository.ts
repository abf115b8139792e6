/** Registry tables: policy domains, entities, product groups and targets. */
import {
  DEFAULT_TARGETS,
  ENTITIES,
  LOCAL_GOVERNMENTS,
  POLICY_DOMAINS,
  tierOf,
  PRODUCT_GROUPS,
  type Entity,
  type IndicatorId,
  type PolicyDomain,
  type PopulationClass,
  type ProductGroup,
  type Target,
  type TargetScope,
} from '@koers/domain';
import type { Insertable, Kysely, Selectable } from 'kysely';
import { compileOnce, read } from './compiled-read.ts';
import type { Database, EntityTable, TargetTable } from './schema.ts';
import { writeTransaction } from './write-transaction.ts';

type Conn = Kysely<Database>;

/**
 * Writes the registry that ships with Koers into the database: new entries are added and the
 * shipped names refreshed; entities added from notices and targets edited by an administrator
 * are left alone (default targets are only added where none exists for that key).
 */
export async function syncRegistry(db: Conn): Promise<void> {
  await writeTransaction(db, async (trx) => {
    for (const d of POLICY_DOMAINS) {
      const row = { code: d.code, name_nl: d.name.nl, name_fr: d.name.fr, name_en: d.name.en, valid_from: d.validFrom, valid_to: d.validTo };
      await trx
        .insertInto('policy_domains')
        .values(row)
        .onConflict((oc) => oc.column('code').doUpdateSet(row))
        .execute();
    }
    for (const e of [...ENTITIES, ...LOCAL_GOVERNMENTS]) {
      const row = toEntityRow(e);
      const { code: _code, enterprise_number: _kbo, ...shipped } = row;
      await trx
        .insertInto('entities')
        .values(row)
        .onConflict((oc) => oc.column('code').doUpdateSet(shipped))
        .execute();
    }
    for (const g of PRODUCT_GROUPS) {
      const row = {
        code: g.code,
        name_nl: g.name.nl,
        name_fr: g.name.fr,
        name_en: g.name.en,
        cpv_prefixes: g.cpvPrefixes.join(' '),
        essential_criteria: g.essentialCriteria ? 1 : 0,
      };
      await trx
        .insertInto('product_groups')
        .values(row)
        .onConflict((oc) => oc.column('code').doUpdateSet(row))
        .execute();
    }
    const now = new Date().toISOString();
    for (const t of DEFAULT_TARGETS) {
      await trx
        .insertInto('targets')
        .values({ indicator: t.indicator, scope: t.scope, scope_code: t.scopeCode ?? '', year: t.year, value: t.value, source: t.source, updated_at: now })
        .onConflict((oc) => oc.columns(['indicator', 'scope', 'scope_code', 'year']).doNothing())
        .execute();
    }
  });
}

function toEntityRow(e: Entity): Insertable<EntityTable> {
  return {
    code: e.code,
    name: e.name,
    type: e.type,
    policy_domain: e.policyDomain,
    flemish_government: e.flemishGovernment ? 1 : 0,
    enterprise_number: e.enterpriseNumber ?? null,
    tier: tierOf(e),
    name_fr: e.nameFr ?? null,
    nis_code: e.nisCode ?? null,
    province: e.province ?? null,
    inhabitants: e.inhabitants ?? null,
    population_class: e.populationClass ?? null,
    valid_from: e.validFrom ?? null,
    valid_to: e.validTo ?? null,
    succeeded_by: e.succeededBy ?? null,
  };
}

function fromEntityRow(row: Selectable<EntityTable>): Entity {
  return {
    code: row.code,
    name: row.name,
    type: row.type,
    policyDomain: row.policy_domain,
    flemishGovernment: row.flemish_government === 1,
    enterpriseNumber: row.enterprise_number,
    tier: row.tier as Entity['tier'],
    nameFr: row.name_fr,
    nisCode: row.nis_code,
    province: row.province,
    inhabitants: row.inhabitants === null ? null : Number(row.inhabitants),
    populationClass: row.population_class as PopulationClass | null,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    succeededBy: row.succeeded_by,
  };
}

/** Every organisation: asked on every indicator answer, so compiled once and kept prepared. */
export async function listEntities(db: Conn): Promise<Entity[]> {
  const query = compileOnce(db, 'entities', () => db.selectFrom('entities').selectAll().orderBy('code'));
  return (await read<Selectable<EntityTable>>(db, query)).map(fromEntityRow);
}

/** Adds a buyer found in a notice as an entity outside the Flemish government. */
export async function addEntity(db: Conn, entity: Entity): Promise<void> {
  await db
    .insertInto('entities')
    .values(toEntityRow(entity))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

export async function listPolicyDomains(db: Conn): Promise<PolicyDomain[]> {
  const rows = await db.selectFrom('policy_domains').selectAll().orderBy('code').execute();
  return rows.map((r) => ({ code: r.code, name: { nl: r.name_nl, fr: r.name_fr, en: r.name_en }, validFrom: r.valid_from, validTo: r.valid_to }));
}

export async function listProductGroups(db: Conn): Promise<ProductGroup[]> {
  const rows = await db.selectFrom('product_groups').selectAll().orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code,
    name: { nl: r.name_nl, fr: r.name_fr, en: r.name_en },
    cpvPrefixes: r.cpv_prefixes.split(' ').filter(Boolean),
    essentialCriteria: r.essential_criteria === 1,
  }));
}

/** A row of `targets` as the domain's Target (an empty scope code is none). */
export function fromTargetRow(r: Selectable<TargetTable>): Target {
  return {
    indicator: r.indicator as IndicatorId,
    scope: r.scope as TargetScope,
    scopeCode: r.scope_code === '' ? null : r.scope_code,
    year: r.year,
    value: r.value,
    source: r.source,
  };
}

export async function listTargets(db: Conn, indicator?: IndicatorId): Promise<Target[]> {
  let query = db.selectFrom('targets').selectAll().orderBy('indicator').orderBy('scope').orderBy('scope_code').orderBy('year');
  if (indicator) query = query.where('indicator', '=', indicator);
  return (await query.execute()).map(fromTargetRow);
}

export async function upsertTarget(db: Conn, target: Target): Promise<void> {
  const row = {
    indicator: target.indicator,
    scope: target.scope,
    scope_code: target.scopeCode ?? '',
    year: target.year,
    value: target.value,
    source: target.source,
    updated_at: new Date().toISOString(),
  };
  await db
    .insertInto('targets')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['indicator', 'scope', 'scope_code', 'year']).doUpdateSet({ value: row.value, source: row.source, updated_at: row.updated_at }),
    )
    .execute();
}
