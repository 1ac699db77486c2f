// The GraphQL API suite again, over HTTP, with Neo4j behind the server (test/api/helpers.ts reads
// JEJAK_TEST_API_STORE): every question is answered by both stores. Part of `npm test`.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/api/**/*.test.ts'],
    env: { JEJAK_TEST_API_STORE: 'neo4j' },
    outputFile: { json: 'test-results/vitest-api-neo4j.json' },
  },
});
