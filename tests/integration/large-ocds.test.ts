/**
 * An OCDS record package far larger than the memory an import may use is imported whole, over
 * real HTTP on both engines: the upload is streamed to disk, the package read a record at a time.
 * (Parsed whole, as before, the file's text alone would not fit the import's heap.)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { call, upload } from '../support/http.ts';
import { sleep, spawnKoers, stopKoers, type KoersProcess } from '../support/koers-process.ts';
import { writeRecordPackage } from '../support/ocds-files.ts';

const HEAP_MB = 64;
const RECORDS = 10_500;

describe.each(ENGINES)('%s: a large OCDS package with bounded memory', (engine) => {
  let db: TestDatabase;
  let server: KoersProcess;
  let admin: string;
  const dir = mkdtempSync(join(tmpdir(), 'koers-large-ocds-'));
  const file = join(dir, 'records.json');
  let size = 0;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    admin = (await createToken(db, { role: 'admin', label: 'Beheerder', actor: 'setup' })).token;
    server = await spawnKoers({ ...db.env, KOERS_IMPORT_MEMORY_MB: String(HEAP_MB) });
    size = await writeRecordPackage(file, RECORDS, 10_000);
  }, 120_000);
  afterAll(async () => {
    await stopKoers(server);
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`imports a package of more than ${HEAP_MB} MB with an import heap of ${HEAP_MB} MB`, async () => {
    expect(size).toBeGreaterThan(1.5 * HEAP_MB * 1024 * 1024);
    const started = await upload<{ importId: number }>(server.url, 'records.json', readFileSync(file), { token: admin, query: 'wait=false' });
    expect(started.status).toBe(202);
    let entry: { status: string; report: { applied: boolean; accepted: number; errors: unknown[] } };
    for (;;) {
      entry = (await call<typeof entry>(server.url, 'GET', started.headers.get('location')!)).body;
      if (entry.status !== 'running') break;
      await sleep(100);
    }
    expect(entry.report.errors).toEqual([]);
    expect(entry.status).toBe('done');
    expect(entry.report).toMatchObject({ applied: true, accepted: RECORDS });
    // The server held none of it in memory either.
    const peakMb = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))![1]) / 1024;
    expect(peakMb).toBeLessThan(512);
  }, 240_000);
});
