import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Fault tests: they kill the server mid-import, stop the local PostgreSQL service, or measure how
// promptly the server answers while an import bomb goes off (a measure other test files running
// beside it would spoil), so they run on their own, one file at a time, after the main suite (root
// script `test:faults`).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/faults/**/*.test.ts'],
    testTimeout: 900_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
