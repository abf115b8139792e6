import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError, getAuthToken, setAuthToken } from '../../../shared/api/client.ts';
import { ANONYMOUS, sessionQueryOptions, useSession, useSignedIn, type Session } from '../../../shared/api/get-session.ts';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { describeSession } from '../lib/access.ts';
import { useSessionMessages } from '../messages.ts';
import { SignInDialog } from './sign-in-dialog.tsx';
import '../session.css';

const SESSION_KEY = sessionQueryOptions().queryKey;

/**
 * After the caller changed: answers that failed (private reads without a token) are asked
 * again; on a server with private reads, everything read with the old token is dropped.
 */
async function refreshAfterChange(client: QueryClient, readsPrivate: boolean, signedOut: boolean) {
  const others = (key: readonly unknown[]) => key[0] !== SESSION_KEY[0];
  // With private reads, requests in flight were sent with the old token (or none): they are
  // dropped, or a refusal still on its way would stand — a refetch asked for meanwhile would only
  // join the request already running.
  if (readsPrivate) await client.cancelQueries({ predicate: (q) => others(q.queryKey) });
  if (readsPrivate && signedOut) await client.resetQueries({ predicate: (q) => others(q.queryKey) });
  else await client.invalidateQueries({ predicate: (q) => others(q.queryKey) && (readsPrivate || q.state.status === 'error') });
}

/** The masthead's sign-in: a button, or who is signed in (role, entities) and a sign-out button. */
export function SessionControl() {
  const m = useSessionMessages();
  const { f } = useI18n();
  const client = useQueryClient();
  const signedIn = useSignedIn();
  const { session, query } = useSession();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const signOutButton = useRef<HTMLButtonElement>(null);
  const signInButton = useRef<HTMLButtonElement>(null);
  const focusSignIn = useRef(false);

  // A token the API no longer accepts (revoked while the tab was open) signs the reader out.
  const expired = signedIn && query.error instanceof ApiError && query.error.status === 401;
  useEffect(() => {
    if (!expired) return;
    setAuthToken(null);
    client.setQueryData(SESSION_KEY, ANONYMOUS);
    void refreshAfterChange(client, session.readsPrivate, true);
    setAnnouncement(m.expired);
  }, [expired, client, session.readsPrivate, m.expired]);

  // Any read refused with 401 while signed in: ask who we are again (the effect above follows).
  useEffect(
    () =>
      client.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return;
        const error = event.action.error;
        if (error instanceof ApiError && error.status === 401 && getAuthToken() && event.query.queryKey[0] !== SESSION_KEY[0]) {
          void client.invalidateQueries({ queryKey: SESSION_KEY });
        }
      }),
    [client],
  );

  const signedInWith = (token: string, next: Session) => {
    setAuthToken(token);
    client.setQueryData(SESSION_KEY, next);
    setDialogOpen(false);
    void refreshAfterChange(client, next.readsPrivate, false);
    setAnnouncement(m.signedInAs(describeSession(next, m, (items) => f.list(items)) ?? ''));
  };

  const signOut = () => {
    const readsPrivate = session.readsPrivate;
    setAuthToken(null);
    client.setQueryData(SESSION_KEY, { ...ANONYMOUS, readsPrivate });
    void refreshAfterChange(client, readsPrivate, true);
    setAnnouncement(m.signedOut);
    focusSignIn.current = true;
  };

  // The sign-in button replaces the sign-out button: keep the keyboard there.
  useEffect(() => {
    if (!signedIn && focusSignIn.current) {
      focusSignIn.current = false;
      signInButton.current?.focus();
    }
  }, [signedIn]);

  // Signed in but the API could not say as whom (it is down): still offer to sign out.
  const who = describeSession(session, m, (items) => f.list(items)) ?? (signedIn && query.isError ? m.unknownRole : null);
  return (
    <div className="session" data-testid="session" data-role={session.role ?? 'anonymous'} role="group" aria-label={m.sessionLabel}>
      {signedIn && who ? (
        <>
          <span className="session__who" title={session.label ? m.tokenName(session.label) : undefined}>
            <span className="session__role" data-testid="session-role">
              {who}
            </span>
          </span>
          <button ref={signOutButton} type="button" className="button button--quiet button--small" onClick={signOut} data-testid="sign-out">
            {m.signOut}
          </button>
        </>
      ) : (
        <button
          ref={signInButton}
          type="button"
          className="button button--small"
          onClick={() => setDialogOpen(true)}
          data-testid="sign-in"
          disabled={signedIn && query.isPending}
        >
          {m.signIn}
        </button>
      )}
      {dialogOpen && <SignInDialog onClose={() => setDialogOpen(false)} onSignedIn={signedInWith} returnFocus={signOutButton} />}
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
