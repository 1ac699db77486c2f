// Q5–Q9: timelines, theme trends, paths between entities, full-text search and follow-up leads.
import { describe, expect, it } from 'vitest';
import { claimId } from '../../src/domain/ids.js';
import type { Extraction } from '../../src/domain/types.js';
import { ID, corpus } from './fixtures.js';
import { nodeIds, onlyError, startApi } from './helpers.js';

const EVENT_TYPES = new Set(['VISITED', 'MET_WITH', 'AGREED_WITH', 'PARTNERED_WITH']);

/** Claims of the fixtures, with their effective date: oldest first, undated last, then by claim id. */
function fixtureClaims(xs: readonly Extraction[]) {
  return xs
    .flatMap((x) =>
      x.relations.map((r) => ({
        ...r,
        id: claimId(x.article.id, r.type, r.source, r.target),
        articleId: x.article.id,
        date: r.date ?? x.article.publishedAt,
      })),
    )
    .sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || (a.id < b.id ? -1 : 1));
}

describe('timeline', () => {
  it('orders a person\'s dated events, and a theme\'s', async () => {
    const xs = corpus();
    const api = await startApi({ extractions: xs });
    const d = await api.data(`{
      person: timeline(entity: "person:sam-altman", first: 50) { totalCount edges { node { type date status target { id } } } }
      theme: timeline(theme: "memory") { totalCount edges { node { type date source { id } target { id } } } }
      profile: entity(id: "person:sam-altman") { timeline(types: [VISITED], from: "2024-02-01") { totalCount edges { node { date target { id } } } } }
      both: timeline(entity: "person:jensen-huang", theme: "memory") { edges { node { type } } }
    }`);
    const his = fixtureClaims(xs).filter((c) => EVENT_TYPES.has(c.type) && (c.source === ID.altman || c.target === ID.altman));
    expect(d.person.totalCount).toBe(his.length);
    expect(d.person.edges.map((e: any) => [e.node.type, e.node.date, e.node.target.id])).toEqual(his.map((c) => [c.type, c.date, c.target]));
    expect(d.person.edges.some((e: any) => e.node.status === 'PLANNED')).toBe(true);

    const memory = fixtureClaims(xs).filter((c) => EVENT_TYPES.has(c.type) && [...(c.purposes ?? []), ...(c.themes ?? [])].includes('memory'));
    expect(d.theme.edges.map((e: any) => [e.node.type, e.node.source.id, e.node.target.id])).toEqual(memory.map((c) => [c.type, c.source, c.target]));
    expect(d.theme.totalCount).toBe(5);

    expect(d.profile.timeline.edges.map((e: any) => [e.node.date, e.node.target.id])).toEqual([
      ['2024-02-05', ID.uae],
      ['2024-02-10', ID.japan],
      ['2024-03-14T09:30:00Z', ID.japan],
      ['2024-03-20', ID.korea],
    ]);
    const huangMemory = memory.filter((c) => c.source === ID.huang || c.target === ID.huang);
    expect(d.both.edges.map((e: any) => e.node.type)).toEqual(huangMemory.map((c) => c.type));
    expect(huangMemory).toHaveLength(2);
    expect(onlyError(await api.gql(`{ timeline { totalCount } }`)).code).toBe('BAD_USER_INPUT');
  });
});

