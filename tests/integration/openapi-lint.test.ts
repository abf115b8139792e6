/**
 * The OpenAPI document is one a client generator can use: Redocly's recommended ruleset finds no
 * error and no warning in it (operation ids, security declared for every operation, a 4xx answer
 * for every operation), with public reads and with private reads.
 */
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { createApp } from '@koers/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('sqlite');
});
afterAll(async () => {
  await db.drop();
});

async function problems(readsPrivate: boolean): Promise<string[]> {
  const res = await createApp({ db, readsPrivate }).request('/api/v1/openapi.json');
  expect(res.status).toBe(200);
  const config = await createConfig({ extends: ['recommended'] });
  const found = await lintFromString({ source: await res.text(), absoluteRef: 'openapi.json', config });
  return found.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`);
}

describe('OpenAPI document', () => {
  it('passes the recommended lint with no error and no warning', async () => {
    expect(await problems(false)).toEqual([]);
  });

  it('passes it too when reads are private, and then says that reads need the token', async () => {
    expect(await problems(true)).toEqual([]);
    const doc = (await (await createApp({ db, readsPrivate: true }).request('/api/v1/openapi.json')).json()) as { security: unknown };
    expect(doc.security).toEqual([{ bearer: [] }]);
  });

  it('names every operation once', async () => {
    const doc = (await (await createApp({ db }).request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, { operationId?: string }>> };
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
