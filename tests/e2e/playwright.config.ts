import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, LAPTOP, LOCALE } from './support/browser.ts';

/**
 * Browser journeys against the real server on a seeded database, serving the built dashboard
 * (decision 0023). Run by `pnpm test:e2e`, which builds the dashboard first.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // Traces of failed journeys (open with `pnpm exec playwright show-trace <zip>`); git-ignored.
  outputDir: '../artifacts/e2e-results',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // A file's journeys run in order in one worker; files spread over the workers, each of which
  // has its own seeded server. Two workers: the machine has two cores.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    // Debian's Chromium: Playwright's own browser download is not possible on CI.
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    viewport: LAPTOP,
    locale: LOCALE,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