describe('theme trends', () => {
  it('counts mentions per theme per month, week and day, zeros included', async () => {
    const xs = corpus();
    const api = await startApi({ extractions: xs });
    const q = `query ($from: String!, $to: String!, $interval: TrendInterval, $entity: ID, $themes: [String!]) {
      themeTrends(from: $from, to: $to, interval: $interval, entity: $entity, themes: $themes) {
        theme { code } articleCount mentionCount points { period start end articles mentions }
      }
    }`;
    const monthly = (await api.data(q, { from: '2024-01-01', to: '2024-03-31', interval: 'MONTH' })).themeTrends;
    // Expected from the fixtures: dated articles mentioning each theme, per month.
    const expected = new Map<string, Map<string, { articles: number; mentions: number }>>();
    for (const x of xs) {
      if (!x.article.publishedAt) continue;
      for (const e of x.entities.filter((e) => e.type === 'Theme')) {
        const month = x.article.publishedAt.slice(0, 7);
        const m = expected.get(e.code!) ?? new Map();
        const cell = m.get(month) ?? { articles: 0, mentions: 0 };
        cell.articles += 1;
        cell.mentions += e.mentions;
        m.set(month, cell);
        expected.set(e.code!, m);
      }
    }
    expect(new Set(monthly.map((t: any) => t.theme.code))).toEqual(new Set(expected.keys()));
    for (const t of monthly) {
      expect(t.points.map((p: any) => p.period)).toEqual(['2024-01', '2024-02', '2024-03']);
      for (const p of t.points) {
        const cell = expected.get(t.theme.code)!.get(p.period) ?? { articles: 0, mentions: 0 };
        expect([p.articles, p.mentions], `${t.theme.code} ${p.period}`).toEqual([cell.articles, cell.mentions]);
      }
    }
    expect(monthly[0].points[1]).toMatchObject({ start: '2024-02-01', end: '2024-02-29' });
    // Most mentioned first: memory (1 + 2) and data centers (three articles, one mention each).
    expect(monthly.map((t: any) => t.mentionCount)).toEqual([...monthly.map((t: any) => t.mentionCount)].sort((a: number, b: number) => b - a));

    const weekly = (await api.data(q, { from: '2024-03-11', to: '2024-03-24', interval: 'WEEK', themes: ['memory', 'energy'] })).themeTrends;
    expect(weekly.map((t: any) => t.theme.code)).toEqual(['memory', 'energy']);
    expect(weekly[0].points).toEqual([
      { period: '2024-W11', start: '2024-03-11', end: '2024-03-17', articles: 0, mentions: 0 },
      { period: '2024-W12', start: '2024-03-18', end: '2024-03-24', articles: 1, mentions: 2 },
    ]);
    expect(weekly[1]).toMatchObject({ articleCount: 0, mentionCount: 0 });

    // Only articles that also mention Jensen Huang.
    const withHuang = (await api.data(q, { from: '2024-03-01', to: '2024-03-31', interval: 'DAY', entity: ID.huang })).themeTrends;
    expect(withHuang.map((t: any) => [t.theme.code, t.articleCount])).toEqual([
      ['memory', 1],
      ['data-centers', 1],
    ]);
    expect(withHuang[0].points).toHaveLength(31);
    expect(withHuang[0].points.find((p: any) => p.mentions > 0).period).toBe('2024-03-21');
  });

  it('rejects bad ranges with BAD_USER_INPUT', async () => {
    const api = await startApi({ extractions: corpus() });
    const trend = (from: string, to: string, interval = 'DAY') =>
      api.gql(`{ themeTrends(from: "${from}", to: "${to}", interval: ${interval}) { theme { code } } }`);
    expect(onlyError(await trend('2024-02-30', '2024-03-01')).code).toBe('BAD_USER_INPUT');
    expect(onlyError(await trend('2024-03-01', '2024-01-01')).code).toBe('BAD_USER_INPUT');
    const tooLong = onlyError(await trend('2020-01-01', '2024-01-01'));
    expect(tooLong.code).toBe('BAD_USER_INPUT');
    expect(tooLong.message).toContain('wider interval');
  });
});

describe('paths', () => {
  it('finds the shortest connections, over claims and co-mentions, with the claims on each hop', async () => {
    const api = await startApi({ extractions: corpus() });
    const q = `query ($from: ID!, $to: ID!, $depth: Int, $co: Boolean) {
      paths(from: $from, to: $to, maxDepth: $depth, coMention: $co) {
        truncated exploredEntities
        paths { length entities { id } hops { from { id } to { id } claimCount claims { type } coMentionCount articles { id } } }
      }
    }`;
    const direct = (await api.data(q, { from: ID.openai, to: ID.skHynix })).paths;
    expect(direct.paths).toHaveLength(1);
    expect(direct.paths[0]).toEqual({
      length: 1,
      entities: [{ id: ID.openai }, { id: ID.skHynix }],
      hops: [{ from: { id: ID.openai }, to: { id: ID.skHynix }, claimCount: 0, claims: [], coMentionCount: 1, articles: [{ id: 'api-seoul-1' }] }],
    });

    const viaClaims = (await api.data(q, { from: ID.openai, to: ID.skHynix, co: false })).paths;
    expect(viaClaims.paths.map((p: any) => p.entities.map((e: any) => e.id))).toEqual([[ID.openai, ID.altman, ID.skHynix]]);
    expect(viaClaims.paths[0].hops.map((h: any) => h.claims.map((c: any) => c.type))).toEqual([['ROLE_AT', 'ROLE_AT'], ['MET_WITH']]);
    expect(viaClaims.paths[0].hops[0].coMentionCount).toBe(0);

    // Nvidia → SK hynix → Sam Altman → Samsung: three hops over claims; none within two.
    const far = (await api.data(q, { from: ID.nvidia, to: ID.samsung, co: false, depth: 3 })).paths;
    expect(far.paths.map((p: any) => p.entities.map((e: any) => e.id))).toEqual([[ID.nvidia, ID.skHynix, ID.altman, ID.samsung]]);
    const near = (await api.data(q, { from: ID.nvidia, to: ID.samsung, co: false, depth: 2 })).paths;
    expect(near.paths).toEqual([]);
    expect(near.truncated).toBe(false);

    // An entity reaches itself in zero hops; themes are never on a path.
    const self = (await api.data(q, { from: ID.korea, to: ID.korea })).paths;
    expect(self.paths).toEqual([{ length: 0, entities: [{ id: ID.korea }], hops: [] }]);
    const theme = onlyError(await api.gql(q, { from: ID.altman, to: ID.memory }));
    expect(theme.code).toBe('BAD_USER_INPUT');
    expect(theme.message).toContain('theme');

    expect(onlyError(await api.gql(q, { from: 'person:nobody', to: ID.korea })).code).toBe('NOT_FOUND');
    expect(onlyError(await api.gql(q, { from: ID.altman, to: ID.korea, depth: 9 })).code).toBe('BAD_USER_INPUT');
  });
});

