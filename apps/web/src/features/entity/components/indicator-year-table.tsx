import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { isSufficient } from '../../../shared/lib/share.ts';
import { useRegistry } from '../../../shared/lib/use-registry.ts';
import { Icon } from '../../../shared/ui/icons.tsx';
import { RecordsLink } from '../../../shared/ui/records-link.tsx';
import { StatusBadge } from '../../../shared/ui/status-badge.tsx';
import type { ScorecardLine } from '../lib/scorecard.ts';

/** Every indicator of one entity by year, with its policy domain and all entities in the selected year. */
export function IndicatorYearTable({
  lines,
  entity,
  years,
  year,
}: {
  lines: readonly ScorecardLine[];
  entity: string;
  years: readonly number[];
  year: number | null;
}) {
  const { t, f } = useI18n();
  const registry = useRegistry();
  const thresholds = registry.meta.statusThresholds;
  return (
    <div className="table-scroll">
      <table className="data-table data-table--scorecard" data-testid="scorecard-table">
        <caption className="sr-only">{t.entity.allIndicatorsTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.table.indicator}</th>
            {years.map((y) => (
              <th key={y} scope="col" className={`num${y === year ? ' is-selected' : ''}`}>
                {f.year(y)}
              </th>
            ))}
            <th scope="col" className="num">
              {t.entity.domainPooled} {year !== null ? f.year(year) : ''}
            </th>
            <th scope="col" className="num">
              {t.entity.allPooled} {year !== null ? f.year(year) : ''}
            </th>
            <th scope="col">{t.table.status}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const label = registry.indicatorLabel(line.id);
            return (
              <tr key={line.id} data-indicator={line.id}>
                <th scope="row">
                  <span className="muted">{line.theme} · </span>
                  {label}
                  {line.polarity === 'down' && <span className="muted"> ({t.progress.lowerIsBetter})</span>}
                </th>
                {years.map((y) => {
                  const row = line.byYear.get(y);
                  return (
                    <td key={y} className={`num${y === year ? ' is-selected' : ''}`}>
                      {row && row.value !== null ? (
                        <RecordsLink indicator={line.id} entity={entity} year={y} label={t.table.openRecordsOf(`${label} ${f.year(y)}`)}>
                          {f.percent(row.value)}
                          {!isSufficient(row, thresholds) && (
                            <>
                              {' '}
                              <Icon name="warning" />
                              <span className="sr-only">
                                ({t.chart.insufficientMark}: {t.share.recordsShort(f.integer(row.n))}, {t.share.coverage(f.percent(row.coverage, 0))})
                              </span>
                            </>
                          )}
                        </RecordsLink>
                      ) : (
                        '—'
                      )}
                      {row && (
                        <span className="cell-note">
                          {t.share.recordsShort(f.integer(row.n))} · {f.percent(row.coverage, 0)}
                        </span>
                      )}
                    </td>
                  );
                })}
                {[line.domain, line.all].map((pooled, i) => (
                  <td key={i} className="num">
                    {f.percent(pooled?.value ?? null)}
                    {pooled && (
                      <span className="cell-note">
                        {t.share.recordsShort(f.integer(pooled.n))} · {f.percent(pooled.coverage, 0)}
                      </span>
                    )}
                  </td>
                ))}
                <td>
                  {line.monitoringOnly ? (
                    <StatusBadge />
                  ) : (
                    <StatusBadge status={line.current?.status ?? 'insufficient_data'} progress={line.current?.progress} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
