/**
 * One indicator read for one year: its row, its status where it has a target, and how it moved
 * since the year before (better or worse depends on the indicator's polarity).
 */
import type { IndicatorId, Polarity } from '@koers/domain';
import type { IndicatorRow, Progress, Status } from '../../../shared/api/types.ts';
import { rowForYear } from '../../../shared/lib/trend.ts';

export interface IndicatorSnapshot {
  id: IndicatorId;
  theme: number;
  polarity: Polarity;
  /** No target in any scope: shown as "monitoring only", never against an invented goal. */
  monitoringOnly: boolean;
  row: IndicatorRow | null;
  /** Change since the previous year, in percentage points. */
  change: number | null;
  /** Which way the value moved: the arrow follows this, never whether it is good. */
  movement: 'up' | 'down' | 'flat' | null;
  /** Whether that move is good, from the indicator's polarity: said in words and colour. */
  direction: 'better' | 'worse' | 'unchanged' | null;
  status?: Status;
  progress?: Progress;
}

interface SeriesResponse {
  indicator: { id: IndicatorId; theme: number; polarity: Polarity };
  monitoringOnly: boolean;
  rows: readonly IndicatorRow[];
}

/** Changes smaller than this (in points) read as unchanged. */
const UNCHANGED = 0.05;

export function snapshotOf(response: SeriesResponse, year: number | null): IndicatorSnapshot {
  const row = rowForYear(response.rows, year ?? undefined);
  const previous = row?.year !== undefined ? (response.rows.find((r) => r.year === row.year! - 1) ?? null) : null;
  const change = row?.value != null && previous?.value != null ? (row.value - previous.value) * 100 : null;
  let direction: IndicatorSnapshot['direction'] = null;
  let movement: IndicatorSnapshot['movement'] = null;
  if (change !== null) {
    movement = Math.abs(change) < UNCHANGED ? 'flat' : change > 0 ? 'up' : 'down';
    if (movement === 'flat') direction = 'unchanged';
    else direction = (movement === 'up') === (response.indicator.polarity === 'up') ? 'better' : 'worse';
  }
  const snapshot: IndicatorSnapshot = {
    id: response.indicator.id,
    theme: response.indicator.theme,
    polarity: response.indicator.polarity,
    monitoringOnly: response.monitoringOnly || (row !== null && !row.target),
    row,
    change,
    movement,
    direction,
  };
  if (row?.status) snapshot.status = row.status;
  if (row?.progress) snapshot.progress = row.progress;
  return snapshot;
}

/** Snapshots grouped under their theme, themes in plan order. */
export function groupByTheme<T extends { theme: number }>(items: readonly T[], themes: readonly number[]): { theme: number; items: T[] }[] {
  return themes.map((theme) => ({ theme, items: items.filter((i) => i.theme === theme) }));
}