describe('search', () => {
  it('searches entity names, aliases and evidence sentences', async () => {
    const api = await startApi({ extractions: corpus() });
    const q = `query ($text: String!) {
      search(text: $text) {
        entities { totalCount edges { node { id } } }
        claims(types: [VISITED]) { totalCount edges { node { id source { id } evidence { text } } } }
      }
    }`;
    const emirat = (await api.data(q, { text: 'emirat' })).search;
    expect(nodeIds(emirat.entities)).toEqual([ID.uae]);
    expect(emirat.claims.edges.map((e: any) => e.node.source.id)).toEqual([ID.altman]);
    const jose = (await api.data(q, { text: 'JOSÉ ramos' })).search;
    expect(nodeIds(jose.entities)).toEqual([ID.horta]);
    expect(jose.claims.totalCount).toBe(1);
    const memory = (await api.data(q, { text: 'memory' })).search;
    expect(memory.claims.edges.every((e: any) => /memory/i.test(e.node.evidence[0].text))).toBe(true);
    expect(memory.claims.totalCount).toBe(2);
    // Operators and quotes are words, not syntax.
    const hostile = (await api.data(q, { text: '"altman" OR NEAR(' })).search;
    expect(nodeIds(hostile.entities)).toEqual([]);
    expect(onlyError(await api.gql(q, { text: '***' })).code).toBe('BAD_USER_INPUT');
  });
});

describe('leads', () => {
  it('flags single-source relations, with the publisher in the reason', async () => {
    const api = await startApi({ extractions: corpus() });
    const { leads } = await api.data(`{
      leads { singleSource(type: VISITED, first: 10) { totalCount edges { node { kind reason relation { source { id } target { id } sourceCount } claims { id } } } } }
    }`);
    const rows = leads.singleSource.edges.map((e: any) => e.node);
    // Altman's Korea and Japan visits have two publishers each: not leads.
    expect(rows.map((r: any) => `${r.relation.source.id}>${r.relation.target.id}`).sort()).toEqual(
      [`${ID.altman}>${ID.uae}`, `${ID.huang}>${ID.korea}`, `${ID.huang}>${ID.indonesia}`, `${ID.horta}>${ID.indonesia}`].sort(),
    );
    expect(rows.every((r: any) => r.kind === 'SINGLE_SOURCE' && r.relation.sourceCount === 1 && r.claims.length === 1)).toBe(true);
    const uae = rows.find((r: any) => r.relation.target.id === ID.uae);
    expect(uae.reason).toContain('Only Kabar Contoh reports that Sam Altman visited United Arab Emirates');
    const horta = rows.find((r: any) => r.relation.source.id === ID.horta);
    expect(horta.reason).toContain('unnamed');
  });

  it('flags new entities, rising entities and plans no later article confirms', async () => {
    const xs = corpus();
    const api = await startApi({ extractions: xs });
    const { leads } = await api.data(`{
      leads {
        newEntities(since: "2024-03-20", type: ORGANIZATION) { totalCount edges { node { kind reason entity { id } } } }
        risingEntities(asOf: "2024-03-25", days: 7) { totalCount edges { node { kind reason entity { id } currentCount previousCount } } }
        unconfirmedPlans { totalCount edges { node { kind reason entity { id } visit { country { id } status } claims { status } } } }
      }
    }`);
    expect(leads.newEntities.edges.map((e: any) => e.node.entity.id)).toEqual([ID.nvidia, ID.samsung]);
    expect(leads.newEntities.edges[0].node.reason).toBe('New organization Nvidia: first seen 2024-03-21, in 1 article so far.');

    // 19–25 March against 12–18 March: Korea and Jensen Huang go from no article to two.
    const rising = leads.risingEntities.edges.map((e: any) => e.node);
    expect(rising.map((r: any) => [r.entity.id, r.currentCount, r.previousCount])).toEqual([
      [ID.korea, 2, 0],
      [ID.huang, 2, 0],
    ]);
    expect(rising[1].reason).toBe('Jensen Huang is in 2 articles in the 7 days to 2024-03-25, up from none in the 7 days before.');

    // Huang's Indonesia trip is only planned; Altman's planned Japan trip was reported later.
    expect(leads.unconfirmedPlans.totalCount).toBe(1);
    const plan = leads.unconfirmedPlans.edges[0].node;
    expect(plan).toMatchObject({
      kind: 'UNCONFIRMED_PLAN',
      entity: { id: ID.huang },
      visit: { country: { id: ID.indonesia }, status: 'PLANNED' },
      claims: [{ status: 'PLANNED' }],
    });
    expect(plan.reason).toBe('Kabar Contoh reported that Jensen Huang plans to visit Indonesia (2024-03-25); no later article reports the visit.');
  });
});
