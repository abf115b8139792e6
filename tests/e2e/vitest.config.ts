import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser journeys against the real server on a seeded database, serving the built dashboard.
// Run by `pnpm test:e2e`, which builds the dashboard first.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 240_000,
    pool: 'forks',
    // One browser at a time: timings stay honest on a small CI machine.
    fileParallelism: false,
  },
});
