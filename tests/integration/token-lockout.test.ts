/**
 * The invalid-token limit over real sockets: it never refuses a valid token (behind a proxy every
 * user shares one address), and a sender cannot get around it by spreading guesses over many
 * loopback addresses, over one IPv6 /64, or by writing an IPv4 address as IPv4-mapped IPv6.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '@koers/services';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { startServer, type RunningServerLike } from '../support/server.ts';

/** GET /api/v1/meta with a token, from a chosen local address and with chosen headers; answers the status. */
function get(base: string, token: string, options: { from?: string; headers?: Record<string, string> } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/api/v1/meta`,
      { headers: { Authorization: `Bearer ${token}`, ...options.headers }, ...(options.from ? { localAddress: options.from } : {}), agent: false },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const guess = (i: number) => `koers_${String(i % 10).repeat(43)}`;
const LIMIT = 20;

describe('the invalid-token limit', () => {
  let db: TestDatabase;
  let admin: string;
  let direct: RunningServerLike;
  let proxied: RunningServerLike;

  beforeAll(async () => {
    // The limit lives in the HTTP layer; one engine is enough.
    db = await createTestDatabase('sqlite');
    admin = (await createToken(db, { role: 'admin', label: 'Beheerder', actor: 'setup' })).token;
  });
  afterAll(async () => {
    await direct?.close();
    await proxied?.close();
    await db?.drop();
  });

  it('refuses guesses from one address after the limit, yet lets a valid token from that address in', async () => {
    direct = await startServer(db);
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) statuses.push(await get(direct.url, guess(i)));
    expect(statuses.slice(0, LIMIT).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(LIMIT)).toEqual([429, 429]);
    expect(await get(direct.url, admin)).toBe(200);
    expect(await get(direct.url, guess(0))).toBe(429);
  });

  it('counts every loopback address as one sender', async () => {
    await direct.close();
    direct = await startServer(db);
    const statuses: number[] = [];
    // 58 addresses of 127.0.0.0/8, one guess each.
    for (let i = 2; i < 60; i++) statuses.push(await get(direct.url, guess(i), { from: `127.0.0.${i}` }));
    expect(statuses.filter((s) => s === 401)).toHaveLength(LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(58 - LIMIT);
    expect(await get(direct.url, admin, { from: '127.0.0.77' })).toBe(200);
  });

  it('behind a proxy, counts an IPv6 /64 as one sender and an IPv4-mapped address as its IPv4 address', async () => {
    proxied = await startServer(db, { trustProxy: true });
    const sixtyFour: number[] = [];
    for (let i = 1; i <= LIMIT + 5; i++)
      sixtyFour.push(await get(proxied.url, guess(i), { headers: { 'X-Forwarded-For': `2001:db8:1:2:${i.toString(16)}::${i}` } }));
    expect(sixtyFour.filter((s) => s === 429)).toHaveLength(5);
    // Another /64 is another sender; a valid token from the refused one gets in.
    expect(await get(proxied.url, guess(1), { headers: { 'X-Forwarded-For': '2001:db8:1:3::1' } })).toBe(401);
    expect(await get(proxied.url, admin, { headers: { 'X-Forwarded-For': '2001:db8:1:2::9' } })).toBe(200);

    const mapped: number[] = [];
    for (let i = 1; i <= LIMIT + 2; i++) {
      const address = i % 2 === 0 ? '203.0.113.9' : '::ffff:203.0.113.9';
      mapped.push(await get(proxied.url, guess(i), { headers: { 'X-Forwarded-For': address } }));
    }
    expect(mapped.slice(LIMIT)).toEqual([429, 429]);
  });
});
