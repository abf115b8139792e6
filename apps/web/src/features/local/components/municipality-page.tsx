import type { IndicatorId } from '@koers/domain';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { EntityMeta, IndicatorResponse } from '../../../shared/api/types.ts';
import { IndicatorTrend } from '../../../shared/charts/indicator-trend.tsx';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { forMeasure, headlineIndicator } from '../../../shared/lib/registry.ts';
import { isSufficient } from '../../../shared/lib/share.ts';
import { rowForYear } from '../../../shared/lib/trend.ts';
import { useRegistry, useYears } from '../../../shared/lib/use-registry.ts';
import { SERIES_STYLES } from '../../../shared/palette.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { SelectField } from '../../../shared/ui/fields.tsx';
import { PageHeader } from '../../../shared/ui/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/ui/states.tsx';
import { ViewLink } from '../../../shared/url-state/link.tsx';
import { navigate, useView } from '../../../shared/url-state/use-view.ts';
import type { ViewFilters } from '../../../shared/url-state/view-state.ts';
import { localSeriesQueryOptions } from '../api/get-local-series.ts';
import { useLocalMessages } from '../messages.ts';
import { peerScopes, predecessorsOf } from '../lib/peers.ts';

/** `/municipalities/44085`: one municipality's (or province's) scorecard beside its province and population class, pooled. */
export default function MunicipalityPage() {
  const view = useView();
  const m = useLocalMessages();
  const registry = useRegistry();
  const organisation = view.entity ? registry.meta.entities.find((e) => e.code === view.entity && e.tier === 'local') : undefined;
  if (organisation) return <Municipality organisation={organisation} />;
  return (
    <div className="page page--municipality">
      <PageHeader title={m.chooseTitle} lead={view.entity ? <p>{m.unknown(view.entity)}</p> : undefined}>
        <MunicipalityPicker />
      </PageHeader>
    </div>
  );
}

function MunicipalityPicker() {
  const m = useLocalMessages();
  const { f } = useI18n();
  const registry = useRegistry();
  const local = registry.meta.entities.filter((e) => e.tier === 'local' && !e.validTo);
  const groups = local
    .filter((e) => e.kind === 'provincie')
    .map((province) => ({
      label: province.name,
      options: [province, ...local.filter((e) => e.kind === 'gemeente' && e.province === province.code).sort((a, b) => f.compare(a.name, b.name))].map((e) => ({
        value: e.code,
        label: `${e.name} (${e.code})`,
      })),
    }));
  return (
    <SelectField
      name="municipality"
      label={m.choose}
      value=""
      emptyLabel={`— ${m.choose} —`}
      groups={groups}
      onChange={(code) => code && navigate({ page: 'municipality', entity: code })}
    />
  );
}

