/**
 * Audit and undo on both engines: every import and correction is in the history with who, when and
 * counts; an admin undoes an import and the records are exactly as they were (every column, ids,
 * time stamps and import ids), with the same aggregates and indicator answers; an undo that would
 * lose a later import's changes is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_IDS, type ProcurementRecord } from '@koers/domain';
import { createToken, importFile, queryIndicator, type ImportReport } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { call } from '../support/http.ts';
import { startServer, type RunningServerLike } from '../support/server.ts';
import { makeRecords, templateCsv } from '../support/template-files.ts';

describe.each(ENGINES)('%s: audit and undo', (engine) => {
  let db: TestDatabase;
  let server: RunningServerLike;
  let admin: string;
  let base: ProcurementRecord[];

  const load = (name: string, records: readonly ProcurementRecord[], options: Parameters<typeof importFile>[2] = {}): Promise<ImportReport> =>
    importFile(
      db,
      {
        name,
        open: async function* () {
          yield new TextEncoder().encode(templateCsv(records));
        },
      },
      { actor: 'steward', ...options },
    );

  /** Everything an undo must restore: records (all columns), aggregates, and indicator answers. */
  const snapshot = async () => ({
    records: await db.kysely.selectFrom('records').selectAll().orderBy('id').execute(),
    aggregates: await db.kysely.selectFrom('aggregates').selectAll().orderBy('indicator').orderBy('year').orderBy('entity').orderBy('product_group').execute(),
    indicators: await Promise.all(INDICATOR_IDS.map((id) => queryIndicator(db, id, { groupBy: ['year', 'entity'], filters: {} }))),
  });

  const undo = (id: number | null, token = admin) =>
    call<{ restored: number; deleted: number; entities: string[]; message: string }>(server.url, 'POST', `/api/v1/imports/${id}/undo`, { token });

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    base = makeRecords(1_500, 701);
    expect((await load('base.csv', base)).applied).toBe(true);
    admin = (await createToken(db, { role: 'admin', label: 'Beheerder', actor: 'setup' })).token;
    server = await startServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('restores the records exactly as they were before an import that changed and added records', async () => {
    const before = await snapshot();
    const etag = (await call(server.url, 'GET', '/api/v1/indicators/sustainable_value_share?groupBy=year')).headers.get('etag');
    // 200 changed records, 300 unchanged ones and 400 new ones.
    const changed = base
      .slice(0, 200)
      .map((r, i) => ({ ...r, valueEur: (r.valueEur ?? 0) + 1000 + i, amount: (r.valueEur ?? 0) + 1000 + i, criteria: 'full' as const, supplier: 'Nieuw BV' }));
    const report = await load('update.csv', [...changed, ...base.slice(200, 500), ...makeRecords(400, 702)]);
    expect([report.accepted, report.updated, report.unchanged]).toEqual([400, 200, 300]);
    expect((await snapshot()).records).not.toEqual(before.records);

    const res = await undo(report.importId);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ restored: 200, deleted: 400 });
    const after = await snapshot();
    expect(after.records).toEqual(before.records);
    expect(after.aggregates).toEqual(before.aggregates);
    expect(after.indicators).toEqual(before.indicators);
    expect((await call(server.url, 'GET', '/api/v1/indicators/sustainable_value_share?groupBy=year')).headers.get('etag')).not.toBe(etag);

    const entry = await call<{ undoneAt: string | null; undoneBy: string | null; applied: boolean }>(server.url, 'GET', `/api/v1/imports/${report.importId}`);
    expect(entry.body).toMatchObject({ applied: true, undoneAt: expect.any(String), undoneBy: expect.stringMatching(/^Beheerder \(token \d+\)$/) });
    const again = await undo(report.importId);
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/already undone/);
  });

  it('refuses to undo an import whose records a later import changed, until that one is undone', async () => {
    const before = await snapshot();
    const c = await load(
      'c.csv',
      base.slice(0, 50).map((r) => ({ ...r, title: 'C' })),
    );
    const d = await load(
      'd.csv',
      base.slice(40, 60).map((r) => ({ ...r, title: 'D' })),
    );
    expect([c.updated, d.updated]).toEqual([50, 20]);
    const refused = await undo(c.importId);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(
      new RegExp(`import ${c.importId} \\(c.csv\\) cannot be undone: import ${d.importId} changed 10 of its records .*Undo import ${d.importId} first`),
    );
    expect((await snapshot()).records.filter((r) => r.title === 'C')).toHaveLength(40);

    expect((await undo(d.importId)).status).toBe(200);
    expect((await undo(c.importId)).status).toBe(200);
    expect((await snapshot()).records).toEqual(before.records);
  });

  it('sees a later change to a record the import created', async () => {
    const fresh = makeRecords(5, 703);
    const e = await load('e.csv', fresh);
    const f = await load('f.csv', [{ ...fresh[0]!, supplier: 'Later' }]);
    expect([e.accepted, f.updated]).toEqual([5, 1]);
    const refused = await undo(e.importId);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(new RegExp(`import ${f.importId} changed 1 of its records? \\(${fresh[0]!.entity} ${fresh[0]!.dossierId}\\)`));
    expect((await undo(f.importId)).status).toBe(200);
    expect((await undo(e.importId)).body).toMatchObject({ restored: 0, deleted: 5 });
  });

  it('keeps corrections in the history with who, why and what, and undoes them like imports', async () => {
    const before = await snapshot();
    const target = before.records.find((r) => r.criteria === 'none_or_partial')!;
    const res = await call<{ importId: number; record: { criteria: string; valueEur: number }; changes: { field: string; from: unknown; to: unknown }[] }>(
      server.url,
      'PATCH',
      `/api/v1/records/${target.id}`,
      { token: admin, json: { changes: { criteria: 'full', valueEur: 12345.67 }, reason: 'bestek bevat alle essentiële criteria' } },
    );
    expect(res.status).toBe(200);
    expect(res.body.record).toMatchObject({ criteria: 'full', valueEur: 12345.67 });
    expect(res.body.changes).toEqual([
      { field: 'valueEur', from: target.value_cents! / 100, to: 12345.67 },
      { field: 'criteria', from: 'none_or_partial', to: 'full' },
    ]);
    const row = await db.kysely.selectFrom('records').selectAll().where('id', '=', target.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ value_cents: 1_234_567, criteria: 'full', import_id: res.body.importId });
    const indicator = await queryIndicator(db, 'sustainable_value_share', { groupBy: ['year', 'entity'], filters: {} });
    expect(indicator).not.toEqual(before.indicators[0]);

    const same = await call<{ importId: number | null }>(server.url, 'PATCH', `/api/v1/records/${target.id}`, {
      token: admin,
      json: { changes: { criteria: 'full' }, reason: 'nogmaals' },
    });
    expect(same.body.importId).toBeNull();

    const audit = await call<{ items: { action: string; actor: string; subject: string; details: { correction: { reason: string } } }[] }>(
      server.url,
      'GET',
      '/api/v1/audit?action=correction',
      { token: admin },
    );
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      action: 'correction',
      actor: expect.stringMatching(/^Beheerder/),
      subject: `correction of ${target.entity} ${target.dossier_id}`,
      details: { correction: { reason: 'bestek bevat alle essentiële criteria' } },
    });

    expect((await undo(res.body.importId)).body).toMatchObject({ restored: 1, deleted: 0 });
    const after = await snapshot();
    expect(after.records).toEqual(before.records);
    expect(after.indicators).toEqual(before.indicators);
  });

  it('refuses to undo what wrote nothing, and answers 404 for an unknown import', async () => {
    const dry = await load('dry.csv', makeRecords(3, 704), { dryRun: true });
    expect((await undo(dry.importId)).body.message).toMatch(/was a dry run/);
    const bad = makeRecords(3, 705);
    bad[1]!.awardDate = 'gisteren';
    const rejected = await load('bad.csv', bad);
    const res = await undo(rejected.importId);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/was rejected: it wrote nothing/);
    expect((await undo(999_999)).status).toBe(404);
  });

  it('records every import, correction, undo and token in the audit trail, newest first, for admins', async () => {
    const res = await call<{ items: { id: string; at: string; action: string; actor: string; details: Record<string, unknown> }[]; nextBefore: string | null }>(
      server.url,
      'GET',
      '/api/v1/audit?limit=1000',
      { token: admin },
    );
    expect(res.status).toBe(200);
    const items = res.body.items;
    const ats = items.map((i) => i.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    const counts = (action: string) => items.filter((i) => i.action === action).length;
    const imports = await db.kysely.selectFrom('imports').select(['id', 'mode']).execute();
    expect(counts('import')).toBe(imports.filter((i) => i.mode !== 'correction').length);
    expect(counts('correction')).toBe(1);
    expect(counts('import_undo')).toBe(6);
    expect(counts('token_create')).toBe(1);
    const first = items.find((i) => i.action === 'import' && i.details.fileName === 'base.csv')!;
    expect(first).toMatchObject({ actor: 'steward', details: { accepted: 1_500, updated: 0, applied: true, undoneAt: null } });
    expect(first.details.summary).toBe('base.csv: 1500 new, 0 updated, 0 unchanged, 0 rejected');
    const undone = items.find((i) => i.action === 'import' && i.details.fileName === 'update.csv')!;
    expect(undone.details).toMatchObject({ accepted: 400, updated: 200, undoneAt: expect.any(String) });
    const page = await call<{ items: { id: string }[]; nextBefore: string }>(server.url, 'GET', '/api/v1/audit?limit=3', { token: admin });
    expect(page.body.items).toHaveLength(3);
    const next = await call<{ items: { id: string }[] }>(server.url, 'GET', `/api/v1/audit?limit=3&before=${encodeURIComponent(page.body.nextBefore)}`, {
      token: admin,
    });
    expect(next.body.items.map((i) => i.id)).toEqual(items.slice(3, 6).map((i) => i.id));
  });

  it('undoes from the command line as a local administrator', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const g = await load('g.csv', makeRecords(4, 706));
    const { stdout } = await promisify(execFile)('node', ['--import', 'tsx', 'apps/cli/src/main.ts', 'undo', '--json', String(g.importId)], {
      cwd: new URL('../../', import.meta.url).pathname,
      env: { ...process.env, ...db.env, USER: 'beheerder' },
    });
    expect(JSON.parse(stdout)).toMatchObject({ importId: g.importId, deleted: 4, undoneBy: 'cli:beheerder' });
  });
  it('lists the history newest first, a page at a time, without the reports', async () => {
    type Page = { items: Record<string, unknown>[]; nextBeforeId: number | null };
    for (const seed of [731, 732, 733]) expect((await load(`history-${seed}.csv`, makeRecords(5, seed))).applied).toBe(true);
    const all = await call<Page>(server.url, 'GET', '/api/v1/imports?limit=1000');
    expect(all.status).toBe(200);
    expect(all.body.items.length).toBeGreaterThanOrEqual(3);
    expect(all.body.nextBeforeId).toBeNull();
    const ids: unknown[] = [];
    let before: number | null = null;
    do {
      const page: { status: number; body: Page } = await call<Page>(
        server.url,
        'GET',
        `/api/v1/imports?limit=2${before === null ? '' : `&beforeId=${before}`}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      for (const entry of page.body.items) {
        expect(entry).not.toHaveProperty('report');
        // Corrections have no file, and so no checksum.
        expect(entry).toMatchObject({ fileName: expect.any(String), checksum: expect.stringMatching(/^([0-9a-f]{64})?$/), accepted: expect.any(Number) });
      }
      ids.push(...page.body.items.map((e) => e.id));
      before = page.body.nextBeforeId;
    } while (before !== null);
    expect(ids).toEqual(all.body.items.map((e) => e.id));
    expect(ids).toEqual([...(ids as number[])].sort((a, b) => b - a));
  });
});
