/**
 * Imports that cannot hurt the server, over real HTTP on both engines: workbooks that unpack to
 * hundreds of MB (a sheet bomb and a shared-strings bomb, with honest and lying ZIP directories)
 * are refused while /api/v1/health keeps answering within 100 ms and the server process stays
 * under 512 MB; a workbook within the unpack limit that needs more memory than an import may use
 * ends its own import as `failed`. And `wait=false`: 202 with the id and Location at once,
 * `progress` on the running history entry, the report when done.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { call, upload } from '../support/http.ts';
import { sleep, spawnKoers, stopKoers, type KoersProcess } from '../support/koers-process.ts';
import { startServer, type RunningServerLike } from '../support/server.ts';
import { makeRecords, templateCsv } from '../support/template-files.ts';
import { sharedStringsBomb, sheetBomb } from '../support/zip-bombs.ts';

interface Entry {
  status: string;
  progress?: { bytesRead: number; bytesTotal: number; rowsRead: number };
  report: { applied: boolean; accepted: number; errors: { message: string }[] };
}

/** Peak and current resident memory of a process, in MB (Linux). */
function memoryMb(pid: number): { peak: number; now: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { peak: kb('VmHWM') / 1024, now: kb('VmRSS') / 1024 };
}

/**
 * Health answers within 100 ms: 95 % of them, and every one within 1 s, because a shared CI
 * machine (two cores, other jobs) sometimes leaves any process waiting for a core that long.
 */
function expectPrompt(latencies: number[]): void {
  const p95 = latencies[Math.floor(latencies.length * 0.95)]!;
  expect(p95, `95th percentile of ${latencies.length} health answers (ms)`).toBeLessThan(100);
  expect(latencies.at(-1), 'slowest health answer (ms)').toBeLessThan(1_000);
}

/** Polls the entry until it is no longer running; answers it with every progress seen on the way. */
async function followImport(url: string, location: string, timeoutMs = 120_000): Promise<{ entry: Entry; seen: Entry['progress'][] }> {
  const seen: Entry['progress'][] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // As the imports page asks: the first messages only (a running entry has no report yet to cut).
    const { status, body } = await call<Entry>(url, 'GET', `${location}?messages=50`);
    expect(status).toBe(200);
    if (body.status !== 'running') return { entry: body, seen };
    if (body.progress) seen.push(body.progress);
    if (Date.now() > deadline) throw new Error(`the import at ${location} still runs after ${timeoutMs} ms`);
    await sleep(20);
  }
}

describe.each(ENGINES)('%s: wait=false answers 202 and the history shows progress', (engine) => {
  let db: TestDatabase;
  let server: RunningServerLike;
  let admin: string;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    admin = (await createToken(db, { role: 'admin', label: 'Beheerder', actor: 'setup' })).token;
    server = await startServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('answers 202 with the id and Location, then running with progress, then the report', async () => {
    const csv = templateCsv(makeRecords(120_000, 1101));
    const started = await upload<{ importId: number; status: string }>(server.url, 'big.csv', csv, { token: admin, query: 'wait=false' });
    expect(started.status).toBe(202);
    expect(started.body).toEqual({ importId: expect.any(Number), status: 'running' });
    const location = started.headers.get('location');
    expect(location).toBe(`/api/v1/imports/${started.body.importId}`);

    const { entry, seen } = await followImport(server.url, location!);
    expect(seen.length, 'progress seen while running').toBeGreaterThan(0);
    const bytes = Buffer.byteLength(csv);
    for (const p of seen) {
      expect(p!.bytesTotal).toBe(bytes);
      expect(p!.bytesRead).toBeLessThanOrEqual(bytes);
    }
    // Progress only goes forward.
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.rowsRead).toBeGreaterThanOrEqual(seen[i - 1]!.rowsRead);
    expect(entry.status).toBe('done');
    expect(entry.progress).toBeUndefined();
    expect(entry.report).toMatchObject({ applied: true, accepted: 120_000 });
  }, 240_000);

  it('without wait=false answers the report as before', async () => {
    const answer = await upload<{ applied: boolean; accepted: number }>(server.url, 'small.csv', templateCsv(makeRecords(20, 1102)), { token: admin });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ applied: true, accepted: 20 });
  });
});

