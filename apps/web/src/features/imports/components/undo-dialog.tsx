import { useId, useRef, useState } from 'react';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { Dialog } from '../../../shared/ui/dialog.tsx';
import type { ImportEntry } from '../api/get-imports.ts';
import { useUndoImport } from '../api/undo-import.ts';
import { useImportMessages } from '../messages.ts';

/** From this many records touched (the demo seed touches about 40,000) the number must be typed to confirm. */
const TYPE_TO_CONFIRM_FROM = 1_000;

/**
 * "Undo import 12?" with what will happen, then the result (records written back and deleted)
 * or the API's reason for refusing, in the same dialog. A large import (the demo seed) is never
 * one click from removal: the number of records it touched must be typed first.
 */
export function UndoDialog({ entry, onClose }: { entry: ImportEntry; onClose: () => void }) {
  const m = useImportMessages();
  const { f } = useI18n();
  const undo = useUndoImport();
  const cancel = useRef<HTMLButtonElement>(null);
  const id = f.integer(entry.id);
  const done = undo.isSuccess ? undo.data : null;
  const touched = entry.accepted + entry.updated;
  const mustType = touched >= TYPE_TO_CONFIRM_FROM;
  const [typed, setTyped] = useState('');
  const typedId = useId();
  const confirmed = !mustType || typed.replace(/[\s.,\u00a0\u202f]/g, '') === String(touched);
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
            {mustType && (
              <div className="field">
                <label htmlFor={typedId}>{m.undoTypeCount(f.integer(touched))}</label>
                <input
                  id={typedId}
                  inputMode="numeric"
                  autoComplete="off"
                  value={typed}
                  onChange={(e) => setTyped(e.target.value)}
                  data-testid="undo-type-count"
                />
              </div>
            )}
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
          {undo.isError && <p className="notice notice--error">{m.undoFailed(undo.error.message)}</p>}
        </div>
        <div className="dialog__actions">
          {done ? (
            <button type="button" className="button" onClick={onClose} autoFocus>
              {m.close}
            </button>
          ) : (
            <>
              <button
                type="button"
                className="button button--danger"
                onClick={() => undo.mutate(entry.id)}
                disabled={undo.isPending || undo.isError || !confirmed}
                data-testid="undo-confirm"
              >
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
