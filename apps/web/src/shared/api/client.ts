/**
 * The dashboard's access to the Koers API. Paths, bodies and answers are typed from the API's
 * contract (`@koers/contract`: the schemas the API validates with and documents), so no request or
 * answer shape is written twice and the dashboard never imports the server (decision 0022).
 */
import type * as Contract from '@koers/contract';

/**
 * A query as the URL carries it: the contract's parameter names, each value as text. A parameter
 * the endpoint does not know (the API answers 400 to it) fails the dashboard's typecheck instead.
 */
export type UrlQuery<Q> = { [K in keyof Q]?: string };

/** The GET endpoints the dashboard reads, each with the JSON of its 200 answer and its query. */
interface Reads {
  '/meta': { answer: Contract.Meta; query: Record<never, never> };
  '/indicators/:id': { answer: Contract.IndicatorResult; query: UrlQuery<Contract.IndicatorQueryInput> };
  '/records': { answer: Contract.RecordPage; query: UrlQuery<Contract.RecordsQueryInput> };
  '/imports': { answer: Contract.ImportPageAnswer; query: UrlQuery<Contract.ImportListQueryInput> };
  '/imports/:id': { answer: Contract.ImportWithReport; query: UrlQuery<Contract.ImportDetailQueryInput> };
  '/targets': { answer: Contract.TargetListAnswer; query: Record<never, never> };
  '/targets/changes': { answer: Contract.TargetChangePageAnswer; query: UrlQuery<Contract.TargetChangesQueryInput> };
  '/events': { answer: Contract.PolicyEventListAnswer; query: Record<never, never> };
}

/**
 * The writes the dashboard makes (with a token), as `METHOD /path`: each with its JSON body or
 * query as the contract accepts it, and its answer.
 */
export interface Writes {
  'POST /events': { body: Contract.PolicyEventInput; answer: Contract.PolicyEventOutcome };
  'PUT /events/:id': { body: Contract.PolicyEventInput; answer: Contract.PolicyEventOutcome };
  'DELETE /events/:id': { answer: Contract.PolicyEventOutcome };
  'PUT /targets': { body: Contract.TargetInput; answer: Contract.TargetChangeOutcome };
  'DELETE /targets': { query: Contract.TargetKey; answer: Contract.TargetChangeOutcome };
  'PUT /status-thresholds': { body: Contract.StatusThresholdsInput; answer: Contract.StatusThresholdsOutcome };
  'POST /imports/:id/undo': { answer: Contract.UndoResult };
}

/** The GET endpoints the dashboard reads. */
export type ReadPath = keyof Reads;

/** The endpoints the dashboard writes to (an upload is a multipart POST to /imports). */
export type WritePath = (keyof Writes extends infer K ? (K extends `${string} ${infer P}` ? P : never) : never) | '/imports';

/** The JSON of a 200 answer. */
export type OkBody<P extends ReadPath> = Reads[P]['answer'];

/** The query a read accepts. */
export type ReadQuery<P extends ReadPath> = Reads[P]['query'];

type WriteMethod<K extends keyof Writes> = K extends `${infer M} ${string}` ? M : never;
type WritePathOf<K extends keyof Writes> = K extends `${string} ${infer P}` ? P : never;

/** What a write sends besides its path parameters: its body, or its query, as the contract types them. */
type WriteInput<K extends keyof Writes> = (Writes[K] extends { body: infer B } ? { body: B } : { body?: never }) &
  (Writes[K] extends { query: infer Q } ? { query: Q } : { query?: never });

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
export function apiUrl(path: ReadPath | WritePath, params: Record<string, string> = {}, query: Readonly<Record<string, string | undefined>> = {}): string {
  const filled = path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const given = Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined);
  const search = new URLSearchParams(given).toString();
  return `${BASE}${filled}${search ? `?${search}` : ''}`;
}

/** GETs a typed answer, or throws an ApiError carrying the API's message. */
export async function apiGet<P extends ReadPath>(
  path: P,
  options: { params?: Record<string, string>; query?: ReadQuery<P>; signal?: AbortSignal } = {},
): Promise<OkBody<P>> {
  // A plain GET, so the browser can answer it from the preload in index.html (signed in, the
  // Authorization header is added).
  const headers = authHeaders();
  const init: RequestInit = { ...(options.signal ? { signal: options.signal } : {}), ...(Object.keys(headers).length ? { headers } : {}) };
  const response = await fetch(apiUrl(path, options.params, options.query), init);
  if (response.ok) return (await response.json()) as OkBody<P>;
  throw await apiErrorOf(response);
}

/** A typed query as URL parameters: numbers written out, absent values left out. */
function queryText(query: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (value !== undefined && value !== null) out[name] = String(value);
  }
  return out;
}

/**
 * A write with the signed-in token, named `METHOD /path`: its JSON body and query typed by the
 * contract, and its answer too. Answers the status and the body for a 2xx; throws an ApiError
 * with the API's message otherwise.
 */
export async function apiSend<K extends keyof Writes>(
  operation: K,
  options: WriteInput<K> & { params?: Record<string, string>; signal?: AbortSignal },
): Promise<{ status: number; body: Writes[K]['answer'] }> {
  const [method, path] = operation.split(' ') as [WriteMethod<K>, WritePathOf<K>];
  const headers: Record<string, string> = { ...authHeaders() };
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(apiUrl(path, options.params, queryText(options.query)), {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (response.ok) return { status: response.status, body: (await response.json()) as Writes[K]['answer'] };
  throw await apiErrorOf(response);
}
