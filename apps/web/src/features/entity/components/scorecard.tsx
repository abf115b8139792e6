import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { combineQueries } from '../../../shared/api/combine-queries.ts';
import type { EntityMeta } from '../../../shared/api/types.ts';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { headlineIndicator } from '../../../shared/lib/registry.ts';
import { useRegistry, useYears } from '../../../shared/lib/use-registry.ts';
import { Icon } from '../../../shared/ui/icons.tsx';
import { PageHeader } from '../../../shared/ui/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/ui/states.tsx';
import { ViewLink } from '../../../shared/url-state/link.tsx';
import { useView } from '../../../shared/url-state/use-view.ts';
import { allSeriesQueryOptions, domainSeriesQueryOptions, entitySeriesQueryOptions } from '../api/get-entity-series.ts';
import { orderLines, scorecardLines } from '../lib/scorecard.ts';
import { EntityPicker } from './entity-picker.tsx';
import { IndicatorYearTable } from './indicator-year-table.tsx';
import { TargetCard } from './target-card.tsx';
import { ReportAnswer } from '../../../shared/export/report-answer.tsx';
import { indicatorAnswerLine } from '../../../shared/lib/status-words.ts';

const none: never[] = [];

/** One entity's indicators per year, its gap to target and pace still needed, beside its policy domain and all entities. */
export function Scorecard({ entity }: { entity: EntityMeta }) {
  const view = useView();
  const { t, f } = useI18n();
  const registry = useRegistry();
  const { year, years, from, to } = useYears();
  const filters = {
    ...(view.productGroup ? { productGroup: view.productGroup } : {}),
    ...(view.from !== undefined ? { from: view.from } : {}),
    ...(view.to !== undefined ? { to: view.to } : {}),
  };
  const own = useQueries({ queries: entitySeriesQueryOptions(entity.code, filters), combine: combineQueries });
  const domain = useQueries({ queries: entity.policyDomain ? domainSeriesQueryOptions(entity.policyDomain, filters) : none, combine: combineQueries });
  const all = useQueries({ queries: allSeriesQueryOptions(filters), combine: combineQueries });

  const lines = useMemo(
    () => (own.data && all.data && (domain.data || !entity.policyDomain) ? scorecardLines(own.data, domain.data ?? null, all.data, year) : null),
    [own.data, domain.data, all.data, entity.policyDomain, year],
  );
  const error = own.error ?? domain.error ?? all.error;
  const domainName = entity.policyDomain ? registry.domainName(entity.policyDomain) : t.entity.noDomain;
  const lead = headlineIndicator(view.measure);

  return (
    <div className="page page--scorecard" data-entity={entity.code}>
      <PageHeader
        title={`${entity.name} (${entity.code})`}
        lead={
          <p>
            {t.entity.type}: {entity.type} · {t.entity.policyDomain}: {domainName}
            {from !== null && to !== null ? ` · ${f.yearRange(from, to)}` : ''}
          </p>
        }
      >
        <EntityPicker value={entity.code} />
      </PageHeader>
      <p className="link-row">
        {entity.policyDomain && (
          <ViewLink to={{ page: 'compare', entity: entity.code, policyDomain: entity.policyDomain, indicator: lead }}>
            <Icon name="arrow-right" /> {t.compare.withinDomain(domainName)}
          </ViewLink>
        )}
        <ViewLink to={{ page: 'compare', entity: entity.code, policyDomain: undefined, indicator: lead }}>
          <Icon name="arrow-right" /> {t.compare.overall}
        </ViewLink>
      </p>

      {error ? (
        <ErrorState
          error={error}
          onRetry={() => {
            own.retry();
            domain.retry();
            all.retry();
          }}
        />
      ) : !lines ? (
        <LoadingState height={480} />
      ) : lines.every((l) => l.entityRows.length === 0) ? (
        <EmptyState />
      ) : (
        <ScorecardBody lines={orderLines(lines, lead)} entity={entity} domainName={domainName} years={years} year={year} />
      )}
    </div>
  );
}

function ScorecardBody({
  lines,
  entity,
  domainName,
  years,
  year,
}: {
  lines: ReturnType<typeof orderLines>;
  entity: EntityMeta;
  domainName: string;
  years: number[];
  year: number | null;
}) {
  const { t, f } = useI18n();
  const registry = useRegistry();
  // The handout's answer: every indicator of the entity in the chosen year, in words.
  const answer =
    year !== null ? [...lines.targeted, ...lines.others].map((line) => indicatorAnswerLine(registry.indicatorLabel(line.id), year, line.current, t, f)) : [];
  return (
    <>
      <ReportAnswer lines={answer} />
      <section className="section" aria-labelledby="targets-title">
        <h2 id="targets-title">{t.entity.targetsTitle}</h2>
        <div className="target-cards">
          {lines.targeted.map((line) => (
            <TargetCard key={line.id} line={line} entity={entity} domainName={domainName} year={year} />
          ))}
        </div>
      </section>
      <section className="section" aria-labelledby="all-indicators-title">
        <h2 id="all-indicators-title">{t.entity.allIndicatorsTitle}</h2>
        <p className="section__lead">{t.entity.allIndicatorsLead}</p>
        <IndicatorYearTable lines={lines.others} entity={entity.code} years={years} year={year} />
      </section>
    </>
  );
}
