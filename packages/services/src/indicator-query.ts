/**
 * Answers an indicator question: sums from the pre-aggregated table, turned into ratios,
 * roll-ups, glide path and status by the pure indicator maths. Yearly points are always fetched
 * so that every row can carry its status, even when the caller did not group by year.
 */
import {
  PLAN_BASELINE_YEAR,
  indicatorById,
  tierOf,
  type Entity,
  type GroupKey,
  type IndicatorDefinition,
  type IndicatorId,
  type RecordFilters,
  type StatusThresholds,
  type Target,
  type Tier,
} from '@koers/domain';
import { listEntities, listTargets, sumAggregates, type AggregateDimension, type AggregateRow, type Db } from '@koers/db';
import { glidePathValue, pool, statusAsOf, toRatio, type Progress, type SeriesPoint, type Status } from '@koers/indicators';
import { loadStatusThresholds } from './status-thresholds.ts';

export interface IndicatorRow {
  year?: number;
  entity?: string;
  policyDomain?: string | null;
  productGroup?: string | null;
  tier?: string | null;
  province?: string | null;
  populationClass?: string | null;
  theme?: number;
  numerator: number;
  denominator: number;
  value: number | null;
  n: number;
  coverage: number | null;
  /** Present only where a target exists for the row's scope. */
  target?: { value: number; year: number; scope: Target['scope']; scopeCode: string | null; source: string };
  /** Glide-path value expected in the row's year (or the latest year of a pooled row). */
  expected?: number | null;
  status?: Status;
  progress?: Progress;
}

export interface IndicatorResult {
  indicator: IndicatorDefinition;
  groupBy: GroupKey[];
  filters: RecordFilters;
  /** True when the indicator has no target in any scope: shown as "monitoring only". */
  monitoringOnly: boolean;
  rows: IndicatorRow[];
}

export interface IndicatorQuery {
  groupBy: GroupKey[];
  filters: RecordFilters;
  /** Default: the thresholds in force (administered, else SPEC §4's). */
  thresholds?: StatusThresholds;
}

const SERIES_DIMENSIONS: readonly AggregateDimension[] = ['entity', 'policyDomain', 'productGroup', 'tier', 'province', 'populationClass'];

/** Where a series lies, for choosing its target. */
export interface SeriesScope {
  entity?: string;
  policyDomain?: string | null;
  /** The tier every record of the series belongs to; undefined when mixed or unknown. */
  tier?: Tier;
  province?: string | null;
}

/**
 * The target in force for a series: the entity's own, else its policy domain's (or province's),
 * else its tier's, else, outside the local tier, the government-wide one; of those, the first
 * target year at or after the latest data year. A local series is never judged against the
 * Flemish government's goals: until a local target is set it is monitoring only.
 */
export function targetFor(targets: readonly Target[], scope: SeriesScope, latestYear: number | null): Target | null {
  const local = scope.tier === 'local';
  const candidates = [
    scope.entity ? targets.filter((t) => t.scope === 'entity' && t.scopeCode === scope.entity) : [],
    scope.policyDomain ? targets.filter((t) => t.scope === 'policy_domain' && t.scopeCode === scope.policyDomain) : [],
    scope.province ? targets.filter((t) => t.scope === 'province' && t.scopeCode === scope.province) : [],
    scope.tier ? targets.filter((t) => t.scope === 'tier' && t.scopeCode === scope.tier) : [],
    local ? [] : targets.filter((t) => t.scope === 'all'),
  ];
  for (const list of candidates) {
    if (list.length === 0) continue;
    const sorted = [...list].sort((a, b) => a.year - b.year);
    return sorted.find((t) => latestYear === null || t.year >= latestYear) ?? sorted[sorted.length - 1]!;
  }
  return null;
}

