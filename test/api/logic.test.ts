// The API's pure parts: periods and ISO weeks, name matching, merging claims into visits, plans,
// cursors, tokens and static file paths; plus the static-file hook over HTTP.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accessFor, bearerToken } from '../../src/api/auth.js';
import { resolveInside } from '../../src/api/http/static.js';
import { pickPerson } from '../../src/api/logic/names.js';
import { buildTrends, parseDay, periodOf, periodsBetween } from '../../src/api/logic/trends.js';
import { isUnconfirmedPlan, mergeVisits } from '../../src/api/logic/visits.js';
import { encodeCursor, pageWindow, sliceConnection } from '../../src/api/pagination.js';
import type { ArticleRecord, ClaimRecord, EntityRecord } from '../../src/store/port.js';
import { startApi } from './helpers.js';

const day = (s: string) => parseDay(s)!;

describe('periods', () => {
  it('names ISO weeks across year boundaries', () => {
    expect(periodOf(day('2021-01-03'), 'WEEK')).toEqual({ period: '2020-W53', start: '2020-12-28', end: '2021-01-03' });
    expect(periodOf(day('2024-12-30'), 'WEEK')).toEqual({ period: '2025-W01', start: '2024-12-30', end: '2025-01-05' });
    expect(periodOf(day('2024-01-01'), 'WEEK').period).toBe('2024-W01');
    expect(periodOf(day('2024-02-29'), 'MONTH')).toEqual({ period: '2024-02', start: '2024-02-01', end: '2024-02-29' });
  });

  it('covers a range with every period touching it, and refuses too many', () => {
    expect(periodsBetween(day('2024-01-31'), day('2024-03-01'), 'MONTH').map((p) => p.period)).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(periodsBetween(day('2024-03-01'), day('2024-03-03'), 'DAY')).toHaveLength(3);
    expect(() => periodsBetween(day('2020-01-01'), day('2022-01-01'), 'DAY')).toThrow(RangeError);
    expect(parseDay('2023-02-29')).toBeNull();
    expect(parseDay('2024-03')).toBeNull();
  });

  it('sums days into periods, leaving out undated and reduced dates', () => {
    const periods = periodsBetween(day('2024-03-04'), day('2024-03-17'), 'WEEK');
    const trends = buildTrends(
      [
        { entityId: 'theme:a', day: '2024-03-04', articles: 1, mentions: 2 },
        { entityId: 'theme:a', day: '2024-03-10', articles: 2, mentions: 2 },
        { entityId: 'theme:a', day: '2024-03-11', articles: 1, mentions: 5 },
        { entityId: 'theme:a', day: '2024-03', articles: 9, mentions: 9 },
        { entityId: 'theme:a', day: null, articles: 9, mentions: 9 },
      ],
      periods,
      'WEEK',
    );
    expect(trends).toEqual([
      {
        entityId: 'theme:a',
        articles: 4,
        mentions: 9,
        points: [
          { period: '2024-W10', start: '2024-03-04', end: '2024-03-10', articles: 3, mentions: 4 },
          { period: '2024-W11', start: '2024-03-11', end: '2024-03-17', articles: 1, mentions: 5 },
        ],
      },
    ]);
  });
});

function person(id: string, name: string, aliases: string[] = []): EntityRecord {
  return { id, type: 'Person', name, aliases, code: null, wikidata: null, mentions: 1, articleCount: 1, firstSeen: null, lastSeen: null };
}

describe('pickPerson', () => {
  const sam = person('person:sam-altman', 'Sam Altman', ['Altman']);
  const jack = person('person:jack-altman', 'Jack Altman', ['Altman']);
  const samuel = person('person:samuel-lee', 'Samuel Lee');
  it('prefers an exact name or alias, then whole words, then any prefix match', () => {
    expect(pickPerson('sam altman', [sam, jack])).toEqual({ kind: 'found', entity: sam });
    expect(pickPerson('Altman', [sam, jack])).toEqual({ kind: 'ambiguous', candidates: [sam, jack] });
    expect(pickPerson('Sam', [sam, samuel])).toEqual({ kind: 'found', entity: sam });
    expect(pickPerson('Samu', [samuel])).toEqual({ kind: 'found', entity: samuel });
    expect(pickPerson('Sa', [sam, samuel])).toEqual({ kind: 'ambiguous', candidates: [sam, samuel] });
    expect(pickPerson('José', [person('person:jose-x', 'Jose X')])).toMatchObject({ kind: 'found' });
    expect(pickPerson('…', [sam])).toEqual({ kind: 'none' });
    expect(pickPerson('Altman', [])).toEqual({ kind: 'none' });
  });
});

function claim(fields: Partial<ClaimRecord> & Pick<ClaimRecord, 'id' | 'articleId'>): ClaimRecord {
  return {
    type: 'VISITED',
    source: 'person:p',
    target: 'country:kr',
    status: 'reported',
    confidence: 0.9,
    purposes: [],
    role: null,
    themes: [],
    date: null,
    evidence: [],
    ...fields,
  };
}

function articleRec(id: string, source: string | null): ArticleRecord {
  return {
    id,
    title: id,
    url: null,
    source,
    publishedAt: null,
    author: null,
    language: 'en',
    languageSupported: true,
    text: '',
    hash: id,
    origin: null,
    ingestedAt: '2024-01-01T00:00:00Z',
  };
}

