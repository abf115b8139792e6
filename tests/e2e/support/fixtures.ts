/**
 * What every journey is handed instead of launching things itself (decision 0023):
 * - `koers`: one seeded Koers server per worker, so journeys in different workers never see
 *   each other's writes, and those in one worker run one after another as before;
 * - `baseURL`: that server, so `page.goto('/compare')` goes there;
 * - `page` (Playwright's own, laptop size, Dutch, from the config) and `problems`: the script
 *   errors and failed requests it has recorded;
 * - `openPage`: a second, separate tab (a link copied into a fresh browser), closed after the test.
 */
import { test as base, type Page } from '@playwright/test';
import { LAPTOP, LOCALE, watch } from './browser.ts';
import { startKoersServer, type KoersServer } from './koers-server.ts';

interface WatchedPage {
  page: Page;
  /** Script errors and failed requests seen so far. */
  problems: string[];
}

interface TestFixtures {
  problems: string[];
  openPage: (viewport?: { width: number; height: number }) => Promise<WatchedPage>;
}

interface WorkerFixtures {
  koers: KoersServer;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  koers: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const server = await startKoersServer();
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  baseURL: async ({ koers }, use) => {
    await use(koers.baseUrl);
  },
  problems: async ({ page }, use) => {
    await use(watch(page));
  },
  openPage: async ({ browser, baseURL }, use) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await use(async (viewport = LAPTOP) => {
      const context = await browser.newContext({ viewport, locale: LOCALE, baseURL });
      contexts.push(context);
      const page = await context.newPage();
      return { page, problems: watch(page) };
    });
    for (const context of contexts) await context.close();
  },
});

export { expect } from '@playwright/test';
