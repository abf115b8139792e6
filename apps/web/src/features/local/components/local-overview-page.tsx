import type { IndicatorId } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { IndicatorTrend } from '../../../shared/charts/indicator-trend.tsx';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { MapFigure } from '../../../shared/map/map-figure.tsx';
import { forMeasure, headlineIndicator } from '../../../shared/lib/registry.ts';
import { useRegistry, useYears } from '../../../shared/lib/use-registry.ts';
import { SelectField } from '../../../shared/ui/fields.tsx';
import { PageHeader } from '../../../shared/ui/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/ui/states.tsx';
import { ViewLink } from '../../../shared/url-state/link.tsx';
import { navigate, useView } from '../../../shared/url-state/use-view.ts';
import { crossEntityFilters } from '../../../shared/url-state/view-state.ts';
import { localSeriesQueryOptions } from '../api/get-local-series.ts';
import { useLocalMessages } from '../messages.ts';

/** The overview of the local tier (`/?tier=local`): the pooled trend and the map of Flanders. */
export default function LocalOverviewPage() {
  const view = useView();
  const { t, f } = useI18n();
  const m = useLocalMessages();
  const registry = useRegistry();
  const { year, from, to } = useYears();
  const indicator: IndicatorId = view.indicator ? forMeasure(view.indicator, view.measure) : headlineIndicator(view.measure);
  const filters = crossEntityFilters(view);
  const pooled = useQuery(localSeriesQueryOptions(indicator, filters));
  const label = registry.indicatorLabel(indicator);
  const indicatorGroups = registry.meta.themes.map((th) => ({
    label: `${th.id}. ${registry.themeName(th.id)}`,
    options: registry.indicatorsOfTheme(th.id).map((i) => ({ value: i.id, label: registry.indicatorLabel(i.id) })),
  }));
  const years = from !== null && to !== null ? f.yearRange(from, to) : '';

  return (
    <div className="page page--local">
      <PageHeader title={m.overviewTitle} lead={<p>{m.overviewLead}</p>}>
        <SelectField
          name="indicator"
          label={t.controls.indicator}
          value={indicator}
          groups={indicatorGroups}
          onChange={(v) => navigate({ indicator: v as IndicatorId })}
        />
      </PageHeader>
      {pooled.data?.monitoringOnly !== false && <p className="note">{t.tiers.monitoringOnly}</p>}
      {pooled.isPending ? (
        <LoadingState height={360} />
      ) : pooled.isError ? (
        <ErrorState error={pooled.error} onRetry={() => void pooled.refetch()} />
      ) : pooled.data.rows.length === 0 || year === null ? (
        <EmptyState />
      ) : (
        <>
          <IndicatorTrend
            name="local-trend"
            title={m.pooledTrend(label, years)}
            label={label}
            indicator={indicator}
            rows={pooled.data.rows}
            height={300}
            entity={null}
          />
          <MapFigure indicator={indicator} year={year} filters={filters} />
          <p>
            <ViewLink to={{ page: 'compare', tier: 'local', indicator }}>{m.rankingLink}</ViewLink>
          </p>
        </>
      )}
    </div>
  );
}
