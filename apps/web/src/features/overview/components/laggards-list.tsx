import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { headlineIndicator } from '../../../shared/lib/registry.ts';
import { useRegistry } from '../../../shared/lib/use-registry.ts';
import { ReportAnswer } from '../../../shared/export/report-answer.tsx';
import { statusWords } from '../../../shared/lib/status-words.ts';
import { StatusBadge } from '../../../shared/ui/status-badge.tsx';
import { ErrorState, LoadingState } from '../../../shared/ui/states.tsx';
import { ViewLink } from '../../../shared/url-state/link.tsx';
import type { Measure, ViewFilters } from '../../../shared/url-state/view-state.ts';
import { entitySharesQueryOptions } from '../api/get-entity-shares.ts';
import { laggardsOf } from '../lib/laggards.ts';

/** Who lags, where managers look: the entities furthest behind on the headline share in the chosen year, linked to their page. */
export function LaggardsList({ measure, filters, year }: { measure: Measure; filters: ViewFilters; year: number }) {
  const { t, f } = useI18n();
  const registry = useRegistry();
  const id = headlineIndicator(measure);
  const shares = useQuery(entitySharesQueryOptions(id, filters));
  const thresholds = registry.meta.statusThresholds;
  const laggards = useMemo(
    () => (shares.data ? laggardsOf(shares.data.rows, year, registry.indicator(id).polarity, thresholds) : null),
    [shares.data, year, id, registry, thresholds],
  );
  return (
    <section className="section laggards" aria-labelledby="laggards-title" data-testid="laggards">
      <h2 id="laggards-title">{t.overview.laggardsTitle(f.year(year))}</h2>
      <p className="section__lead">{t.overview.laggardsLead(registry.indicatorLabel(id), f.integer(thresholds.minN), f.percent(thresholds.minCoverage, 0))}</p>
      {shares.isPending ? (
        <LoadingState height={160} />
      ) : shares.isError ? (
        <ErrorState error={shares.error} onRetry={() => void shares.refetch()} />
      ) : laggards && laggards.length > 0 ? (
        <ol className="laggards__list">
          {laggards.map(({ entity, row, rank, of }) => (
            <li key={entity} className="laggards__item" data-entity={entity}>
              <ViewLink to={{ page: 'entity', entity, year }} className="laggards__name">
                {registry.entityName(entity)} ({entity})
              </ViewLink>{' '}
              <strong className="laggards__value">{f.percent(row.value)}</strong>{' '}
              <span className="muted">
                {t.overview.laggardRank(f.integer(rank), f.integer(of))} · {t.share.recordsShort(f.integer(row.n))} ·{' '}
                {t.share.coverage(f.percent(row.coverage, 0))}
              </span>{' '}
              {row.target && <StatusBadge status={row.status} progress={row.progress} />}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t.overview.laggardsNone}</p>
      )}
      {laggards && laggards.length > 0 && (
        <ReportAnswer
          lines={[]}
          tables={[
            {
              caption: t.overview.laggardsTitle(f.year(year)),
              head: [t.table.entity, t.table.value, t.table.n, t.table.coverage, t.table.status],
              numeric: [false, true, true, true, false],
              rows: laggards.map(({ entity, row, rank, of }) => [
                `${registry.entityName(entity)} (${entity}), ${t.overview.laggardRank(f.integer(rank), f.integer(of))}`,
                f.percent(row.value),
                f.integer(row.n),
                f.percent(row.coverage, 0),
                row.target ? statusWords(row.status, row.progress, t, f) : t.status.monitoringOnly,
              ]),
            },
          ]}
        />
      )}
      <p>
        <ViewLink to={{ page: 'compare' }} className="more-link">
          {t.overview.laggardsCompare}
        </ViewLink>
      </p>
    </section>
  );
}
