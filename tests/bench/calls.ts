/**
 * Every API call the dashboard makes for its overview, theme, entity and compare pages, each
 * with the same question put to DuckDB over the raw records (its reference time).
 */
import { INDICATORS, INDICATOR_IDS, type IndicatorId } from '@koers/domain';
import { INDICATOR_PREDICATES } from '@koers/db';

type Page = 'overview' | 'theme' | 'entity' | 'compare' | 'local' | 'map';

export interface DashboardCall {
  page: Page;
  /** Short label for the table. */
  label: string;
  path: string;
  /** The same question over the raw records (and the registry), in DuckDB SQL. */
  duckSql: string | readonly string[];
}

type Dim = 'year' | 'entity' | 'policyDomain' | 'province' | 'populationClass';
interface Filters {
  from?: number;
  to?: number;
  entity?: string;
  policyDomain?: string;
  tier?: 'flemish_government' | 'local';
  province?: string;
}

// In today's boundaries (the API's default) a merged municipality counts under its successor and in its class.
const DIM_SQL: Record<Dim, string> = {
  year: 'r.year',
  entity: 'coalesce(e.succeeded_by, r.entity)',
  policyDomain: 'e.policy_domain',
  province: 'e.province',
  populationClass: 'coalesce(s.population_class, e.population_class)',
};

/** The sums an indicator row needs (numerator, denominator, n, scope), grouped like the API call. */
function indicatorSql(id: IndicatorId, groupBy: readonly Dim[], filters: Filters): string {
  const p = INDICATOR_PREDICATES[id];
  const measure = p.measure === 'value' ? 'value_cents' : '1';
  const where: string[] = [];
  if (filters.from !== undefined) where.push(`r.year >= ${filters.from}`);
  if (filters.to !== undefined) where.push(`r.year <= ${filters.to}`);
  if (filters.entity) where.push(`(r.entity = '${filters.entity}' or e.succeeded_by = '${filters.entity}')`);
  if (filters.policyDomain) where.push(`e.policy_domain = '${filters.policyDomain}'`);
  if (filters.tier) where.push(`e.tier = '${filters.tier}'`);
  if (filters.province) where.push(`e.province = '${filters.province}'`);
  const keys = groupBy.map((d) => DIM_SQL[d]);
  const join = ['join entities e on e.code = r.entity', groupBy.includes('populationClass') ? 'left join entities s on s.code = e.succeeded_by' : ''].join(' ');
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
  if (filters.tier) params.set('tier', filters.tier);
  if (filters.province) params.set('province', filters.province);
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
  // The dashboard reads the Flemish government's tier unless it shows the local one.
  const tier = 'flemish_government' as const;
  for (const id of byYear) calls.push(indicatorCall('overview', id, ['year'], { tier }));
  for (const { id } of INDICATORS) calls.push(indicatorCall('theme', id, ['entity'], { tier, from: year, to: year }));
  for (const { id } of INDICATORS) calls.push(indicatorCall('entity', id, ['year'], { entity }));
  for (const { id } of INDICATORS) calls.push(indicatorCall('entity', id, ['year'], { tier, policyDomain }));
  for (const { id } of INDICATORS) calls.push(indicatorCall('compare', id, ['entity', 'policyDomain'], { tier, from: year, to: year }));
  return calls;
}

/**
 * The local tier's calls (decision 0020): its pooled trend, the compare page's ranking of the 300
 * municipalities (which is also the map's question), the province and population-class roll-ups,
 * and a municipality page with its province (Lievegem: merged municipalities in today's boundaries).
 */
export function localCalls(year: number): DashboardCall[] {
  const local = 'local' as const;
  const calls: DashboardCall[] = [];
  for (const { id } of INDICATORS) calls.push(indicatorCall('local', id, ['year'], { tier: local }));
  for (const { id } of INDICATORS) calls.push(indicatorCall('map', id, ['entity'], { tier: local, from: year, to: year }));
  calls.push(indicatorCall('local', 'sustainable_value_share', ['province'], { tier: local, from: year, to: year }));
  calls.push(indicatorCall('local', 'sustainable_value_share', ['populationClass'], { tier: local, from: year, to: year }));
  calls.push(indicatorCall('local', 'sustainable_value_share', ['year'], { entity: '44085' }));
  calls.push(indicatorCall('local', 'sustainable_value_share', ['year'], { tier: local, province: '40000' }));
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
