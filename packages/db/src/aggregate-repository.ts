/**
 * Pre-aggregation: one row per (indicator, year, entity, product group) holding the sums every
 * ratio needs. Imports refresh the rows of the entities they touched, in the same transaction;
 * dashboard queries sum these rows and never scan the records.
 */
import { INDICATORS, indicatorById, type IndicatorId, type RecordFilters } from '@koers/domain';
import type { Aggregate } from '@koers/indicators';
import { sql, type Kysely } from 'kysely';
import { filterClause } from './filters.ts';
import { aggregateSelectList } from './indicator-sql.ts';
import type { AggregateTable, Database } from './schema.ts';

type Conn = Kysely<Database>;

const SELECT_LIST = aggregateSelectList();

/** Recomputes the aggregates of the given entities (all entities when omitted). */
export async function refreshAggregates(db: Conn, entities?: readonly string[]): Promise<void> {
  if (entities && entities.length === 0) return;
  const scoped = entities ? sql`where entity in (${sql.join(entities)})` : sql``;
  if (entities) await db.deleteFrom('aggregates').where('entity', 'in', entities).execute();
  else await db.deleteFrom('aggregates').execute();

  const grouped = await sql<Record<string, number | string | null>>`
    select year, entity, coalesce(product_group, '') as product_group,
    ${sql.raw(SELECT_LIST)}
    from records ${scoped}
    group by year, entity, coalesce(product_group, '')`.execute(db);

  const rows: AggregateTable[] = [];
  for (const g of grouped.rows) {
    for (const { id } of INDICATORS) {
      rows.push({
        year: Number(g.year),
        entity: String(g.entity),
        product_group: String(g.product_group),
        indicator: id,
        num: Number(g[`${id}__num`] ?? 0),
        den: Number(g[`${id}__den`] ?? 0),
        n: Number(g[`${id}__n`] ?? 0),
        scope: Number(g[`${id}__scope`] ?? 0),
      });
    }
  }
  for (let i = 0; i < rows.length; i += 500) {
    await db.insertInto('aggregates').values(rows.slice(i, i + 500)).execute();
  }
}

/** Dimensions the aggregate table can be grouped on (theme is a property of the indicator). */
export type AggregateDimension = 'year' | 'entity' | 'policyDomain' | 'productGroup';

export interface AggregateRow extends Aggregate {
  year?: number;
  entity?: string;
  policyDomain?: string | null;
  productGroup?: string | null;
}

const DIMENSION_SQL: Record<AggregateDimension, string> = {
  year: 'aggregates.year',
  entity: 'aggregates.entity',
  policyDomain: 'entities.policy_domain',
  productGroup: 'aggregates.product_group',
};

/** Sums of one indicator grouped by the given dimensions, filtered like the records. */
export async function sumAggregates(
  db: Conn,
  indicator: IndicatorId,
  dimensions: readonly AggregateDimension[],
  filters: RecordFilters,
): Promise<AggregateRow[]> {
  const isValue = indicatorById(indicator).measure === 'value';
  const groupColumns = dimensions.map((d) => sql`${sql.raw(DIMENSION_SQL[d])} as ${sql.ref(d)}`);
  const groupBy = dimensions.map((d) => sql.raw(DIMENSION_SQL[d]));
  const rows = await db
    .selectFrom('aggregates')
    .innerJoin('entities', 'entities.code', 'aggregates.entity')
    .select(() => [
      ...groupColumns.map((c) => c as never),
      sql<number>`sum(aggregates.num)`.as('num'),
      sql<number>`sum(aggregates.den)`.as('den'),
      sql<number>`sum(aggregates.n)`.as('n'),
      sql<number>`sum(aggregates.scope)`.as('scope'),
    ])
    .where('aggregates.indicator', '=', indicator)
    .where(filterClause('aggregates', filters))
    .$if(groupBy.length > 0, (q) => q.groupBy(groupBy as never))
    .execute();
  return (rows as unknown as Record<string, unknown>[]).map((r) => {
    // Value indicators are summed in cents; the API speaks euro.
    const unit = isValue ? 100 : 1;
    const out: AggregateRow = { num: Number(r.num ?? 0) / unit, den: Number(r.den ?? 0) / unit, n: Number(r.n ?? 0), scope: Number(r.scope ?? 0) };
    if (dimensions.includes('year')) out.year = Number(r.year);
    if (dimensions.includes('entity')) out.entity = String(r.entity);
    if (dimensions.includes('policyDomain')) out.policyDomain = (r.policyDomain as string | null) ?? null;
    if (dimensions.includes('productGroup')) out.productGroup = r.productGroup === '' ? null : ((r.productGroup as string | null) ?? null);
    return out;
  });
}