describe('visits', () => {
  const articles = new Map([
    ['a1', articleRec('a1', 'Wire')],
    ['a2', articleRec('a2', 'Wire')],
    ['a3', articleRec('a3', null)],
    ['a4', articleRec('a4', null)],
  ]);
  const lookup = (id: string) => articles.get(id) ?? null;

  it('merges claims per person and country: purposes, dates, publishers, status', () => {
    const visits = mergeVisits(
      [
        claim({ id: 'c1', articleId: 'a1', date: '2024-01-02', purposes: ['chips'] }),
        claim({ id: 'c2', articleId: 'a2', date: '2024-01-05', purposes: ['memory', 'chips'] }),
        claim({ id: 'c3', articleId: 'a3', date: null, status: 'planned' }),
        claim({ id: 'c4', articleId: 'a4', target: 'country:jp', status: 'planned', date: '2024-02-01' }),
        claim({ id: 'c5', articleId: 'a4', type: 'MET_WITH', target: 'person:q' }),
      ],
      lookup,
    );
    expect(visits.map((v) => v.key)).toEqual(['person:p→country:jp', 'person:p→country:kr']);
    const kr = visits[1]!;
    expect(kr).toMatchObject({ status: 'REPORTED', purposes: ['chips', 'memory'], firstDate: '2024-01-02', lastDate: '2024-01-05', articleIds: ['a1', 'a2', 'a3'], sources: ['Wire'], sourceCount: 2 });
    expect(visits[0]).toMatchObject({ status: 'PLANNED', sourceCount: 1, sources: [] });
  });

  it('calls a plan unconfirmed unless a report is dated on or after the latest plan', () => {
    const visit = (claims: ClaimRecord[]) => mergeVisits(claims, lookup)[0]!;
    const plan = (date: string | null) => claim({ id: `p${date}`, articleId: 'a1', status: 'planned', date });
    const report = (date: string | null) => claim({ id: `r${date}`, articleId: 'a2', date });
    expect(isUnconfirmedPlan(visit([plan('2024-02-01')]))).toBe(true);
    expect(isUnconfirmedPlan(visit([plan('2024-02-01'), report('2024-01-10')]))).toBe(true);
    expect(isUnconfirmedPlan(visit([plan('2024-02-01'), report('2024-02-01')]))).toBe(false);
    expect(isUnconfirmedPlan(visit([plan('2024-02-01'), report('2024-03-01T10:00:00Z')]))).toBe(false);
    expect(isUnconfirmedPlan(visit([plan(null), report(null)]))).toBe(false);
    expect(isUnconfirmedPlan(visit([plan(null)]))).toBe(true);
    expect(isUnconfirmedPlan(visit([report('2024-01-01')]))).toBe(false);
  });
});

describe('pagination', () => {
  it('pages a list by opaque cursors', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const one = sliceConnection(items, { first: 2 });
    expect(one.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const two = sliceConnection(items, { first: 2, after: one.pageInfo.endCursor });
    expect(two.edges.map((e) => e.node)).toEqual(['c', 'd']);
    const last = sliceConnection(items, { first: 2, after: two.pageInfo.endCursor });
    expect(last.edges.map((e) => e.node)).toEqual(['e']);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(sliceConnection(items, { first: 0 }).edges).toEqual([]);
    expect(pageWindow({ after: encodeCursor(9) })).toEqual({ offset: 10, limit: 20 });
    expect(() => pageWindow({ after: 'abc' })).toThrow(/cursor/);
    expect(() => pageWindow({ first: 101 })).toThrow(/0 to 100/);
  });
});

describe('tokens', () => {
  it('reads bearer tokens and grants access by them', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer  abc ')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(accessFor(null, { apiToken: null, readToken: null })).toMatchObject({ canRead: true, canWrite: false, writeRefusal: { code: 'FORBIDDEN' } });
    expect(accessFor('Bearer w', { apiToken: 'w', readToken: 'r' })).toMatchObject({ canRead: true, canWrite: true, writeRefusal: null });
    expect(accessFor('Bearer r', { apiToken: 'w', readToken: 'r' })).toMatchObject({ canRead: true, canWrite: false, writeRefusal: { code: 'UNAUTHENTICATED' } });
    expect(accessFor('Bearer x', { apiToken: 'w', readToken: 'r' })).toMatchObject({ canRead: false, canWrite: false });
  });
});

describe('static files', () => {
  const root = mkdtempSync(join(tmpdir(), 'jejak-ui-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('never resolves outside the root', () => {
    expect(resolveInside(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveInside(root, '/js/../index.html')).toBe(join(root, 'index.html'));
    expect(resolveInside(root, '/../secret')).toBeNull();
    expect(resolveInside(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveInside(root, '/js/%2e%2e%2f..%2fsecret')).toBeNull();
    expect(resolveInside(root, '/a/%00')).toBeNull();
    expect(resolveInside(root, '/%E0%A4%A')).toBeNull();
  });

  it('serves the UI directory at / when the hook is given', async () => {
    writeFileSync(join(root, 'index.html'), '<h1>jejak</h1>');
    mkdirSync(join(root, 'js'), { recursive: true });
    writeFileSync(join(root, 'js', 'app.js'), 'console.log(1);');
    const api = await startApi({ staticDir: root });
    const index = await fetch(`${api.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(await index.text()).toBe('<h1>jejak</h1>');
    expect((await fetch(`${api.url}/js/app.js`)).headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${api.url}/nope.css`)).status).toBe(404);
    expect((await fetch(`${api.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    // GraphiQL answers a browser at /graphql.
    const graphiql = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toContain('jejak GraphQL');
  });
});
