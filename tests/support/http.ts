/** Small HTTP helpers for API tests: JSON calls with an optional bearer token, and file uploads. */

export interface ApiAnswer<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  token?: string;
  json?: unknown;
  headers?: Record<string, string>;
}

export async function call<T = Record<string, unknown>>(baseUrl: string, method: string, path: string, options: CallOptions = {}): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const res = await fetch(baseUrl + path, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: the test looks at the text.
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

/** POST /api/v1/imports with the file as multipart field `file`. */
export async function upload<T = Record<string, unknown>>(
  baseUrl: string,
  name: string,
  content: string | Uint8Array,
  options: { token?: string; query?: string } = {},
): Promise<ApiAnswer<T>> {
  const form = new FormData();
  form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
  const headers: Record<string, string> = {};
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  const res = await fetch(`${baseUrl}/api/v1/imports${options.query ? `?${options.query}` : ''}`, { method: 'POST', body: form, headers });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Left as text.
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}
