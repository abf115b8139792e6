/**
 * A slide's goal said in words, large enough to read from the back of the room: the status
 * ("Gemist met 11,6 procentpunten", "Op koers", "Enkel opvolging") and one sentence on where
 * the share stands against its target, glide path or pace.
 */
import type { IndicatorId, Polarity, StatusThresholds } from '@koers/domain';
import type { IndicatorMeta, IndicatorRow, Progress, Status } from '../../../shared/api/types.ts';
import type { Formatter } from '../../../shared/format/format.ts';
import type { Messages } from '../../../shared/i18n/messages.ts';
import { entityRowsForYear, rankByShare } from '../../../shared/lib/ranking.ts';
import { forMeasure } from '../../../shared/lib/registry.ts';
import { statusExplanation, statusWords } from '../../../shared/lib/status-words.ts';
import type { PresentationMessages } from '../messages.ts';

export interface GoalStatement {
  /** Undefined: no target, "monitoring only". */
  status: Status | undefined;
  progress: Progress | undefined;
  words: string;
  detail: string;
}

export function goalStatement(row: IndicatorRow | null, t: Messages, p: PresentationMessages, f: Formatter, thresholds: StatusThresholds): GoalStatement {
  if (!row) return { status: undefined, progress: undefined, words: t.states.empty, detail: p.noData };
  if (!row.target || !row.status) return { status: undefined, progress: undefined, words: t.status.monitoringOnly, detail: t.status.explain.monitoringOnly };
  const { status, progress } = row;
  const value = f.percent(row.value);
  const year = f.year(row.year);
  const target = f.percent(row.target.value, 0);
  const targetYear = f.year(row.target.year);
  const base = { status, progress };
  switch (status) {
    case 'missed':
      return {
        ...base,
        words: progress?.missedBy != null ? t.status.missedBy(f.points(progress.missedBy)) : t.status.missed,
        detail: p.missedDetail(value, year, target, targetYear),
      };
    case 'achieved':
      return {
        ...base,
        words: progress?.reachedYear != null ? `${t.status.achieved} · ${t.status.reachedIn(f.year(progress.reachedYear))}` : t.status.achieved,
        detail: p.achievedDetail(value, year),
      };
    case 'insufficient_data':
      return { ...base, words: statusWords(status, progress, t, f), detail: t.status.explain.insufficient_data };
    default: {
      let detail = statusExplanation(status, t, f, thresholds);
      if (progress?.observedPace != null && progress.requiredPace != null) {
        detail = p.paceDetail(
          t.progress.pp(f.points(progress.observedPace, { signed: true })),
          t.progress.pp(f.points(progress.requiredPace, { signed: true })),
        );
      } else if (progress?.deviation != null && progress.expected != null) {
        detail = p.deviationDetail(t.progress.pp(f.points(progress.deviation, { signed: true })), f.percent(progress.expected));
      }
      return { ...base, words: t.status[status], detail };
    }
  }
}

/** The indicator a theme's slide leads with: the one with a target, in the chosen measure; else the theme's first. */
export function leadIndicator(indicators: readonly Pick<IndicatorMeta, 'id' | 'targets'>[], measure: 'value' | 'count'): IndicatorId | null {
  const pick = indicators.find((i) => i.targets.length > 0) ?? indicators[0];
  return pick ? forMeasure(pick.id, measure) : null;
}

/** The best and the weakest ranked entity in a year (only entities with enough evidence are ranked). */
export function rankingExtremes(
  rows: readonly IndicatorRow[],
  year: number | null,
  polarity: Polarity,
  thresholds: StatusThresholds,
): { best: { entity: string; value: number }; weakest: { entity: string; value: number } } | null {
  const { ranked } = rankByShare(entityRowsForYear(rows, year), polarity, thresholds);
  const best = ranked[0]?.item;
  const weakest = ranked[ranked.length - 1]?.item;
  if (!best || !weakest || ranked.length < 2) return null;
  return { best: { entity: best.key, value: best.value! }, weakest: { entity: weakest.key, value: weakest.value! } };
}
