import type { IndicatorId } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { chartMessages } from '../../../shared/charts/messages.ts';
import { RankingFigure } from '../../../shared/charts/ranking-figure.tsx';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { forMeasure, headlineIndicator } from '../../../shared/lib/registry.ts';
import { rowForYear } from '../../../shared/lib/trend.ts';
import { useRegistry, useYears } from '../../../shared/lib/use-registry.ts';
import { Segmented, SelectField } from '../../../shared/ui/fields.tsx';
import { PageHeader } from '../../../shared/ui/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/ui/states.tsx';
import { navigate, useView } from '../../../shared/url-state/use-view.ts';
import { crossEntityFilters } from '../../../shared/url-state/view-state.ts';
import { comparisonQueryOptions, scopeQueryOptions } from '../api/get-comparison.ts';
import { ReportAnswer } from '../../../shared/export/report-answer.tsx';
import { indicatorAnswerLine } from '../../../shared/lib/status-words.ts';

/** Entities side by side for one indicator and year, ranked overall or within a policy domain. */
export default function ComparePage() {
  const view = useView();
  const { t, f, locale } = useI18n();
  const c = chartMessages(locale);
  const registry = useRegistry();
  const { year } = useYears();
  const indicator: IndicatorId = view.indicator ? forMeasure(view.indicator, view.measure) : headlineIndicator(view.measure);
  const filters = crossEntityFilters(view);
  const comparison = useQuery(comparisonQueryOptions(indicator, filters));
  const scope = useQuery(scopeQueryOptions(indicator, filters));
  const label = registry.indicatorLabel(indicator);
  const highlightDomain = view.entity ? registry.entityDomain(view.entity) : null;
  const scopeRow = scope.data && year !== null ? rowForYear(scope.data.rows, year) : null;
  const local = view.tier === 'local';
  const className = view.populationClass ? t.tiers.classes[view.populationClass] : null;
  const localScope = view.province ? registry.entityName(view.province) : className;
  const scopeLabel = local
    ? view.province
      ? t.tiers.pooledProvince(registry.entityName(view.province))
      : className
        ? t.tiers.pooledClass(className)
        : t.tiers.pooledLocal
    : view.policyDomain
      ? t.chart.pooledDomain(registry.domainName(view.policyDomain))
      : t.chart.pooledAll;
  const within = local
    ? (localScope ?? t.tiers.overall)
    : view.policyDomain
      ? t.compare.withinDomain(registry.domainName(view.policyDomain))
      : t.compare.overall;
  const title = year !== null ? t.themes.rankingTitle(label, f.year(year)) : label;

  const indicatorGroups = registry.meta.themes.map((th) => ({
    label: `${th.id}. ${registry.themeName(th.id)}`,
    options: registry.indicatorsOfTheme(th.id).map((i) => ({ value: i.id, label: registry.indicatorLabel(i.id) })),
  }));

  // The handout's answer: the indicator pooled over the scope in the chosen year, in words.
  const answer = year !== null && scopeRow ? [indicatorAnswerLine(label, year, scopeRow, t, f)] : [];
  return (
    <div className="page page--compare">
      <ReportAnswer lines={answer} />
      <PageHeader title={t.compare.title} lead={<p>{t.compare.lead}</p>}>
        <SelectField
          name="indicator"
          label={t.controls.indicator}
          value={indicator}
          groups={indicatorGroups}
          onChange={(v) => navigate({ indicator: v as IndicatorId })}
        />
        {!local && (
          <Segmented
            name="scope"
            label={t.compare.scope}
            value={view.policyDomain ? 'domain' : 'all'}
            onChange={(v) =>
              navigate({ policyDomain: v === 'all' ? undefined : (view.policyDomain ?? highlightDomain ?? registry.meta.policyDomains[0]?.code) })
            }
            options={[
              { value: 'all', label: t.compare.overall },
              { value: 'domain', label: view.policyDomain ? t.compare.withinDomain(view.policyDomain) : t.compare.withinADomain },
            ]}
          />
        )}
        {/* One's own entity, picked out in the ranking (the same as arriving from its page). */}
        <SelectField
          name="highlight"
          label={c.highlight}
          value={view.entity ?? ''}
          emptyLabel={c.highlightNone}
          options={[...registry.meta.entities]
            .filter((e) => (e.tier === 'local') === local && !e.validTo)
            .sort((a, b) => a.name.localeCompare(b.name, f.intlLocale))
            .map((e) => ({ value: e.code, label: `${e.name} (${e.code})` }))}
          onChange={(v) => navigate({ entity: v || undefined })}
        />
      </PageHeader>

      {year === null ? (
        <EmptyState />
      ) : comparison.isPending ? (
        <LoadingState height={480} />
      ) : comparison.isError ? (
        <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : comparison.data.rows.length === 0 ? (
        <EmptyState />
      ) : (
        <RankingFigure
          name="compare-ranking"
          title={`${title} · ${within}`}
          indicator={indicator}
          polarity={comparison.data.indicator.polarity}
          measure={comparison.data.indicator.measure}
          rows={comparison.data.rows}
          year={year}
          highlight={view.entity}
          reference={scopeRow?.value != null ? { value: scopeRow.value, label: t.compare.pooledReference(scopeLabel, f.percent(scopeRow.value)) } : null}
        />
      )}
    </div>
  );
}
