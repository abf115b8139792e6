/**
 * What every export says about itself, in words: the filters and measure it was drawn with, the
 * data date, whether the data are demo data, the indicator's definition and where it came from.
 * The same lines head a chart image, every page of a PDF report and a printed page.
 */
import type { MetaResponse } from '../api/types.ts';
import type { Formatter } from '../format/format.ts';
import type { Messages } from '../i18n/messages.ts';
import type { Registry } from '../lib/registry.ts';
import { selectYears } from '../lib/years.ts';
import type { ViewFilters, ViewState } from '../url-state/view-state.ts';
import { indicatorQuery, type ChartSource } from './chart-source.ts';
import type { ExportMessages } from './messages.ts';

export interface ExportDescription {
  /** "Filters: Beleidsdomein: … · Alle productgroepen · Periode 2016–2020". */
  filters: string;
  /** "Gemeten op: waarde (aandeel in euro)". */
  measure: string;
  /** "Gegevens van 28 november 2026". */
  dataDate: string;
  /** Said on every export of demo data; null for real data. */
  demo: string | null;
  /** "Definitie: …" of the chart's indicator; null when the export is not one indicator's. */
  definition: string | null;
  /** "Bron: Koers, <link> · GET /api/v1/indicators/…". */
  source: string;
}

export interface DescribeInput {
  view: ViewState;
  meta: MetaResponse;
  registry: Registry;
  t: Messages;
  f: Formatter;
  x: ExportMessages;
  /** The absolute link of the view the export was made from. */
  link: string;
  /** The chart's question; without it the view's own filters are described. */
  source?: ChartSource | null | undefined;
  /** The filters the chart was asked with (see chartFilters); default the view's cross-entity filters. */
  filters?: ViewFilters | undefined;
}

/** The filters in words, every one stated (also "all"), so a reader never has to guess. */
export function describeFilters(input: Pick<DescribeInput, 'view' | 'meta' | 'registry' | 't' | 'f' | 'x' | 'source'>, filters: ViewFilters): string {
  const { view, meta, registry, t, f, x, source } = input;
  const parts: string[] = [];
  if (filters.tier && filters.tier !== 'other') parts.push(`${t.tiers.label}${x.colon}${t.tiers.names[filters.tier]}`);
  if (filters.entity) parts.push(`${x.entity}${x.colon}${registry.entityName(filters.entity)} (${filters.entity})`);
  if (filters.tier === 'local') {
    parts.push(filters.province ? `${t.tiers.province}${x.colon}${registry.entityName(filters.province)}` : t.tiers.allProvinces);
    parts.push(filters.populationClass ? `${t.tiers.populationClass}${x.colon}${t.tiers.classes[filters.populationClass]}` : t.tiers.allClasses);
    parts.push(`${t.tiers.boundaries}${x.colon}${t.tiers.boundaryNames[filters.boundaries ?? 'current']}`);
  } else if (filters.policyDomain) parts.push(`${t.controls.policyDomain}${x.colon}${registry.domainName(filters.policyDomain)} (${filters.policyDomain})`);
  else if (!filters.entity) parts.push(t.controls.allPolicyDomains);
  parts.push(filters.productGroup ? `${t.controls.productGroup}${x.colon}${registry.groupName(filters.productGroup)}` : t.controls.allProductGroups);
  const years = selectYears(meta.years, {
    ...(filters.from !== undefined ? { from: filters.from } : {}),
    ...(filters.to !== undefined ? { to: filters.to } : {}),
  });
  if (years.from !== null && years.to !== null) parts.push(`${x.period} ${f.yearRange(years.from, years.to)}`);
  // A ranking reads one year of its rows: say which.
  if (source?.groupBy.includes('entity')) {
    const { year } = selectYears(meta.years, view);
    if (year !== null) parts.push(`${x.yearRead} ${f.year(year)}`);
  }
  return `${x.filters}${x.colon}${parts.join(' · ')}`;
}

export function describeExport(input: DescribeInput): ExportDescription {
  const { view, meta, t, f, x, link, source } = input;
  const filters = input.filters ?? {
    tier: view.tier ?? 'flemish_government',
    ...(view.policyDomain ? { policyDomain: view.policyDomain } : {}),
    ...(view.productGroup ? { productGroup: view.productGroup } : {}),
    ...(view.from !== undefined ? { from: view.from } : {}),
    ...(view.to !== undefined ? { to: view.to } : {}),
  };
  const indicator = source ? meta.indicators.find((i) => i.id === source.indicator) : undefined;
  const measure = indicator?.measure ?? view.measure;
  const query = source ? indicatorQuery(source, filters) : '';
  return {
    filters: describeFilters(input, filters),
    measure: `${x.measure}${x.colon}${t.controls.measures[measure].toLocaleLowerCase(f.intlLocale)} (${t.controls.measureHint[measure]})`,
    dataDate: meta.dataDate ? t.app.dataDate(f.date(meta.dataDate, 'long')) : x.noDataDate,
    demo: meta.dataset === 'demo' ? x.demo : null,
    definition: indicator ? `${x.definition}${x.colon}${indicator.definition[view.lang]}` : null,
    source: `${x.source}${x.colon}${x.sourceText(link)}${source ? ` · GET /api/v1/indicators/${source.indicator}${query ? `?${query}` : ''}` : ''}`,
  };
}

/** A file name that says what and as of when: `koers-overview-trend-2026-11-28`. */
export function exportFileStem(name: string, dataDate: string | null | undefined): string {
  const safe =
    name
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'chart';
  return `koers-${safe}-${(dataDate ?? '').slice(0, 10) || 'undated'}`;
}
