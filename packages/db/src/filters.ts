import type { RecordFilters } from '@koers/domain';
import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * The shared WHERE clause of records and aggregates: both tables carry `year`, `entity` and
 * `product_group`; policy domain, tier, province and population class go through the registry.
 * In current boundaries (the default) an entity filter also takes the records of the
 * organisations it succeeded, and a population class is the successor's.
 */
export function filterClause(table: 'records' | 'aggregates', filters: RecordFilters): RawBuilder<SqlBool> {
  const ref = (column: string) => sql.ref(`${table}.${column}`);
  const historical = filters.boundaries === 'historical';
  const conditions: RawBuilder<SqlBool>[] = [];
  const entityIn = (registry: RawBuilder<unknown>) => sql<SqlBool>`${ref('entity')} in (${registry})`;
  if (filters.from !== undefined) conditions.push(sql<SqlBool>`${ref('year')} >= ${filters.from}`);
  if (filters.to !== undefined) conditions.push(sql<SqlBool>`${ref('year')} <= ${filters.to}`);
  if (filters.entity?.length) {
    const codes = sql.join(filters.entity);
    conditions.push(
      historical
        ? sql<SqlBool>`${ref('entity')} in (${codes})`
        : entityIn(sql`select code from entities where code in (${codes}) or succeeded_by in (${codes})`),
    );
  }
  if (filters.productGroup?.length) {
    // Aggregates store a missing product group as ''; records as null.
    const column = ref('product_group');
    conditions.push(sql<SqlBool>`${column} in (${sql.join(filters.productGroup)})`);
  }
  if (filters.policyDomain?.length) {
    conditions.push(entityIn(sql`select code from entities where policy_domain in (${sql.join(filters.policyDomain)})`));
  }
  if (filters.tier?.length) conditions.push(entityIn(sql`select code from entities where tier in (${sql.join(filters.tier)})`));
  if (filters.province?.length) conditions.push(entityIn(sql`select code from entities where province in (${sql.join(filters.province)})`));
  if (filters.populationClass?.length) {
    const classes = sql.join(filters.populationClass);
    conditions.push(
      historical
        ? entityIn(sql`select code from entities where population_class in (${classes})`)
        : entityIn(sql`select e.code from entities e left join entities s on s.code = e.succeeded_by
            where coalesce(s.population_class, e.population_class) in (${classes})`),
    );
  }
  return conditions.length ? sql<SqlBool>`(${sql.join(conditions, sql` and `)})` : sql<SqlBool>`1 = 1`;
}
