import type { RecordFilters } from '@koers/domain';
import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * The shared WHERE clause of records and aggregates: both tables carry `year`, `entity` and
 * `product_group`; policy domain goes through the entity registry.
 */
export function filterClause(table: 'records' | 'aggregates', filters: RecordFilters): RawBuilder<SqlBool> {
  const ref = (column: string) => sql.ref(`${table}.${column}`);
  const conditions: RawBuilder<SqlBool>[] = [];
  if (filters.from !== undefined) conditions.push(sql<SqlBool>`${ref('year')} >= ${filters.from}`);
  if (filters.to !== undefined) conditions.push(sql<SqlBool>`${ref('year')} <= ${filters.to}`);
  if (filters.entity?.length) conditions.push(sql<SqlBool>`${ref('entity')} in (${sql.join(filters.entity)})`);
  if (filters.productGroup?.length) {
    // Aggregates store a missing product group as ''; records as null.
    const column = ref('product_group');
    conditions.push(sql<SqlBool>`${column} in (${sql.join(filters.productGroup)})`);
  }
  if (filters.policyDomain?.length) {
    conditions.push(
      sql<SqlBool>`${ref('entity')} in (select code from entities where policy_domain in (${sql.join(filters.policyDomain)}))`,
    );
  }
  return conditions.length ? sql<SqlBool>`(${sql.join(conditions, sql` and `)})` : sql<SqlBool>`1 = 1`;
}
