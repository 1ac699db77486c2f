// Writing and live tracking: the ingestArticles mutation runs the real pipeline (same as the CLI)
// behind a bearer token; reads need JEJAK_READ_TOKEN when it is set; subscriptions over SSE see
// what a mutation stored.
import { describe, expect, it } from 'vitest';
import type { IngestFn } from '../../src/api/ingest.js';
import { corpus } from './fixtures.js';
import { onlyError, sseEvents, startApi } from './helpers.js';

const TOKEN = 'write-token-for-tests';
const READ = 'read-token-for-tests';
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

const INGEST = `mutation ($input: [ArticleInput!]!) {
  ingestArticles(input: $input) {
    new updated unchanged failed
    results { origin articleId title status reason entityCount relationCount article { id source publishedAt } }
  }
}`;

const SEOUL = {
  id: 'live-seoul',
  title: 'Altman in Seoul',
  source: 'Live Wire',
  publishedAt: '2024-05-02',
  text: 'OpenAI chief executive Sam Altman visited South Korea on Thursday to discuss memory chips with SK hynix.\n\nAltman met SK Group chairman Chey Tae-won in Seoul.',
};

describe('ingestArticles', () => {
  it('is disabled, and says so, when the server has no JEJAK_API_TOKEN', async () => {
    const api = await startApi();
    const err = onlyError(await api.gql(INGEST, { input: [SEOUL] }, auth('anything')));
    expect(err.code).toBe('FORBIDDEN');
    expect(err.message).toContain('JEJAK_API_TOKEN');
    expect((await api.store.stats()).articles).toBe(0);
  });

  it('needs the bearer token', async () => {
    const api = await startApi({ config: { apiToken: TOKEN, readToken: null } });
    const missing = await api.gql(INGEST, { input: [SEOUL] });
    expect(missing.status).toBe(401);
    expect(onlyError(missing).code).toBe('UNAUTHENTICATED');
    expect(onlyError(await api.gql(INGEST, { input: [SEOUL] }, auth('wrong'))).code).toBe('UNAUTHENTICATED');
    expect((await api.store.stats()).articles).toBe(0);
  });

  it('runs the pipeline and reports each article; re-sending is idempotent; one bad article fails alone', async () => {
    const api = await startApi({ config: { apiToken: TOKEN, readToken: null } });
    const first = await api.data(INGEST, { input: [SEOUL, { text: '   ', origin: 'empty.txt' }] }, auth(TOKEN));
    expect(first.ingestArticles).toMatchObject({ new: 1, updated: 0, unchanged: 0, failed: 1 });
    const [ok, bad] = first.ingestArticles.results;
    expect(ok).toMatchObject({ origin: 'api#1', articleId: 'live-seoul', title: 'Altman in Seoul', status: 'NEW', reason: null });
    expect(ok.entityCount).toBeGreaterThan(0);
    expect(ok.relationCount).toBeGreaterThan(0);
    expect(ok.article).toEqual({ id: 'live-seoul', source: 'Live Wire', publishedAt: '2024-05-02' });
    expect(bad).toMatchObject({ origin: 'empty.txt', status: 'FAILED', articleId: null, article: null });
    expect(bad.reason).toContain('empty.txt');

    // What the pipeline stored answers the flagship question.
    const { person } = await api.data(`{ person(name: "Altman") { visits { country { code } status evidence { article { id } } } } }`);
    expect(person.visits.map((v: any) => [v.country.code, v.status])).toEqual([['KR', 'REPORTED']]);
    expect(person.visits[0].evidence.length).toBeGreaterThan(0);
    expect(person.visits[0].evidence.every((e: any) => e.article.id === 'live-seoul')).toBe(true);

    const again = await api.data(INGEST, { input: [SEOUL] }, auth(TOKEN));
    expect(again.ingestArticles).toMatchObject({ new: 0, unchanged: 1 });
    const before = await api.store.stats();
    const changed = await api.data(INGEST, { input: [{ ...SEOUL, text: `${SEOUL.text}\n\nThe talks lasted two hours.` }] }, auth(TOKEN));
    expect(changed.ingestArticles.results[0].status).toBe('UPDATED');
    expect((await api.store.stats()).articles).toBe(before.articles);
  });

  it('checks the input as a whole', async () => {
    const api = await startApi({ config: { apiToken: TOKEN, readToken: null } });
    const many = Array.from({ length: 101 }, (_, i) => ({ text: `Article ${i}.` }));
    expect(onlyError(await api.gql(INGEST, { input: many }, auth(TOKEN))).code).toBe('BAD_USER_INPUT');
    expect(onlyError(await api.gql(INGEST, { input: [] }, auth(TOKEN))).code).toBe('BAD_USER_INPUT');
    expect((await api.store.stats()).articles).toBe(0);
  });

  it('uses the pipeline it is given', async () => {
    const seen: string[] = [];
    const ingest: IngestFn = async (raws) => {
      seen.push(...raws.map((r) => r.origin));
      return raws.map((r) => ({ origin: r.origin, articleId: null, title: null, status: 'failed', reason: 'refused by test pipeline', entities: 0, relations: 0 }));
    };
    const api = await startApi({ config: { apiToken: TOKEN, readToken: null }, ingest });
    const res = await api.data(INGEST, { input: [{ text: 'x', origin: 'given' }] }, auth(TOKEN));
    expect(res.ingestArticles.results[0]).toMatchObject({ status: 'FAILED', reason: 'refused by test pipeline' });
    expect(seen).toEqual(['given']);
  });
});

