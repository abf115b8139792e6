/**
 * One entity's scorecard: each indicator by year, with its policy domain and all entities in
 * the selected year beside it (both pooled by the API from sums, never averaged).
 */
import type { IndicatorId, Polarity } from '@koers/domain';
import type { IndicatorRow } from '../../../shared/api/types.ts';

interface SeriesResponse {
  indicator: { id: IndicatorId; theme: number; polarity: Polarity; measure: 'value' | 'count' };
  monitoringOnly: boolean;
  rows: readonly IndicatorRow[];
}

export interface ScorecardLine {
  id: IndicatorId;
  theme: number;
  polarity: Polarity;
  measure: 'value' | 'count';
  monitoringOnly: boolean;
  /** The entity's row per year. */
  byYear: Map<number, IndicatorRow>;
  /** The entity's row in the selected year. */
  current: IndicatorRow | null;
  domain: IndicatorRow | null;
  all: IndicatorRow | null;
  entityRows: readonly IndicatorRow[];
  domainRows: readonly IndicatorRow[];
  allRows: readonly IndicatorRow[];
}

const inYear = (rows: readonly IndicatorRow[] | undefined, year: number | null) => (year === null ? null : (rows?.find((r) => r.year === year) ?? null));

export function scorecardLines(
  entity: readonly SeriesResponse[],
  domain: readonly SeriesResponse[] | null,
  all: readonly SeriesResponse[],
  year: number | null,
): ScorecardLine[] {
  const domainById = new Map(domain?.map((d) => [d.indicator.id, d.rows]) ?? []);
  const allById = new Map(all.map((d) => [d.indicator.id, d.rows]));
  return entity.map((response) => {
    const byYear = new Map<number, IndicatorRow>();
    for (const row of response.rows) if (row.year !== undefined) byYear.set(row.year, row);
    const current = year === null ? null : (byYear.get(year) ?? null);
    const domainRows = domainById.get(response.indicator.id) ?? [];
    const allRows = allById.get(response.indicator.id) ?? [];
    return {
      id: response.indicator.id,
      theme: response.indicator.theme,
      polarity: response.indicator.polarity,
      measure: response.indicator.measure,
      monitoringOnly: response.monitoringOnly || (current !== null && !current.target),
      byYear,
      current,
      domain: inYear(domainRows, year),
      all: inYear(allRows, year),
      entityRows: response.rows,
      domainRows,
      allRows,
    };
  });
}

/** Targeted lines first in the order asked (the chosen measure's headline leads), then by theme. */
export function orderLines(lines: readonly ScorecardLine[], lead: IndicatorId): { targeted: ScorecardLine[]; others: ScorecardLine[] } {
  const targeted = lines.filter((l) => !l.monitoringOnly).sort((a, b) => Number(b.id === lead) - Number(a.id === lead));
  const others = [...lines].sort((a, b) => a.theme - b.theme);
  return { targeted, others };
}
