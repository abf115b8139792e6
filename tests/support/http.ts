/** Small HTTP helpers for API tests: JSON calls with an optional bearer token, and file uploads. */
import { request as httpRequest } from 'node:http';

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

/**
 * POST /api/v1/imports on a connection of its own (no kept-alive socket from the pool, which the
 * server may close just as a large upload starts), with the multipart body written by hand.
 * Resolves with the answer even when the server answers before reading the whole body.
 */
export function uploadOnNewConnection<T = Record<string, unknown>>(
  baseUrl: string,
  name: string,
  content: string,
  options: { token?: string; query?: string } = {},
): Promise<ApiAnswer<T>> {
  const boundary = `koers-${Math.random().toString(36).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n`);
  const file = Buffer.from(content, 'utf8');
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const headers: Record<string, string> = {
    'Content-Type': `multipart/form-data; boundary=${boundary}`,
    'Content-Length': String(head.length + file.length + tail.length),
  };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${baseUrl}/api/v1/imports${options.query ? `?${options.query}` : ''}`, { method: 'POST', agent: false, headers });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // Left as text.
        }
        const out = new Headers();
        for (const [key, value] of Object.entries(res.headers)) if (typeof value === 'string') out.set(key, value);
        resolve({ status: res.statusCode ?? 0, body: parsed as T, headers: out });
      });
    });
    // A server that answers early may reset the rest of the upload; the answer is what counts.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.write(head);
    req.write(file);
    req.end(tail);
  });
}
