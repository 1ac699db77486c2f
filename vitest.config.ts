import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/global.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Store and server tests open files and ports; forks keep native modules (better-sqlite3) isolated.
    pool: 'forks',
  },
});
