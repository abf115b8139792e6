/** A validated query as the services' filters: comma lists split, entity codes upper-cased. */
import type { FilterQueryValues } from '@koers/contract';
import type { GroupKey, RecordFilters } from '@koers/domain';

export function toFilters(q: FilterQueryValues): RecordFilters {
  const list = (v?: string) => (v ? v.split(',') : undefined);
  const filters: RecordFilters = {};
  const entity = list(q.entity)?.map((e) => e.toUpperCase());
  if (entity) filters.entity = entity;
  const policyDomain = list(q.policyDomain);
  if (policyDomain) filters.policyDomain = policyDomain;
  const productGroup = list(q.productGroup);
  if (productGroup) filters.productGroup = productGroup;
  const tier = list(q.tier);
  if (tier) filters.tier = tier as RecordFilters['tier'];
  const province = list(q.province);
  if (province) filters.province = province;
  const populationClass = list(q.populationClass);
  if (populationClass) filters.populationClass = populationClass as RecordFilters['populationClass'];
  if (q.boundaries) filters.boundaries = q.boundaries;
  if (q.from !== undefined) filters.from = q.from;
  if (q.to !== undefined) filters.to = q.to;
  return filters;
}

export function toGroupBy(v: string | undefined): GroupKey[] {
  if (!v) return [];
  return [...new Set(v.split(','))] as GroupKey[];
}
