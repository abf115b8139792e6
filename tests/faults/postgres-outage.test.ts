/**
 * A PostgreSQL outage: with the local PostgreSQL service stopped the server answers 503 (JSON,
 * Retry-After) to reads and writes and keeps running; an import caught by the outage writes
 * nothing; once PostgreSQL is started again the server answers 200 by itself, without a restart.
 *
 * Stops and starts the local cluster with pg_ctlcluster (CI machines run the tests as root), so
 * it runs in the fault suite, after the main suite, never beside other test files. PostgreSQL is
 * always started again, whatever the assertions do.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { INDICATOR_IDS } from '@koers/domain';
import { createToken, importFile } from '@koers/services';
import { createTestDatabase, TEST_POSTGRES_URL, type TestDatabase } from '../support/databases.ts';
import { call, upload, uploadOnNewConnection } from '../support/http.ts';
import { spawnKoers, stopKoers, waitFor, type KoersProcess } from '../support/koers-process.ts';
import { makeRecords, templateCsv } from '../support/template-files.ts';

const VERSION = readdirSync('/etc/postgresql').sort().at(-1)!;

function cluster(action: 'start' | 'stop') {
  const args = ['--skip-systemctl-redirect', VERSION, 'main', action, ...(action === 'stop' ? ['-m', 'fast'] : [])];
  execFileSync('pg_ctlcluster', args, { stdio: 'pipe', timeout: 60_000 });
}

function clusterOnline(): boolean {
  try {
    execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', VERSION, 'main', 'status'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 2_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Starts PostgreSQL if it is down and waits until it accepts queries. */
async function ensurePostgres(): Promise<void> {
  if (!clusterOnline()) cluster('start');
  await waitFor('PostgreSQL to accept connections', async () => ((await postgresAnswers()) ? true : undefined), 60_000, 250);
}

const SERVER_APP_NAME = 'koers-outage-test-server';

/**
 * On a shared machine other work may be using this PostgreSQL (a benchmark, another suite): wait
 * until no other session has been busy for three seconds in a row before taking it away (at most
 * ten minutes; in CI nothing else runs and this returns at once).
 */
async function waitForQuietPostgres(): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const deadline = Date.now() + 10 * 60_000;
    let quiet = 0;
    while (quiet < 3 && Date.now() < deadline) {
      const { rows } = await client.query<{ n: string }>(
        `select count(*) as n from pg_stat_activity
         where backend_type = 'client backend' and pid <> pg_backend_pid() and state <> 'idle' and application_name <> $1`,
        [SERVER_APP_NAME],
      );
      quiet = Number(rows[0]!.n) === 0 ? quiet + 1 : 0;
      if (quiet < 3) await new Promise((r) => setTimeout(r, 1_000));
    }
    if (quiet < 3) console.warn('PostgreSQL is still busy with other work; stopping it anyway');
  } finally {
    await client.end();
  }
}

describe('postgres: an outage of the database', () => {
  let db: TestDatabase;
  let server: KoersProcess | undefined;
  let admin: string;

  beforeAll(async () => {
    await ensurePostgres();
    db = await createTestDatabase('postgres');
    await importFile(db, {
      name: 'seed.csv',
      open: async function* () {
        yield new TextEncoder().encode(templateCsv(makeRecords(2_000, 951)));
      },
    });
    admin = (await createToken(db, { role: 'admin', actor: 'setup' })).token;
    const url = new URL(db.url);
    url.searchParams.set('application_name', SERVER_APP_NAME);
    server = await spawnKoers({ DATABASE_URL: url.toString() });
  });
  afterAll(async () => {
    // Whatever happened above: PostgreSQL must be running again for everything after this file.
    await ensurePostgres();
    await stopKoers(server);
    await db?.drop();
  });

  it('answers 503 while PostgreSQL is stopped and 200 again once it is started, without a restart', async () => {
    // Made first: making it keeps this process busy for a while (see kill-and-shutdown.test.ts).
    const caughtCsv = templateCsv(makeRecords(100_000, 952));
    const url = server!.url;
    const indicators = async () => Promise.all(INDICATOR_IDS.map(async (id) => (await call(url, 'GET', `/api/v1/indicators/${id}?groupBy=year`)).body));
    const before = { meta: (await call(url, 'GET', '/api/v1/meta')).body, indicators: await indicators() };

    // An import in flight when the database goes away.
    await waitForQuietPostgres();
    const inFlight = uploadOnNewConnection(url, 'caught.csv', caughtCsv, { token: admin });
    await waitFor(
      'the import to start',
      async () => {
        const row = await db.kysely.selectFrom('imports').select('status').where('file_name', '=', 'caught.csv').executeTakeFirst();
        return row?.status === 'running' ? true : undefined;
      },
      120_000,
      20,
    );

    try {
      cluster('stop');
      const caught = await inFlight;
      expect(caught.status).toBe(503);
      expect(caught.body).toMatchObject({ error: 'unavailable' });

      const requests: [string, string, string | undefined][] = [
        ['GET', '/api/v1/health', undefined],
        ['GET', '/api/v1/meta', undefined],
        ['GET', '/api/v1/indicators/sustainable_value_share?groupBy=year', undefined],
        ['GET', '/api/v1/records?limit=5', undefined],
        ['GET', '/api/v1/imports', undefined],
        ['GET', '/api/v1/session', admin],
        ['GET', '/api/v1/audit', admin],
      ];
      // Twice: straight after the stop and once the pool has no connection left.
      for (let round = 0; round < 2; round++) {
        for (const [method, path, token] of requests) {
          const started = Date.now();
          const res = await call(url, method, path, token ? { token } : {});
          expect(res.status, `${method} ${path}`).toBe(503);
          expect(res.body, path).toEqual({ error: 'unavailable', message: expect.stringMatching(/database is not reachable/) });
          expect(res.headers.get('retry-after'), path).toBe('5');
          // Refused connections fail fast; a connect timeout is bounded by the pool (5 s).
          expect(Date.now() - started, path).toBeLessThan(7_000);
        }
        const write = await upload(url, 'during.csv', templateCsv(makeRecords(10, 953)), { token: admin });
        expect(write.status).toBe(503);
        const target = await call(url, 'PUT', '/api/v1/targets', { token: admin, json: { indicator: 'circular_share', scope: 'all', year: 2020, value: 0.5 } });
        expect(target.status).toBe(503);
      }
      expect(server!.alive()).toBe(true);
    } finally {
      await ensurePostgres();
    }

    // Back without restarting the server.
    await waitFor('the server to answer 200 again', async () => ((await call(url, 'GET', '/api/v1/health')).status === 200 ? true : undefined), 30_000, 250);
    expect(server!.alive()).toBe(true);
    expect((await call(url, 'GET', '/api/v1/meta')).body).toEqual(before.meta);
    expect(await indicators()).toEqual(before.indicators);
    // The import caught by the outage wrote nothing and stays `running` in the history.
    expect((await call<{ total: number }>(url, 'GET', '/api/v1/records?limit=1')).body.total).toBe(2_000);
    const history = await call<{ items: { fileName: string; status: string }[] }>(url, 'GET', '/api/v1/imports');
    expect(history.body.items.find((i) => i.fileName === 'caught.csv')?.status).toBe('running');
    // And writes work again.
    const after = await upload(url, 'after.csv', templateCsv(makeRecords(10, 954)), { token: admin });
    expect(after.status).toBe(200);
    expect(server!.output()).not.toMatch(/uncaught|unhandled/i);
  });
});
