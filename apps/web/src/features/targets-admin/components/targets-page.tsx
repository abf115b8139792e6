import { useState } from 'react';
import { usePermissions } from '../../../shared/api/get-session.ts';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { Icon } from '../../../shared/ui/icons.tsx';
import { PageHeader } from '../../../shared/ui/page-header.tsx';
import type { StoredTarget } from '../api/get-targets.ts';
import { decimalSeparator, draftOf, EMPTY_DRAFT, targetKey, type TargetDraft } from '../lib/target-form.ts';
import { useTargetMessages } from '../messages.ts';
import { ChangeLog } from './change-log.tsx';
import { TargetForm } from './target-form.tsx';
import { TargetsTable } from './targets-table.tsx';
import { ThresholdsSection } from './thresholds-section.tsx';
import '../targets-admin.css';

/**
 * Targets as data: everyone reads the targets and their change log; an administrator adds,
 * changes and removes them. After a change the charts show the target in force.
 */
export default function TargetsPage() {
  const m = useTargetMessages();
  const { f } = useI18n();
  const canEdit = usePermissions().editTargets;
  const [draft, setDraft] = useState<TargetDraft>(EMPTY_DRAFT);
  const [focusRequest, setFocusRequest] = useState(0);

  const edit = (target: StoredTarget) => {
    setDraft(draftOf(target, decimalSeparator(f.intlLocale)));
    setFocusRequest((n) => n + 1);
  };
  const editedKey = draft.indicator ? targetKey({ ...draft, scopeCode: draft.scope === 'all' ? null : draft.scopeCode, year: Number(draft.year) }) : null;

  return (
    <div className="page page--targets">
      <PageHeader title={m.title} lead={<p>{m.lead}</p>} />
      {canEdit ? (
        <TargetForm draft={draft} onDraftChange={setDraft} focusRequest={focusRequest} />
      ) : (
        <p className="notice notice--info" data-testid="targets-admin-only">
          <Icon name="info" /> <span>{m.adminOnly}</span>
        </p>
      )}
      <TargetsTable canEdit={canEdit} onEdit={edit} selectedKey={canEdit ? editedKey : null} />
      <ChangeLog />
      <ThresholdsSection canEdit={canEdit} />
    </div>
  );
}
