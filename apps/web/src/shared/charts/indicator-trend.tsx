import type { IndicatorId } from '@koers/domain';
import { useMemo, type ReactNode } from 'react';
import type { IndicatorRow } from '../api/types.ts';
import { useEvents } from '../api/get-events.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { eventsForTrend, type NumberedEvent } from '../lib/policy-events.ts';
import { useRegistry, useStatusThresholds } from '../lib/use-registry.ts';
import { shareAxisMax } from '../lib/scale.ts';
import { comparisonKey, shapeTrend, withComparisons, type TrendRow } from '../lib/trend.ts';
import { summarizeTrend } from '../lib/trend-summary.ts';
import { SERIES_STYLES, type SeriesStyle } from '../palette.ts';
import { DataTable, type Column } from '../ui/data-table.tsx';
import { Icon } from '../ui/icons.tsx';
import { RecordsLink } from '../ui/records-link.tsx';
import { ChartFigure } from './chart-figure.tsx';
import { TrendChart, type TrendSeries } from './trend-chart.tsx';
import type { LegendItem } from './markers.tsx';
import { chartMessages } from './messages.ts';
import { useView } from '../url-state/use-view.ts';

interface TrendComparisonInput {
  key: string;
  label: string;
  style: SeriesStyle;
  rows: readonly IndicatorRow[];
}

interface IndicatorTrendProps {
  name: string;
  title: string;
  /** The indicator's label, for the series and the summary. */
  label: string;
  indicator: IndicatorId;
  rows: readonly IndicatorRow[];
  from?: number;
  to?: number;
  comparisons?: readonly TrendComparisonInput[];
  /** Whose records the table links to; undefined keeps the view's entity filter. */
  entity?: string | null;
  /** Pixels, or `fill`: the height the parent leaves (a slide). */
  height?: number | 'fill';
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  /** Draw the projection at the observed pace (default true where a target exists). */
  showProjection?: boolean;
}

/**
 * An indicator over the years as a chart, a sentence and a table: actual share with its unknown
 * band, and where a target exists the target, the glide path and the projection.
 */
