import type { Progress } from '../../../shared/api/types.ts';
import type { Formatter } from '../../../shared/format/format.ts';
import type { Messages } from '../../../shared/i18n/messages.ts';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';

/** Glide path, paces and projection of one series, as plain facts. */
export function ProgressFacts({ progress, targetYear }: { progress: Progress; targetYear: number }) {
  const { t, f } = useI18n();
  const facts = progressFacts(progress, t, f);
  return (
    <dl className="facts" data-target-year={targetYear}>
      {facts.map(([term, value]) => (
        <div key={term} className="facts__item">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The facts as term and value, for the page and its handout alike. */
export function progressFacts(progress: Progress, t: Messages, f: Formatter): [string, string][] {
  const facts: [string, string][] = [];
  if (progress.baselineYear !== null && progress.baselineValue !== null) {
    facts.push([t.progress.baseline(f.year(progress.baselineYear)), f.percent(progress.baselineValue)]);
  }
  if (progress.expected !== null) facts.push([t.progress.expected, f.percent(progress.expected)]);
  if (progress.deviation !== null) facts.push([t.progress.deviation, t.progress.pp(f.points(progress.deviation, { signed: true }))]);
  if (progress.gap !== null && progress.status !== 'achieved') facts.push([t.progress.gap, t.progress.pp(f.points(Math.max(0, progress.gap)))]);
  if (progress.observedPace !== null) facts.push([t.progress.observedPace, t.progress.ppPerYear(f.points(progress.observedPace, { signed: true }))]);
  if (progress.requiredPace !== null) facts.push([t.progress.requiredPace, t.progress.ppPerYear(f.points(progress.requiredPace, { signed: true }))]);
  if (progress.status !== 'achieved' && progress.status !== 'insufficient_data') {
    facts.push([t.progress.projectedYear, progress.projectedYear !== null ? f.year(progress.projectedYear) : t.progress.neverAtThisPace]);
  }
  return facts;
}
