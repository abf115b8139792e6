import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { Icon, type IconName } from '../../../shared/ui/icons.tsx';
import { importStatus, type EntryLike, type ImportStatus } from '../lib/import-report.ts';
import { useImportMessages } from '../messages.ts';

const ICONS: Record<ImportStatus, IconName> = {
  running: 'gauge',
  failed: 'cross',
  applied: 'check',
  partial: 'warning',
  rejected: 'cross',
  dry_run: 'eye',
  undone: 'arrow-down-right',
};

/** An import's status in an icon and words; an undone import says when and by whom. */
export function ImportStatusBadge({ entry }: { entry: EntryLike & { undoneBy: string | null } }) {
  const m = useImportMessages();
  const { f } = useI18n();
  const status = importStatus(entry);
  return (
    <span className={`import-status import-status--${status}`} data-import-status={status}>
      <Icon name={ICONS[status]} /> <span>{m.status[status]}</span>
      {status === 'undone' && entry.undoneAt && <span className="cell-note">{m.undoneBy(f.dateTime(entry.undoneAt), entry.undoneBy ?? '—')}</span>}
    </span>
  );
}
