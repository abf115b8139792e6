/**
 * Abuse of the API on both engines: SQL fragments, huge numbers and unknown fields in every
 * parameter get 400 (a path that names nothing 404) and never a 500; bodies over the limit get 413;
 * every error is JSON without a stack trace; every answer carries the security headers.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '@koers/api';
import { openDatabase } from '@koers/db';
import { createToken, importFile } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { call, upload } from '../support/http.ts';
import { startServer, type RunningServerLike } from '../support/server.ts';
import { makeRecords, templateCsv } from '../support/template-files.ts';

const SQL = [
  "' OR 1=1 --",
  '1; DROP TABLE records',
  "AWV') UNION SELECT token_hash FROM tokens --",
  '"; select pg_sleep(5); --',
  '1 OR 1=1',
  'year desc, (select 1)',
];
const HUGE = ['1e309', '99999999999999999999999', '2147483648', '9007199254740993', '-1', 'NaN', 'Infinity', '0x80000000', '1.5'];
const cursorOf = (value: unknown, id: unknown) => Buffer.from(JSON.stringify([value, id])).toString('base64url');

/** Query parameters of each read endpoint, and which of them are numbers. */
const READS: { path: string; params: string[]; numeric: string[] }[] = [
  { path: '/api/v1/indicators/sustainable_value_share', params: ['entity', 'policyDomain', 'productGroup', 'groupBy', 'from', 'to'], numeric: ['from', 'to'] },
  { path: '/api/v1/indicators/sustainable_value_share/export', params: ['entity', 'groupBy', 'from', 'to', 'format', 'lang'], numeric: ['from', 'to'] },
  {
    path: '/api/v1/records',
    params: ['entity', 'policyDomain', 'productGroup', 'from', 'to', 'indicator', 'part', 'sort', 'direction', 'limit', 'cursor'],
    numeric: ['from', 'to', 'limit'],
  },
  { path: '/api/v1/imports', params: ['limit', 'beforeId'], numeric: ['limit', 'beforeId'] },
  { path: '/api/v1/imports/1', params: ['messages'], numeric: ['messages'] },
  { path: '/api/v1/targets', params: ['indicator', 'scope', 'scopeCode'], numeric: [] },
  { path: '/api/v1/targets/changes', params: ['indicator', 'limit', 'beforeId'], numeric: ['limit', 'beforeId'] },
  { path: '/api/v1/audit', params: ['limit', 'before', 'action'], numeric: ['limit'] },
];

