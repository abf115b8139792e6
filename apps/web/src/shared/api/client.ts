/**
 * The dashboard's access to the Koers API. Paths, parameters and answers are typed from the
 * API's own route definitions (`ApiRoutes`), so no response shape is written twice.
 *
 * The types are read per path with `ExtractSchema` rather than through `hc`'s proxy client: the
 * proxy maps the whole route tree at once, so one loosely typed route anywhere in the API turns
 * every call into `possibly undefined`; reading the paths we use one by one keeps working.
 */
import type { ApiRoutes } from '@koers/api';
import type { ExtractSchema } from 'hono/types';

type Schema = ExtractSchema<ApiRoutes>;

/** The API's route types, per path, for the writes a feature types itself (see `apiSend`). */
export type ApiSchema = Schema;

/** The GET endpoints the dashboard reads. */
export type ReadPath = '/meta' | '/indicators/:id' | '/records' | '/imports' | '/imports/:id' | '/targets' | '/targets/changes' | '/events';

/** The endpoints the dashboard writes to (with a token). */
export type WritePath = '/imports' | '/imports/:id/undo' | '/targets' | '/status-thresholds' | '/events' | '/events/:id';

type GetEndpoint<P extends ReadPath> = Schema[P] extends { $get: infer E } ? E : never;

/** The JSON of a 200 answer. */
export type OkBody<P extends ReadPath> = Extract<GetEndpoint<P>, { status: 200 }> extends { output: infer O } ? O : never;

/** The query parameters an endpoint accepts, as the API validates them. */
export type QueryOf<P extends ReadPath> = GetEndpoint<P> extends { input: { query: infer Q } } ? Q : never;

/** An answer of the API that was not 2xx, with the API's own message. */
export class ApiError extends Error {
  readonly status: number;
  /** A 400's field-level reasons, as the API names them. */
  readonly issues: readonly { parameter: string; message: string }[];
  constructor(status: number, message: string, issues: readonly { parameter: string; message: string }[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.issues = issues;
  }
}

/*
 * The signed-in token (see features/session). Kept in sessionStorage, so it lives as long as the
 * tab and never in a URL or in localStorage, and sent only as `Authorization: Bearer …`.
 */
const TOKEN_KEY = 'koers:token';
/** Fired on window whenever the token changes. */
export const AUTH_TOKEN_EVENT = 'koers:token';

export function getAuthToken(): string | null {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null; // Storage disabled, or not in a browser.
  }
}

export function setAuthToken(token: string | null): void {
  try {
    if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
    else window.sessionStorage.removeItem(TOKEN_KEY);
  } finally {
    window.dispatchEvent(new Event(AUTH_TOKEN_EVENT));
  }
}

/** The Authorization header for a token (by default the signed-in one); none without a token. */
export function authHeaders(token: string | null = getAuthToken()): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** The ApiError of an answer that was not 2xx, with the API's message (and a 400's issues). */
export async function apiErrorOf(response: Response): Promise<ApiError> {
  let message = `HTTP ${response.status}`;
  let issues: { parameter: string; message: string }[] = [];
  try {
    const body = (await response.json()) as { message?: unknown; issues?: unknown };
    if (typeof body.message === 'string') message = body.message;
    if (Array.isArray(body.issues)) issues = body.issues as typeof issues;
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  return new ApiError(response.status, message, issues);
}

const BASE = '/api/v1';

/** The URL of a read: path parameters filled in, query parameters in the order given. */
export function apiUrl(path: ReadPath | WritePath, params: Record<string, string> = {}, query: Record<string, string> = {}): string {
  const filled = path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const search = new URLSearchParams(query).toString();
  return `${BASE}${filled}${search ? `?${search}` : ''}`;
}

/** GETs a typed answer, or throws an ApiError carrying the API's message. */
export async function apiGet<P extends ReadPath>(
  path: P,
  options: { params?: Record<string, string>; query?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<OkBody<P>> {
  // A plain GET, so the browser can answer it from the preload in index.html (signed in, the
  // Authorization header is added).
  const headers = authHeaders();
  const init: RequestInit = { ...(options.signal ? { signal: options.signal } : {}), ...(Object.keys(headers).length ? { headers } : {}) };
  const response = await fetch(apiUrl(path, options.params, options.query), init);
  if (response.ok) return (await response.json()) as OkBody<P>;
  throw await apiErrorOf(response);
}

/**
 * A write with the signed-in token: a JSON body, or a FormData body for uploads. Answers the
 * status and the JSON body for a 2xx or for a status listed in `answers` (an import rejected
 * whole answers 422 with its report); throws an ApiError otherwise. The caller types the body.
 */
export async function apiSend(
  method: 'POST' | 'PUT' | 'DELETE',
  path: WritePath,
  options: { params?: Record<string, string>; query?: Record<string, string>; body?: unknown; signal?: AbortSignal; answers?: readonly number[] } = {},
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { ...authHeaders() };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(apiUrl(path, options.params, options.query), {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (response.ok || options.answers?.includes(response.status)) return { status: response.status, body: await response.json() };
  throw await apiErrorOf(response);
}
