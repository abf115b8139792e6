/**
 * A server whose reads need a token (KOERS_READS=private), with its own seeded database: an
 * anonymous visitor sees no numbers and is asked to sign in; signed in, the dashboard shows the
 * API's numbers and the data downloads carry the token (a plain link could not).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiWith, createToken, signIn, unexpected } from './support/admin-session.ts';
import { download, openExportMenu } from './support/board-kit-files.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { startKoersServer, type KoersServer } from './support/koers-server.ts';

let server: KoersServer;
let browser: Browser;
let viewer: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startKoersServer({ env: { KOERS_READS: 'private' } }), launchBrowser()]);
  viewer = await createToken(server.databaseUrl, ['--role', 'viewer', '--label', 'e2e private reader']);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('private reads', () => {
  it('shows no numbers to an anonymous visitor; signed in, the numbers and their downloads', async () => {
    expect((await apiWith(server.baseUrl, null, 'GET', '/meta')).status).toBe(401);
    const { page, problems, context } = await openPage(browser);
    // The page's last anonymous try at /meta (a first try and one retry) is held back while the
    // reader signs in: its refusal must not be what the page shows once the reader has a token.
    let anonymousMeta = 0;
    await page.route('**/api/v1/meta', async (route) => {
      if (!route.request().headers()['authorization'] && ++anonymousMeta === 2) await new Promise((resolve) => setTimeout(resolve, 3_000));
      await route.continue().catch(() => undefined); // the page may have dropped it meanwhile
    });
    await page.goto(server.baseUrl);
    await page.getByTestId('sign-in').waitFor();
    expect(await page.getByTestId('headline-value').count()).toBe(0);
    await expect.poll(() => anonymousMeta, { timeout: 15_000 }).toBe(2);

    await signIn(page, viewer);
    const headline = page.getByTestId('headline-value');
    await headline.waitFor({ timeout: 15_000 });
    const api = await apiWith<{ rows: { year: number; value: number | null }[] }>(server.baseUrl, viewer, 'GET', '/indicators/sustainable_value_share?groupBy=year&tier=flemish_government');
    const latest = api.body.rows.reduce((a, b) => (b.year > a.year ? b : a));
    expect(Number(await headline.getAttribute('data-value'))).toBe(latest.value);

    // The rows behind the trend chart, downloaded with the token: the API's numbers as CSV.
    const figure = page.locator('figure:has([data-export])').first();
    await openExportMenu(figure);
    const csv = await download(page, figure.locator('[data-export="csv"]'));
    expect(csv.fileName).toMatch(/\.csv$/);
    const text = csv.bytes.toString('utf8').replace(/^\uFEFF/, '');
    expect(text.split(/\r?\n/)[0]).toMatch(/^jaar,teller,noemer,waarde/);
    expect(text).toContain(`${latest.year},`);
    // Before signing in the page asked the API and was refused; nothing else went wrong.
    expect(unexpected(problems, [/HTTP 401 /, /status of 401/])).toEqual([]);
    await context.close();
  });
});
