/**
 * Pre-aggregation: one row per (indicator, year, entity, product group) holding the sums every
 * ratio needs, and the same rolled up over product groups (indicator, year, entity) in
 * `aggregates_by_entity`. Imports refresh the rows of the entities they touched, in the same
 * transaction; dashboard queries sum these rows and never scan the records.
 */
import { INDICATORS, indicatorById, type IndicatorId, type RecordFilters } from '@koers/domain';
import type { Aggregate } from '@koers/indicators';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { compileOnce, read } from './compiled-read.ts';
import { isPostgres } from './connection.ts';
import { filterClause } from './filters.ts';
import { INDICATOR_PREDICATES, type IndicatorPart } from './indicator-sql.ts';
import type { Database } from './schema.ts';

type Conn = Kysely<Database>;

/**
 * One GROUP BY pass over the records computing every indicator's sums, and the statement that
 * turns its wide row (one column per indicator and part) into the long aggregate rows. Equal
 * sums are computed once (many indicators share a scope, and for a count measure the
 * denominator's sum is its n), which matters at a million rows.
 */
function refreshStatements(): { select: string; columns: Record<IndicatorId, { num: string; den: string; n: string; scope: string; numN: string }> } {
  const aliases = new Map<string, string>();
  const sums: string[] = [];
  const sumOf = (expression: string): string => {
    let alias = aliases.get(expression);
    if (!alias) {
      alias = `s${aliases.size}`;
      aliases.set(expression, alias);
      sums.push(`coalesce(sum(${expression}), 0) as ${alias}`);
    }
    return alias;
  };
  const columns = {} as Record<IndicatorId, { num: string; den: string; n: string; scope: string; numN: string }>;
  for (const { id } of INDICATORS) {
    const p = INDICATOR_PREDICATES[id];
    const measure = p.measure === 'value' ? 'value_cents' : '1';
    const when = (predicate: string, value: string) =>
      predicate === '1 = 1' ? (value === '1' ? '1' : value) : `case when ${predicate} then ${value} else 0 end`;
    columns[id] = {
      num: sumOf(when(p.numerator, measure)),
      den: sumOf(when(p.denominator, measure)),
      n: sumOf(when(p.denominator, '1')),
      scope: sumOf(when(p.scope, '1')),
      numN: sumOf(when(p.numerator, '1')),
    };
  }
  return { select: sums.join(',\n  '), columns };
}

const REFRESH = refreshStatements();

/** Recomputes the aggregates of the given entities (all entities when omitted). */
export async function refreshAggregates(db: Conn, entities?: readonly string[]): Promise<void> {
  if (entities && entities.length === 0) return;
  const scoped = (column: string) => (entities ? sql`where ${sql.ref(column)} in (${sql.join(entities)})` : sql``);
  await sql`delete from aggregates ${scoped('entity')}`.execute(db);
  await sql`delete from aggregates_by_entity ${scoped('entity')}`.execute(db);

  // One scan of the records; the wide row is unpivoted in SQL so no row travels through JS.
  const unpivot = INDICATORS.map(({ id }) => {
    const c = REFRESH.columns[id];
    return `select year, entity, pg, '${id}', ${c.num}, ${c.den}, ${c.n}, ${c.scope}, ${c.numN} from g`;
  }).join('\nunion all ');
  // Grouped in the order of the index on (entity, year, product_group): no sort of the records.
  await sql`with g as (
      select records.year as year, records.entity as entity, coalesce(records.product_group, '') as pg,
      ${sql.raw(REFRESH.select)}
      from records ${scoped('records.entity')}
      group by records.entity, records.year, records.product_group
    )
    insert into aggregates (year, entity, product_group, indicator, num, den, n, scope, num_n)
    ${sql.raw(unpivot)}`.execute(db);
  await sql`insert into aggregates_by_entity (indicator, year, entity, num, den, n, scope, num_n)
    select indicator, year, entity, sum(num), sum(den), sum(n), sum(scope), sum(num_n)
    from aggregates ${scoped('entity')}
    group by indicator, year, entity`.execute(db);
  // PostgreSQL plans the dashboard's joins from table statistics; right after a large load they
  // still describe the tables before it (a local-tier trend took 31 ms on a nested loop instead of
  // 2 ms). The roll-ups and the registry are small: sampling them costs a few milliseconds.
  if (isPostgres(db)) await sql`analyze aggregates, aggregates_by_entity, entities`.execute(db);
}

/** Dimensions the aggregate table can be grouped on (theme is a property of the indicator). */
export type AggregateDimension = 'year' | 'entity' | 'policyDomain' | 'productGroup' | 'tier' | 'province' | 'populationClass';

export interface AggregateRow extends Aggregate {
  year?: number;
  entity?: string;
  policyDomain?: string | null;
  productGroup?: string | null;
  tier?: string | null;
  province?: string | null;
  populationClass?: string | null;
}

/**
 * The SQL of each dimension. In current boundaries a merged municipality's rows count under its
 * successor (`entities` is the organisation that awarded, `successor` the one that took over),
 * and its population class is the successor's; province and tier never change in a merger.
 */
