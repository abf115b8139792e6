/**
 * A status in words, as every page, slide and handout says it: "Gemist met 11,6 procentpunten",
 * "Doel bereikt · Bereikt in 2018", or for a year without usable data the last usable year, named
 * as such — never another year's figure passed off as the chosen year's.
 */
import type { StatusThresholds } from '@koers/domain';
import type { IndicatorRow, Progress, Status } from '../api/types.ts';
import type { Formatter } from '../format/format.ts';
import type { Messages } from '../i18n/messages.ts';

export type StatusFacts = Partial<Pick<Progress, 'missedBy' | 'reachedYear' | 'usable' | 'lastUsableYear' | 'lastUsableValue'>>;

export function statusWords(status: Status | undefined, progress: StatusFacts | undefined, t: Messages, f: Formatter): string {
  if (!status) return t.status.monitoringOnly;
  if (status === 'missed' && progress?.missedBy != null) return t.status.missedBy(f.points(progress.missedBy));
  if (status === 'achieved' && progress?.reachedYear != null) return `${t.status.achieved} · ${t.status.reachedIn(f.year(progress.reachedYear))}`;
  if (status === 'insufficient_data' && progress?.usable === false && progress.lastUsableYear != null && progress.lastUsableValue != null) {
    return `${t.status.insufficient_data} · ${t.status.lastUsable(f.year(progress.lastUsableYear), f.percent(progress.lastUsableValue))}`;
  }
  return t.status[status];
}

/** What a status means, with the pace ratios the API serves (never a copy of them). */
export function statusExplanation(status: Status | undefined, t: Messages, f: Formatter, thresholds: StatusThresholds): string {
  const explain = t.status.explain;
  if (!status) return explain.monitoringOnly;
  if (status === 'needs_acceleration') return explain.needs_acceleration(f.percent(thresholds.needsAcceleration, 0), f.percent(thresholds.onTrack, 0));
  if (status === 'limited_progress') return explain.limited_progress(f.percent(thresholds.needsAcceleration, 0));
  return explain[status];
}

/**
 * One indicator read for one year as a handout line: "Aandeel duurzaam (waarde) 2020: 87,3% ·
 * Onvoldoende gegevens · laatste bruikbare jaar: 2019, 77,2% · doel 100% in 2020 · n = 300 · dekking 57%".
 */
export function indicatorAnswerLine(
  label: string,
  year: number,
  row: Pick<IndicatorRow, 'value' | 'n' | 'coverage' | 'target' | 'status' | 'progress'> | null,
  t: Messages,
  f: Formatter,
): string {
  if (!row) return `${label} ${f.year(year)}: ${t.states.empty}`;
  return [
    `${label} ${f.year(year)}: ${f.percent(row.value)}`,
    row.target ? statusWords(row.status, row.progress, t, f) : t.status.monitoringOnly,
    row.target ? t.share.target(f.percent(row.target.value, 0), f.year(row.target.year)) : null,
    t.share.recordsShort(f.integer(row.n)),
    t.share.coverage(f.percent(row.coverage, 0)),
  ]
    .filter(Boolean)
    .join(' · ');
}
