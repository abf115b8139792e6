/**
 * A server whose reads need a token (KOERS_READS=private), with its own seeded database: an
 * anonymous visitor sees no numbers and is asked to sign in; signed in, the dashboard shows the
 * API's numbers and the data downloads carry the token (a plain link could not).
 */
import { apiWith, createToken, signIn, unexpected } from './support/admin-session.ts';
import { download, openExportMenu } from './support/board-kit-files.ts';
import { expect, test as base } from './support/fixtures.ts';
import { startKoersServer, type KoersServer } from './support/koers-server.ts';

/**
 * This journey's own server, in place of the worker's demo server. Test-scoped (started and
 * stopped around the one journey), so the file runs in an ordinary worker beside the others.
 */
const test = base.extend<{ privateServer: KoersServer }>({
  privateServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const server = await startKoersServer({ env: { KOERS_READS: 'private' } });
      await use(server);
      await server.stop();
    },
    { timeout: 180_000 },
  ],
  baseURL: async ({ privateServer }, use) => {
    await use(privateServer.baseUrl);
  },
});

test.describe('private reads', () => {
  test('shows no numbers to an anonymous visitor; signed in, the numbers and their downloads', async ({ page, problems, privateServer }) => {
    const viewer = await createToken(privateServer.databaseUrl, ['--role', 'viewer', '--label', 'e2e private reader']);
    expect((await apiWith(privateServer.baseUrl, null, 'GET', '/meta')).status).toBe(401);
    // The page's last anonymous try at /meta (a first try and one retry) is held back while the
    // reader signs in: its refusal must not be what the page shows once the reader has a token.
    let anonymousMeta = 0;
    await page.route('**/api/v1/meta', async (route) => {
      if (!route.request().headers()['authorization'] && ++anonymousMeta === 2) await new Promise((resolve) => setTimeout(resolve, 3_000));
      await route.continue().catch(() => undefined); // the page may have dropped it meanwhile
    });
    await page.goto('/');
    await expect(page.getByTestId('sign-in')).toBeVisible();
    await expect(page.getByTestId('headline-value')).toHaveCount(0);
    await expect.poll(() => anonymousMeta, { timeout: 15_000 }).toBe(2);

    await signIn(page, viewer);
    const headline = page.getByTestId('headline-value');
    const api = await apiWith<{ rows: { year: number; value: number | null }[] }>(
      privateServer.baseUrl,
      viewer,
      'GET',
      '/indicators/sustainable_value_share?groupBy=year&tier=flemish_government',
    );
    const latest = api.body.rows.reduce((a, b) => (b.year > a.year ? b : a));
    await expect(headline).toHaveAttribute('data-value', String(latest.value));

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
  });
});
