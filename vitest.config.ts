import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/global.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Store and server tests open files and ports; forks keep native modules (better-sqlite3) isolated.
    pool: 'forks',
    // In CI a JSON report too, from which .ci/run prints how many tests ran on each store.
    reporters: process.env.CI === 'true' ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
