import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { useRegistry } from '../../../shared/lib/use-registry.ts';
import { Dialog } from '../../../shared/ui/dialog.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/ui/states.tsx';
import { targetsQueryOptions, type StoredTarget } from '../api/get-targets.ts';
import { useRemoveTarget } from '../api/save-target.ts';
import { sortTargets, targetKey } from '../lib/target-form.ts';
import { useTargetMessages } from '../messages.ts';
import { useTargetWords } from './use-target-words.ts';

interface TargetsTableProps {
  /** An administrator: each row offers edit and remove. */
  canEdit: boolean;
  onEdit: (target: StoredTarget) => void;
  /** The key of the target in the form, marked in the table. */
  selectedKey: string | null;
}

/** Every stored target: indicator, scope and code, year, value in %, source and when it last changed. */
export function TargetsTable({ canEdit, onEdit, selectedKey }: TargetsTableProps) {
  const m = useTargetMessages();
  const { f } = useI18n();
  const registry = useRegistry();
  const words = useTargetWords();
  const targets = useQuery(targetsQueryOptions());
  const [removing, setRemoving] = useState<StoredTarget | null>(null);
  const [announcement, setAnnouncement] = useState('');

  return (
    <section className="section" aria-labelledby="targets-list-title" data-testid="targets-list">
      <h2 id="targets-list-title">{m.listTitle}</h2>
      <p className="section__lead">{m.listLead}</p>
      {targets.isPending ? (
        <LoadingState height={200} />
      ) : targets.isError ? (
        <ErrorState error={targets.error} onRetry={() => void targets.refetch()} />
      ) : targets.data.items.length === 0 ? (
        <EmptyState title={m.empty} hint="" />
      ) : (
        <div className="table-scroll">
          <table className="data-table data-table--targets">
            <caption className="sr-only">{m.listCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.columns.indicator}</th>
                <th scope="col">{m.columns.scope}</th>
                <th scope="col" className="num">
                  {m.columns.year}
                </th>
                <th scope="col" className="num">
                  {m.columns.value}
                </th>
                <th scope="col">{m.columns.source}</th>
                <th scope="col">{m.columns.updated}</th>
                {canEdit && <th scope="col">{m.columns.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {sortTargets(
                targets.data.items,
                registry.meta.indicators.map((i) => i.id),
              ).map((target) => {
                const key = targetKey(target);
                const what = words.describe(target);
                return (
                  <tr key={key} data-target={key} data-value={target.value} className={key === selectedKey ? 'is-selected' : undefined}>
                    <th scope="row">{registry.indicatorLabel(target.indicator)}</th>
                    <td>{words.scope(target)}</td>
                    <td className="num">{f.year(target.year)}</td>
                    <td className="num" data-testid="target-value">
                      {words.value(target.value)}
                    </td>
                    <td className="break">{target.source}</td>
                    <td className="nowrap">{f.dateTime(target.updatedAt)}</td>
                    {canEdit && (
                      <td>
                        <div className="row-actions">
                          <button
                            type="button"
                            className="button button--quiet button--small"
                            aria-label={m.editOf(what)}
                            onClick={() => onEdit(target)}
                            data-action="edit"
                          >
                            {m.edit}
                          </button>
                          <button
                            type="button"
                            className="button button--quiet button--small"
                            aria-label={m.removeOf(what)}
                            onClick={() => setRemoving(target)}
                            data-action="remove"
                          >
                            {m.remove}
                          </button>
                        </div>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {removing && (
        <RemoveDialog
          target={removing}
          onClose={() => setRemoving(null)}
          onRemoved={(what) => {
            setRemoving(null);
            setAnnouncement(m.removed(what));
          }}
        />
      )}
    </section>
  );
}

function RemoveDialog({ target, onClose, onRemoved }: { target: StoredTarget; onClose: () => void; onRemoved: (what: string) => void }) {
  const m = useTargetMessages();
  const words = useTargetWords();
  const remove = useRemoveTarget();
  const what = `${words.describe(target)}: ${words.value(target.value)}`;
  return (
    <Dialog title={m.removeTitle} onClose={onClose} testId="remove-target-dialog">
      <div className="dialog__body">
        <p>{m.removeExplain(what)}</p>
        <div role="alert">{remove.isError && <p className="notice notice--error">{m.saveFailed(remove.error.message)}</p>}</div>
        <div className="dialog__actions">
          <button
            type="button"
            className="button button--danger"
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(
                { indicator: target.indicator, scope: target.scope, scopeCode: target.scopeCode, year: target.year },
                { onSuccess: () => onRemoved(what) },
              )
            }
          >
            {m.removeConfirm}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {m.cancel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
