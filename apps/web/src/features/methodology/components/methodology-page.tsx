import type { IndicatorId } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { IndicatorMeta } from '../../../shared/api/types.ts';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { headlineIndicator } from '../../../shared/lib/registry.ts';
import { useRegistry, useYears } from '../../../shared/lib/use-registry.ts';
import { SelectField } from '../../../shared/ui/fields.tsx';
import { Icon } from '../../../shared/ui/icons.tsx';
import { PageHeader } from '../../../shared/ui/page-header.tsx';
import { RecordsLink } from '../../../shared/ui/records-link.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/ui/states.tsx';
import { StatusBadge } from '../../../shared/ui/status-badge.tsx';
import { navigate, useView } from '../../../shared/url-state/use-view.ts';
import { crossEntityFilters } from '../../../shared/url-state/view-state.ts';
import { coverageQueryOptions } from '../api/get-coverage.ts';
import { coverageMatrix } from '../lib/coverage-matrix.ts';
import '../methodology.css';

const CRITERIA_SCOPED: readonly IndicatorId[] = ['sustainable_value_share', 'sustainable_count_share'];

/** How every number is made, where the targets come from, and how complete the registration is. */
export default function MethodologyPage() {
  const { t, f, locale } = useI18n();
  const registry = useRegistry();
  const { meta } = registry;
  const thresholds = registry.meta.statusThresholds;
  return (
    <div className="page page--methodology">
      <PageHeader title={t.methodology.title} lead={<p>{t.methodology.lead}</p>} />

      <section className="section" aria-labelledby="dataset-title">
        <h2 id="dataset-title">{t.methodology.datasetTitle}</h2>
        {meta.dataset === 'demo' ? (
          <p className="notice notice--demo" data-testid="methodology-demo">
            <Icon name="warning" /> <span>{t.methodology.datasetDemo}</span>
          </p>
        ) : (
          <p>{t.methodology.datasetReal}</p>
        )}
        <p>{meta.dataDate ? t.app.dataDate(f.date(meta.dataDate, 'long')) : t.app.noDataDate}</p>
        <p className="muted">{t.methodology.planSource}</p>
      </section>

      <section className="section" aria-labelledby="indicators-title">
        <h2 id="indicators-title">{t.methodology.indicatorsTitle}</h2>
        {meta.themes.map((theme) => (
          <div key={theme.id} className="method-theme">
            <h3>
              <span className="theme-card__number">{theme.id}</span> {theme.name[locale]}
            </h3>
            <div className="method-grid">
              {registry.indicatorsOfTheme(theme.id).map((indicator) => (
                <IndicatorDefinition key={indicator.id} indicator={indicator} />
              ))}
            </div>
          </div>
        ))}
      </section>

      <section className="section" aria-labelledby="rules-title">
        <h2 id="rules-title">{t.methodology.rulesTitle}</h2>
        <ul className="rules">
          {t.methodology.rules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
          <li>{t.methodology.statusRule(f.percent(thresholds.onTrack, 0), f.percent(thresholds.needsAcceleration, 0))}</li>
          <li>{t.methodology.thresholdRule(f.integer(thresholds.minN), f.percent(thresholds.minCoverage, 0))}</li>
        </ul>
      </section>

      <CoverageSection />

      <section className="section" aria-labelledby="reference-title">
        <h2 id="reference-title">{t.methodology.referenceTitle}</h2>
        <p className="section__lead">{t.methodology.referenceLead}</p>
        <ul className="rules">
          {t.methodology.references.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function IndicatorDefinition({ indicator }: { indicator: IndicatorMeta }) {
  const { t, f, locale } = useI18n();
  const scope =
    (CRITERIA_SCOPED.includes(indicator.id) ? t.methodology.scopeText.criteria : t.methodology.scopeText.all) +
    (indicator.measure === 'value' ? t.methodology.scopeText.value : '');
  return (
    <article className="method-card" data-indicator={indicator.id} id={`indicator-${indicator.id}`}>
      <h4>{indicator.label[locale]}</h4>
      <dl>
        <dt>{t.methodology.definition}</dt>
        <dd>{indicator.definition[locale]}</dd>
        <dt>{t.methodology.scope}</dt>
        <dd>{scope}</dd>
        <dt>{t.methodology.measure}</dt>
        <dd>{indicator.measure === 'value' ? t.methodology.measureValue : t.methodology.measureCount}</dd>
        <dt>{t.methodology.polarity}</dt>
        <dd>{indicator.polarity === 'up' ? t.progress.higherIsBetter : t.progress.lowerIsBetter}</dd>
        <dt>{t.methodology.target}</dt>
        <dd>
          {indicator.targets.length === 0 ? (
            <StatusBadge />
          ) : (
            <ul className="plain-list">
              {indicator.targets.map((target) => (
                <li key={`${target.scope}-${target.scopeCode ?? ''}-${target.year}`}>
                  <strong>{t.methodology.targetValue(f.percent(target.value, 0), f.year(target.year))}</strong>
                  {target.scopeCode ? ` (${target.scopeCode})` : ''}
                  <br />
                  <span className="muted">
                    {t.methodology.targetSource}: {target.source}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </article>
  );
}

function CoverageSection() {
  const view = useView();
  const { t, f } = useI18n();
  const registry = useRegistry();
  const { years } = useYears();
  const indicator: IndicatorId = view.indicator ?? headlineIndicator(view.measure);
  const coverage = useQuery(coverageQueryOptions(indicator, crossEntityFilters(view)));
  const entities = useMemo(
    () =>
      [...registry.meta.entities]
        // The coverage matrix is the Flemish government's; local governments have their own pages.
        .filter((e) => e.tier !== 'local' && (!view.policyDomain || e.policyDomain === view.policyDomain))
        .sort((a, b) => f.compare(a.policyDomain ?? '~', b.policyDomain ?? '~') || f.compare(a.code, b.code)),
    [registry.meta.entities, view.policyDomain, f],
  );
  const thresholds = registry.meta.statusThresholds;
  const matrix = useMemo(
    () => (coverage.data ? coverageMatrix(coverage.data.rows, entities, years, thresholds) : null),
    [coverage.data, entities, years, thresholds],
  );
  const label = registry.indicatorLabel(indicator);
  const indicatorGroups = registry.meta.themes.map((th) => ({
    label: `${th.id}. ${registry.themeName(th.id)}`,
    options: registry.indicatorsOfTheme(th.id).map((i) => ({ value: i.id, label: registry.indicatorLabel(i.id) })),
  }));

  return (
    <section className="section" aria-labelledby="coverage-title">
      <div className="section__head">
        <h2 id="coverage-title">{t.methodology.coverageTitle}</h2>
        <SelectField
          name="coverageIndicator"
          label={t.controls.indicator}
          value={indicator}
          groups={indicatorGroups}
          onChange={(v) => navigate({ indicator: v as IndicatorId })}
        />
      </div>
      <p className="section__lead">{t.methodology.coverageLead(label)}</p>
      {coverage.isPending ? (
        <LoadingState height={400} />
      ) : coverage.isError ? (
        <ErrorState error={coverage.error} onRetry={() => void coverage.refetch()} />
      ) : !matrix || matrix.length === 0 ? (
        <EmptyState />
      ) : (
        <div className="table-scroll">
          <table className="data-table coverage-table" data-testid="coverage-table">
            <caption className="sr-only">{t.methodology.coverageLead(label)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.table.entity}</th>
                <th scope="col">{t.table.policyDomain}</th>
                {years.map((y) => (
                  <th key={y} scope="col" className="num">
                    {f.year(y)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.map((line) => (
                <tr key={line.entity}>
                  <th scope="row">
                    {registry.entityName(line.entity)} <span className="muted">({line.entity})</span>
                  </th>
                  <td>{line.policyDomain ?? '—'}</td>
                  {line.cells.map((cell) => (
                    <td
                      key={cell.year}
                      className={`num coverage-cell${cell.below ? ' coverage-cell--below' : ''}`}
                      style={cell.coverage !== null ? { ['--coverage' as string]: String(cell.coverage) } : undefined}
                      data-coverage={cell.coverage ?? ''}
                    >
                      {cell.inScope ? (
                        <RecordsLink
                          indicator={indicator}
                          part="unknown"
                          entity={line.entity}
                          year={cell.year}
                          label={t.table.openRecordsOf(`${line.entity} ${f.year(cell.year)}: ${t.evidence.parts.unknown}`)}
                        >
                          {cell.below && (
                            <>
                              <Icon name="warning" />
                              <span className="sr-only">{t.methodology.belowThreshold}: </span>
                            </>
                          )}
                          {t.methodology.coverageCell(f.percent(cell.coverage, 0), f.integer(cell.n))}
                        </RecordsLink>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