function dimensionSql(dimension: AggregateDimension, historical: boolean): string {
  switch (dimension) {
    case 'year':
      return 'aggregates.year';
    case 'entity':
      return historical ? 'aggregates.entity' : 'coalesce(entities.succeeded_by, aggregates.entity)';
    case 'policyDomain':
      return 'entities.policy_domain';
    case 'productGroup':
      return 'aggregates.product_group';
    case 'tier':
      return 'entities.tier';
    case 'province':
      return 'entities.province';
    case 'populationClass':
      return historical ? 'entities.population_class' : 'coalesce(successor.population_class, entities.population_class)';
  }
}

/**
 * The aggregate table to read: the roll-up over product groups (a few hundred rows per
 * indicator) unless product groups are asked for, else the full table. Aliased `aggregates`
 * either way, so the shared filter clause applies to both.
 */
function aggregateTable(dimensions: readonly AggregateDimension[], filters: RecordFilters): RawBuilder<unknown> {
  const byProductGroup = dimensions.includes('productGroup') || (filters.productGroup?.length ?? 0) > 0;
  return byProductGroup ? sql`aggregates` : sql`aggregates_by_entity as aggregates`;
}

/** Sums of one indicator grouped by the given dimensions, filtered like the records. */
export async function sumAggregates(
  db: Conn,
  indicator: IndicatorId,
  dimensions: readonly AggregateDimension[],
  filters: RecordFilters,
): Promise<AggregateRow[]> {
  const isValue = indicatorById(indicator).measure === 'value';
  const query = compileOnce(db, `sum|${indicator}|${dimensions.join(',')}|${JSON.stringify(filters)}`, () => {
    const historical = filters.boundaries === 'historical';
    const groupColumns = dimensions.map((d) => sql`${sql.raw(dimensionSql(d, historical))} as ${sql.ref(d)}`);
    const groupBy = dimensions.map((d) => sql.raw(dimensionSql(d, historical)));
    const successorJoin =
      dimensions.includes('populationClass') && !historical ? sql`left join entities as successor on successor.code = entities.succeeded_by` : sql``;
    return sql<Record<string, unknown>>`
      select ${sql.join([
        ...groupColumns,
        sql`sum(aggregates.num) as num`,
        sql`sum(aggregates.den) as den`,
        sql`sum(aggregates.n) as n`,
        sql`sum(aggregates.scope) as scope`,
      ])}
      from ${aggregateTable(dimensions, filters)}
      inner join entities on entities.code = aggregates.entity
      ${successorJoin}
      where aggregates.indicator = ${indicator} and ${filterClause('aggregates', filters)}
      ${groupBy.length > 0 ? sql`group by ${sql.join(groupBy)}` : sql``}`;
  });
  const rows = await read<Record<string, unknown>>(db, query);
  return rows.map((r) => {
    // Value indicators are summed in cents; the API speaks euro.
    const unit = isValue ? 100 : 1;
    const out: AggregateRow = { num: Number(r.num ?? 0) / unit, den: Number(r.den ?? 0) / unit, n: Number(r.n ?? 0), scope: Number(r.scope ?? 0) };
    if (dimensions.includes('year')) out.year = Number(r.year);
    if (dimensions.includes('entity')) out.entity = String(r.entity);
    if (dimensions.includes('policyDomain')) out.policyDomain = (r.policyDomain as string | null) ?? null;
    if (dimensions.includes('productGroup')) out.productGroup = r.productGroup === '' ? null : ((r.productGroup as string | null) ?? null);
    for (const d of ['tier', 'province', 'populationClass'] as const) if (dimensions.includes(d)) out[d] = (r[d] as string | null) ?? null;
    return out;
  });
}

/** An indicator whose scope is every record: its scope count is the number of records. */
const EVERY_RECORD = INDICATORS.find(({ id }) => INDICATOR_PREDICATES[id].scope === '1 = 1')!.id;

/**
 * How many records a records list holds (all records, or one part of an indicator), counted
 * from the aggregates instead of the records. Null when the aggregates cannot say: rows computed
 * before numerator counts were kept (the next refresh of that entity fills them).
 */
export async function countFromAggregates(
  db: Conn,
  filters: RecordFilters,
  indicator?: IndicatorId,
  part: IndicatorPart = 'denominator',
): Promise<number | null> {
  const query = compileOnce(db, `count|${indicator ?? ''}|${part}|${JSON.stringify(filters)}`, () => {
    const counted = indicator
      ? { numerator: sql`aggregates.num_n`, denominator: sql`aggregates.n`, scope: sql`aggregates.scope`, unknown: sql`aggregates.scope - aggregates.n` }[part]
      : sql`aggregates.scope`;
    return sql`
      select sum(${counted}) as total, count(*) - count(${counted}) as missing
      from ${aggregateTable([], filters)}
      where aggregates.indicator = ${indicator ?? EVERY_RECORD} and ${filterClause('aggregates', filters)}`;
  });
  const [row] = await read<{ total: number | null; missing: number | null }>(db, query);
  if (!row || Number(row.missing ?? 0) > 0) return null;
  return Number(row.total ?? 0);
}

/** The years that hold records, from the roll-up (a few hundred rows) rather than the records. */
export async function aggregateYears(db: Conn): Promise<number[]> {
  const query = compileOnce(db, 'years', () => sql`select distinct year from aggregates_by_entity where indicator = ${EVERY_RECORD} order by year`);
  return (await read<{ year: number }>(db, query)).map((r) => Number(r.year));
}