function expectCleanError(res: { status: number; body: unknown; headers: Headers }, what: string) {
  expect(res.status, what).toBeLessThan(500);
  expect(res.headers.get('content-type'), what).toMatch(/^application\/json/);
  const text = JSON.stringify(res.body);
  expect(text, what).not.toMatch(/stack|node_modules|\.ts:\d+|\bat [\w.<>]+ \(/);
  expect((res.body as { error?: unknown }).error, what).toEqual(expect.any(String));
  expect((res.body as { message?: unknown }).message, what).toEqual(expect.any(String));
}

describe.each(ENGINES)('%s: hostile parameters', (engine) => {
  let db: TestDatabase;
  let server: RunningServerLike;
  let admin: string;
  let recordId: number;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    await importFile(db, {
      name: 'r.csv',
      open: async function* () {
        yield new TextEncoder().encode(templateCsv(makeRecords(200, 801)));
      },
    });
    admin = (await createToken(db, { role: 'admin', actor: 'setup' })).token;
    recordId = (await db.kysely.selectFrom('records').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    server = await startServer(db, { writeRateLimit: { limit: 100_000, windowMs: 60_000 } });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const get = (path: string) => call(server.url, 'GET', path, { token: admin });

  it('answers 400 to SQL fragments in every query parameter', async () => {
    for (const { path, params } of READS) {
      for (const param of params) {
        for (const value of SQL) {
          const res = await get(`${path}?${param}=${encodeURIComponent(value)}`);
          expect(res.status, `${path} ${param}=${value}`).toBe(400);
          expectCleanError(res, `${path} ${param}=${value}`);
          expect(
            (res.body as { issues: { parameter: string }[] }).issues.map((i) => i.parameter),
            `${path} ${param}`,
          ).toContain(param);
        }
      }
    }
  });

  it('answers 400 to huge, negative, fractional and non-numbers in every numeric parameter', async () => {
    for (const { path, numeric } of READS) {
      for (const param of numeric) {
        for (const value of HUGE) {
          const res = await get(`${path}?${param}=${encodeURIComponent(value)}`);
          expect(res.status, `${path} ${param}=${value}`).toBe(400);
          expectCleanError(res, `${path} ${param}=${value}`);
        }
      }
    }
  });

  it('answers 400 to unknown, repeated and oversized parameters', async () => {
    for (const { path, params } of READS) {
      for (const query of ['colour=red', '__proto__=x', 'constructor=1', `${params[0]}=a&${params[0]}=b`, `${params[0]}=${'A'.repeat(3_000)}`]) {
        const res = await get(`${path}?${query}`);
        expect(res.status, `${path}?${query.slice(0, 40)}`).toBe(400);
        expectCleanError(res, `${path}?${query.slice(0, 40)}`);
      }
    }
  });

  it('answers 400 to cursors that were not given out for the sort, whatever they hold', async () => {
    for (const [sort, cursor] of [
      ['value_eur', cursorOf("' OR 1=1 --", 1)],
      ['value_eur', cursorOf(1e300, 1)],
      ['year', cursorOf('2018; drop table records', 1)],
      ['award_date', cursorOf(null, 1)],
      ['award_date', cursorOf('2018-01-01', 1e15)],
      ['award_date', cursorOf('2018-01-01', -5)],
      ['award_date', cursorOf({ $gt: '' }, 1)],
      ['award_date', 'not-base64-%%%'],
    ] as const) {
      const res = await get(`/api/v1/records?sort=${sort}&cursor=${encodeURIComponent(cursor)}`);
      expect(res.status, `${sort} ${cursor}`).toBe(400);
      expectCleanError(res, cursor);
    }
    // A well-formed cursor holding SQL is only a value: bound as a parameter, never SQL.
    const safe = await get(`/api/v1/records?sort=award_date&cursor=${cursorOf("2019' OR '1'='1", 999_999)}`);
    expect(safe.status).toBe(200);
    expect(await db.kysely.selectFrom('records').select('id').execute()).toHaveLength(200);
  });

  it('answers 400 or 404 to hostile path parameters', async () => {
    for (const id of ['0', '-1', '1.5', '1e3', '99999999999999999999', '2147483648', "1' OR '1'='1", 'NaN', '%00']) {
      for (const path of [`/api/v1/imports/${id}`, `/api/v1/imports/${id}/undo`]) {
        const method = path.endsWith('undo') ? 'POST' : 'GET';
        const res = await call(server.url, method, path, { token: admin });
        expect([400, 404], `${method} ${path}`).toContain(res.status);
        expectCleanError(res, path);
      }
      const patch = await call(server.url, 'PATCH', `/api/v1/records/${id}`, { token: admin, json: { changes: { title: 'x' }, reason: 'x' } });
      expect([400, 404], `PATCH ${id}`).toContain(patch.status);
      expectCleanError(patch, `PATCH ${id}`);
    }
    for (const id of ["' OR 1=1 --", 'x'.repeat(500), '..%2F..%2Fetc%2Fpasswd']) {
      const res = await get(`/api/v1/indicators/${encodeURIComponent(id)}`);
      expect([400, 404], id).toContain(res.status);
      expectCleanError(res, id);
    }
  });

  it('answers 400 to hostile bodies and queries of writes, and writes nothing', async () => {
    const before = await db.kysely.selectFrom('records').selectAll().orderBy('id').execute();
    const patches: unknown[] = [
      { changes: { title: 'x' } },
      { changes: {}, reason: 'x' },
      { changes: { entity: 'DKB' }, reason: 'move it' },
      { changes: { dossierId: "x'; drop table records; --" }, reason: 'x' },
      { changes: { valueEur: -5 }, reason: 'x' },
      { changes: { valueEur: '12' }, reason: 'x' },
      { changes: { tendersReceived: 2 ** 53 }, reason: 'x' },
      { changes: { awardDate: "2018-01-01' OR 1=1" }, reason: 'x' },
      { changes: { awardDate: '2018-02-31' }, reason: 'x' },
      { changes: { productGroup: "x' OR 1=1" }, reason: 'x' },
      { changes: { criteria: 'maybe' }, reason: 'x' },
      { changes: { innovative: 'ja' }, reason: 'x' },
      { changes: { title: 'x'.repeat(5_000) }, reason: 'x' },
      { changes: { title: 'x' }, reason: 'x', admin: true },
      [],
      'text',
      null,
    ];
    for (const json of patches) {
      const res = await call(server.url, 'PATCH', `/api/v1/records/${recordId}`, { token: admin, json });
      expect(res.status, JSON.stringify(json)).toBe(400);
      expectCleanError(res, JSON.stringify(json));
    }
    // Bodies JSON.stringify cannot make: numbers beyond a double, broken JSON, a NUL byte.
    for (const body of [
      '{"changes":{"valueEur":1e309},"reason":"x"}',
      '{"changes":{"tendersReceived":1e400},"reason":"x"}',
      '{"changes":{"title":"x","__proto__":{"polluted":true}},"reason":"x"}',
      '{"__proto__":{"polluted":true},"indicator":"circular_share","scope":"all","year":2020,"value":1}',
      '{bad json',
      '{"changes":',
      '\u0000',
    ]) {
      for (const [method, path] of [
        ['PATCH', `/api/v1/records/${recordId}`],
        ['PUT', '/api/v1/targets'],
      ] as const) {
        const raw = await fetch(`${server.url}${path}`, { method, headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' }, body });
        expect(raw.status, `${method} ${body}`).toBe(400);
        expectCleanError({ status: raw.status, body: await raw.json(), headers: raw.headers }, body);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const plain = await fetch(`${server.url}/api/v1/targets`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'text/plain' },
      body: 'value=1',
    });
    expect(plain.status).toBe(415);
    for (const query of ['mode=partial%27%20OR%201=1', 'dryRun=yes', 'addEntities=1', 'colour=red', 'mode=a&mode=b']) {
      const res = await upload(server.url, 'x.csv', templateCsv(makeRecords(1, 802)), { token: admin, query });
      expect(res.status, query).toBe(400);
      expectCleanError(res, query);
    }
    for (const query of [
      'indicator=sustainable_value_share&scope=all&year=1e309',
      "indicator=sustainable_value_share&scope=all&year=2020' OR 1=1",
      'indicator=x&scope=all&year=2020',
      'indicator=sustainable_value_share&scope=all&year=2020&force=true',
    ]) {
      const res = await call(server.url, 'DELETE', `/api/v1/targets?${query}`, { token: admin });
      expect(res.status, query).toBe(400);
    }
    expect(await db.kysely.selectFrom('records').selectAll().orderBy('id').execute()).toEqual(before);
  });

  // Retried: when the server refuses a streamed body early, the client may see the connection close before the 413 under heavy load.
  it('refuses bodies over the limit with 413, with or without a Content-Length', { retry: 2 }, async () => {
    const big = JSON.stringify({ indicator: 'sustainable_value_share', scope: 'all', year: 2020, value: 1, source: 'x'.repeat(100 * 1024) });
    const res = await fetch(`${server.url}/api/v1/targets`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
      body: big,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: 'payload_too_large' });
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 200; i++) controller.enqueue(new Uint8Array(1024).fill(32));
        controller.close();
      },
    });
    const chunked = await fetch(`${server.url}/api/v1/targets`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    const small = createApp({ db, maxUploadBytes: 10_000 });
    const form = new FormData();
    form.append('file', new Blob([templateCsv(makeRecords(1_000, 803))]), 'big.csv');
    const upload413 = await small.request('/api/v1/imports', { method: 'POST', body: form, headers: { Authorization: `Bearer ${admin}` } });
    expect(upload413.status).toBe(413);
    expect(await upload413.json()).toMatchObject({ error: 'payload_too_large', message: expect.stringMatching(/larger than the limit/) });
    // The limit is published, so the dashboard can say so before sending a file.
    expect(await (await small.request('/api/v1/session', { headers: { Authorization: `Bearer ${admin}` } })).json()).toMatchObject({ maxUploadBytes: 10_000 });
  });

  it('answers an internal failure as JSON without a stack trace', async () => {
    // SQLite: a closed database (500); PostgreSQL: nothing listening on the port (503).
    const broken = openDatabase(engine === 'sqlite' ? join(mkdtempSync(join(tmpdir(), 'koers-broken-')), 'x.sqlite') : 'postgres://postgres@127.0.0.1:9/koers');
    if (engine === 'sqlite') await broken.close();
    const app = createApp({ db: broken });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const res = await app.request('/api/v1/meta');
      expect(res.status).toBe(engine === 'sqlite' ? 500 : 503);
      if (engine === 'postgres') expect(res.headers.get('retry-after')).toBe('5');
      const body = await res.json();
      expect(Object.keys(body).sort()).toEqual(['error', 'message']);
      expect(JSON.stringify(body)).not.toMatch(/stack|\.ts:\d+|node_modules/);
    } finally {
      console.error = original;
      if (engine === 'postgres') await broken.close();
    }
    expect(errors.length).toBe(1);
  });

  it('sends security headers and a content security policy with the dashboard and the API', async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'koers-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Koers</title>');
    const app = createApp({ db, webRoot });
    for (const path of ['/', '/entities/AWV', '/api/v1/meta', '/api/v1/nope']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp, path).toContain("object-src 'none'");
      expect(csp, path).toContain("img-src 'self' data: blob:");
      expect(csp, path).toContain("frame-ancestors 'self'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy'), path).toBe('same-origin');
      expect(res.headers.get('x-powered-by'), path).toBeNull();
    }
  });
});
