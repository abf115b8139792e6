import type { Hook } from '@hono/zod-openapi';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@koers/services';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Turns a failed parameter validation into a 400 that names each parameter and why. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const validationHook: Hook<any, any, any, any> = (result, c) => {
  if (result.success) return;
  const issues = result.error.issues.map((issue) => ({
    parameter: issue.path.map(String).join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : 'request'),
    message: issue.message,
  }));
  return c.json(
    {
      error: 'bad_request',
      message: issues.map((i) => `${i.parameter}: ${i.message}`).join('; '),
      issues,
    },
    400,
  );
};

export function notFound(message: string) {
  return { error: 'not_found', message };
}

export function badRequest(parameter: string, message: string) {
  return { error: 'bad_request', message: `${parameter}: ${message}`, issues: [{ parameter, message }] };
}

const DB_UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // PostgreSQL: admin shutdown, crash shutdown, cannot connect now, connection exceptions, too many connections.
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
  // SQLite: another process holds the write lock longer than the busy timeout.
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  'SQLITE_LOCKED',
]);
const DB_UNAVAILABLE_MESSAGE =
  /ECONNREFUSED|Connection terminated|timeout exceeded when trying to connect|the database system is|terminating connection|Client has encountered a connection error|Connection refused|database is locked|connection (?:is )?(?:closed|reset)/i;

/** A database that cannot be reached (or is busy) right now: the client should try again. */
function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && DB_UNAVAILABLE_CODES.has(e.code)) return true;
  if (typeof e.message === 'string' && DB_UNAVAILABLE_MESSAGE.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

const STATUS_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

export interface ErrorAnswer {
  status: ContentfulStatusCode;
  body: { error: string; message: string; issues?: { parameter: string; message: string }[] };
  headers?: Record<string, string>;
  /** Worth a line in the operator's log (with the stack, which the client never sees). */
  log: boolean;
}

/** Maps anything thrown while answering a request to a JSON answer without internals. */
export function toErrorAnswer(error: unknown): ErrorAnswer {
  if (error instanceof InvalidInputError) {
    return { status: 400, body: badRequest(error.parameter, error.reason), log: false };
  }
  if (error instanceof ForbiddenError) return { status: 403, body: { error: 'forbidden', message: error.message }, log: false };
  if (error instanceof NotFoundError) return { status: 404, body: { error: 'not_found', message: error.message }, log: false };
  if (error instanceof ConflictError) return { status: 409, body: { error: 'conflict', message: error.message }, log: false };
  if (error instanceof HTTPException && error.status < 500) {
    const status = error.status;
    const code = STATUS_CODES[status] ?? 'bad_request';
    const message = error.message || code.replace(/_/g, ' ');
    return { status, body: { error: code, message }, log: false };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      status: 503,
      body: { error: 'unavailable', message: 'the database is not reachable; try again shortly' },
      headers: { 'Retry-After': '5' },
      log: true,
    };
  }
  return { status: 500, body: { error: 'internal', message: 'an unexpected error occurred; it has been logged' }, log: true };
}
