/**
 * Every API call the dashboard makes for its overview, theme, entity and compare pages, each
 * with the same question put to DuckDB over the raw records (its reference time).
 */
import { INDICATORS, INDICATOR_IDS, type IndicatorId } from '@koers/domain';
import { INDICATOR_PREDICATES } from '@koers/db';

export type Page = 'overview' | 'theme' | 'entity' | 'compare';

export interface DashboardCall {
  page: Page;
  /** Short label for the table. */
  label: string;
  path: string;
  /** The same question over the raw records (and the registry), in DuckDB SQL. */
  duckSql: string | readonly string[];
}

type Dim = 'year' | 'entity' | 'policyDomain';
interface Filters {
  from?: number;
  to?: number;
  entity?: string;
  policyDomain?: string;
}

const DIM_SQL: Record<Dim, string> = { year: 'r.year', entity: 'r.entity', policyDomain: 'e.policy_domain' };

/** The sums an indicator row needs (numerator, denominator, n, scope), grouped like the API call. */
export function indicatorSql(id: IndicatorId, groupBy: readonly Dim[], filters: Filters): string {
  const p = INDICATOR_PREDICATES[id];
  const measure = p.measure === 'value' ? 'value_cents' : '1';
  const where: string[] = [];
  if (filters.from !== undefined) where.push(`r.year >= ${filters.from}`);
  if (filters.to !== undefined) where.push(`r.year <= ${filters.to}`);
  if (filters.entity) where.push(`r.entity = '${filters.entity}'`);
  if (filters.policyDomain) where.push(`e.policy_domain = '${filters.policyDomain}'`);
  const keys = groupBy.map((d) => DIM_SQL[d]);
  const join = groupBy.includes('policyDomain') || filters.policyDomain ? 'join entities e on e.code = r.entity' : '';
  return `select ${keys.map((k) => `${k}, `).join('')}
    sum(case when ${p.numerator} then ${measure} else 0 end) as num,
    sum(case when ${p.denominator} then ${measure} else 0 end) as den,
    sum(case when ${p.denominator} then 1 else 0 end) as n,
    sum(case when ${p.scope} then 1 else 0 end) as scope
  from records r ${join}
  ${where.length ? `where ${where.join(' and ')}` : ''}
  ${keys.length ? `group by ${keys.join(', ')} order by ${keys.join(', ')}` : ''}`;
}

function indicatorCall(page: Page, id: IndicatorId, groupBy: readonly Dim[], filters: Filters): DashboardCall {
  const params = new URLSearchParams({ groupBy: groupBy.join(',') });
  if (filters.from !== undefined) params.set('from', String(filters.from));
  if (filters.to !== undefined) params.set('to', String(filters.to));
  if (filters.entity) params.set('entity', filters.entity);
  if (filters.policyDomain) params.set('policyDomain', filters.policyDomain);
  const query = params.toString().replace(/%2C/g, ',');
  return { page, label: `${id} ?${query}`, path: `/api/v1/indicators/${id}?${query}`, duckSql: indicatorSql(id, groupBy, filters) };
}

export interface CallOptions {
  /** The latest year with data: ranking and comparison pages look at it. */
  year: number;
  entity: string;
  policyDomain: string;
}

/**
 * The dashboard's calls, without repeats (the dashboard's query cache shares a call between the
 * widgets that need it): overview = meta, both headline shares and every indicator by year (theme
 * status); theme = every indicator by year (shared with the overview) and its entity ranking for
 * the latest year; entity = every indicator by year for one entity and for its policy domain;
 * compare = every indicator per entity and per entity and policy domain for the latest year.
 */
export function dashboardCalls({ year, entity, policyDomain }: CallOptions): DashboardCall[] {
  const calls: DashboardCall[] = [
    {
      page: 'overview',
      label: 'meta',
      path: '/api/v1/meta',
      // The same answer: the years with records, and the registry it is shown with.
      duckSql: [
        'select distinct year from records order by year',
        'select * from entities order by code',
        'select * from policy_domains order by code',
        'select * from product_groups order by code',
        'select * from targets order by indicator, scope, scope_code, year',
      ],
    },
  ];
  const headline: IndicatorId[] = ['sustainable_value_share', 'sustainable_count_share'];
  const byYear = [...headline, ...INDICATOR_IDS.filter((id) => !headline.includes(id))];
  for (const id of byYear) calls.push(indicatorCall('overview', id, ['year'], {}));
  for (const { id } of INDICATORS) calls.push(indicatorCall('theme', id, ['entity'], { from: year, to: year }));
  for (const { id } of INDICATORS) calls.push(indicatorCall('entity', id, ['year'], { entity }));
  for (const { id } of INDICATORS) calls.push(indicatorCall('entity', id, ['year'], { policyDomain }));
  for (const { id } of INDICATORS) calls.push(indicatorCall('compare', id, ['entity', 'policyDomain'], { from: year, to: year }));
  return calls;
}

/** The overview's calls, for the load test. */
export function overviewPaths(calls: readonly DashboardCall[]): string[] {
  return calls.filter((c) => c.page === 'overview').map((c) => c.path);
}

export interface RecordsChain {
  label: string;
  /** First page; later pages add `cursor`. */
  path: string;
  /** DuckDB: page `page` of the same list (offset paging over the raw records) and its total. */
  duckSql: (page: number, limit: number) => string[];
}

export function recordsChains(entity: string): RecordsChain[] {
  const chain = (label: string, filter: string, params: string): RecordsChain => {
    const p = INDICATOR_PREDICATES.sustainable_value_share;
    const where = `(${p.numerator})${filter}`;
    return {
      label,
      path: `/api/v1/records?indicator=sustainable_value_share&part=numerator&sort=value_eur&direction=desc&limit=50${params}`,
      duckSql: (page, limit) => [
        `select * from records r where ${where} order by coalesce(value_cents, -1) desc, rowid desc limit ${limit + 1} offset ${(page - 1) * limit}`,
        `select count(*) from records r where ${where}`,
      ],
    };
  };
  return [chain('numerator of sustainable_value_share by value', '', ''), chain(`… and entity=${entity}`, ` and r.entity = '${entity}'`, `&entity=${entity}`)];
}
