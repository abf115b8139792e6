/**
 * Localized look-ups in the registry the API serves at /meta: labels of indicators, themes,
 * entities, policy domains and product groups, and which indicator answers a measure.
 */
import type { IndicatorId, Locale } from '@koers/domain';
import type { IndicatorMeta, MetaResponse } from '../api/types.ts';

export interface Registry {
  meta: MetaResponse;
  indicator(id: IndicatorId): IndicatorMeta;
  indicatorLabel(id: IndicatorId): string;
  indicatorsOfTheme(theme: number): IndicatorMeta[];
  themeName(theme: number): string;
  entityName(code: string): string;
  entityDomain(code: string): string | null;
  domainName(code: string | null | undefined): string;
  groupName(code: string | null | undefined): string;
  /** Whether an indicator has a target in any scope; without one it is "monitoring only". */
  hasTarget(id: IndicatorId): boolean;
}

export function createRegistry(meta: MetaResponse, locale: Locale): Registry {
  const indicators = new Map(meta.indicators.map((i) => [i.id, i]));
  const entities = new Map(meta.entities.map((e) => [e.code, e]));
  const domains = new Map(meta.policyDomains.map((d) => [d.code, d]));
  const groups = new Map(meta.productGroups.map((g) => [g.code, g]));
  const themes = new Map(meta.themes.map((t) => [t.id, t]));
  const indicator = (id: IndicatorId) => {
    const found = indicators.get(id);
    if (!found) throw new Error(`the API does not know indicator ${id}`);
    return found;
  };
  return {
    meta,
    indicator,
    indicatorLabel: (id) => indicators.get(id)?.label[locale] ?? id,
    indicatorsOfTheme: (theme) => meta.indicators.filter((i) => i.theme === theme),
    themeName: (theme) => themes.get(theme)?.name[locale] ?? String(theme),
    entityName: (code) => entities.get(code)?.name ?? code,
    entityDomain: (code) => entities.get(code)?.policyDomain ?? null,
    domainName: (code) => (code ? (domains.get(code)?.name[locale] ?? code) : '—'),
    groupName: (code) => (code ? (groups.get(code)?.name[locale] ?? code) : '—'),
    hasTarget: (id) => (indicators.get(id)?.targets.length ?? 0) > 0,
  };
}

/** The two indicators measured both by value and by count, for the value/count switch. */
const MEASURE_PAIRS: readonly (readonly [IndicatorId, IndicatorId])[] = [
  ['sustainable_value_share', 'sustainable_count_share'],
  ['sme_value_share', 'sme_count_share'],
];

/** The sibling of an indicator in the other measure, or the indicator itself when it has none. */
export function forMeasure(id: IndicatorId, measure: 'value' | 'count'): IndicatorId {
  for (const [value, count] of MEASURE_PAIRS) {
    if (id === value || id === count) return measure === 'value' ? value : count;
  }
  return id;
}

/** The plan's headline: the sustainable share, by value or by count. */
export function headlineIndicator(measure: 'value' | 'count'): IndicatorId {
  return forMeasure('sustainable_value_share', measure);
}

/** The indicator a theme ranks entities on by default: its first, in the chosen measure. */
export function defaultThemeIndicator(indicators: readonly { id: IndicatorId }[], measure: 'value' | 'count'): IndicatorId | null {
  const first = indicators[0];
  return first ? forMeasure(first.id, measure) : null;
}
