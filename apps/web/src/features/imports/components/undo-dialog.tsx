import { useRef } from 'react';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { Dialog } from '../../../shared/ui/dialog.tsx';
import type { ImportEntry } from '../api/get-imports.ts';
import { useUndoImport } from '../api/undo-import.ts';
import { useImportMessages } from '../messages.ts';

/**
 * "Undo import 12?" with what will happen, then the result (records written back and deleted)
 * or the API's reason for refusing, in the same dialog.
 */
export function UndoDialog({ entry, onClose }: { entry: ImportEntry; onClose: () => void }) {
  const m = useImportMessages();
  const { f } = useI18n();
  const undo = useUndoImport();
  const cancel = useRef<HTMLButtonElement>(null);
  const id = f.integer(entry.id);
  const done = undo.isSuccess ? undo.data : null;
  return (
    <Dialog title={done ? m.undoneTitle(id, entry.fileName) : m.undoTitle(id, entry.fileName)} onClose={onClose} initialFocus={cancel} testId="undo-dialog">
      <div className="dialog__body">
        {!done && (
          <>
            <p>{m.undoExplain}</p>
            <p>
              <strong>{m.undoCounts(f.integer(entry.accepted), f.integer(entry.updated))}</strong>
            </p>
            <p className="muted">{m.undoWarning}</p>
          </>
        )}
        <div role="status" aria-live="polite" data-testid="undo-result">
          {undo.isPending && <p>{m.undoing}</p>}
          {done && (
            <p className="notice notice--success">
              {m.undoDone(f.integer(done.restored), f.integer(done.deleted), done.entities.length ? f.list(done.entities) : '—')}
            </p>
          )}
        </div>
        <div role="alert" data-testid="undo-error">
          {undo.isError && (
            <p className="notice notice--error">
              {m.undoFailed(undo.error.message)}
            </p>
          )}
        </div>
        <div className="dialog__actions">
          {done ? (
            <button type="button" className="button" onClick={onClose} autoFocus>
              {m.close}
            </button>
          ) : (
            <>
              <button type="button" className="button button--danger" onClick={() => undo.mutate(entry.id)} disabled={undo.isPending || undo.isError} data-testid="undo-confirm">
                {m.undoConfirm}
              </button>
              <button ref={cancel} type="button" className="button button--quiet" onClick={onClose}>
                {undo.isError ? m.close : m.cancel}
              </button>
            </>
          )}
        </div>
      </div>
    </Dialog>
  );
}
