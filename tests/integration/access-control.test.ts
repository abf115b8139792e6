/**
 * Access control over real HTTP on both engines: the role × action matrix (allowed and refused),
 * an editor's file holding another entity's rows refused whole with nothing written, tokens kept
 * only as hashes, revocation, private reads, the command line's token commands and rate limits.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '@koers/api';
import { countRecords } from '@koers/db';
import { createToken, importFile, revokeToken } from '@koers/services';
import type { ProcurementRecord } from '@koers/domain';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { call, upload } from '../support/http.ts';
import { startServer, type RunningServerLike } from '../support/server.ts';
import { makeRecords, templateCsv } from '../support/template-files.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

const forEntity = (records: ProcurementRecord[], entity: string, prefix: string) => records.map((r, i) => ({ ...r, entity, dossierId: `${prefix}-${i}` }));

type Who = 'anonymous' | 'viewer' | 'editor' | 'admin';
const WHO: readonly Who[] = ['anonymous', 'viewer', 'editor', 'admin'];

describe.each(ENGINES)('%s: access control', (engine) => {
  let db: TestDatabase;
  let server: RunningServerLike;
  const tokens = {} as Record<Who, string | undefined>;
  let otherEditor: string;
  let awvRecordId: number;
  let dkbRecordId: number;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    const seed = [...forEntity(makeRecords(40, 501), 'AWV', 'AWV-BASE'), ...forEntity(makeRecords(40, 502), 'DKB', 'DKB-BASE')];
    const report = await importFile(
      db,
      {
        name: 'base.csv',
        open: async function* () {
          yield new TextEncoder().encode(templateCsv(seed));
        },
      },
      { actor: 'setup' },
    );
    expect(report.applied).toBe(true);
    tokens.anonymous = undefined;
    tokens.viewer = (await createToken(db, { role: 'viewer', actor: 'setup' })).token;
    tokens.editor = (await createToken(db, { role: 'editor', entities: ['awv'], label: 'AWV steward', actor: 'setup' })).token;
    tokens.admin = (await createToken(db, { role: 'admin', actor: 'setup' })).token;
    otherEditor = (await createToken(db, { role: 'editor', entities: ['DKB', 'HFB'], actor: 'setup' })).token;
    const ids = await db.kysely.selectFrom('records').select(['id', 'entity']).orderBy('id').execute();
    awvRecordId = ids.find((r) => r.entity === 'AWV')!.id;
    dkbRecordId = ids.find((r) => r.entity === 'DKB')!.id;
    server = await startServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const expected = (allowed: readonly Who[], who: Who, ok = 200) => (allowed.includes(who) ? ok : who === 'anonymous' ? 401 : 403);

  describe('the role × action matrix', () => {
    it.each(WHO)('%s: reads are public', async (who) => {
      for (const path of [
        '/api/v1/meta',
        '/api/v1/indicators/sustainable_value_share?groupBy=year',
        '/api/v1/records?limit=5',
        '/api/v1/imports',
        '/api/v1/targets',
        '/api/v1/targets/changes',
      ]) {
        expect((await call(server.url, 'GET', path, { token: tokens[who] })).status, path).toBe(200);
      }
    });

    it.each(WHO)('%s: importing a file of an entity the token may write', async (who) => {
      const before = await countRecords(db.kysely);
      const csv = templateCsv(forEntity(makeRecords(5, 510 + WHO.indexOf(who)), 'AWV', `AWV-${who}`));
      const res = await upload(server.url, `${who}.csv`, csv, { token: tokens[who] });
      expect(res.status).toBe(expected(['editor', 'admin'], who));
      expect(await countRecords(db.kysely)).toBe(before + (res.status === 200 ? 5 : 0));
      if (res.status === 200) {
        const entry = await call<{ actor: string }>(server.url, 'GET', `/api/v1/imports/${(res.body as { importId: number }).importId}`);
        expect(entry.body.actor).toMatch(who === 'editor' ? /^AWV steward \(token \d+\)$/ : /^admin \(token \d+\)$/);
      } else {
        expect(res.body).toMatchObject({ error: who === 'anonymous' ? 'unauthorized' : 'forbidden', message: expect.any(String) });
      }
    });

    it.each(WHO)('%s: correcting a record of an entity the token may write', async (who) => {
      const res = await call(server.url, 'PATCH', `/api/v1/records/${awvRecordId}`, {
        token: tokens[who],
        json: { changes: { supplier: `Leverancier van ${who}` }, reason: 'typo in the supplier name' },
      });
      expect(res.status).toBe(expected(['editor', 'admin'], who));
      const row = await db.kysely.selectFrom('records').select('supplier').where('id', '=', awvRecordId).executeTakeFirstOrThrow();
      if (res.status === 200) expect(row.supplier).toBe(`Leverancier van ${who}`);
      else expect(row.supplier).not.toBe(`Leverancier van ${who}`);
    });

    it.each(WHO)('%s: editing a target', async (who) => {
      const res = await call(server.url, 'PUT', '/api/v1/targets', {
        token: tokens[who],
        json: { indicator: 'innovation_value_share', scope: 'entity', scopeCode: 'AWV', year: 2020, value: 0.01 + WHO.indexOf(who) / 100 },
      });
      expect(res.status).toBe(expected(['admin'], who));
    });

    it.each(WHO)('%s: reading the audit trail', async (who) => {
      expect((await call(server.url, 'GET', '/api/v1/audit', { token: tokens[who] })).status).toBe(expected(['admin'], who));
    });

    it.each(WHO)('%s: undoing an import', async (who) => {
      const csv = templateCsv(forEntity(makeRecords(3, 520 + WHO.indexOf(who)), 'AWV', `AWV-UNDO-${who}`));
      const imported = await importFile(
        db,
        {
          name: 'to-undo.csv',
          open: async function* () {
            yield new TextEncoder().encode(csv);
          },
        },
        { actor: 'setup' },
      );
      const res = await call(server.url, 'POST', `/api/v1/imports/${imported.importId}/undo`, { token: tokens[who] });
      expect(res.status).toBe(expected(['admin'], who));
      const left = await db.kysely.selectFrom('records').select('id').where('import_id', '=', imported.importId!).execute();
      expect(left).toHaveLength(res.status === 200 ? 0 : 3);
    });

    it.each(WHO)('%s: adding entities from a file', async (who) => {
      const csv = templateCsv(forEntity(makeRecords(1, 530), 'AWV', `AWV-ADD-${who}`));
      const res = await upload(server.url, 'add.csv', csv, { token: tokens[who], query: 'addEntities=true' });
      expect(res.status).toBe(expected(['admin'], who));
    });

    it.each(WHO)('%s: the session says what the role may do', async (who) => {
      const res = await call<{ authenticated: boolean; role: string | null; entities: string[]; permissions: Record<string, boolean> }>(
        server.url,
        'GET',
        '/api/v1/session',
        { token: tokens[who] },
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.body.authenticated).toBe(who !== 'anonymous');
      expect(res.body.role).toBe(who === 'anonymous' ? null : who);
      expect(res.body.entities).toEqual(who === 'editor' ? ['AWV'] : []);
      expect(res.body.permissions).toEqual({
        read: true,
        import: who === 'editor' || who === 'admin',
        correct: who === 'editor' || who === 'admin',
        addEntities: who === 'admin',
        undoImport: who === 'admin',
        editTargets: who === 'admin',
        readAudit: who === 'admin',
      });
    });
  });

  describe('editors are bound to their entities', () => {
    it("refuses an editor's file holding another entity's rows whole, naming those rows, and writes nothing", async () => {
      const mine = forEntity(makeRecords(30, 540), 'AWV', 'AWV-MIXED');
      const theirs = forEntity(makeRecords(3, 541), 'DKB', 'DKB-MIXED');
      // The DKB rows are spreadsheet rows 12, 22 and 34 (the header is row 1).
      const rows = [...mine.slice(0, 10), theirs[0]!, ...mine.slice(10, 19), theirs[1]!, ...mine.slice(19), theirs[2]!];
      const recordsBefore = await db.kysely.selectFrom('records').selectAll().orderBy('id').execute();
      const aggregatesBefore = await db.kysely
        .selectFrom('aggregates')
        .selectAll()
        .orderBy('indicator')
        .orderBy('year')
        .orderBy('entity')
        .orderBy('product_group')
        .execute();
      const versionsBefore = await db.kysely.selectFrom('record_versions').select('import_id').execute();
      for (const mode of ['all_or_nothing', 'partial'] as const) {
        const res = await upload<{ applied: boolean; errors: { row: number; column: string; message: string }[]; rejected: number }>(
          server.url,
          'mixed.csv',
          templateCsv(rows),
          { token: tokens.editor, query: `mode=${mode}` },
        );
        expect(res.status).toBe(422);
        expect(res.body.applied).toBe(false);
        expect(res.body.errors.map((e) => [e.row, e.column])).toEqual([
          [12, 'entiteit'],
          [22, 'entiteit'],
          [34, 'entiteit'],
        ]);
        expect(res.body.errors[0]!.message).toMatch(/entity DKB is not one you may import for \(AWV\)/);
      }
      expect(await db.kysely.selectFrom('records').selectAll().orderBy('id').execute()).toEqual(recordsBefore);
      expect(
        await db.kysely.selectFrom('aggregates').selectAll().orderBy('indicator').orderBy('year').orderBy('entity').orderBy('product_group').execute(),
      ).toEqual(aggregatesBefore);
      expect(await db.kysely.selectFrom('record_versions').select('import_id').execute()).toEqual(versionsBefore);
    });

    it('lets an editor of several entities import for each of them', async () => {
      const rows = [...forEntity(makeRecords(2, 550), 'DKB', 'DKB-MULTI'), ...forEntity(makeRecords(2, 551), 'HFB', 'HFB-MULTI')];
      const res = await upload(server.url, 'multi.csv', templateCsv(rows), { token: otherEditor });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ applied: true, accepted: 4 });
    });

    it("refuses an editor's correction of another entity's record", async () => {
      const res = await call(server.url, 'PATCH', `/api/v1/records/${dkbRecordId}`, {
        token: tokens.editor,
        json: { changes: { innovative: true }, reason: 'x' },
      });
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/belongs to DKB/);
    });
  });

  describe('tokens', () => {
    it('are kept only as SHA-256 hashes', async () => {
      const rows = await db.kysely.selectFrom('tokens').selectAll().execute();
      const stored = JSON.stringify(rows);
      for (const token of [tokens.viewer!, tokens.editor!, tokens.admin!]) {
        expect(stored).not.toContain(token);
        expect(stored).not.toContain(token.slice(6, 30));
        expect(rows.map((r) => r.token_hash)).toContain(createHash('sha256').update(token).digest('base64url'));
      }
    });

    it('answer 401 when unknown, malformed or revoked, at once on revocation', async () => {
      const { token, id } = await createToken(db, { role: 'admin', actor: 'setup' });
      expect((await call(server.url, 'GET', '/api/v1/audit', { token })).status).toBe(200);
      await revokeToken(db, id, 'setup');
      for (const bad of [token, `koers_${'A'.repeat(43)}`, 'not-a-token', `${token}x`]) {
        const res = await call(server.url, 'GET', '/api/v1/meta', { token: bad });
        expect(res.status, bad).toBe(401);
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="koers", error="invalid_token"/);
      }
      const basic = await call(server.url, 'GET', '/api/v1/meta', { headers: { Authorization: 'Basic YWRtaW46YWRtaW4=' } });
      expect(basic.status).toBe(401);
    });

    it('are made, listed and revoked with the command line', async () => {
      const koers = async (...args: string[]) => {
        try {
          const { stdout, stderr } = await run('node', ['--import', 'tsx', 'apps/cli/src/main.ts', ...args], {
            cwd: ROOT,
            env: { ...process.env, ...db.env, USER: 'tester' },
          });
          return { code: 0, stdout, stderr };
        } catch (error) {
          const e = error as { code: number; stdout: string; stderr: string };
          return { code: e.code, stdout: e.stdout, stderr: e.stderr };
        }
      };
      const created = await koers('token', 'create', '--role', 'editor', '--entity', 'AWV', '--label', 'CLI steward', '--json');
      expect(created.code).toBe(0);
      const { token, id } = JSON.parse(created.stdout) as { token: string; id: number };
      expect(token).toMatch(/^koers_[A-Za-z0-9_-]{43}$/);
      const session = await call(server.url, 'GET', '/api/v1/session', { token });
      expect(session.body).toMatchObject({ role: 'editor', entities: ['AWV'], label: 'CLI steward' });
      const listed = await koers('token', 'list', '--json');
      const entry = (JSON.parse(listed.stdout) as { id: number; createdBy: string; lastUsedAt: string | null }[]).find((t) => t.id === id)!;
      expect(entry.createdBy).toBe('cli:tester');
      expect(entry.lastUsedAt).not.toBeNull();
      expect(listed.stdout).not.toContain(token);
      expect((await koers('token', 'revoke', String(id))).code).toBe(0);
      expect((await call(server.url, 'GET', '/api/v1/session', { token })).status).toBe(401);
      const editorWithout = await koers('token', 'create', '--role', 'editor');
      expect(editorWithout.code).toBe(2);
      expect(editorWithout.stderr).toMatch(/needs at least one entity/);
      expect((await koers('token', 'revoke', '99999')).code).toBe(1);
      // The same checks in process (each command line start costs seconds).
      await expect(createToken(db, { role: 'root', actor: 'x' })).rejects.toThrow(/not a role/);
      await expect(createToken(db, { role: 'editor', entities: ['NOPE'], actor: 'x' })).rejects.toThrow(/unknown entity NOPE/);
      await expect(createToken(db, { role: 'viewer', entities: ['AWV'], actor: 'x' })).rejects.toThrow(/bind editors only/);
      const audit = await call<{ items: { action: string; actor: string }[] }>(server.url, 'GET', '/api/v1/audit?action=token_create,token_revoke', {
        token: tokens.admin,
      });
      expect(audit.body.items.filter((i) => i.actor === 'cli:tester').map((i) => i.action)).toEqual(['token_revoke', 'token_create']);
    }, 240_000);
  });

  describe('private reads (KOERS_READS=private)', () => {
    it('needs a token for every read but health, the API description and the session', async () => {
      const app = createApp({ db, readsPrivate: true });
      for (const path of [
        '/api/v1/meta',
        '/api/v1/indicators/sustainable_value_share',
        '/api/v1/records',
        '/api/v1/imports',
        '/api/v1/targets',
        '/api/v1/export.csv',
      ]) {
        expect((await app.request(path)).status, path).toBe(401);
        const viewer = await app.request(path, { headers: { Authorization: `Bearer ${tokens.viewer}` } });
        expect(viewer.status, path).toBe(200);
        if (path === '/api/v1/meta') expect(viewer.headers.get('cache-control')).toBe('private, no-cache');
      }
      for (const path of ['/api/v1/health', '/api/v1/openapi.json']) expect((await app.request(path)).status, path).toBe(200);
      const session = await app.request('/api/v1/session');
      expect(await session.json()).toMatchObject({ authenticated: false, readsPrivate: true, permissions: { read: false } });
    });
  });

  describe('rate limits (per server instance)', () => {
    it('answers 429 with Retry-After once a token exceeds its writes per window', async () => {
      const app = createApp({ db, writeRateLimit: { limit: 3, windowMs: 60_000 } });
      const put = () =>
        app.request('/api/v1/targets', {
          method: 'PUT',
          headers: { Authorization: `Bearer ${tokens.admin}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ indicator: 'circular_share', scope: 'all', year: 2020, value: 0.5 }),
        });
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await put()).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const refused = await put();
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await refused.json()).toMatchObject({ error: 'too_many_requests' });
      // Reads are not limited.
      expect((await app.request('/api/v1/targets')).status).toBe(200);
    });

    it('refuses an address that keeps sending invalid tokens, but never a valid token', async () => {
      const app = createApp({ db, authFailureLimit: { limit: 5, windowMs: 60_000 } });
      for (let i = 0; i < 5; i++)
        expect((await app.request('/api/v1/meta', { headers: { Authorization: `Bearer koers_${String(i).repeat(43)}` } })).status).toBe(401);
      expect((await app.request('/api/v1/meta', { headers: { Authorization: 'Bearer koers_guess' } })).status).toBe(429);
      expect((await app.request('/api/v1/meta', { headers: { Authorization: `Bearer ${tokens.admin}` } })).status).toBe(200);
      expect((await app.request('/api/v1/meta')).status).toBe(200);
    });
  });
});