export async function queryIndicator(db: Db, id: IndicatorId, query: IndicatorQuery): Promise<IndicatorResult> {
  const indicator = indicatorById(id);
  const seriesDims = SERIES_DIMENSIONS.filter((d) => query.groupBy.includes(d));
  const [sums, targets, entities, thresholds] = await Promise.all([
    sumAggregates(db.kysely, id, ['year', ...seriesDims], query.filters),
    listTargets(db.kysely, id),
    listEntities(db.kysely),
    query.thresholds ?? loadStatusThresholds(db.kysely),
  ]);
  const entityByCode = new Map(entities.map((e: Entity) => [e.code, e]));
  const only = <T>(list: readonly T[] | undefined): T | undefined => (list?.length === 1 ? list[0] : undefined);
  // What the filters alone say about every series: a province or population class is local.
  const filterTier: Tier | undefined =
    only(query.filters.tier) ?? (query.filters.province?.length || query.filters.populationClass?.length ? 'local' : undefined);

  // Series: the rows sharing every requested key except the year.
  const series = new Map<string, AggregateRow[]>();
  for (const row of sums) {
    const key = JSON.stringify(seriesDims.map((d) => row[d] ?? null));
    const list = series.get(key) ?? [];
    list.push(row);
    series.set(key, list);
  }

  const byYear = query.groupBy.includes('year');
  // A pooled row is read for the last year asked for (or present): a series without usable data in
  // that year is judged insufficient there, not on its own earlier last year.
  const lastYear = query.filters.to ?? sums.reduce<number | null>((max, r) => (max === null || r.year! > max ? r.year! : max), null);
  const withTheme = query.groupBy.includes('theme');
  const rows: IndicatorRow[] = [];
  let localSeries = 0;
  for (const list of series.values()) {
    list.sort((a, b) => a.year! - b.year!);
    const first = list[0]!;
    const keys: Partial<IndicatorRow> = {};
    for (const d of seriesDims) (keys as Record<string, unknown>)[d] = first[d] ?? null;
    if (withTheme) keys.theme = indicator.theme;

    const points: SeriesPoint[] = list.map((r) => {
      const ratio = toRatio(r);
      return { year: r.year!, value: ratio.value, n: ratio.n, coverage: ratio.coverage };
    });
    const singleEntity = first.entity ?? only(query.filters.entity);
    const entity = singleEntity ? entityByCode.get(singleEntity) : undefined;
    const domain = first.policyDomain ?? entity?.policyDomain ?? only(query.filters.policyDomain);
    const tier =
      (first.tier as Tier | null | undefined) ?? (entity ? tierOf(entity) : undefined) ?? (first.province || first.populationClass ? 'local' : filterTier);
    const province = first.province ?? entity?.province ?? only(query.filters.province);
    if (tier === 'local') localSeries++;
    const latestYear = points.length ? points[points.length - 1]!.year : null;
    const target = targetFor(targets, { entity: singleEntity, policyDomain: domain ?? null, tier, province: province ?? null }, latestYear);
    const targetSpec = target ? { year: target.year, value: target.value } : null;
    const targetOut = target ? { value: target.value, year: target.year, scope: target.scope, scopeCode: target.scopeCode, source: target.source } : undefined;
    const options = { baselineYear: PLAN_BASELINE_YEAR };

    if (byYear) {
      for (const r of list) {
        const row: IndicatorRow = { year: r.year!, ...keys, ...ratioFields(r) };
        if (targetSpec && targetOut) {
          const p = statusAsOf(points, r.year!, targetSpec, indicator.polarity, thresholds, options);
          row.target = targetOut;
          row.expected = p.baselineYear !== null && p.baselineValue !== null ? glidePathValue(p.baselineYear, p.baselineValue, targetSpec, r.year!) : null;
          row.status = p.status;
          row.progress = p;
        }
        rows.push(row);
      }
    } else {
      const row: IndicatorRow = { ...keys, ...ratioFields(pool(list)) };
      if (targetSpec && targetOut) {
        const p = statusAsOf(points, lastYear!, targetSpec, indicator.polarity, thresholds, options);
        row.target = targetOut;
        row.expected = p.expected;
        row.status = p.status;
        row.progress = p;
      }
      rows.push(row);
    }
  }
  rows.sort(compareRows);
  const everySeriesLocal = series.size > 0 ? localSeries === series.size : filterTier === 'local';
  return {
    indicator,
    groupBy: query.groupBy,
    filters: query.filters,
    // Local answers only count their own targets; others any target of the indicator.
    monitoringOnly: everySeriesLocal ? !rows.some((r) => r.target) : targets.length === 0,
    rows,
  };
}

function ratioFields(a: AggregateRow | ReturnType<typeof pool>) {
  const r = toRatio(a);
  return { numerator: r.numerator, denominator: r.denominator, value: r.value, n: r.n, coverage: r.coverage };
}

function compareRows(a: IndicatorRow, b: IndicatorRow): number {
  for (const key of ['tier', 'province', 'populationClass', 'policyDomain', 'entity', 'productGroup', 'year'] as const) {
    const x = a[key] ?? '';
    const y = b[key] ?? '';
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}
