/**
 * Rankings of entities on one share: only entities with enough evidence get a rank; the others
 * are listed as "insufficient data" instead of being ranked on noise.
 */
import type { Polarity, StatusThresholds } from '@koers/domain';
import { evidenceIssues, type EvidenceIssue, type ShareEvidence } from './share.ts';

export interface RankInput extends ShareEvidence {
  /** Stable identity (the entity code), the last tie-breaker. */
  key: string;
}

export interface RankedItem<T> {
  item: T;
  /** Competition rank: equal shares share a rank, the next rank skips (1, 2, 2, 4). */
  rank: number;
}

export interface Ranking<T> {
  ranked: RankedItem<T>[];
  insufficient: { item: T; issues: EvidenceIssue[] }[];
}

const SAME = 1e-12;

/** Best first: highest share for `up` indicators, lowest for `down` ones. */
export function rankByShare<T extends RankInput>(items: readonly T[], polarity: Polarity, thresholds: StatusThresholds): Ranking<T> {
  const sufficient: T[] = [];
  const insufficient: Ranking<T>['insufficient'] = [];
  for (const item of items) {
    const issues = evidenceIssues(item, thresholds);
    if (issues.length) insufficient.push({ item, issues });
    else sufficient.push(item);
  }
  const sign = polarity === 'up' ? -1 : 1;
  sufficient.sort((a, b) => {
    const diff = (a.value! - b.value!) * sign;
    if (Math.abs(diff) > SAME) return diff;
    if (a.n !== b.n) return b.n - a.n;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
  const ranked: RankedItem<T>[] = [];
  sufficient.forEach((item, index) => {
    const previous = ranked[index - 1];
    const tied = previous && Math.abs(previous.item.value! - item.value!) <= SAME;
    ranked.push({ item, rank: tied ? previous.rank : index + 1 });
  });
  insufficient.sort((a, b) => b.item.n - a.item.n || (a.item.key < b.item.key ? -1 : 1));
  return { ranked, insufficient };
}

/** The rows of one year, one per entity, as rank inputs (key = entity code). */
export function entityRowsForYear<T extends { entity?: string; year?: number; value: number | null; n: number; coverage: number | null }>(
  rows: readonly T[],
  year: number | null,
): (T & { key: string })[] {
  return rows.filter((r) => r.entity !== undefined && (year === null || r.year === undefined || r.year === year)).map((r) => ({ ...r, key: r.entity! }));
}

/** A short axis label: rank, code and as much of the name as fits. */
export function rankLabel(rank: number, code: string, name: string, max = 34): string {
  const base = `${rank}. ${code}`;
  if (name === code) return base;
  const room = max - base.length - 3;
  if (room < 4) return base;
  return `${base} · ${name.length > room ? `${name.slice(0, room - 1).trimEnd()}…` : name}`;
}
