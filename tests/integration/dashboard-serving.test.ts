/**
 * The server hands out the built dashboard over real HTTP: hashed assets with a year-long cache,
 * every other path the dashboard's page (so deep links work), a rebuild picked up without a
 * restart, and a missing asset a 404 rather than the page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { startServer, type RunningServerLike } from '../support/server.ts';

const page = (script: string) => `<!doctype html><title>Koers</title><script type="module" src="/assets/${script}"></script>`;

describe('serving the built dashboard', () => {
  let db: TestDatabase;
  let server: RunningServerLike;
  let webRoot: string;

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    webRoot = mkdtempSync(join(tmpdir(), 'koers-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'assets', 'index-aaaa.js'), 'console.log("first build");');
    writeFileSync(join(webRoot, 'index.html'), page('index-aaaa.js'));
    server = await startServer(db, { webRoot });
  });

  afterAll(async () => {
    await server?.close();
    await db?.drop();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('serves a hashed asset for a year and the page, revalidated, on any dashboard path', async () => {
    const asset = await fetch(`${server.url}/assets/index-aaaa.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toContain('first build');

    for (const path of ['/', '/entities/AWV?year=2019', '/themes/5', '/evidence?indicator=sustainable_value_share']) {
      const res = await fetch(server.url + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
      expect(await res.text(), path).toContain('/assets/index-aaaa.js');
    }
  });

  it('answers 404 for an asset that does not exist, not the page', async () => {
    const res = await fetch(`${server.url}/assets/index-gone.js`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('<!doctype html>');
  });

  it('serves a rebuilt dashboard on deep links without a restart', async () => {
    writeFileSync(join(webRoot, 'assets', 'index-bbbb.js'), 'console.log("second build");');
    writeFileSync(join(webRoot, 'index.html'), page('index-bbbb.js'));
    rmSync(join(webRoot, 'assets', 'index-aaaa.js'));

    const deep = await fetch(`${server.url}/compare?policyDomain=MOW`);
    expect(deep.status).toBe(200);
    const html = await deep.text();
    expect(html).toContain('/assets/index-bbbb.js');
    expect((await fetch(`${server.url}/assets/index-bbbb.js`)).status).toBe(200);
    expect((await fetch(`${server.url}/assets/index-aaaa.js`)).status).toBe(404);
  });

  it('keeps answering the API when the dashboard is missing, and says how to build it', async () => {
    rmSync(join(webRoot, 'index.html'));
    const res = await fetch(`${server.url}/entities/AWV`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('pnpm build');
    expect((await fetch(`${server.url}/api/v1/meta`)).status).toBe(200);
  });
});
