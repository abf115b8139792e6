/**
 * The server listens on loopback unless HOST says otherwise, and a SQLite database locked by
 * another process makes a write wait (up to the busy timeout) instead of failing at once.
 */
import { spawn } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '@koers/services';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { call } from '../support/http.ts';
import { REPO_ROOT, spawnKoers, stopKoers } from '../support/koers-process.ts';
import { startServer } from '../support/server.ts';

/** An IPv4 address of this machine that is not loopback, if it has one. */
const outside = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

describe('where the server listens, and a locked SQLite', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('listens on 127.0.0.1 by default and on every interface with HOST=0.0.0.0', async () => {
    const local = await spawnKoers(db.env);
    try {
      expect(local.output()).toMatch(/on http:\/\/127\.0\.0\.1:\d+/);
      const port = new URL(local.url).port;
      if (outside) await expect(fetch(`http://${outside}:${port}/api/v1/health`)).rejects.toThrow();
    } finally {
      await stopKoers(local);
    }
    const open = await spawnKoers({ ...db.env, HOST: '0.0.0.0' });
    try {
      const port = new URL(open.url).port;
      if (outside) expect((await fetch(`http://${outside}:${port}/api/v1/health`)).status).toBe(200);
    } finally {
      await stopKoers(open);
    }
  });

  it('makes a write wait while another process holds the SQLite write lock, then writes', async () => {
    const server = await startServer(db);
    const admin = (await createToken(db, { role: 'admin', label: 'Beheerder', actor: 'setup' })).token;
    // Another process writes for 1.5 s (an import from the command line, a backup tool).
    const holder = spawn(process.execPath, ['--import', 'tsx', 'tests/support/sqlite-lock-holder.ts', db.url, '1500'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await new Promise<void>((resolve) => holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve()));
      const started = Date.now();
      const res = await call(server.url, 'PUT', '/api/v1/targets', {
        token: admin,
        json: { indicator: 'circular_share', scope: 'all', year: 2020, value: 0.4 },
      });
      expect(res.status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    } finally {
      await server.close();
      holder.kill();
    }
  });
});
