import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { useRegistry, useYears } from '../../../shared/lib/use-registry.ts';
import { EvidenceNote } from '../../../shared/ui/evidence-note.tsx';
import { ErrorState, LoadingState } from '../../../shared/ui/states.tsx';
import { StatusBadge } from '../../../shared/ui/status-badge.tsx';
import { ViewLink } from '../../../shared/url-state/link.tsx';
import { useView } from '../../../shared/url-state/use-view.ts';
import { crossEntityFilters } from '../../../shared/url-state/view-state.ts';
import { entityListQueryOptions } from '../api/get-entity-list.ts';

/** Every entity, by policy domain, with its headline share in the selected year: the way into a scorecard. */
export function EntityIndex() {
  const view = useView();
  const { t, f } = useI18n();
  const registry = useRegistry();
  const { year } = useYears();
  const list = useQuery(entityListQueryOptions(view.measure, crossEntityFilters(view)));
  if (list.isPending) return <LoadingState height={400} />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const rowOf = new Map(list.data.rows.filter((r) => r.year === year && r.entity).map((r) => [r.entity!, r]));
  const domains = registry.meta.policyDomains.filter((d) => !view.policyDomain || d.code === view.policyDomain);
  const label = registry.indicatorLabel(list.data.indicator.id);
  return (
    <section className="section" aria-labelledby="entity-list-title">
      <h2 id="entity-list-title">
        {t.entity.listTitle} · {label} {year !== null ? f.year(year) : ''}
      </h2>
      <div className="entity-index">
        {domains.map((d) => {
          const entities = registry.meta.entities.filter((e) => e.policyDomain === d.code);
          if (entities.length === 0) return null;
          return (
            <section key={d.code} className="entity-index__domain" aria-label={d.name[view.lang]}>
              <h3>
                {d.name[view.lang]} <span className="muted">({d.code})</span>
              </h3>
              <ul>
                {entities.map((e) => {
                  const row = rowOf.get(e.code);
                  return (
                    <li key={e.code} className="entity-index__item">
                      <ViewLink to={{ page: 'entity', entity: e.code }} data-entity-link={e.code}>
                        <span className="entity-index__name">{e.name}</span> <span className="muted">({e.code})</span>
                      </ViewLink>
                      <span className="entity-index__value">{f.percent(row?.value ?? null)}</span>
                      {row ? row.target ? <StatusBadge status={row.status} progress={row.progress} /> : <StatusBadge /> : null}
                      {row && <EvidenceNote share={row} compact />}
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
