/**
 * Who is calling (GET /api/v1/session): role, entities and what the role may do. The dashboard
 * hides what a role may not do; the API checks every write itself and never relies on the hiding.
 *
 * Shared, not in features/session, because the import and target pages read the permissions too
 * and features never import each other.
 */
import type { Permissions, Session } from '@koers/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { apiErrorOf, AUTH_TOKEN_EVENT, authHeaders, getAuthToken } from './client.ts';
import { ROLES } from '@koers/domain';

/** The answer of GET /api/v1/session, as the contract declares it. */
export type { Permissions, Session };

/** What a caller without a token may do until the API says otherwise: read, nothing more. */
export const ANONYMOUS: Session = {
  authenticated: false,
  role: null,
  entities: [],
  label: null,
  tokenId: null,
  readsPrivate: false,
  // An anonymous reader uploads nothing.
  maxUploadBytes: 0,
  permissions: { read: true, import: false, correct: false, addEntities: false, undoImport: false, editTargets: false, readAudit: false },
};

const PERMISSION_KEYS = Object.keys(ANONYMOUS.permissions) as (keyof Permissions)[];

/**
 * Whether an answer has the shape of a session: checked by hand rather than with the contract's
 * schema, so that the validator stays out of the dashboard's first load.
 */
export function isSession(value: unknown): value is Session {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const permissions = v.permissions as Record<string, unknown> | undefined;
  return (
    typeof v.authenticated === 'boolean' &&
    (v.role === null || (ROLES as readonly unknown[]).includes(v.role)) &&
    Array.isArray(v.entities) &&
    v.entities.every((e) => typeof e === 'string') &&
    typeof v.maxUploadBytes === 'number' &&
    !!permissions &&
    PERMISSION_KEYS.every((k) => typeof permissions[k] === 'boolean')
  );
}

/** Asks the API who a token belongs to (default: the signed-in token); throws ApiError 401 for a token it does not accept. */
export async function fetchSession(token: string | null = getAuthToken(), signal?: AbortSignal): Promise<Session> {
  const headers = authHeaders(token);
  const response = await fetch('/api/v1/session', { headers, cache: 'no-store', ...(signal ? { signal } : {}) });
  if (!response.ok) throw await apiErrorOf(response);
  const body: unknown = await response.json();
  if (!isSession(body)) throw new Error('the API answered /session in an unexpected shape');
  return body;
}

/** Keys run general → specific; the token itself never goes into a key. */
export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: ['session'] as const,
    queryFn: ({ signal }) => fetchSession(getAuthToken(), signal),
    staleTime: 5 * 60_000,
    retry: false,
  });

function subscribeToken(onChange: () => void): () => void {
  window.addEventListener(AUTH_TOKEN_EVENT, onChange);
  // Another tab cannot touch this tab's sessionStorage, but a reload in this one can.
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(AUTH_TOKEN_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/** Whether a token is kept in this tab (the token itself stays out of React state). */
export function useSignedIn(): boolean {
  return useSyncExternalStore(
    subscribeToken,
    () => getAuthToken() !== null,
    () => false,
  );
}

/**
 * The caller as the API sees them. Without a token nothing is asked (an anonymous reader may
 * read, nothing more); until the API has answered, and when it cannot, the dashboard offers
 * only what an anonymous reader may do, so nothing is offered that might be refused.
 */
export function useSession() {
  const signedIn = useSignedIn();
  const query = useQuery({ ...sessionQueryOptions(), enabled: signedIn });
  return { session: signedIn ? (query.data ?? ANONYMOUS) : ANONYMOUS, query };
}

export function usePermissions(): Permissions {
  return useSession().session.permissions;
}
