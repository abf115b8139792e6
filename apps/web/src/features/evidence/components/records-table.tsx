import type { IndicatorId, RecordSortField } from '@koers/domain';
import type { RecordItem, RecordPage } from '../../../shared/api/types.ts';
import type { Messages } from '../../../shared/i18n/messages.ts';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { useRegistry } from '../../../shared/lib/use-registry.ts';
import { Icon } from '../../../shared/ui/icons.tsx';
import { PAGE_SIZES } from '../../../shared/url-state/view-state.ts';
import { answerOf, type Answer } from '../lib/record-answer.ts';

interface RecordsTableProps {
  page: RecordPage;
  indicator: IndicatorId | undefined;
  sort: RecordSortField;
  direction: 'asc' | 'desc';
  limit: number;
  pageIndex: number;
  loading: boolean;
  onSort: (field: RecordSortField) => void;
  onNext: () => void;
  onPrevious: () => void;
  onFirst: () => void;
  onLimit: (limit: number) => void;
}

function answerText(answer: Answer, t: Messages, integer: (n: number) => string): string {
  switch (answer.kind) {
    case 'criteria':
      return t.evidence.answers[answer.value];
    case 'flag':
      return answer.value ? t.evidence.answers.yes : t.evidence.answers.no;
    case 'tenders':
      return t.evidence.tenders(integer(answer.value));
    case 'procedure':
      return t.evidence.procedures[answer.value as keyof Messages['evidence']['procedures']] ?? answer.value;
    default:
      return t.evidence.answers.unknown;
  }
}

/** A page of records with sortable columns and paging; the previous page stays visible while the next loads. */
export function RecordsTable({ page, indicator, sort, direction, limit, pageIndex, loading, onSort, onNext, onPrevious, onFirst, onLimit }: RecordsTableProps) {
  const { t, f } = useI18n();
  const registry = useRegistry();
  const first = pageIndex * limit + 1;
  const last = pageIndex * limit + page.items.length;

  const sortable = (field: RecordSortField, label: string, numeric = false) => {
    const active = sort === field;
    return (
      <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="sort-button" onClick={() => onSort(field)} data-sort={field}>
          {label}
          <Icon name={active ? (direction === 'asc' ? 'sort-asc' : 'sort-desc') : 'sort'} />
          <span className="sr-only">{t.evidence.sortBy(label)}</span>
        </button>
      </th>
    );
  };

  // Shown above the table and, for long pages, again below it; only the top one is announced.
  const paging = (top: boolean) => (
    <div className="paging">
      <p className="paging__range" aria-live={top ? 'polite' : undefined} data-testid={top ? 'records-range' : undefined} data-total={page.total}>
        {page.items.length ? t.evidence.range(f.integer(first), f.integer(last), f.integer(page.total)) : t.evidence.none}
      </p>
      <div className="paging__buttons">
        <button type="button" className="button button--quiet" onClick={onFirst} disabled={pageIndex === 0 || loading}>
          {t.evidence.firstPage}
        </button>
        <button type="button" className="button" onClick={onPrevious} disabled={pageIndex === 0 || loading}>
          <Icon name="chevron-left" /> {t.evidence.previous}
        </button>
        <button type="button" className="button" onClick={onNext} disabled={!page.nextCursor || loading} data-testid={top ? 'next-page' : undefined}>
          {t.evidence.next} <Icon name="chevron-right" />
        </button>
        <label className="paging__size">
          {t.evidence.pageSize}{' '}
          <select value={limit} onChange={(e) => onLimit(Number(e.target.value))}>
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );

  return (
    <section className={`records${loading ? ' is-loading' : ''}`} aria-busy={loading}>
      {paging(true)}
      <div className="table-scroll">
        <table className="data-table data-table--records" data-testid="records-table">
          <caption className="sr-only">{t.evidence.title}</caption>
          <thead>
            <tr>
              {sortable('award_date', t.evidence.columns.awardDate)}
              {sortable('entity', t.evidence.columns.entity)}
              {sortable('dossier_id', t.evidence.columns.dossierId)}
              <th scope="col">{t.evidence.columns.title}</th>
              <th scope="col">{t.evidence.columns.productGroup}</th>
              <th scope="col">{t.evidence.columns.cpv}</th>
              {sortable('value_eur', t.evidence.columns.valueEur, true)}
              {indicator && <th scope="col">{t.evidence.columns.answer}</th>}
              <th scope="col">{t.evidence.columns.supplier}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((r: RecordItem) => {
              const answer = indicator ? answerOf(r, indicator) : null;
              return (
                <tr key={r.id} data-record-entity={r.entity}>
                  <td className="nowrap">{f.date(r.awardDate)}</td>
                  <td>
                    <abbr title={registry.entityName(r.entity)}>{r.entity}</abbr>
                  </td>
                  <th scope="row" className="nowrap">
                    {r.dossierId}
                  </th>
                  <td>{r.title ?? <span className="muted">—</span>}</td>
                  <td>{r.productGroup ? registry.groupName(r.productGroup) : <span className="muted">—</span>}</td>
                  <td className="nowrap">{r.cpv ?? '—'}</td>
                  <td className="num nowrap">{f.euro(r.valueEur)}</td>
                  {answer && (
                    <td className={answer.kind === 'unknown' ? 'answer answer--unknown' : 'answer'}>
                      {answer.kind === 'unknown' && <Icon name="question" />} {answerText(answer, t, f.integer)}
                    </td>
                  )}
                  <td>{r.supplier ?? <span className="muted">—</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {page.items.length > 10 && paging(false)}
    </section>
  );
}
