/**
 * Answers kept in memory per data version, over real HTTP on both engines: the same question asked
 * twice gets the same bytes, with the security and caching headers; after an import, a target
 * change or an undo the next answer is the new one; a server without the cache answers the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, importFile } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { call } from '../support/http.ts';
import { startServer, type RunningServerLike } from '../support/server.ts';
import { makeRecords, templateCsv } from '../support/template-files.ts';

const HEADLINE = '/api/v1/indicators/sustainable_value_share?groupBy=year';

describe.each(ENGINES)('%s: answers kept per data version', (engine) => {
  let db: TestDatabase;
  let cached: RunningServerLike;
  let uncached: RunningServerLike;
  let admin: string;

  const load = (name: string, count: number, seed: number) =>
    importFile(
      db,
      {
        name,
        open: async function* () {
          yield new TextEncoder().encode(templateCsv(makeRecords(count, seed)));
        },
      },
      { actor: 'steward' },
    );

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    expect((await load('first.csv', 800, 901)).applied).toBe(true);
    admin = (await createToken(db, { role: 'admin', label: 'Beheerder', actor: 'setup' })).token;
    cached = await startServer(db);
    uncached = await startServer(db, { answerCacheBytes: 0 });
  });
  afterAll(async () => {
    await cached?.close();
    await uncached?.close();
    await db?.drop();
  });

  it('answers a repeated question with the same bytes and headers as a server that keeps nothing', async () => {
    for (const path of [HEADLINE, '/api/v1/meta', '/api/v1/records?indicator=sustainable_value_share&part=numerator&limit=5', '/api/v1/targets']) {
      const [first, again, reference] = [await call(cached.url, 'GET', path), await call(cached.url, 'GET', path), await call(uncached.url, 'GET', path)];
      for (const res of [first, again, reference]) expect(res.status, path).toBe(200);
      expect(again.body, path).toEqual(first.body);
      expect(again.body, path).toEqual(reference.body);
      expect(again.headers.get('etag'), path).toBe(first.headers.get('etag'));
      expect(again.headers.get('content-type'), path).toMatch(/^application\/json/);
      expect(again.headers.get('cache-control'), path).toBe('no-cache');
      expect(again.headers.get('content-security-policy'), path).toContain("default-src 'self'");
      expect(again.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('gives the new answer right after an import, a target change and an undo', async () => {
    const before = await call(cached.url, 'GET', HEADLINE);
    const report = await load('second.csv', 400, 902);
    expect(report.applied).toBe(true);
    const afterImport = await call(cached.url, 'GET', HEADLINE);
    expect(afterImport.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(afterImport.body).not.toEqual(before.body);
    expect(afterImport.body).toEqual((await call(uncached.url, 'GET', HEADLINE)).body);

    const put = await call(cached.url, 'PUT', '/api/v1/targets', {
      token: admin,
      json: { indicator: 'sustainable_value_share', scope: 'all', year: 2019, value: 0.9, source: 'test' },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const targets = await call<{ items: { year: number; value: number }[] }>(cached.url, 'GET', '/api/v1/targets');
    expect(targets.body).toEqual((await call(uncached.url, 'GET', '/api/v1/targets')).body);
    expect(JSON.stringify(targets.body)).toContain('0.9');

    const undo = await call(cached.url, 'POST', `/api/v1/imports/${report.importId}/undo`, { token: admin });
    expect(undo.status, JSON.stringify(undo.body)).toBe(200);
    const afterUndo = await call(cached.url, 'GET', HEADLINE);
    expect(afterUndo.body).toEqual((await call(uncached.url, 'GET', HEADLINE)).body);
    expect((afterUndo.body as { items: unknown[] }).items).toEqual((before.body as { items: unknown[] }).items);
  });
});
