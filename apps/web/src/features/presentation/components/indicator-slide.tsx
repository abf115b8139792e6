import type { IndicatorId } from '@koers/domain';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { IndicatorParams } from '../../../shared/api/get-indicator.ts';
import { combineQueries } from '../../../shared/api/combine-queries.ts';
import { IndicatorTrend } from '../../../shared/charts/indicator-trend.tsx';
import { describeFilters } from '../../../shared/export/export-context.ts';
import { exportMessages } from '../../../shared/export/messages.ts';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { rowForYear } from '../../../shared/lib/trend.ts';
import { useRegistry, useYears } from '../../../shared/lib/use-registry.ts';
import type { SeriesStyle } from '../../../shared/palette.ts';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/ui/states.tsx';
import { StatusBadge } from '../../../shared/ui/status-badge.tsx';
import { useView } from '../../../shared/url-state/use-view.ts';
import type { ViewFilters } from '../../../shared/url-state/view-state.ts';
import { slideRankingQueryOptions, slideSeriesQueryOptions } from '../api/get-slide-data.ts';
import { goalStatement, rankingExtremes } from '../lib/goal-statement.ts';
import { presentationMessages } from '../messages.ts';
import { SlideFrame, type SlideFrameProps } from './slide-frame.tsx';

export interface SlideComparison {
  key: string;
  label: string;
  style: SeriesStyle;
  filters: Omit<IndicatorParams, 'groupBy'>;
}

interface IndicatorSlideProps extends Pick<SlideFrameProps, 'slide' | 'index' | 'total' | 'mode' | 'kicker' | 'title'> {
  /** The indicator the slide is about; null when the slide has nothing to show (unknown theme). */
  indicator: IndicatorId | null;
  filters: ViewFilters;
  /** One entity's slide: its code (the chart's records and label). */
  entity: string | null;
  /** Rank entities within these filters to name the highest and lowest; null: no ranking. */
  rankWithin: ViewFilters | null;
  comparisons?: readonly SlideComparison[];
  /** Further indicators listed with their value and status, under this heading. */
  others?: readonly IndicatorId[];
  othersTitle?: string;
}

const none: never[] = [];

/** The PDF's slides have a fixed chart height; on screen the chart takes the space the slide leaves. */
const DECK_CHART_HEIGHT = 250;

