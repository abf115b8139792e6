import { useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { ApiError } from '../../../shared/api/client.ts';
import { fetchSession, type Session } from '../../../shared/api/get-session.ts';
import { Dialog } from '../../../shared/ui/dialog.tsx';
import { useSessionMessages } from '../messages.ts';

interface SignInDialogProps {
  onClose: () => void;
  /** Called with the token once the API has accepted it, and who it belongs to. */
  onSignedIn: (token: string, session: Session) => void;
  returnFocus?: RefObject<HTMLElement | null>;
}

/**
 * Paste a token; it is checked with GET /api/v1/session before it is kept. The token is held
 * only in the input and, once accepted, in sessionStorage: never in the URL or in React state
 * that outlives the dialog.
 */
export function SignInDialog({ onClose, onSignedIn, returnFocus }: SignInDialogProps) {
  const m = useSessionMessages();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const hintId = useId();
  const errorId = useId();
  const inputId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const token = input.current?.value.trim() ?? '';
    if (!token) {
      setError(m.emptyToken);
      input.current?.focus();
      return;
    }
    setChecking(true);
    setError(null);
    try {
      const session = await fetchSession(token);
      // A server that ignores the header would answer "anonymous": that is not a sign-in.
      if (!session.authenticated) throw new ApiError(401, m.rejected);
      onSignedIn(token, session);
    } catch (caught) {
      setError(caught instanceof ApiError && caught.status === 401 ? m.rejected : m.failed(caught instanceof Error ? caught.message : String(caught)));
      input.current?.focus();
      input.current?.select();
    } finally {
      setChecking(false);
    }
  };

  return (
    <Dialog title={m.dialogTitle} onClose={onClose} initialFocus={input} {...(returnFocus ? { returnFocus } : {})} testId="sign-in-dialog">
      <form className="dialog__body" onSubmit={(e) => void submit(e)} noValidate aria-busy={checking}>
        <p>{m.dialogLead}</p>
        <div className="field field--wide">
          <label htmlFor={inputId}>{m.tokenLabel}</label>
          <input
            ref={input}
            id={inputId}
            name="token"
            type="password"
            className="text-input"
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="off"
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            aria-invalid={error ? true : undefined}
            readOnly={checking}
          />
          <p id={hintId} className="field__hint">
            {m.tokenHint}
          </p>
        </div>
        <p id={errorId} className="form-error" role="alert" data-testid="sign-in-error">
          {error}
        </p>
        <p className="sr-only" role="status" aria-live="polite">
          {checking ? m.checking : ''}
        </p>
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={checking}>
            {checking ? m.checking : m.submit}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {m.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
