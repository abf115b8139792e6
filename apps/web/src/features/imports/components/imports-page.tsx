import { useEffect, useRef, useState } from 'react';
import { useSession } from '../../../shared/api/get-session.ts';
import { Icon } from '../../../shared/ui/icons.tsx';
import { PageHeader } from '../../../shared/ui/page-header.tsx';
import { navigate, useView } from '../../../shared/url-state/use-view.ts';
import type { UploadResult } from '../api/upload-import.ts';
import { useImportMessages } from '../messages.ts';
import { ImportDetail } from './import-detail.tsx';
import { ImportHistory } from './import-history.tsx';
import { ImportReportView } from './import-report-view.tsx';
import { UploadForm } from './upload-form.tsx';
import '../imports.css';

/**
 * Data stewards' imports: upload a file (editors and admins), read its report, and the history
 * of every import, each openable to its full report (`/imports/12`); admins can undo.
 */
export default function ImportsPage() {
  const m = useImportMessages();
  const view = useView();
  const { session } = useSession();
  const can = session.permissions;
  const [lastUpload, setLastUpload] = useState<UploadResult | null>(null);

  // A report opened from the history (or after an upload) takes focus; one opened by a link does not.
  const firstId = useRef(view.importId);
  const [focusDetail, setFocusDetail] = useState(false);
  useEffect(() => {
    if (view.importId !== firstId.current) setFocusDetail(true);
  }, [view.importId]);

  const uploaded = (result: UploadResult) => {
    setLastUpload(result);
    if (result.report.importId !== null) navigate({ page: 'imports', importId: result.report.importId });
  };

  const pendingReport = lastUpload && lastUpload.report.importId === view.importId ? lastUpload.report : undefined;
  const unsavedReport = lastUpload && lastUpload.report.importId === null ? lastUpload.report : null;

  return (
    <div className="page page--imports">
      <PageHeader title={m.title} lead={<p>{m.lead}</p>} />
      {can.import ? (
        <UploadForm session={session} onUploaded={uploaded} />
      ) : (
        <p className="notice notice--info" data-testid="import-sign-in-hint">
          <Icon name="info" /> <span>{session.authenticated ? m.mayNotImport : m.signInHint}</span>
        </p>
      )}
      {unsavedReport && (
        <section className="section" aria-labelledby="unsaved-report-title" data-testid="import-report">
          <h2 id="unsaved-report-title">{m.reportTitleNoId(unsavedReport.file)}</h2>
          <ImportReportView report={unsavedReport} />
        </section>
      )}
      {view.importId !== undefined && (
        <ImportDetail key={view.importId} id={view.importId} canUndo={can.undoImport} justUploaded={pendingReport} focusOnShow={focusDetail} />
      )}
      <ImportHistory canUndo={can.undoImport} selected={view.importId} />
    </div>
  );
}
