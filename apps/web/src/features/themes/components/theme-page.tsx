import type { IndicatorId } from '@koers/domain';
import { useQueries, useQuery } from '@tanstack/react-query';
import { combineQueries } from '../../../shared/api/combine-queries.ts';
import type { IndicatorResponse } from '../../../shared/api/types.ts';
import { IndicatorTrend } from '../../../shared/charts/indicator-trend.tsx';
import { RankingFigure } from '../../../shared/charts/ranking-figure.tsx';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { defaultThemeIndicator } from '../../../shared/lib/registry.ts';
import { rowForYear } from '../../../shared/lib/trend.ts';
import { useRegistry, useYears } from '../../../shared/lib/use-registry.ts';
import { SelectField } from '../../../shared/ui/fields.tsx';
import { PageHeader } from '../../../shared/ui/page-header.tsx';
import { ReportAnswer } from '../../../shared/export/report-answer.tsx';
import { indicatorAnswerLine } from '../../../shared/lib/status-words.ts';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/ui/states.tsx';
import { StatusBadge } from '../../../shared/ui/status-badge.tsx';
import { ViewLink } from '../../../shared/url-state/link.tsx';
import { navigate, useView } from '../../../shared/url-state/use-view.ts';
import { crossEntityFilters } from '../../../shared/url-state/view-state.ts';
import { entityRankingQueryOptions } from '../api/get-entity-ranking.ts';
import { themeSeriesQueryOptions } from '../api/get-theme-series.ts';
import { selectedTheme } from '../lib/selected-theme.ts';
import '../themes.css';

/** One theme: each of its indicators over the years (against a target or "monitoring only") and the entities ranked. */
export default function ThemePage() {
  const view = useView();
  const { t, f } = useI18n();
  const registry = useRegistry();
  const { year, from, to } = useYears();
  const themeIds = registry.meta.themes.map((th) => th.id);
  const theme = selectedTheme(view, themeIds);
  const indicators = registry.indicatorsOfTheme(theme);
  const filters = crossEntityFilters(view);
  const series = useQueries({
    queries: themeSeriesQueryOptions(
      indicators.map((i) => i.id),
      filters,
    ),
    combine: combineQueries,
  });

  const rankIndicator: IndicatorId | null =
    view.indicator && indicators.some((i) => i.id === view.indicator) ? view.indicator : defaultThemeIndicator(indicators, view.measure);
  const ranking = useQuery({ ...entityRankingQueryOptions(rankIndicator ?? 'sustainable_value_share', filters), enabled: rankIndicator !== null });
  const pooled = series.data?.find((d) => d.indicator.id === rankIndicator);
  const pooledRow = pooled && year !== null ? rowForYear(pooled.rows, year) : null;
  const themeName = registry.themeName(theme);

  return (
    <div className="page page--themes">
      {/* Each theme its own heading and tab title: "Thema 5: Duurzame overheidsopdrachten". */}
      <PageHeader
        title={`${t.themes.theme(f.integer(theme))}: ${themeName}`}
        lead={<p>{[t.themes.title, from !== null && to !== null ? f.yearRange(from, to) : null].filter(Boolean).join(' · ')}</p>}
      />
      <nav className="tabs" aria-label={t.themes.title}>
        <ul>
          {themeIds.map((id) => (
            <li key={id}>
              <ViewLink to={{ theme: id, indicator: undefined }} aria-current={id === theme ? 'page' : undefined} data-theme-tab={id}>
                <span className="tabs__number">{id}</span> {registry.themeName(id)}
              </ViewLink>
            </li>
          ))}
        </ul>
      </nav>

      <section className="section" aria-labelledby="theme-title">
        <h2 id="theme-title" className="theme-title">
          <span className="theme-card__number">{theme}</span> {themeName}
        </h2>
        <h3 className="section__subtitle">{t.themes.indicatorsTitle}</h3>
        {series.error ? (
          <ErrorState error={series.error} onRetry={series.retry} />
        ) : !series.data ? (
          <LoadingState height={300} />
        ) : (
          <div className="small-multiples">
            {year !== null && (
              <ReportAnswer
                lines={series.data.map((response: IndicatorResponse) =>
                  indicatorAnswerLine(registry.indicatorLabel(response.indicator.id), year, rowForYear(response.rows, year), t, f),
                )}
              />
            )}
            {series.data.map((response: IndicatorResponse) => {
              const label = registry.indicatorLabel(response.indicator.id);
              const latest = year !== null ? rowForYear(response.rows, year) : null;
              return (
                <div key={response.indicator.id} className="small-multiples__item" data-indicator={response.indicator.id}>
                  <IndicatorTrend
                    name={`theme-${response.indicator.id}`}
                    title={label}
                    label={label}
                    indicator={response.indicator.id}
                    rows={response.rows}
                    height={240}
                    headingLevel={3}
                    entity={null}
                    actions={response.monitoringOnly || !latest?.target ? <StatusBadge /> : <StatusBadge status={latest.status} progress={latest.progress} />}
                  />
                  {response.indicator.polarity === 'down' && <p className="muted polarity-note">{t.progress.lowerIsBetter}</p>}
                </div>
              );
            })}
          </div>
        )}
      </section>

      {rankIndicator && year !== null && (
        <section className="section" aria-labelledby="ranking-title">
          <div className="section__head">
            <h2 id="ranking-title">{t.themes.rankingTitle(registry.indicatorLabel(rankIndicator), f.year(year))}</h2>
            {indicators.length > 1 && (
              <SelectField
                name="rankIndicator"
                label={t.themes.chooseIndicator}
                value={rankIndicator}
                onChange={(v) => navigate({ indicator: v as IndicatorId })}
                options={indicators.map((i) => ({ value: i.id, label: registry.indicatorLabel(i.id) }))}
              />
            )}
          </div>
          <p className="section__lead">{t.themes.rankingLead}</p>
          {ranking.isPending ? (
            <LoadingState height={400} />
          ) : ranking.isError ? (
            <ErrorState error={ranking.error} onRetry={() => void ranking.refetch()} />
          ) : ranking.data.rows.length === 0 ? (
            <EmptyState />
          ) : (
            <RankingFigure
              name="theme-ranking"
              title={t.themes.rankingTitle(registry.indicatorLabel(rankIndicator), f.year(year))}
              indicator={rankIndicator}
              polarity={ranking.data.indicator.polarity}
              measure={ranking.data.indicator.measure}
              rows={ranking.data.rows}
              year={year}
              headingLevel={3}
              reference={
                pooledRow?.value != null
                  ? {
                      value: pooledRow.value,
                      label: t.compare.pooledReference(
                        view.policyDomain ? t.chart.pooledDomain(view.policyDomain) : t.chart.pooledAll,
                        f.percent(pooledRow.value),
                      ),
                    }
                  : null
              }
            />
          )}
        </section>
      )}
    </div>
  );
}
