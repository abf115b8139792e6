import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/ui/states.tsx';
import { ViewLink } from '../../../shared/url-state/link.tsx';
import { HISTORY_LIMIT, importHistoryQueryOptions, type ImportEntry } from '../api/get-imports.ts';
import { COUNT_KEYS, importStatus, shortChecksum, undoable } from '../lib/import-report.ts';
import { useImportMessages } from '../messages.ts';
import { ImportStatusBadge } from './import-status-badge.tsx';
import { UndoDialog } from './undo-dialog.tsx';

interface ImportHistoryProps {
  /** The caller may undo imports (an administrator). */
  canUndo: boolean;
  /** The import whose report is open, marked in the table. */
  selected?: number | undefined;
}

/** Every import, newest first: who, when, file and checksum, format, mode, counts, status, and its report. */
export function ImportHistory({ canUndo, selected }: ImportHistoryProps) {
  const m = useImportMessages();
  const { f } = useI18n();
  const history = useQuery(importHistoryQueryOptions());
  const [undoing, setUndoing] = useState<ImportEntry | null>(null);

  return (
    <section className="section" aria-labelledby="import-history-title" data-testid="import-history">
      <div className="section__head">
        <div>
          <h2 id="import-history-title">{m.historyTitle}</h2>
          <p className="section__lead">
            {m.historyLead} {history.data && history.data.items.length >= HISTORY_LIMIT ? m.historyLimit(f.integer(HISTORY_LIMIT)) : ''}
          </p>
        </div>
      </div>
      {history.isPending ? (
        <LoadingState height={200} />
      ) : history.isError ? (
        <ErrorState error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.items.length === 0 ? (
        <EmptyState title={m.historyEmpty} hint="" />
      ) : (
        <div className="table-scroll">
          <table className="data-table data-table--imports">
            <caption className="sr-only">{m.historyCaption}</caption>
            <thead>
              <tr>
                <th scope="col">
                  {m.historyColumns.when}
                  <span className="cell-note">{m.historyColumns.who}</span>
                </th>
                <th scope="col">
                  {m.historyColumns.file}
                  <span className="cell-note">{m.historyColumns.format}</span>
                </th>
                <th scope="col">{m.historyColumns.mode}</th>
                {COUNT_KEYS.map((key) => (
                  <th key={key} scope="col" className="num">
                    {m.countLabels[key]}
                  </th>
                ))}
                <th scope="col">{m.historyColumns.status}</th>
                <th scope="col">{m.historyColumns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {[...history.data.items]
                .sort((a, b) => b.id - a.id)
                .map((entry) => {
                  const id = f.integer(entry.id);
                  return (
                    <tr
                      key={entry.id}
                      data-import-id={entry.id}
                      data-status={importStatus(entry)}
                      className={entry.id === selected ? 'is-selected' : undefined}
                    >
                      <td>
                        <span className="nowrap">{f.dateTime(entry.createdAt)}</span>
                        <span className="cell-note" data-testid="import-actor">
                          {entry.actor}
                        </span>
                      </td>
                      <th scope="row">
                        <span className="break">{entry.fileName}</span>
                        <span className="cell-note">{entry.format ? (m.formats[entry.format] ?? entry.format) : entry.checksum ? m.unknownFormat : '—'}</span>
                        {entry.checksum && (
                          <span className="cell-note" title={entry.checksum}>
                            SHA-256 <code>{shortChecksum(entry.checksum)}</code>
                          </span>
                        )}
                      </th>
                      <td>
                        {m.modeNames[entry.mode] ?? entry.mode}
                        {entry.dryRun && <span className="cell-note">{m.dryRunSuffix}</span>}
                      </td>
                      {COUNT_KEYS.map((key) => (
                        <td key={key} className="num" data-count={key}>
                          {f.integer(entry[key])}
                        </td>
                      ))}
                      <td>
                        <ImportStatusBadge entry={entry} />
                      </td>
                      <td>
                        <div className="row-actions">
                          <ViewLink to={{ page: 'imports', importId: entry.id }} aria-label={m.openReportOf(id, entry.fileName)} data-action="open-report">
                            {m.openReport}
                          </ViewLink>
                          {canUndo && undoable(entry) && (
                            <button
                              type="button"
                              className="button button--quiet button--small"
                              aria-label={m.undoOf(id, entry.fileName)}
                              onClick={() => setUndoing(entry)}
                              data-action="undo"
                            >
                              {m.undo}
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </div>
      )}
      {undoing && <UndoDialog entry={undoing} onClose={() => setUndoing(null)} />}
    </section>
  );
}
