import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { ErrorState, LoadingState } from '../../../shared/ui/states.tsx';
import { ViewLink } from '../../../shared/url-state/link.tsx';
import { importQueryOptions, type ImportReport } from '../api/get-imports.ts';
import { undoable } from '../lib/import-report.ts';
import { useImportMessages } from '../messages.ts';
import { ImportReportView } from './import-report-view.tsx';
import { ImportStatusBadge } from './import-status-badge.tsx';
import { UndoDialog } from './undo-dialog.tsx';

interface ImportDetailProps {
  id: number;
  canUndo: boolean;
  /** The report the upload just answered, shown while the stored one loads. */
  justUploaded?: ImportReport | undefined;
  /** Take focus when shown (after the reader opened it), so keyboard and screen reader land on it. */
  focusOnShow: boolean;
}

/** One import: who, when, which file (full checksum), format and mode, its status, and its full report. */
export function ImportDetail({ id, canUndo, justUploaded, focusOnShow }: ImportDetailProps) {
  const m = useImportMessages();
  const { f } = useI18n();
  const query = useQuery(importQueryOptions(id));
  const heading = useRef<HTMLHeadingElement>(null);
  const [undoOpen, setUndoOpen] = useState(false);
  const entry = query.data;
  const report = entry?.report ?? justUploaded;

  useEffect(() => {
    if (!focusOnShow) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start' });
  }, [id, focusOnShow]);

  const name = entry?.fileName ?? report?.file ?? '';
  return (
    <section className="section import-detail" aria-labelledby="import-detail-title" data-testid="import-report" data-import-id={id}>
      <div className="section__head">
        <h2 id="import-detail-title" ref={heading} tabIndex={-1}>
          {m.reportTitle(f.integer(id), name)}
        </h2>
        <ViewLink to={{ page: 'imports', importId: undefined }} className="more-link">
          {m.closeReport}
        </ViewLink>
      </div>
      {entry && (
        <dl className="facts facts--compact import-facts">
          <div className="facts__item">
            <dt>{m.fields.when}</dt>
            <dd>{f.dateTime(entry.createdAt)}</dd>
          </div>
          <div className="facts__item">
            <dt>{m.fields.who}</dt>
            <dd>{entry.actor}</dd>
          </div>
          <div className="facts__item">
            <dt>{m.fields.format}</dt>
            <dd>{entry.format ? (m.formats[entry.format] ?? entry.format) : entry.checksum ? m.unknownFormat : '—'}</dd>
          </div>
          <div className="facts__item">
            <dt>{m.fields.mode}</dt>
            <dd>
              {m.modeNames[entry.mode] ?? entry.mode}
              {entry.dryRun ? `, ${m.dryRunSuffix}` : ''}
            </dd>
          </div>
          <div className="facts__item">
            <dt>{m.fields.status}</dt>
            <dd>
              <ImportStatusBadge entry={entry} />
            </dd>
          </div>
          <div className="facts__item facts__item--wide">
            <dt>{m.fields.file}</dt>
            <dd className="break">{entry.fileName}</dd>
          </div>
          {entry.checksum && (
            <div className="facts__item facts__item--wide">
              <dt>{m.fields.checksum}</dt>
              <dd>
                <code className="break" data-testid="import-checksum">
                  {entry.checksum}
                </code>
              </dd>
            </div>
          )}
        </dl>
      )}
      {entry && canUndo && undoable(entry) && (
        <p>
          <button type="button" className="button button--quiet" onClick={() => setUndoOpen(true)} data-action="undo">
            {m.undoOf(f.integer(entry.id), entry.fileName)}
          </button>
        </p>
      )}
      {report ? (
        <ImportReportView report={report} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <LoadingState height={160} />
      )}
      {undoOpen && entry && <UndoDialog entry={entry} onClose={() => setUndoOpen(false)} />}
    </section>
  );
}
