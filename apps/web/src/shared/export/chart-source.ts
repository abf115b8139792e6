/**
 * The question behind a chart (indicator, grouping, filters), so that its data can be exported
 * from the API exactly as the chart was drawn, and its filters written on every export.
 *
 * @example
 *   const filters = chartFilters(view, { indicator: 'sustainable_value_share', groupBy: ['year'] });
 *   dataExportHref({ indicator: 'sustainable_value_share', groupBy: ['year'] }, filters, 'xlsx', 'nl');
 *   // '/api/v1/indicators/sustainable_value_share/export?format=xlsx&lang=nl&groupBy=year&…'
 */
import type { GroupKey, IndicatorId, Locale } from '@koers/domain';
import { normalizeIndicatorParams } from '../api/get-indicator.ts';
import { crossEntityFilters, type ViewFilters, type ViewState } from '../url-state/view-state.ts';

export interface ChartSource {
  indicator: IndicatorId;
  groupBy: readonly GroupKey[];
  /**
   * One entity's rows: its filters are the entity with the view's period and product group (as
   * on a scorecard, where a policy-domain filter does not apply). Null or absent: across entities.
   */
  entity?: string | null;
  /** The chart's filters when they are not the view's (overrides the derivation above). */
  filters?: ViewFilters;
  /** The one year the chart shows (a ranking): its rows and exports hold that year only. */
  year?: number | null;
}

/** The filters a chart's rows were asked with, derived from the view as the pages ask them. */
export function chartFilters(view: ViewState, source: ChartSource): ViewFilters {
  const filters = derivedFilters(view, source);
  return source.year != null ? { ...filters, from: source.year, to: source.year } : filters;
}

function derivedFilters(view: ViewState, source: ChartSource): ViewFilters {
  if (source.filters) return source.filters;
  if (!source.entity) return crossEntityFilters(view);
  const filters: ViewFilters = { entity: source.entity };
  if (view.productGroup) filters.productGroup = view.productGroup;
  if (view.from !== undefined) filters.from = view.from;
  if (view.to !== undefined) filters.to = view.to;
  return filters;
}

/** The query string of the chart's question, as GET /api/v1/indicators/{id} takes it. */
export function indicatorQuery(source: ChartSource, filters: ViewFilters): string {
  return new URLSearchParams(normalizeIndicatorParams({ groupBy: source.groupBy, ...filters })).toString().replace(/%2C/gi, ',');
}

/** The server-side export of the chart's rows: CSV, or XLSX with a sheet of definitions, filters and data date. */
export function dataExportHref(source: ChartSource, filters: ViewFilters, format: 'csv' | 'xlsx', lang: Locale): string {
  const query = indicatorQuery(source, filters);
  return `/api/v1/indicators/${encodeURIComponent(source.indicator)}/export?format=${format}&lang=${lang}${query ? `&${query}` : ''}`;
}
