import { defineConfig } from 'vitest/config';

// Unit and integration tests. Browser journeys run on Playwright's runner (tests/e2e/playwright.config.ts)
// because they need the built dashboard, running servers and a browser.
export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two files at a time even on two cores: most of a file's time is spent waiting on PostgreSQL,
    // a child process or a server, and every file has its own databases (tests/support/databases.ts).
    maxWorkers: 2,
    // As the server and CLI run: reading or setting `__proto__` throws, so no test passes by
    // reaching an object's prototype through data.
    execArgv: ['--disable-proto=throw'],
  },
});
