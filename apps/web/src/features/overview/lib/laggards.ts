/**
 * The entities furthest behind in the chosen year, for the overview: only entities whose year is
 * usable (by the served thresholds) are named, weakest first, so a thin year never makes the list.
 */
import type { Polarity, StatusThresholds } from '@koers/domain';
import type { IndicatorRow } from '../../../shared/api/types.ts';
import { entityRowsForYear, rankByShare } from '../../../shared/lib/ranking.ts';

export interface Laggard {
  entity: string;
  row: IndicatorRow;
  /** Rank among the entities with usable data (1 = best), out of `of`. */
  rank: number;
  of: number;
}

export function laggardsOf(rows: readonly IndicatorRow[], year: number, polarity: Polarity, thresholds: StatusThresholds, count = 5): Laggard[] {
  const { ranked } = rankByShare(
    entityRowsForYear(rows, year).filter((r) => r.year === year),
    polarity,
    thresholds,
  );
  return ranked
    .slice(-count)
    .reverse()
    .map(({ item, rank }) => ({ entity: item.key, row: item, rank, of: ranked.length }));
}
