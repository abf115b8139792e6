import type { IndicatorId, RecordSortField } from '@koers/domain';
import { useQueries, useQuery } from '@tanstack/react-query';
import { combineQueries } from '../../../shared/api/combine-queries.ts';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { useRegistry } from '../../../shared/lib/use-registry.ts';
import { SelectField } from '../../../shared/ui/fields.tsx';
import { PageHeader } from '../../../shared/ui/page-header.tsx';
import { ErrorState, LoadingState } from '../../../shared/ui/states.tsx';
import { ViewLink } from '../../../shared/url-state/link.tsx';
import { navigate, useView } from '../../../shared/url-state/use-view.ts';
import { DEFAULT_PAGE_SIZE, RECORD_PARTS, type EvidencePart } from '../../../shared/url-state/view-state.ts';
import { partTotals, partTotalsQueryOptions } from '../api/get-part-totals.ts';
import { recordsQueryOptions } from '../api/get-records.ts';
import { theNumberQueryOptions } from '../api/get-the-number.ts';
import { evidenceFilters } from '../lib/evidence-filters.ts';
import { RecordsTable } from './records-table.tsx';
import { TheNumber } from './the-number.tsx';
import '../evidence.css';

const ALL = '';

/** The records behind any number: its numerator, denominator or unknown band, with paging, sorting and the same filters. */
export default function EvidencePage() {
  const view = useView();
  const { t, f } = useI18n();
  const registry = useRegistry();
  const filters = evidenceFilters(view);
  const indicator = view.indicator;
  const part: EvidencePart | undefined = indicator ? (view.part ?? 'numerator') : undefined;
  const sort: RecordSortField = view.sort ?? 'award_date';
  const direction = view.direction ?? 'desc';
  const limit = view.limit ?? DEFAULT_PAGE_SIZE;
  const cursors = view.cursors ?? [];
  const records = useQuery(
    recordsQueryOptions(
      {
        ...filters,
        ...(indicator ? { indicator } : {}),
        ...(part ? { part } : {}),
        sort,
        direction,
        limit,
        ...(cursors.length ? { cursor: cursors[cursors.length - 1] } : {}),
      },
      cursors.length,
    ),
  );
  const totalPages = useQueries({ queries: indicator ? partTotalsQueryOptions(indicator, filters) : [], combine: combineQueries });
  const totals = totalPages.data?.length ? partTotals(totalPages.data) : null;
  const number = useQuery({ ...theNumberQueryOptions(indicator ?? 'sustainable_value_share', filters), enabled: indicator !== undefined });

  const described = [
    filters.entity ? `${registry.entityName(filters.entity)} (${filters.entity})` : null,
    filters.policyDomain ? registry.domainName(filters.policyDomain) : null,
    filters.productGroup ? registry.groupName(filters.productGroup) : null,
    filters.from !== undefined && filters.to !== undefined ? f.yearRange(filters.from, filters.to) : null,
  ].filter((x): x is string => x !== null);

  const indicatorGroups = registry.meta.themes.map((th) => ({
    label: `${th.id}. ${registry.themeName(th.id)}`,
    options: registry.indicatorsOfTheme(th.id).map((i) => ({ value: i.id, label: registry.indicatorLabel(i.id) })),
  }));
  const entityOptions = [...registry.meta.entities].map((e) => ({ value: e.code, label: `${e.name} (${e.code})` })).sort((a, b) => f.compare(a.label, b.label));

  return (
    <div className="page page--evidence">
      <PageHeader title={t.evidence.title} lead={<p>{t.evidence.lead}</p>}>
        <SelectField
          name="indicator"
          label={t.controls.indicator}
          value={indicator ?? ALL}
          emptyLabel={t.evidence.allRecords}
          groups={indicatorGroups}
          onChange={(v) => navigate({ indicator: v ? (v as IndicatorId) : undefined, part: undefined })}
        />
        <SelectField
          name="entity"
          label={t.controls.entity}
          value={view.entity ?? ALL}
          emptyLabel={t.controls.allEntities}
          options={entityOptions}
          onChange={(v) => navigate({ entity: v || undefined })}
        />
      </PageHeader>

      {described.length > 0 && (
        <p className="filter-summary" data-testid="evidence-filters">
          {t.controls.activeFilters(f.list(described))}
        </p>
      )}

      {indicator ? (
        number.isError ? (
          <ErrorState error={number.error} onRetry={() => void number.refetch()} />
        ) : number.data ? (
          <TheNumber response={number.data} />
        ) : (
          <LoadingState height={120} />
        )
      ) : (
        <p className="notice notice--info">{t.evidence.chooseIndicator}</p>
      )}

      {indicator && part && (
        <nav className="tabs tabs--parts" aria-label={t.evidence.theNumber}>
          <ul>
            {RECORD_PARTS.map((p) => (
              <li key={p}>
                <ViewLink to={{ part: p }} aria-current={p === part ? 'true' : undefined} data-part={p}>
                  <span className="tabs__label">{t.evidence.parts[p]}</span>
                  <span className="tabs__count" data-part-total={p}>
                    {totals ? f.integer(totals[p]) : '…'}
                  </span>
                  <span className="tabs__hint">{t.evidence.partsHint[p]}</span>
                </ViewLink>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {part === 'unknown' && totals && totals.unknown > 0 && records.data?.items.length === 0 && (
        <p className="notice notice--info" data-testid="unknown-list-missing">
          {t.evidence.unknownListMissing(f.integer(totals.unknown))}
        </p>
      )}

      {records.isPending ? (
        <LoadingState height={400} />
      ) : records.isError ? (
        <ErrorState error={records.error} onRetry={() => void records.refetch()} />
      ) : (
        <RecordsTable
          page={records.data}
          indicator={indicator}
          sort={sort}
          direction={direction}
          limit={limit}
          pageIndex={records.data.pageIndex}
          loading={records.isPlaceholderData}
          onSort={(field) => navigate({ sort: field, direction: field === sort && direction === 'desc' ? 'asc' : 'desc' })}
          onNext={() => records.data.nextCursor && navigate({ cursors: [...cursors, records.data.nextCursor] })}
          onPrevious={() => navigate({ cursors: cursors.length > 1 ? cursors.slice(0, -1) : undefined })}
          onFirst={() => navigate({ cursors: undefined })}
          onLimit={(n) => navigate({ limit: n })}
        />
      )}
    </div>
  );
}
