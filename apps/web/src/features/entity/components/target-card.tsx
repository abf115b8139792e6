import type { EntityMeta } from '../../../shared/api/types.ts';
import { IndicatorTrend } from '../../../shared/charts/indicator-trend.tsx';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { useRegistry } from '../../../shared/lib/use-registry.ts';
import { SERIES_STYLES } from '../../../shared/palette.ts';
import { EvidenceNote } from '../../../shared/ui/evidence-note.tsx';
import { RecordsLink } from '../../../shared/ui/records-link.tsx';
import { ShareMeter } from '../../../shared/ui/share-meter.tsx';
import { StatusBadge } from '../../../shared/ui/status-badge.tsx';
import type { ScorecardLine } from '../lib/scorecard.ts';

/** An indicator with a target: where the entity stands, how far it still has to go and at what pace, and its trend beside its peers. */
export function TargetCard({ line, entity, domainName, year }: { line: ScorecardLine; entity: EntityMeta; domainName: string; year: number | null }) {
  const { t, f } = useI18n();
  const registry = useRegistry();
  const label = registry.indicatorLabel(line.id);
  const row = line.current;
  const progress = row?.progress;
  const comparisons = [
    ...(entity.policyDomain ? [{ key: 'domain', label: t.chart.pooledDomain(entity.policyDomain), style: SERIES_STYLES.domain, rows: line.domainRows }] : []),
    { key: 'all', label: t.chart.pooledAll, style: SERIES_STYLES.all, rows: line.allRows },
  ];
  return (
    <article className="target-card" data-indicator={line.id}>
      <header className="target-card__head">
        <h3>{label}</h3>
        {row?.target ? <StatusBadge status={row.status} progress={progress} size="large" /> : null}
      </header>
      {row && year !== null ? (
        <div className="target-card__body">
          <div className="target-card__figure">
            <RecordsLink
              indicator={line.id}
              entity={entity.code}
              year={year}
              className="target-card__value"
              label={t.table.openRecordsOf(`${label} ${f.year(year)}`)}
            >
              <span data-testid={`scorecard-value-${line.id}`} data-value={row.value ?? ''}>
                {f.percent(row.value)}
              </span>
            </RecordsLink>
            <span className="muted">
              {f.year(year)}
              {row.target ? ` · ${t.share.target(f.percent(row.target.value, 0), f.year(row.target.year))}` : ''}
            </span>
            <ShareMeter share={row} target={row.target?.value ?? null} expected={row.expected ?? null} />
            <EvidenceNote share={row} />
          </div>
          <dl className="facts facts--compact">
            {progress?.gap != null && progress.status !== 'achieved' && (
              <div className="facts__item">
                <dt>{t.progress.gap}</dt>
                <dd>{t.progress.pp(f.points(Math.max(0, progress.gap)))}</dd>
              </div>
            )}
            {progress?.requiredPace != null && (
              <div className="facts__item">
                <dt>{t.progress.requiredPace}</dt>
                <dd>{t.progress.ppPerYear(f.points(progress.requiredPace, { signed: true }))}</dd>
              </div>
            )}
            {progress?.observedPace != null && (
              <div className="facts__item">
                <dt>{t.progress.observedPace}</dt>
                <dd>{t.progress.ppPerYear(f.points(progress.observedPace, { signed: true }))}</dd>
              </div>
            )}
            {progress?.deviation != null && (
              <div className="facts__item">
                <dt>{t.progress.deviation}</dt>
                <dd>{t.progress.pp(f.points(progress.deviation, { signed: true }))}</dd>
              </div>
            )}
            {progress && progress.status !== 'achieved' && progress.status !== 'insufficient_data' && (
              <div className="facts__item">
                <dt>{t.progress.projectedYear}</dt>
                <dd>{progress.projectedYear !== null ? f.year(progress.projectedYear) : t.progress.neverAtThisPace}</dd>
              </div>
            )}
            <div className="facts__item facts__item--wide">
              <dt>{t.entity.comparedWith}</dt>
              <dd>
                <ul className="plain-list">
                  {entity.policyDomain && (
                    <li>
                      {t.entity.domainPooled} ({domainName}): <strong>{f.percent(line.domain?.value ?? null)}</strong>{' '}
                      <span className="muted">{line.domain ? t.share.recordsShort(f.integer(line.domain.n)) : ''}</span>
                    </li>
                  )}
                  <li>
                    {t.entity.allPooled}: <strong>{f.percent(line.all?.value ?? null)}</strong>{' '}
                    <span className="muted">{line.all ? t.share.recordsShort(f.integer(line.all.n)) : ''}</span>
                  </li>
                </ul>
              </dd>
            </div>
          </dl>
        </div>
      ) : (
        <p className="muted">{t.states.empty}</p>
      )}
      <IndicatorTrend
        name={`scorecard-${line.id}`}
        title={`${label}: ${entity.code}`}
        label={`${label} (${entity.code})`}
        indicator={line.id}
        rows={line.entityRows}
        comparisons={comparisons}
        entity={entity.code}
        height={280}
        headingLevel={3}
      />
    </article>
  );
}