/** Built once for both engines: making a few hundred MB to pack takes a moment. */
const bombs = (async () => ({
  'sheet bomb, honest directory': await sheetBomb(300, false),
  'sheet bomb, lying directory': await sheetBomb(300, true),
  'shared-strings bomb, honest directory': await sharedStringsBomb(300, false),
  'shared-strings bomb, lying directory': await sharedStringsBomb(300, true),
}))();

describe.each(ENGINES)('%s: workbook bombs end their own import, not the server', (engine) => {
  let db: TestDatabase;
  let server: KoersProcess;
  let admin: string;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    admin = (await createToken(db, { role: 'admin', label: 'Beheerder', actor: 'setup' })).token;
    // Uploads up to 64 MB: a workbook may unpack to 128 MB.
    server = await spawnKoers({ ...db.env, KOERS_MAX_UPLOAD_MB: '64', KOERS_IMPORT_MEMORY_MB: '128' });
  }, 120_000);
  afterAll(async () => {
    await stopKoers(server);
    await db?.drop();
  });

  /** Uploads without waiting, and measures /api/v1/health every 20 ms until the import has ended. */
  async function importWhileWatching(name: string, file: Buffer) {
    const started = await upload<{ importId: number }>(server.url, name, file, { token: admin, query: 'wait=false' });
    expect(started.status).toBe(202);
    const location = started.headers.get('location')!;
    const latencies: number[] = [];
    let entry: Entry;
    for (;;) {
      const t0 = performance.now();
      const health = await fetch(`${server.url}/api/v1/health`);
      await health.arrayBuffer();
      latencies.push(performance.now() - t0);
      expect(health.status).toBe(200);
      entry = (await call<Entry>(server.url, 'GET', location)).body;
      if (entry.status !== 'running') break;
      await sleep(20);
    }
    latencies.sort((a, b) => a - b);
    return { entry, latencies, memory: memoryMb(server.child.pid!) };
  }

  for (const name of [
    'sheet bomb, honest directory',
    'sheet bomb, lying directory',
    'shared-strings bomb, honest directory',
    'shared-strings bomb, lying directory',
  ] as const) {
    it(`refuses a ${name} while the server keeps answering`, async () => {
      const file = (await bombs)[name];
      expect(file.length).toBeLessThan(2 * 1024 * 1024);
      const { entry, latencies, memory } = await importWhileWatching(`${name}.xlsx`, file);
      expect(entry.status).toBe('done');
      expect(entry.report.applied).toBe(false);
      expect(entry.report.errors[0]!.message).toMatch(/unpacks to more than 128 MB/);
      expectPrompt(latencies);
      expect(memory.peak, 'peak memory of the server process (MB)').toBeLessThan(512);
      expect(server.alive()).toBe(true);
    }, 120_000);
  }

  it('ends as failed an import that needs more memory than an import may use, and the server works on', async () => {
    // A sheet of 100 MB: within the unpack limit, beyond what a 128 MB heap can hold.
    const { entry, latencies, memory } = await importWhileWatching('greedy.xlsx', await sheetBomb(100, false));
    expect(entry.report.errors[0]?.message).toMatch(/needed more than the 128 MB of memory an import may use/);
    expect(entry.status).toBe('failed');
    expect(entry.report.applied).toBe(false);
    expect(entry.report.errors[0]!.message).toMatch(/needed more than the 128 MB of memory an import may use/);
    expectPrompt(latencies);
    expect(memory.peak, 'peak memory of the server process (MB)').toBeLessThan(512);
    // And the next import works.
    const next = await upload(server.url, 'after.csv', templateCsv(makeRecords(10, 1103)), { token: admin });
    expect(next.status).toBe(200);
  }, 120_000);
});
