/**
 * Targets as administered data on both engines: an admin sets and removes targets per indicator,
 * scope and year through the API; every change is logged with who, when, the old and the new
 * value; indicator answers (and their ETag) follow the target in force.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcurementRecord } from '@koers/domain';
import { createToken, importFile } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { call } from '../support/http.ts';
import { startServer, type RunningServerLike } from '../support/server.ts';
import { makeRecords, templateCsv } from '../support/template-files.ts';

interface Row {
  year?: number;
  entity?: string;
  target?: { value: number; year: number; scope: string; scopeCode: string | null; source: string };
  expected?: number | null;
  status?: string;
}
interface Change {
  actor: string;
  indicator: string;
  scope: string;
  scopeCode: string | null;
  year: number;
  oldValue: number | null;
  newValue: number | null;
  oldSource: string | null;
  newSource: string | null;
  changedAt: string;
}

describe.each(ENGINES)('%s: administering targets', (engine) => {
  let db: TestDatabase;
  let server: RunningServerLike;
  let admin: string;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    const records: ProcurementRecord[] = makeRecords(600, 601).map((r, i) => ({ ...r, entity: i % 2 ? 'AWV' : 'DKB' }));
    await importFile(db, {
      name: 'records.csv',
      open: async function* () {
        yield new TextEncoder().encode(templateCsv(records));
      },
    });
    admin = (await createToken(db, { role: 'admin', label: 'Beleidsteam', actor: 'setup' })).token;
    server = await startServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const rows = async (query: string) => (await call<{ rows: Row[] }>(server.url, 'GET', `/api/v1/indicators/sustainable_value_share?${query}`)).body.rows;
  const put = (json: unknown) =>
    call<{ target: Row['target'] & { updatedAt: string }; change: Change | null }>(server.url, 'PUT', '/api/v1/targets', { token: admin, json });

  it('lists the plan targets as defaults', async () => {
    const res = await call<{ items: { indicator: string; scope: string; year: number; value: number }[] }>(server.url, 'GET', '/api/v1/targets');
    expect(res.status).toBe(200);
    expect(res.body.items.map((t) => [t.indicator, t.scope, t.year, t.value])).toEqual([
      ['innovation_value_share', 'all', 2020, 0.03],
      ['sustainable_count_share', 'all', 2020, 1],
      ['sustainable_value_share', 'all', 2020, 1],
    ]);
  });

  it('sets an entity target, logs who, when, old and new value, and the entity’s charts show it', async () => {
    const etagBefore = (await call(server.url, 'GET', '/api/v1/indicators/sustainable_value_share?entity=AWV&groupBy=year')).headers.get('etag');
    const started = new Date().toISOString();
    const res = await put({
      indicator: 'sustainable_value_share',
      scope: 'entity',
      scopeCode: 'awv',
      year: 2020,
      value: 0.8,
      source: 'Beslissing raad van bestuur AWV 2019',
    });
    expect(res.status).toBe(200);
    expect(res.body.target).toMatchObject({ scope: 'entity', scopeCode: 'AWV', year: 2020, value: 0.8, source: 'Beslissing raad van bestuur AWV 2019' });
    expect(res.body.change).toMatchObject({ actor: expect.stringMatching(/^Beleidsteam \(token \d+\)$/), oldValue: null, newValue: 0.8, scopeCode: 'AWV' });
    expect(res.body.change!.changedAt >= started).toBe(true);

    const awv = await rows('entity=AWV&groupBy=year');
    expect(awv.length).toBeGreaterThan(0);
    for (const row of awv) expect(row.target).toMatchObject({ value: 0.8, scope: 'entity', scopeCode: 'AWV' });
    expect(awv.at(-1)!.expected).toBe(0.8);
    // Other entities keep the government-wide target.
    for (const row of await rows('entity=DKB&groupBy=year')) expect(row.target).toMatchObject({ value: 1, scope: 'all' });
    // Per-entity rows carry each entity's target.
    const byEntity = await rows('groupBy=entity');
    expect(byEntity.find((r) => r.entity === 'AWV')!.target!.value).toBe(0.8);
    expect(byEntity.find((r) => r.entity === 'DKB')!.target!.value).toBe(1);
    // Cached answers are refreshed.
    expect((await call(server.url, 'GET', '/api/v1/indicators/sustainable_value_share?entity=AWV&groupBy=year')).headers.get('etag')).not.toBe(etagBefore);
  });

  it('changes a target and keeps the old and new value; setting the same value logs nothing', async () => {
    const changed = await put({ indicator: 'sustainable_value_share', scope: 'entity', scopeCode: 'AWV', year: 2020, value: 0.85 });
    expect(changed.body.change).toMatchObject({
      oldValue: 0.8,
      newValue: 0.85,
      oldSource: 'Beslissing raad van bestuur AWV 2019',
      newSource: 'Beslissing raad van bestuur AWV 2019',
    });
    const same = await put({ indicator: 'sustainable_value_share', scope: 'entity', scopeCode: 'AWV', year: 2020, value: 0.85 });
    expect(same.status).toBe(200);
    expect(same.body.change).toBeNull();
    const all = await put({ indicator: 'sustainable_value_share', scope: 'all', year: 2020, value: 0.9, source: 'Herziening 2019' });
    expect(all.body.change).toMatchObject({ scope: 'all', scopeCode: null, oldValue: 1, newValue: 0.9 });
    for (const row of await rows('groupBy=year')) expect(row.target).toMatchObject({ value: 0.9, scope: 'all' });
    const domain = await put({ indicator: 'sustainable_value_share', scope: 'policy_domain', scopeCode: 'KB', year: 2020, value: 0.95 });
    expect(domain.status).toBe(200);
    for (const row of await rows('entity=DKB&groupBy=year')) expect(row.target).toMatchObject({ value: 0.95, scope: 'policy_domain', scopeCode: 'KB' });
    // A target for an indicator that had none turns it from monitoring only into one with a status.
    const before = await call<{ monitoringOnly: boolean }>(server.url, 'GET', '/api/v1/indicators/e_submission_share?groupBy=year');
    expect(before.body.monitoringOnly).toBe(true);
    await put({ indicator: 'e_submission_share', scope: 'all', year: 2020, value: 1 });
    const after = await call<{ monitoringOnly: boolean; rows: Row[] }>(server.url, 'GET', '/api/v1/indicators/e_submission_share?groupBy=year');
    expect(after.body.monitoringOnly).toBe(false);
    expect(after.body.rows.every((r) => typeof r.status === 'string')).toBe(true);
  });

  it('removes a target, logs the removal, and the charts fall back to the wider scope', async () => {
    const res = await call<{ change: Change }>(server.url, 'DELETE', '/api/v1/targets?indicator=sustainable_value_share&scope=entity&scopeCode=AWV&year=2020', {
      token: admin,
    });
    expect(res.status).toBe(200);
    expect(res.body.change).toMatchObject({ oldValue: 0.85, newValue: null });
    for (const row of await rows('entity=AWV&groupBy=year')) expect(row.target).toMatchObject({ value: 0.9, scope: 'all' });
    const again = await call(server.url, 'DELETE', '/api/v1/targets?indicator=sustainable_value_share&scope=entity&scopeCode=AWV&year=2020', { token: admin });
    expect(again.status).toBe(404);
  });

  it('shows the change log newest first, per indicator, and in the audit trail', async () => {
    const log = await call<{ items: Change[]; nextBeforeId: number | null }>(server.url, 'GET', '/api/v1/targets/changes?indicator=sustainable_value_share');
    expect(log.body.items.map((c) => [c.scope, c.scopeCode, c.oldValue, c.newValue])).toEqual([
      ['entity', 'AWV', 0.85, null],
      ['policy_domain', 'KB', null, 0.95],
      ['all', null, 1, 0.9],
      ['entity', 'AWV', 0.8, 0.85],
      ['entity', 'AWV', null, 0.8],
    ]);
    const page = await call<{ items: Change[]; nextBeforeId: number | null }>(server.url, 'GET', '/api/v1/targets/changes?limit=2');
    expect(page.body.items).toHaveLength(2);
    const next = await call<{ items: Change[] }>(server.url, 'GET', `/api/v1/targets/changes?limit=2&beforeId=${page.body.nextBeforeId}`);
    expect(next.body.items).toHaveLength(2);
    const audit = await call<{ items: { action: string; subject: string }[] }>(server.url, 'GET', '/api/v1/audit?action=target_set,target_remove', {
      token: admin,
    });
    expect(audit.body.items.map((i) => i.action)).toEqual(['target_remove', 'target_set', 'target_set', 'target_set', 'target_set', 'target_set']);
    expect(audit.body.items[0]!.subject).toBe('target sustainable_value_share (entity AWV) 2020');
  });

  it('refuses invalid targets with 400 naming the parameter, and changes nothing', async () => {
    const before = (await call<{ items: unknown[] }>(server.url, 'GET', '/api/v1/targets')).body.items;
    const base = { indicator: 'sustainable_value_share', scope: 'entity', scopeCode: 'AWV', year: 2020, value: 0.5 };
    const cases: [unknown, string][] = [
      [{ ...base, scopeCode: 'XYZ' }, 'scopeCode'],
      [{ ...base, scopeCode: "AWV' OR 1=1 --" }, 'scopeCode'],
      [{ ...base, scope: 'policy_domain', scopeCode: 'NOPE' }, 'scopeCode'],
      [{ ...base, scope: 'all' }, 'scopeCode'],
      [{ ...base, scopeCode: null }, 'scopeCode'],
      [{ ...base, scope: 'planet' }, 'scope'],
      [{ ...base, indicator: 'happiness' }, 'indicator'],
      [{ ...base, value: 1.5 }, 'value'],
      [{ ...base, value: -0.1 }, 'value'],
      [{ ...base, value: '0.5' }, 'value'],
      [{ ...base, value: 1e308 }, 'value'],
      [{ ...base, year: 1e10 }, 'year'],
      [{ ...base, year: 2020.5 }, 'year'],
      [{ ...base, role: 'admin' }, 'role'],
      [{ ...base, source: 'x'.repeat(501) }, 'source'],
      [{ indicator: 'sustainable_value_share' }, 'scope'],
    ];
    for (const [json, parameter] of cases) {
      const res = await put(json);
      expect(res.status, JSON.stringify(json)).toBe(400);
      const issues = (res.body as unknown as { issues: { parameter: string }[] }).issues;
      expect(
        issues.map((i) => i.parameter),
        JSON.stringify(json),
      ).toContain(parameter);
    }
    expect((await call<{ items: unknown[] }>(server.url, 'GET', '/api/v1/targets')).body.items).toEqual(before);
  });
});
