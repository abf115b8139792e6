import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { combineQueries } from '../../../shared/api/combine-queries.ts';
import { IndicatorTrend } from '../../../shared/charts/indicator-trend.tsx';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { ReportAnswer } from '../../../shared/export/report-answer.tsx';
import { statusWords } from '../../../shared/lib/status-words.ts';
import { rowForYear } from '../../../shared/lib/trend.ts';
import { useRegistry, useYears } from '../../../shared/lib/use-registry.ts';
import { PageHeader } from '../../../shared/ui/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/ui/states.tsx';
import { useView } from '../../../shared/url-state/use-view.ts';
import { crossEntityFilters } from '../../../shared/url-state/view-state.ts';
import { indicatorSeriesQueryOptions } from '../api/get-indicator-series.ts';
import { sustainableShareQueryOptions } from '../api/get-sustainable-share.ts';
import { snapshotOf } from '../lib/indicator-snapshot.ts';

import { Headline } from './headline.tsx';
import { LaggardsList } from './laggards-list.tsx';
import { ProgressFacts, progressFacts } from './progress-facts.tsx';
import { ThemeStatusGrid } from './theme-status-grid.tsx';
import '../overview.css';

/** Management's one screen: the headline against 100 %, its trend and glide path, every theme's status. */
export default function OverviewPage() {
  const view = useView();
  const { t, f } = useI18n();
  const registry = useRegistry();
  const { year, from, to } = useYears();
  const filters = crossEntityFilters(view);
  const primaryMeasure = view.measure;
  const secondaryMeasure = primaryMeasure === 'value' ? 'count' : 'value';
  const primary = useQuery(sustainableShareQueryOptions(primaryMeasure, filters));
  const secondary = useQuery(sustainableShareQueryOptions(secondaryMeasure, filters));
  const series = useQueries({ queries: indicatorSeriesQueryOptions(filters), combine: combineQueries });
  const snapshots = useMemo(() => series.data?.map((d) => snapshotOf(d, year)) ?? null, [series.data, year]);

  const scope = [
    view.policyDomain ? registry.domainName(view.policyDomain) : t.overview.scopeAll,
    view.productGroup ? registry.groupName(view.productGroup) : null,
    from !== null && to !== null ? f.yearRange(from, to) : null,
  ]
    .filter(Boolean)
    .join(' · ');

  const measureLabel = (m: 'value' | 'count') => (m === 'value' ? t.overview.byValue : t.overview.byCount);
  const primaryRow = primary.data ? rowForYear(primary.data.rows, year ?? undefined) : null;
  const secondaryRow = secondary.data ? rowForYear(secondary.data.rows, year ?? undefined) : null;
  // The handout's answer: each headline in words with its status, then the progress facts.
  const answerLine = (row: typeof primaryRow, m: 'value' | 'count') =>
    row && year !== null
      ? [
          `${t.overview.headlineLabel(f.year(year))} ${measureLabel(m)}: ${f.percent(row.value)}`,
          row.target ? statusWords(row.status, row.progress, t, f) : t.status.monitoringOnly,
          row.target ? t.share.target(f.percent(row.target.value, 0), f.year(row.target.year)) : null,
          t.share.recordsShort(f.integer(row.n)),
          t.share.coverage(f.percent(row.coverage, 0)),
        ]
          .filter(Boolean)
          .join(' · ')
      : null;
  const answerLines = [
    answerLine(primaryRow, primaryMeasure),
    answerLine(secondaryRow, secondaryMeasure),
    primaryRow?.progress
      ? progressFacts(primaryRow.progress, t, f)
          .map(([term, value]) => `${term}: ${value}`)
          .join(' · ')
      : null,
  ].filter((line): line is string => Boolean(line));

  return (
    <div className="page page--overview">
      <PageHeader title={t.overview.title} lead={<p>{scope}</p>} />

      {primary.isPending ? (
        <LoadingState height={260} />
      ) : primary.isError ? (
        <ErrorState error={primary.error} onRetry={() => void primary.refetch()} />
      ) : primary.data.rows.length === 0 || year === null ? (
        <EmptyState />
      ) : (
        <>
          <section className="headline-grid" aria-label={t.overview.headlineLabel(f.year(year))}>
            <Headline response={primary.data} year={year} measureLabel={measureLabel(primaryMeasure)} primary />
            {secondary.data ? (
              <Headline response={secondary.data} year={year} measureLabel={measureLabel(secondaryMeasure)} primary={false} />
            ) : secondary.isError ? (
              <ErrorState error={secondary.error} onRetry={() => void secondary.refetch()} />
            ) : (
              <LoadingState height={200} />
            )}
            {primaryRow?.progress && primaryRow.target && (
              <article className="headline headline--facts">
                <h2 className="headline__label">{t.overview.progressTitle}</h2>
                <ProgressFacts progress={primaryRow.progress} targetYear={primaryRow.target.year} />
              </article>
            )}
          </section>
          <ReportAnswer lines={answerLines} />

          <IndicatorTrend
            name="overview-trend"
            title={t.overview.trendTitle(registry.indicatorLabel(primary.data.indicator.id), from !== null && to !== null ? f.yearRange(from, to) : '')}
            label={registry.indicatorLabel(primary.data.indicator.id)}
            indicator={primary.data.indicator.id}
            rows={primary.data.rows}
            height={360}
            entity={null}
          />
        </>
      )}

      {year !== null && <LaggardsList measure={primaryMeasure} filters={filters} year={year} />}

      {year === null ? null : series.error ? (
        <ErrorState error={series.error} onRetry={series.retry} />
      ) : snapshots ? (
        <ThemeStatusGrid snapshots={snapshots} year={year} />
      ) : (
        <LoadingState height={320} />
      )}
    </div>
  );
}
