import { defineConfig } from 'vitest/config';

// Unit and integration tests. Browser journeys have their own config (tests/e2e/vitest.config.ts)
// because they need the built dashboard and a running server.
export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // As the server and CLI run: reading or setting `__proto__` throws, so no test passes by
    // reaching an object's prototype through data.
    execArgv: ['--disable-proto=throw'],
  },
});