export function IndicatorTrend({
  name,
  title,
  label,
  indicator,
  rows,
  from,
  to,
  comparisons = [],
  entity,
  height = 320,
  headingLevel = 2,
  actions,
  showProjection = true,
}: IndicatorTrendProps) {
  const { t, f, locale } = useI18n();
  const c = chartMessages(locale);
  const view = useView();
  const registry = useRegistry();
  const { data: eventData } = useEvents();
  const thresholds = useStatusThresholds();
  const trend = useMemo(
    () => shapeTrend(rows, thresholds, { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) }),
    [rows, thresholds, from, to],
  );
  const chartRows = useMemo(() => withComparisons(trend.points, comparisons), [trend.points, comparisons]);
  const hasProjection = showProjection && trend.points.some((p) => p.projection !== null);
  const hasTarget = trend.target !== null;
  const scopeEntity = entity === undefined ? (view.entity ?? null) : entity;
  const events = useMemo(
    () =>
      eventsForTrend(
        eventData?.items ?? [],
        { entity: scopeEntity, policyDomain: view.policyDomain ?? (scopeEntity ? registry.entityDomain(scopeEntity) : null) },
        chartRows[0]?.year ?? null,
        chartRows[chartRows.length - 1]?.year ?? null,
      ),
    [eventData, scopeEntity, view.policyDomain, registry, chartRows],
  );
  const eventWords = (e: NumberedEvent) => `${f.date(e.date, 'long')}: ${e.label[locale]}`;
  const eventText = (e: NumberedEvent) => c.event(e.number, f.date(e.date, 'long'), e.label[locale]);

  const series: TrendSeries[] = [{ key: 'band', label: t.chart.unknownBand, style: SERIES_STYLES.band, kind: 'band' }];
  for (const cmp of comparisons) series.push({ key: comparisonKey(cmp.key), label: cmp.label, style: cmp.style, kind: 'line' });
  if (hasTarget) series.push({ key: 'expected', label: t.chart.glidePath, style: SERIES_STYLES.glide, kind: 'line' });
  if (hasProjection) series.push({ key: 'projection', label: t.chart.projection, style: SERIES_STYLES.projection, kind: 'line' });
  series.push({ key: 'actual', label, style: SERIES_STYLES.actual, kind: 'line', sufficientKey: 'sufficient' });
  if (hasTarget) series.push({ key: 'target', label: t.chart.target, style: SERIES_STYLES.target, kind: 'point' });

  const legend: LegendItem[] = [
    { key: 'actual', label, style: SERIES_STYLES.actual, kind: 'line' },
    ...comparisons.map((cmp) => ({ key: cmp.key, label: cmp.label, style: cmp.style, kind: 'line' as const })),
    ...(hasTarget ? [{ key: 'expected', label: t.chart.glidePath, style: SERIES_STYLES.glide, kind: 'line' as const }] : []),
    ...(hasProjection ? [{ key: 'projection', label: t.chart.projection, style: SERIES_STYLES.projection, kind: 'line' as const }] : []),
    ...(hasTarget && trend.target
      ? [
          {
            key: 'target',
            label: `${t.chart.target} ${f.percent(trend.target.value, 0)} (${f.year(trend.target.year)})`,
            style: SERIES_STYLES.target,
            kind: 'point' as const,
          },
        ]
      : []),
    { key: 'band', label: t.chart.unknownBand, style: SERIES_STYLES.band, kind: 'band' },
    // The hollow marker is explained only when the chart shows one.
    ...(trend.points.some((p) => p.actual !== null && !p.sufficient)
      ? [{ key: 'insufficient', label: c.insufficientYear, style: SERIES_STYLES.actual, kind: 'hollow' as const }]
      : []),
    ...events.map((e) => ({ key: `event-${e.id}`, label: eventWords(e), style: SERIES_STYLES.glide, kind: 'event' as const, number: e.number })),
  ];

  // The axis holds everything drawn, the unknown band's upper edge included, so nothing is cut.
  const yMax = shareAxisMax(
    chartRows.flatMap((r) => [r.actual, r.band?.[1], r.expected, r.projection, r.target, ...comparisons.map((cmp) => r[comparisonKey(cmp.key)])]),
  );
  const summary = summarizeTrend(trend, label, t, f);

  const columns: Column<TrendRow>[] = [
    { key: 'year', header: t.table.year, cell: (r) => f.year(r.year), rowHeader: true },
    {
      key: 'actual',
      header: label,
      align: 'right',
      cell: (r) =>
        r.actual === null ? (
          '—'
        ) : (
          <RecordsLink
            indicator={indicator}
            part="numerator"
            year={r.year}
            {...(entity !== undefined ? { entity } : {})}
            label={t.table.openRecordsOf(`${f.percent(r.actual)} (${f.year(r.year)})`)}
          >
            {f.percent(r.actual)}
            {!r.sufficient && (
              <>
                {' '}
                <Icon name="warning" />
                <span className="sr-only">({t.chart.insufficientMark})</span>
              </>
            )}
          </RecordsLink>
        ),
    },
    { key: 'band', header: t.table.unknownBand, align: 'right', cell: (r) => (r.band ? `${f.percent(r.band[0])}–${f.percent(r.band[1])}` : '—') },
    { key: 'n', header: t.table.n, align: 'right', cell: (r) => f.integer(r.n) },
    { key: 'coverage', header: t.table.coverage, align: 'right', cell: (r) => f.percent(r.coverage, 0) },
    ...comparisons.map((cmp) => ({ key: cmp.key, header: cmp.label, align: 'right' as const, cell: (r: TrendRow) => f.percent(r[comparisonKey(cmp.key)]) })),
  ];
  if (hasTarget) {
    columns.push({ key: 'expected', header: t.table.expected, align: 'right', cell: (r) => f.percent(r.expected) });
    columns.push({ key: 'target', header: t.table.target, align: 'right', cell: (r) => (r.target === null ? '' : f.percent(r.target, 0)) });
  }
  if (hasProjection) columns.push({ key: 'projection', header: t.table.projection, align: 'right', cell: (r) => f.percent(r.projection) });
  if (events.length) {
    columns.push({
      key: 'events',
      header: c.eventsColumn,
      cell: (r) => {
        const ofYear = events.filter((e) => e.year === r.year);
        return ofYear.length ? ofYear.map((e) => eventText(e)).join(' · ') : '';
      },
    });
  }

  return (
    <ChartFigure
      name={name}
      title={title}
      summary={summary}
      legend={legend}
      headingLevel={headingLevel}
      actions={actions}
      source={{ indicator, groupBy: ['year'], entity: entity ?? null }}
      table={<DataTable caption={t.chart.tableCaption(title)} columns={columns} rows={chartRows} rowKey={(r) => String(r.year)} />}
    >
      <TrendChart
        rows={chartRows}
        series={series}
        yMax={yMax}
        height={height}
        formatValue={(v) => f.percent(v, yMax <= 0.02 ? 1 : 0)}
        formatTooltip={(v) => f.percent(v)}
        formatYear={(y) => f.year(y)}
        events={events.map((e) => ({ key: String(e.id), at: e.at, date: e.date, number: e.number, label: eventText(e) }))}
      />
    </ChartFigure>
  );
}
