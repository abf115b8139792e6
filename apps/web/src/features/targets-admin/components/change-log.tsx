import { useInfiniteQuery } from '@tanstack/react-query';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/ui/states.tsx';
import { targetChangesQueryOptions, type TargetChange } from '../api/get-targets.ts';
import { useTargetMessages } from '../messages.ts';
import { useTargetWords } from './use-target-words.ts';

/** Every change of a target, newest first: who, when, which target, old → new value and source. */
export function ChangeLog() {
  const m = useTargetMessages();
  const { f } = useI18n();
  const words = useTargetWords();
  const changes = useInfiniteQuery(targetChangesQueryOptions());
  const items: TargetChange[] = changes.data?.pages.flatMap((page) => page.items) ?? [];

  const valueWords = (c: TargetChange) => {
    if (c.oldValue === null) return `${m.none} → ${words.value(c.newValue)} (${m.added})`;
    if (c.newValue === null) return `${words.value(c.oldValue)} → ${m.none} (${m.removedWord})`;
    return `${words.value(c.oldValue)} → ${words.value(c.newValue)}`;
  };

  return (
    <section className="section" aria-labelledby="target-changes-title" data-testid="target-changes">
      <h2 id="target-changes-title">{m.changesTitle}</h2>
      <p className="section__lead">{m.changesLead}</p>
      {changes.isPending ? (
        <LoadingState height={160} />
      ) : changes.isError ? (
        <ErrorState error={changes.error} onRetry={() => void changes.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={m.changesEmpty} hint="" />
      ) : (
        <>
          <div className="table-scroll">
            <table className="data-table data-table--changes">
              <caption className="sr-only">{m.changesCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.changeColumns.when}</th>
                  <th scope="col">{m.changeColumns.who}</th>
                  <th scope="col">{m.changeColumns.target}</th>
                  <th scope="col">{m.changeColumns.change}</th>
                  <th scope="col">{m.changeColumns.source}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((c) => (
                  <tr key={c.id} data-change-id={c.id} data-old={c.oldValue ?? ''} data-new={c.newValue ?? ''}>
                    <td className="nowrap">{f.dateTime(c.changedAt)}</td>
                    <td className="break">{c.actor}</td>
                    <th scope="row">{words.describe(c)}</th>
                    <td className="nowrap" data-testid="change-values">
                      {valueWords(c)}
                    </td>
                    <td className="break">
                      {c.oldSource === c.newSource ? (c.newSource ?? '—') : m.sourceChanged(c.oldSource ?? m.none, c.newSource ?? m.none)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {changes.hasNextPage && (
            <p>
              <button type="button" className="button button--quiet" onClick={() => void changes.fetchNextPage()} disabled={changes.isFetchingNextPage}>
                {m.moreChanges}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
