// The API suite runs twice in `npm test`: on SQLite, then (vitest.api-neo4j.config.ts) on Neo4j.
import { describe, expect, it } from 'vitest';
import { ID, corpus } from './fixtures.js';
import { startApi } from './helpers.js';

describe('the store behind the API tests', () => {
  it('is the one the run asks for, and answers the flagship question', async () => {
    const api = await startApi({ extractions: corpus() });
    const wanted = process.env.JEJAK_TEST_API_STORE === 'neo4j' && process.env.NEO4J_URI ? 'neo4j' : 'sqlite';
    expect(api.store.backend).toBe(wanted);
    const d = await api.data(`{ person(name: "Altman") { id visits { country { code } } } }`);
    expect(d.person.id).toBe(ID.altman);
    expect(d.person.visits.length).toBeGreaterThan(0);
  });
});
