/**
 * Access control and abuse limits of the HTTP layer: bearer tokens to principals, writes need a
 * token (reads too with `readsPrivate`), role checks per route, and in-memory rate limits on
 * writes and on failed token checks. The limits are per server instance, not shared.
 */
import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import { ACTION_DESCRIPTIONS, allows, verifyToken, type Action } from '@koers/services';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppDeps, AppEnv } from './context.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Answered without a token even when reads are private: liveness, the API description, who-am-I. */
const ALWAYS_PUBLIC = new Set(['/api/v1/health', '/api/v1/openapi.json', '/api/v1/session']);

export function isWrite(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/** Fixed-window counters per key, kept in memory; old windows are swept as the map grows. */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private current(key: string) {
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      if (this.windows.size > 10_000) this.sweep(now);
      w = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, w);
    }
    return w;
  }

  private sweep(now: number) {
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
  }

  /** Seconds until the key may try again, or 0 when it is under the limit. */
  blockedFor(key: string): number {
    const w = this.current(key);
    return w.count >= this.limit ? Math.max(1, Math.ceil((w.resetAt - this.now()) / 1000)) : 0;
  }

  /** Counts one event; returns the seconds to wait when this event went over the limit, else 0. */
  hit(key: string): number {
    const w = this.current(key);
    w.count++;
    return w.count > this.limit ? Math.max(1, Math.ceil((w.resetAt - this.now()) / 1000)) : 0;
  }

  remaining(key: string): number {
    return Math.max(0, this.limit - this.current(key).count);
  }
}

/** The caller's address: the socket's, or with a trusted proxy the last X-Forwarded-For entry. */
function clientAddress(c: Context, trustProxy = false): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for');
    const last = forwarded?.split(',').pop()?.trim();
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not served by a Node socket (app.request in tests).
    return 'local';
  }
}

/**
 * The key the invalid-token limit counts under, so that one sender cannot spread its guesses over
 * many addresses it holds: every loopback address (127.0.0.0/8, ::1) is one key, an IPv6 address
 * counts by its /64 (the block one host or one subscriber gets), an IPv4-mapped IPv6 address as
 * its IPv4 address.
 */
function limitKey(address: string): string {
  const plain = address
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '')
    .toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  const ip = mapped ? mapped[1]! : plain;
  const version = isIP(ip);
  if (version === 4) return ip.startsWith('127.') ? 'loopback' : ip;
  if (version === 6) {
    const groups = expandIpv6(ip);
    if (groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1) return 'loopback';
    return `${groups
      .slice(0, 4)
      .map((g) => g.toString(16))
      .join(':')}::/64`;
  }
  return ip;
}

/** The eight 16-bit groups of an IPv6 address (`::` expanded, a trailing IPv4 part read as two groups). */
function expandIpv6(ip: string): number[] {
  let text = ip;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const part = (s: string | undefined) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

function unauthorized(c: Context, message: string, invalidToken: boolean) {
  c.header('WWW-Authenticate', invalidToken ? 'Bearer realm="koers", error="invalid_token"' : 'Bearer realm="koers"');
  return c.json({ error: 'unauthorized', message }, 401);
}

function tooManyRequests(c: Context, seconds: number, message: string) {
  c.header('Retry-After', String(seconds));
  return c.json({ error: 'too_many_requests', message }, 429);
}

const BEARER = /^Bearer +(\S+)$/i;

/** Resolves `Authorization: Bearer …` to a principal and enforces "writes need a token". */
export function authenticate(deps: AppDeps, failures: RateLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    c.set('principal', null);
    if (header !== undefined) {
      const match = BEARER.exec(header.trim());
      const token = match?.[1];
      const principal = token && token.length <= 200 ? await verifyToken(deps.db, token) : null;
      if (!principal) {
        // Only guesses are limited: a valid token is never refused for someone else's guesses
        // from the same address (behind a proxy, that is everyone). Tokens are 256 random bits,
        // so checking one while the sender is refused tells a guesser nothing useful.
        const key = limitKey(clientAddress(c, deps.trustProxy));
        const wait = failures.blockedFor(key);
        if (wait > 0) return tooManyRequests(c, wait, `too many invalid tokens from this address; try again in ${wait} s`);
        failures.hit(key);
        return unauthorized(c, 'the token is not valid: unknown, revoked or malformed (send Authorization: Bearer <token>)', true);
      }
      c.set('principal', principal);
    }
    const principal = c.get('principal');
    if (!principal && isWrite(c.req.method)) {
      return unauthorized(c, 'this action needs a token: send Authorization: Bearer <token>', false);
    }
    if (!principal && deps.readsPrivate && !ALWAYS_PUBLIC.has(c.req.path)) {
      return unauthorized(c, 'this server needs a token to read: send Authorization: Bearer <token>', false);
    }
    await next();
  };
}

/** Limits writes per token (per server instance). */
export function limitWrites(limiter: RateLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!isWrite(c.req.method)) return next();
    const principal = c.get('principal');
    const key = principal?.tokenId != null ? `token:${principal.tokenId}` : `actor:${principal?.actor ?? 'anonymous'}`;
    const wait = limiter.hit(key);
    if (wait > 0)
      return tooManyRequests(c, wait, `too many writes: at most ${limiter.limit} per ${Math.round(limiter.windowMs / 1000)} s; try again in ${wait} s`);
    c.header('RateLimit-Limit', String(limiter.limit));
    c.header('RateLimit-Remaining', String(limiter.remaining(key)));
    await next();
  };
}

/** Route middleware: the caller's role must allow the action (401 without a token, 403 otherwise). */
export function requires(action: Action): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (!principal) return unauthorized(c, `this action needs a token: send Authorization: Bearer <token>`, false);
    if (!allows(principal.role, action)) {
      return c.json({ error: 'forbidden', message: `a token with the ${principal.role} role may not ${ACTION_DESCRIPTIONS[action]}` }, 403);
    }
    await next();
  };
}
