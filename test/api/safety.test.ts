// Q11 and the safety rails: Relay pagination with a maximum page size, query limits (depth,
// aliases, cost, tokens), masked errors with stable codes, /health and /ready, and the number of
// store round trips a nested query costs.
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../../src/api/pagination.js';
import type { Extraction } from '../../src/domain/types.js';
import type { GraphStore } from '../../src/store/port.js';
import { article, evidence } from '../fixtures/extractions.js';
import { corpus } from './fixtures.js';
import { nodeIds, onlyError, startApi } from './helpers.js';

describe('pagination', () => {
  it('walks a connection page by page with cursors, totals and pageInfo', async () => {
    const api = await startApi({ extractions: corpus() });
    const q = `query ($after: String) { entities(first: 4, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const all = nodeIds((await api.data(`{ entities(first: 100) { edges { node { id } } } }`)).entities);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { entities } = await api.data(q, { after });
      expect(entities.totalCount).toBe(all.length);
      expect(entities.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(entities.pageInfo.startCursor).toBe(entities.edges[0]?.cursor ?? null);
      seen.push(...nodeIds(entities));
      pages++;
      if (!entities.pageInfo.hasNextPage) break;
      after = entities.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 4));
  });

  it('refuses a page larger than the maximum, and cursors it did not give', async () => {
    const api = await startApi({ extractions: corpus() });
    const big = onlyError(await api.gql(`{ articles(first: ${MAX_PAGE_SIZE + 1}) { totalCount } }`));
    expect(big.code).toBe('BAD_USER_INPUT');
    expect(big.message).toContain(String(MAX_PAGE_SIZE));
    expect(onlyError(await api.gql(`{ articles(first: -1) { totalCount } }`)).code).toBe('BAD_USER_INPUT');
    expect(onlyError(await api.gql(`{ articles(after: "bm9wZQ") { totalCount } }`)).code).toBe('BAD_USER_INPUT');
    const nested = onlyError(await api.gql(`query ($n: Int) { country(code: "KR") { visitors(first: $n) { totalCount } } }`, { n: 1000 }));
    expect(nested.code).toBe('BAD_USER_INPUT');
    expect((await api.data(`{ articles(first: ${MAX_PAGE_SIZE}) { totalCount } }`)).articles.totalCount).toBe(corpus().length);
  });
});

describe('query limits and errors', () => {
  it('rejects over-deep, over-aliased, too costly and too long documents with QUERY_TOO_COMPLEX', async () => {
    const api = await startApi({ extractions: corpus() });
    let deep = 'name';
    for (let i = 0; i < 6; i++) deep = `relations { relations { edges { node { other { name ${deep} } } } } }`;
    const deepRes = await api.gql(`{ person(name: "Altman") { ${deep} } }`);
    expect(deepRes.data).toBeUndefined();
    expect(deepRes.errors?.every((e) => e.extensions?.['code'] === 'QUERY_TOO_COMPLEX')).toBe(true);
    expect(deepRes.errors?.some((e) => /depth limit of 10 exceeded/i.test(e.message))).toBe(true);

    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: themes { code }`).join(' ');
    expect(onlyError(await api.gql(`{ ${aliases} }`)).code).toBe('QUERY_TOO_COMPLEX');

    const fields = Array.from({ length: 1000 }, (_, i) => `f${i % 10}: __typename`).join(' ');
    const tokens = onlyError(await api.gql(`{ ${fields} }`));
    expect(tokens.code).toBe('QUERY_TOO_COMPLEX');

    // Lists of 100 inside lists of 100: too costly by default, whatever the store holds.
    const costly = onlyError(
      await api.gql(`{ entities(first: 100) { edges { node { articles(first: 100) { edges { node { entities { entity { articles(first: 100) { totalCount } } } } } } } } } }`),
    );
    expect(costly.code).toBe('QUERY_TOO_COMPLEX');
    expect(costly.message).toMatch(/cost limit/i);
    const tight = await startApi({ extractions: corpus(), limits: { maxCost: 50 } });
    expect(onlyError(await tight.gql(`{ entities(first: 10) { edges { node { name aliases } } } }`)).code).toBe('QUERY_TOO_COMPLEX');
    expect((await tight.data(`{ person(name: "Huang") { name } }`)).person.name).toBe('Jensen Huang');

    const unknown = onlyError(await api.gql(`{ nope }`));
    expect(unknown.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(onlyError(await api.gql(`{ person(name: `)).code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('masks a store outage as STORE_UNAVAILABLE and an unexpected failure as INTERNAL', async () => {
    let fail: 'closed' | 'bug' | null = null;
    const api = await startApi({
      extractions: corpus(),
      wrap: (store) =>
        new Proxy(store, {
          get(target, prop, receiver) {
            const value = Reflect.get(target, prop, receiver);
            if (prop !== 'findEntities' || typeof value !== 'function') return value;
            return (...args: unknown[]) => {
              if (fail === 'bug') return Promise.reject(new TypeError('secret internals at /home/x/jejak.db'));
              return (value as (...a: unknown[]) => unknown).apply(target, args);
            };
          },
        }),
    });
    fail = 'bug';
    const bug = onlyError(await api.gql(`{ entities { totalCount } }`));
    expect(bug.code).toBe('INTERNAL');
    expect(bug.message).not.toContain('secret');

    fail = null;
    expect((await fetch(`${api.url}/ready`)).status).toBe(200);
    await api.store.close();
    const down = await api.gql(`{ entities { totalCount } }`);
    const err = onlyError(down);
    expect(err.code).toBe('STORE_UNAVAILABLE');
    expect(err.message).not.toContain('jejak.db');
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable', backend: api.store.backend });
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect((await fetch(`${api.url}/nowhere`)).status).toBe(404);
  });
});

const PEOPLE = 60;

/** Many people, each visiting a country and holding a role: a wide graph for counting round trips. */
function crowd(): Extraction[] {
  return Array.from({ length: PEOPLE }, (_, i) => {
    const name = `Person Number${i}`;
    const text = `${name} visited Japan to discuss chips with Org${i}. ${name} is chief executive of Org${i}.`;
    const a = article({ id: `crowd-${i}`, title: `Visit ${i}`, text, publishedAt: `2024-02-${String((i % 28) + 1).padStart(2, '0')}`, source: `Paper ${i % 3}` });
    const person = `person:person-number${i}`;
    const org = `organization:org${i}`;
    const sentence = `${name} visited Japan to discuss chips with Org${i}.`;
    return {
      article: a,
      entities: [
        { id: person, type: 'Person', name, aliases: [], mentions: 2 },
        { id: 'country:jp', type: 'Country', name: 'Japan', code: 'JP', aliases: [], mentions: 1 },
        { id: org, type: 'Organization', name: `Org${i}`, aliases: [], mentions: 2 },
        { id: 'theme:chips', type: 'Theme', name: 'Chips', code: 'chips', aliases: [], mentions: 1 },
      ],
      relations: [
        { type: 'VISITED', source: person, target: 'country:jp', status: 'reported', confidence: 0.9, purposes: ['chips'], evidence: [evidence(text, sentence)] },
        { type: 'MET_WITH', source: person, target: org, status: 'reported', confidence: 0.8, evidence: [evidence(text, sentence)] },
        { type: 'ROLE_AT', source: person, target: org, status: 'reported', confidence: 0.8, role: 'CEO', evidence: [evidence(text, `${name} is chief executive of Org${i}.`)] },
      ],
    } satisfies Extraction;
  });
}

/** Counts every call the server makes on the (real) store. */
function counting(calls: string[]): (store: GraphStore) => GraphStore {
  return (store) =>
    new Proxy(store, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(String(prop));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
}

describe('no N+1', () => {
  it('answers a nested query over 60 people in a handful of store round trips', async () => {
    const calls: string[] = [];
    const api = await startApi({ extractions: crowd(), wrap: counting(calls) });
    const query = `{
      entities(type: PERSON, first: 100) {
        totalCount
        edges { node {
          id name mentionCount
          roles { at { name } titles claims { article { source } } }
          relations { type relations { edges { node { other { name } claims { evidence { text } } } } } }
          articles(first: 2) { totalCount edges { node { title entities { entity { name type } count } claims { type target { name } } } } }
          ... on Person {
            visits { country { code name } purposes { code name } sourceCount evidence { text article { title publishedAt } } }
          }
        } }
      }
    }`;
    const { entities } = await api.data(query);
    expect(entities.totalCount).toBe(PEOPLE);
    expect(entities.edges).toHaveLength(PEOPLE);
    const first = entities.edges.find((e: any) => e.node.id === 'person:person-number7').node;
    expect(first.visits).toEqual([
      {
        country: { code: 'JP', name: 'Japan' },
        purposes: [{ code: 'chips', name: expect.any(String) }],
        sourceCount: 1,
        evidence: [{ text: 'Person Number7 visited Japan to discuss chips with Org7.', article: { title: 'Visit 7', publishedAt: '2024-02-08' } }],
      },
    ]);
    expect(first.roles).toEqual([{ at: { name: 'Org7' }, titles: ['CEO'], claims: [{ article: { source: 'Paper 1' } }] }]);
    expect(first.articles.edges[0].node.entities).toHaveLength(4);
    // One call per kind of data, not per person: far below the 60 a naive resolver would make.
    expect(calls.length).toBeLessThanOrEqual(12);
    const perMethod = new Map<string, number>();
    for (const c of calls) perMethod.set(c, (perMethod.get(c) ?? 0) + 1);
    expect(Math.max(...perMethod.values())).toBeLessThanOrEqual(3);
  });
});