/** A slide about one indicator: its value and goal in words beside its trend, for a scope. */
export function IndicatorSlide({
  slide,
  index,
  total,
  mode,
  kicker,
  title,
  indicator,
  filters,
  entity,
  rankWithin,
  comparisons = none,
  others = none,
  othersTitle,
}: IndicatorSlideProps) {
  const view = useView();
  const { t, f, locale } = useI18n();
  const p = presentationMessages(locale);
  const x = exportMessages(locale);
  const registry = useRegistry();
  const { year, from, to } = useYears();
  const chartHeight = mode === 'deck' ? DECK_CHART_HEIGHT : 'fill';
  const id = indicator ?? 'sustainable_value_share';
  const main = useQuery({ ...slideSeriesQueryOptions(id, filters), enabled: indicator !== null });
  const ranking = useQuery({ ...slideRankingQueryOptions(id, rankWithin ?? {}), enabled: indicator !== null && rankWithin !== null });
  const compared = useQueries({ queries: indicator ? comparisons.map((c) => slideSeriesQueryOptions(id, c.filters)) : none, combine: combineQueries });
  const listed = useQueries({ queries: others.map((other) => slideSeriesQueryOptions(other, filters)), combine: combineQueries });

  const ready = indicator === null || (!main.isPending && (rankWithin === null || !ranking.isPending) && !compared.isPending && !listed.isPending);
  const label = indicator ? registry.indicatorLabel(indicator) : '';
  const row = main.data && year !== null ? rowForYear(main.data.rows, year) : null;
  const goal = goalStatement(row, t, p, f, registry.meta.statusThresholds);
  // (A disabled query still answers from the cache: only a slide that ranks reads the ranking.)
  const extremes =
    indicator && rankWithin !== null && ranking.data
      ? rankingExtremes(ranking.data.rows, year, registry.indicator(indicator).polarity, registry.meta.statusThresholds)
      : null;
  const range = from !== null && to !== null ? f.yearRange(from, to) : '';
  const yearText = year !== null ? f.year(year) : '';
  const comparisonValues = (compared.data ?? []).map((response) => (year !== null ? rowForYear(response.rows, year) : null));
  const meta = registry.meta;
  const context = [
    meta.dataDate ? t.app.dataDate(f.date(meta.dataDate, 'long')) : x.noDataDate,
    describeFilters({ view, meta, registry, t, f, x, source: null }, entity ? { entity, ...filters } : filters),
    `${x.measure}${x.colon}${t.controls.measures[indicator ? registry.indicator(indicator).measure : view.measure].toLocaleLowerCase(f.intlLocale)}`,
    meta.dataset === 'demo' ? t.demo.badge : null,
  ]
    .filter(Boolean)
    .join(' · ');

  const statement = [
    goal.words,
    row
      ? `${p.valueIn(label, yearText)}${x.colon}${f.percent(row.value)}${row.target ? ` · ${p.target(f.percent(row.target.value, 0), f.year(row.target.year))}` : ''}`
      : p.noData,
    // A missed or achieved goal's detail repeats the value line.
    ...(goal.status === 'missed' || goal.status === 'achieved' ? [] : [goal.detail]),
    ...(extremes
      ? [
          p.best(registry.entityName(extremes.best.entity), f.percent(extremes.best.value)),
          p.weakest(registry.entityName(extremes.weakest.entity), f.percent(extremes.weakest.value)),
        ]
      : []),
    ...comparisons.map((c, i) => `${c.label}${x.colon}${f.percent(comparisonValues[i]?.value ?? null)}`),
  ];

  const facts = indicator ? (
    <>
      <div className="slide-goal" data-indicator={indicator}>
        <p className="slide-goal__label">{p.valueIn(label, yearText)}</p>
        <p className="slide-goal__value" data-slide-value={row?.value ?? ''}>
          {f.percent(row?.value ?? null)}
        </p>
        {row?.target && <p className="slide-goal__target">{p.target(f.percent(row.target.value, 0), f.year(row.target.year))}</p>}
        <p className="slide-goal__status" data-goal-status={goal.status ?? 'monitoring_only'}>
          {row ? <StatusBadge status={goal.status} progress={goal.progress} size="large" /> : goal.words}
        </p>
        <p className="slide-goal__detail">{goal.detail}</p>
      </div>
      {comparisons.length > 0 && comparisonValues.length === comparisons.length && (
        <ul className="slide-list">
          {comparisons.map((c, i) => (
            <li key={c.key}>
              {c.label}
              {x.colon}
              <strong>{f.percent(comparisonValues[i]?.value ?? null)}</strong>
            </li>
          ))}
        </ul>
      )}
      {extremes && others.length === 0 && (
        <ul className="slide-list" data-slide-extremes>
          <li>{p.best(registry.entityName(extremes.best.entity), f.percent(extremes.best.value))}</li>
          <li>{p.weakest(registry.entityName(extremes.weakest.entity), f.percent(extremes.weakest.value))}</li>
        </ul>
      )}
      {listed.data && listed.data.length > 0 && (
        <div className="slide-others">
          <p className="slide-others__title">{othersTitle ?? p.otherIndicators}</p>
          <ul className="slide-list slide-list--others">
            {listed.data.map((response) => {
              const other = year !== null ? rowForYear(response.rows, year) : null;
              return (
                <li key={response.indicator.id} data-indicator={response.indicator.id}>
                  {registry.indicatorLabel(response.indicator.id)}: <strong>{f.percent(other?.value ?? null)}</strong>{' '}
                  <span className="slide-others__status">· {goalStatement(other, t, p, f, registry.meta.statusThresholds).words}</span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </>
  ) : (
    <p className="slide-goal__detail">{p.noData}</p>
  );

  const chart = !indicator ? null : main.isPending ? (
    <LoadingState height={mode === 'deck' ? DECK_CHART_HEIGHT : undefined} />
  ) : main.isError ? (
    <ErrorState error={main.error} onRetry={() => void main.refetch()} />
  ) : main.data.rows.length === 0 ? (
    <EmptyState />
  ) : (
    <IndicatorTrend
      name={`slide-${index + 1}`}
      title={entity ? `${label}: ${entity}, ${range}` : `${label}, ${range}`}
      label={entity ? `${label} (${entity})` : label}
      indicator={indicator}
      rows={main.data.rows}
      comparisons={
        (compared.data ?? []).length === comparisons.length
          ? comparisons.map((c, i) => ({ key: c.key, label: c.label, style: c.style, rows: compared.data![i]!.rows }))
          : none
      }
      entity={entity}
      height={chartHeight}
      headingLevel={mode === 'live' ? 2 : 3}
    />
  );

  return (
    <SlideFrame
      slide={slide}
      index={index}
      total={total}
      mode={mode}
      kicker={kicker}
      title={title}
      ready={ready}
      statement={statement}
      context={context}
      facts={facts}
      chart={chart}
    />
  );
}