function Municipality({ organisation }: { organisation: EntityMeta }) {
  const view = useView();
  const { t, f } = useI18n();
  const m = useLocalMessages();
  const registry = useRegistry();
  const { year, from, to } = useYears();
  const indicator: IndicatorId = view.indicator ? forMeasure(view.indicator, view.measure) : headlineIndicator(view.measure);
  const period: ViewFilters = {
    ...(view.from !== undefined ? { from: view.from } : {}),
    ...(view.to !== undefined ? { to: view.to } : {}),
    ...(view.boundaries ? { boundaries: view.boundaries } : {}),
  };
  const scopes = peerScopes(organisation, period);
  const own = useQuery(localSeriesQueryOptions(indicator, scopes.own));
  const province = useQuery({ ...localSeriesQueryOptions(indicator, scopes.province ?? {}), enabled: scopes.province !== null });
  const populationClass = useQuery({ ...localSeriesQueryOptions(indicator, scopes.populationClass ?? {}), enabled: scopes.populationClass !== null });
  const label = registry.indicatorLabel(indicator);
  const provinceName = registry.entityName(organisation.province ?? '');
  const className = organisation.populationClass ? t.tiers.classes[organisation.populationClass] : null;

  const predecessors = predecessorsOf(organisation.code, registry.meta.entities);
  const successor = organisation.succeededBy ? registry.meta.entities.find((e) => e.code === organisation.succeededBy) : undefined;
  const facts =
    organisation.kind === 'provincie'
      ? m.provinceFacts(f.integer(organisation.inhabitants), organisation.code)
      : m.facts(m.kinds.gemeente, provinceName, f.integer(organisation.inhabitants), organisation.code);

  const comparisons = [
    ...(scopes.province && province.data
      ? [{ key: 'province', label: t.tiers.pooledProvince(provinceName), style: SERIES_STYLES.domain, rows: province.data.rows }]
      : []),
    ...(scopes.populationClass && populationClass.data && className
      ? [{ key: 'class', label: t.tiers.pooledClass(className), style: SERIES_STYLES.all, rows: populationClass.data.rows }]
      : []),
  ];
  const indicatorGroups = registry.meta.themes.map((th) => ({
    label: `${th.id}. ${registry.themeName(th.id)}`,
    options: registry.indicatorsOfTheme(th.id).map((i) => ({ value: i.id, label: registry.indicatorLabel(i.id) })),
  }));

  return (
    <div className="page page--municipality" data-municipality={organisation.code}>
      <PageHeader
        title={m.municipalityTitle(
          organisation.nameFr && organisation.nameFr !== organisation.name ? `${organisation.name} (${organisation.nameFr})` : organisation.name,
        )}
        lead={
          <>
            <p>{facts}</p>
            {predecessors.length > 0 && view.boundaries !== 'historical' && <p>{m.merged(f.list(predecessors.map((c) => registry.entityName(c))))}</p>}
            {successor && organisation.validTo && (
              <p>
                {m.ended(f.date(organisation.validTo, 'long'))}
                <ViewLink to={{ page: 'municipality', entity: successor.code }}>{successor.name}</ViewLink>
              </p>
            )}
            {view.boundaries === 'historical' && <p>{m.historicalNote}</p>}
          </>
        }
      >
        <SelectField
          name="indicator"
          label={t.controls.indicator}
          value={indicator}
          groups={indicatorGroups}
          onChange={(v) => navigate({ indicator: v as IndicatorId })}
        />
        <MunicipalityPicker />
      </PageHeader>

      {own.data?.monitoringOnly !== false && <p className="note">{t.tiers.monitoringOnly}</p>}
      {own.isPending ? (
        <LoadingState height={300} />
      ) : own.isError ? (
        <ErrorState error={own.error} onRetry={() => void own.refetch()} />
      ) : own.data.rows.length === 0 || year === null ? (
        <EmptyState />
      ) : (
        <IndicatorTrend
          name="municipality-trend"
          title={m.trendTitle(label)}
          label={`${label}, ${organisation.name}`}
          indicator={indicator}
          rows={own.data.rows}
          comparisons={comparisons}
          {...(from !== null ? { from } : {})}
          {...(to !== null ? { to } : {})}
          entity={organisation.code}
          height={300}
        />
      )}

      {year !== null && <Scorecard organisation={organisation} year={year} period={period} />}

      <p className="link-row">
        {organisation.province && organisation.kind === 'gemeente' && (
          <ViewLink to={{ page: 'compare', tier: 'local', province: organisation.province, populationClass: undefined, entity: organisation.code, indicator }}>
            {m.compareInProvince}
          </ViewLink>
        )}{' '}
        {organisation.populationClass && (
          <ViewLink
            to={{ page: 'compare', tier: 'local', populationClass: organisation.populationClass, province: undefined, entity: organisation.code, indicator }}
          >
            {m.compareInClass}
          </ViewLink>
        )}
      </p>
    </div>
  );
}

/** Every indicator of one year: this government, its province and its population class, pooled. */
function Scorecard({ organisation, year, period }: { organisation: EntityMeta; year: number; period: ViewFilters }) {
  const { f } = useI18n();
  const m = useLocalMessages();
  const registry = useRegistry();
  const scopes = peerScopes(organisation, period);
  const ids = registry.meta.indicators.map((i) => i.id);
  const asked = [scopes.own, scopes.province, scopes.populationClass];
  const answers = useQueries({
    queries: ids.flatMap((id) => asked.map((scope) => ({ ...localSeriesQueryOptions(id, scope ?? {}), enabled: scope !== null }))),
    combine: (results) => results,
  });
  const thresholds = registry.meta.statusThresholds;
  const cell = (answer: IndicatorResponse | undefined) => {
    const row = answer ? rowForYear(answer.rows, year) : null;
    if (!row || row.value === null) return '—';
    return isSufficient(row, thresholds)
      ? `${f.percent(row.value)} (n = ${f.integer(row.n)})`
      : `${f.percent(row.value)} (n = ${f.integer(row.n)}, ${m.insufficient})`;
  };
  const rows = ids.map((id, i) => ({ id, own: answers[i * 3]?.data, province: answers[i * 3 + 1]?.data, populationClass: answers[i * 3 + 2]?.data }));
  if (answers.some((a, i) => asked[i % 3] !== null && a.isPending)) return <LoadingState height={200} />;
  const failed = answers.find((a) => a.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  return (
    <section aria-labelledby="municipality-scorecard">
      <h2 id="municipality-scorecard">{m.scorecardTitle(f.year(year))}</h2>
      <DataTable
        caption={m.scorecardCaption(organisation.name, f.year(year))}
        captionHidden
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { key: 'indicator', header: m.columns.indicator, cell: (r) => registry.indicatorLabel(r.id), rowHeader: true },
          { key: 'own', header: m.columns.own, cell: (r) => cell(r.own), align: 'right' },
          ...(scopes.province
            ? [{ key: 'province', header: m.columns.province, cell: (r: (typeof rows)[number]) => cell(r.province), align: 'right' as const }]
            : []),
          ...(scopes.populationClass
            ? [{ key: 'class', header: m.columns.populationClass, cell: (r: (typeof rows)[number]) => cell(r.populationClass), align: 'right' as const }]
            : []),
        ]}
      />
    </section>
  );
}
