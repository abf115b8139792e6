import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { Icon } from '../../../shared/ui/icons.tsx';
import { fullReportHref, type ImportReport } from '../api/get-imports.ts';
import { COUNT_KEYS, outcomeSentence } from '../lib/import-report.ts';
import { useImportMessages } from '../messages.ts';
import { MessageTable, type PlacedMessage } from './message-table.tsx';

type ReportMessage = ImportReport['errors'][number];

/** An error or warning of the report, placed in the file for the table. */
const placed = (message: ReportMessage): PlacedMessage => ({
  row: message.row,
  notice: message.notice,
  lot: message.lot,
  column: message.column,
  text: message.message,
  code: message.code,
  params: message.params,
});

const TONE = { applied: 'success', partial: 'warning', rejected: 'error', dry_run: 'info' } as const;
const ICON = { applied: 'check', partial: 'warning', rejected: 'cross', dry_run: 'info' } as const;

/** An import report as a data steward reads it: one sentence, the counts, then every error in its place. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const m = useImportMessages();
  const { f } = useI18n();
  const { outcome, sentence, hint } = outcomeSentence(report, m, f);
  // The lists may hold only their first messages; the totals say how many there are in all.
  const totals = report.messageTotals ?? { errors: report.errors.length, warnings: report.warnings.length, skips: report.skips.length };
  const full = report.importId !== null ? fullReportHref(report.importId) : undefined;
  return (
    <div className="import-report" data-outcome={outcome} data-testid="import-report-body">
      <div className={`notice notice--${TONE[outcome]}`} data-testid="import-outcome">
        <Icon name={ICON[outcome]} />
        <div>
          <p className="notice__title">{sentence}</p>
          {hint && <p>{hint}</p>}
        </div>
      </div>

      <section aria-label={report.dryRun ? m.countsTitleDryRun : m.countsTitle}>
        <dl className="count-grid">
          {COUNT_KEYS.map((key) => (
            <div key={key} className={`count-grid__item count-grid__item--${key}`} data-count={key} data-value={report[key]}>
              <dt>{(report.applied ? m.countLabels : m.countLabelsNotApplied)[key]}</dt>
              <dd>{f.integer(report[key])}</dd>
            </div>
          ))}
        </dl>
      </section>

      {report.addedEntities.length > 0 && <p data-testid="added-entities">{m.addedEntities(f.list(report.addedEntities))}</p>}

      {report.errors.length > 0 ? (
        <MessageTable
          kind="errors"
          caption={m.errorsTitle(f.integer(totals.errors))}
          total={totals.errors}
          fullReport={full}
          messages={report.errors.map(placed)}
        />
      ) : (
        <p className="muted">{m.noErrors}</p>
      )}
      {report.warnings.length > 0 && (
        <MessageTable
          kind="warnings"
          caption={m.warningsTitle(f.integer(totals.warnings))}
          total={totals.warnings}
          fullReport={full}
          messages={report.warnings.map(placed)}
        />
      )}
      {report.skips.length > 0 && (
        <MessageTable
          kind="skips"
          caption={m.skipsTitle(f.integer(totals.skips))}
          total={totals.skips}
          fullReport={full}
          messages={report.skips.map((s) => ({ row: s.row, notice: s.notice, lot: s.lot, text: s.reason }))}
        />
      )}
      {(report.errors.length > 0 || report.warnings.length > 0 || report.skips.length > 0) && <p className="muted fine-print">{m.messagesLanguage}</p>}
      <p className="muted fine-print">
        {m.serverSummary}: <span lang="en">{report.summary}</span>
      </p>
    </div>
  );
}