describe('read token', () => {
  it('guards queries and exports when JEJAK_READ_TOKEN is set; the write token reads too', async () => {
    const api = await startApi({ extractions: corpus(), config: { apiToken: TOKEN, readToken: READ } });
    const q = `{ entities { totalCount } }`;
    const refused = await api.gql(q);
    expect(refused.status).toBe(401);
    expect(onlyError(refused).code).toBe('UNAUTHENTICATED');
    expect(onlyError(await api.gql(q, {}, auth('wrong'))).code).toBe('UNAUTHENTICATED');
    expect((await api.data(q, {}, auth(READ))).entities.totalCount).toBeGreaterThan(0);
    expect((await api.data(q, {}, auth(TOKEN))).entities.totalCount).toBeGreaterThan(0);
    // The read token does not allow writing.
    expect(onlyError(await api.gql(INGEST, { input: [SEOUL] }, auth(READ))).code).toBe('UNAUTHENTICATED');
    expect((await fetch(`${api.url}/export/graph.json`)).status).toBe(401);
    expect((await fetch(`${api.url}/export/graph.json`, { headers: auth(READ) })).status).toBe(200);
    // Probes stay open.
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    expect((await fetch(`${api.url}/ready`)).status).toBe(200);
  });
});

/** Opens a GraphQL subscription over SSE and returns its event stream. */
async function subscribe(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  return { events: sseEvents(res.body!)[Symbol.asyncIterator](), stop: () => controller.abort() };
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms))]);
}

describe('subscriptions over SSE', () => {
  it('delivers articleIngested and claimAdded(entityId) after a mutation', async () => {
    const api = await startApi({ config: { apiToken: TOKEN, readToken: null } });
    const articles = await subscribe(api.url, `subscription { articleIngested { id title source } }`, {});
    const claims = await subscribe(api.url, `subscription ($e: ID!) { claimAdded(entityId: $e) { type source { id } target { id } article { id } evidence { text } } }`, {
      e: 'country:kr',
    });
    const other = await subscribe(api.url, `subscription { claimAdded(entityId: "country:zz") { id } }`, {});
    const nextArticle = articles.events.next();
    const nextClaim = claims.events.next();
    let otherFired = false;
    other.events.next().then(
      (r) => {
        if (!r.done) otherFired = true;
      },
      () => {}, // aborted when the test ends
    );
    try {
      // Give the subscriptions a moment to be registered before publishing.
      await new Promise((r) => setTimeout(r, 100));
      await api.data(INGEST, { input: [SEOUL] }, auth(TOKEN));
      const article = await within(nextArticle, 5000, 'articleIngested event');
      expect(article.value).toEqual({ data: { articleIngested: { id: 'live-seoul', title: 'Altman in Seoul', source: 'Live Wire' } } });
      const claim = await within(nextClaim, 5000, 'claimAdded event');
      const payload = (claim.value as { data: { claimAdded: { type: string; target: { id: string }; article: { id: string }; evidence: Array<{ text: string }> } } }).data
        .claimAdded;
      expect(payload.target.id === 'country:kr' || (payload as unknown as { source: { id: string } }).source.id === 'country:kr').toBe(true);
      expect(payload.article.id).toBe('live-seoul');
      // An unchanged re-ingest publishes nothing; another entity's subscription stays quiet.
      await api.data(INGEST, { input: [SEOUL] }, auth(TOKEN));
      await new Promise((r) => setTimeout(r, 100));
      expect(otherFired).toBe(false);
    } finally {
      articles.stop();
      claims.stop();
      other.stop();
    }
  });

  it('refuses subscriptions without the read token when one is set', async () => {
    const api = await startApi({ config: { apiToken: TOKEN, readToken: READ } });
    const query = JSON.stringify({ query: 'subscription { articleIngested { id } }' });
    const headers = { 'content-type': 'application/json', accept: 'text/event-stream' };
    const refused = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body: query });
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain('UNAUTHENTICATED');
    const allowed = await subscribe(api.url, 'subscription { articleIngested { id } }', {}, auth(READ));
    allowed.stop();
  });
});
