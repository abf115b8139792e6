/**
 * Faults of the server process on both engines: `kill -9` in the middle of a large import leaves
 * the database exactly as before the import (records, aggregates, indicator answers), and a
 * restarted server works on; SIGTERM lets an import in flight finish before the process exits.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '@koers/domain';
import { countRecords, openDatabase, otherWriterActive, type Db } from '@koers/db';
import { createToken, importFile } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { call, upload, uploadOnNewConnection } from '../support/http.ts';
import { sleep, spawnKoers, stopKoers, waitFor, type KoersProcess } from '../support/koers-process.ts';
import { makeRecords, templateCsv } from '../support/template-files.ts';

const LARGE = 300_000;

describe.each(ENGINES)('%s: the server under faults', (engine) => {
  let db: TestDatabase;
  let probe: Db;
  let admin: string;
  let server: KoersProcess | undefined;

  const state = async (url: string) => ({
    count: (await call<{ total: number }>(url, 'GET', '/api/v1/records?limit=1')).body.total,
    indicators: await Promise.all(
      INDICATOR_IDS.map(async (id) => (await call<{ rows: unknown[] }>(url, 'GET', `/api/v1/indicators/${id}?groupBy=year,entity`)).body.rows),
    ),
    records: await db.kysely.selectFrom('records').selectAll().orderBy('id').execute(),
    aggregates: await db.kysely.selectFrom('aggregates').selectAll().orderBy('indicator').orderBy('year').orderBy('entity').orderBy('product_group').execute(),
  });

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    const seed = makeRecords(3_000, 901);
    const report = await importFile(db, {
      name: 'seed.csv',
      open: async function* () {
        yield new TextEncoder().encode(templateCsv(seed));
      },
    });
    expect(report.applied).toBe(true);
    admin = (await createToken(db, { role: 'admin', actor: 'setup' })).token;
    probe = openDatabase(db.url);
  });
  afterAll(async () => {
    await stopKoers(server);
    await probe?.close();
    await db?.drop();
  });

  it(`leaves records and indicators exactly as before when killed with SIGKILL during a ${LARGE.toLocaleString('en')}-row import`, async () => {
    // The first 3,000 rows change every existing record; the rest are new. Made before anything
    // else: making it keeps this process busy for seconds, longer than an idle kept-alive
    // connection to the server lives.
    const changed = makeRecords(3_000, 901).map((r) => ({ ...r, criteria: 'full' as const, supplier: 'Gewijzigd NV' }));
    const csv = templateCsv([...changed, ...makeRecords(LARGE - 3_000, 902)]);
    server = await spawnKoers(db.env);
    const before = await state(server.url);
    expect(before.count).toBe(3_000);

    const answer = uploadOnNewConnection(server.url, 'large.csv', csv, { token: admin }).catch((error: unknown) => error);

    let settled: string | undefined;
    void answer.then((value) => {
      const e = value as { message?: string; cause?: { message?: string; code?: string }; status?: number; body?: unknown };
      settled =
        value instanceof Error
          ? `${e.message} (${e.cause?.code ?? ''} ${e.cause?.message ?? ''})`
          : `HTTP ${e.status}: ${JSON.stringify(e.body).slice(0, 300)}`;
    });
    const entry = await waitFor(
      'the import to start',
      async () => {
        if (settled !== undefined) return { id: -1, status: `upload ended: ${settled}` };
        const row = await db.kysely.selectFrom('imports').select(['id', 'status']).where('file_name', '=', 'large.csv').executeTakeFirst();
        return row?.status === 'running' ? row : undefined;
      },
      120_000,
      20,
    ).catch((error: unknown) => {
      throw new Error(`${(error as Error).message}; upload: ${settled ?? 'still running'}; server: ${server!.output().slice(-2000)}`);
    });
    expect(entry.status, 'the import should be running').toBe('running');
    // Kill while the import's transaction is writing and before anything is committed.
    await waitFor(
      'the import to write',
      async () => ((await otherWriterActive(probe)) && (await countRecords(db.kysely)) === 3_000 ? true : undefined),
      120_000,
      10,
    );
    server.child.kill('SIGKILL');
    expect(await server.exited).toBe('SIGKILL');
    await expect(answer).resolves.toBeInstanceOf(Error);

    // The import never finished: its history entry stays `running`, and nothing it wrote remains.
    const left = await db.kysely.selectFrom('imports').select(['status', 'applied']).where('id', '=', entry.id).executeTakeFirstOrThrow();
    expect(left).toEqual({ status: 'running', applied: 0 });
    expect(await db.kysely.selectFrom('record_versions').select('import_id').where('import_id', '=', entry.id).execute()).toEqual([]);

    server = await spawnKoers(db.env);
    const after = await state(server.url);
    expect(after.count).toBe(before.count);
    expect(after.indicators).toEqual(before.indicators);
    expect(after.records).toEqual(before.records);
    expect(after.aggregates).toEqual(before.aggregates);
    // The restarted server sees that the process running it is gone and marks it failed.
    const history = await call<{ items: { id: number; status: string }[] }>(server.url, 'GET', '/api/v1/imports');
    expect(history.body.items.find((i) => i.id === entry.id)?.status).toBe('failed');

    // The restarted server imports again (no lock or half-written state left behind).
    const again = await upload(server.url, 'small.csv', templateCsv(makeRecords(100, 903)), { token: admin });
    expect(again.status).toBe(200);
    expect((await call<{ total: number }>(server.url, 'GET', '/api/v1/records?limit=1')).body.total).toBe(3_100);
    // An interrupted import cannot be undone: it wrote nothing.
    expect((await call(server.url, 'POST', `/api/v1/imports/${entry.id}/undo`, { token: admin })).status).toBe(409);
    await stopKoers(server);
  });

  it('finishes a request in flight on SIGTERM, refuses new connections, closes the database and exits 0', async () => {
    const csv = templateCsv(makeRecords(20_000, 904));
    server = await spawnKoers({ ...db.env, KOERS_SHUTDOWN_GRACE_MS: '240000' });
    const before = await countRecords(db.kysely);
    // An upload whose body is still arriving when the signal comes: in flight by any definition.
    const boundary = 'koers-boundary-4711';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="in-flight.csv"\r\nContent-Type: text/csv\r\n\r\n`;
    const encoder = new TextEncoder();
    let push!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (controller) => void (push = controller) });
    const answer = fetch(`${server.url}/api/v1/imports`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: 'half',
    } as RequestInit);
    push.enqueue(encoder.encode(head + csv.slice(0, csv.length / 2)));
    await sleep(500);

    server.child.kill('SIGTERM');
    const stopping = server;
    await waitFor('the server to start stopping', async () => (/SIGTERM: no new connections/.test(stopping.output()) ? true : undefined), 60_000);
    expect(server.output()).toMatch(/SIGTERM: no new connections; finishing 1 request in flight/);
    // No new connections while the request finishes.
    const port = Number(new URL(server.url).port);
    const refused = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
    expect(server.alive()).toBe(true);

    push.enqueue(encoder.encode(csv.slice(csv.length / 2) + `\r\n--${boundary}--\r\n`));
    push.close();
    const res = await answer;
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ applied: true, accepted: 20_000 });
    expect(await server.exited).toBe(0);
    expect(await countRecords(db.kysely)).toBe(before + 20_000);
  });
});
