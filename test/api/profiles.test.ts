// Q3/Q4: who visited a country and which organizations those visits involved; entity profiles
// (aliases, roles, relations by type, first/last seen, articles) and global node ids.
import { describe, expect, it } from 'vitest';
import { claimId } from '../../src/domain/ids.js';
import { ID, altmanSeoul, corpus } from './fixtures.js';
import { nodeIds, onlyError, startApi } from './helpers.js';

describe('country: visitors and organizations involved', () => {
  it('lists who visited a country, with their purposes and sources', async () => {
    const api = await startApi({ extractions: corpus() });
    const { country } = await api.data(`{
      country(code: "KR") {
        name
        visitors { totalCount edges { node { person { id name } status articleCount sourceCount purposes { code } lastDate } } }
      }
    }`);
    expect(country.name).toBe('South Korea');
    expect(country.visitors.totalCount).toBe(2);
    expect(country.visitors.edges.map((e: any) => e.node)).toEqual([
      { person: { id: ID.huang, name: 'Jensen Huang' }, status: 'REPORTED', articleCount: 1, sourceCount: 1, purposes: [{ code: 'memory' }], lastDate: '2024-03-21' },
      {
        person: { id: ID.altman, name: 'Sam Altman' },
        status: 'REPORTED',
        articleCount: 2,
        sourceCount: 2,
        purposes: [{ code: 'memory' }, { code: 'chips' }],
        lastDate: '2024-03-20',
      },
    ]);
    const planned = await api.data(`{ country(code: "ID") { visitors(status: PLANNED) { edges { node { person { name } } } } } }`);
    expect(planned.country.visitors.edges.map((e: any) => e.node.person.name)).toEqual(['Jensen Huang']);
  });

  it('names the organizations the visits involved: through claims with the visitor first, then mentions', async () => {
    const api = await startApi({ extractions: corpus() });
    const { country } = await api.data(`{
      country(code: "KR") {
        organizations(first: 10) {
          totalCount
          edges { node { organization { id } via visitors { id } articleCount claims { type source { id } } articles { id } } }
        }
      }
    }`);
    const rows = country.organizations.edges.map((e: any) => e.node);
    expect(rows.map((r: any) => r.organization.id)).toEqual([ID.skHynix, ID.samsung, ID.nvidia, ID.openai, ID.skGroup]);
    expect(country.organizations.totalCount).toBe(5);
    expect(rows[0]).toMatchObject({
      via: ['CLAIM', 'MENTION'],
      visitors: [{ id: ID.huang }, { id: ID.altman }].sort((a, b) => (a.id < b.id ? -1 : 1)),
      articleCount: 2,
      articles: [{ id: 'api-huang-seoul' }, { id: 'api-seoul-1' }],
    });
    expect(rows[0].claims.map((c: any) => c.type)).toEqual(['MET_WITH', 'MET_WITH']);
    // Nvidia partnered with SK hynix, but no claim ties Nvidia to the visitor: a mention only.
    expect(rows[2]).toMatchObject({ via: ['MENTION'], claims: [] });
  });
});

describe('entity profile', () => {
  it('gives aliases, roles, relations grouped by type, first/last seen and article count', async () => {
    const xs = corpus();
    const api = await startApi({ extractions: xs });
    const { entity } = await api.data(`{
      entity(id: "person:sam-altman") {
        name aliases mentionCount articleCount firstSeen lastSeen
        roles { at { id name } titles articleCount sourceCount firstDate lastDate claims { id } }
        relations { type count relations { totalCount edges { node { direction other { id } claimCount sourceCount firstDate lastDate } } } }
        articles(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage } }
      }
    }`);
    const his = xs.filter((x) => x.entities.some((e) => e.id === ID.altman));
    expect(entity).toMatchObject({
      name: 'Sam Altman',
      aliases: ['Altman'],
      articleCount: his.length,
      mentionCount: his.reduce((n, x) => n + x.entities.find((e) => e.id === ID.altman)!.mentions, 0),
      firstSeen: '2024-01-25',
      lastSeen: '2024-03-20',
    });
    expect(entity.roles).toEqual([
      {
        at: { id: ID.openai, name: 'OpenAI' },
        titles: ['CEO'],
        articleCount: 2,
        sourceCount: 2,
        firstDate: '2024-01-25',
        lastDate: '2024-02-10',
        claims: [
          { id: claimId('api-seoul-1', 'ROLE_AT', ID.altman, ID.openai) },
          { id: claimId('api-uae', 'ROLE_AT', ID.altman, ID.openai) },
        ],
      },
    ]);
    expect(entity.relations.map((g: any) => [g.type, g.count])).toEqual([
      ['VISITED', 3],
      ['MET_WITH', 3],
      ['ROLE_AT', 1],
    ]);
    const visited = entity.relations[0].relations.edges.map((e: any) => e.node);
    // Most claims first, then latest.
    expect(visited.map((r: any) => [r.other.id, r.claimCount, r.sourceCount])).toEqual([
      [ID.korea, 2, 2],
      [ID.japan, 2, 2],
      [ID.uae, 1, 1],
    ]);
    expect(visited.every((r: any) => r.direction === 'OUTGOING')).toBe(true);
    expect(entity.articles).toEqual({
      totalCount: his.length,
      edges: [{ node: { id: 'api-seoul-2' } }, { node: { id: 'api-tokyo' } }],
      pageInfo: { hasNextPage: true },
    });
  });

  it('shows incoming relations and the holders of roles at an organization', async () => {
    const api = await startApi({ extractions: corpus() });
    const { entity } = await api.data(`{
      entity(id: "organization:sk-hynix") {
        relations(types: [MET_WITH, PARTNERED_WITH]) { type relations { edges { node { direction other { id } source { id } target { id } } } } }
      }
      openai: entity(id: "organization:openai") { roleHolders { holder { id } titles } }
    }`);
    expect(entity.relations.map((g: any) => g.type)).toEqual(['MET_WITH', 'PARTNERED_WITH']);
    const met = entity.relations[0].relations.edges.map((e: any) => e.node);
    expect(met.every((r: any) => r.direction === 'INCOMING' && r.target.id === ID.skHynix)).toBe(true);
    expect(met.map((r: any) => r.other.id).sort()).toEqual([ID.altman, ID.huang].sort());
  });

  it('resolves any node by its global id: entity, article or claim', async () => {
    const api = await startApi({ extractions: corpus() });
    const visit = claimId('api-seoul-1', 'VISITED', ID.altman, ID.korea);
    const d = await api.data(
      `query ($claim: ID!) {
        person: node(id: "person:sam-altman") { __typename id ... on Person { name } }
        article: node(id: "api-tokyo") { __typename id ... on Article { title entities { entity { id } count } } }
        claim: node(id: $claim) { __typename id ... on Claim { type status source { id } target { id } purposes { code } evidence { text } } }
        missing: node(id: "claim:nope") { id }
        many: nodes(ids: ["country:jp", "nope", "api-uae"]) { __typename id }
        theme: node(id: "theme:memory") { __typename ... on Theme { code name } }
      }`,
      { claim: visit },
    );
    expect(d.person).toEqual({ __typename: 'Person', id: ID.altman, name: 'Sam Altman' });
    expect(d.article.__typename).toBe('Article');
    expect(d.article.entities.map((m: any) => m.entity.id).sort()).toEqual([ID.altman, ID.dataCenters, ID.japan, ID.tokyo].sort());
    expect(d.claim).toMatchObject({
      __typename: 'Claim',
      id: visit,
      type: 'VISITED',
      status: 'REPORTED',
      source: { id: ID.altman },
      target: { id: ID.korea },
      purposes: [{ code: 'memory' }, { code: 'chips' }],
    });
    expect(d.claim.evidence[0].text).toBe(altmanSeoul().relations[0]!.evidence[0]!.text);
    expect(d.missing).toBeNull();
    expect(d.many).toEqual([{ __typename: 'Country', id: ID.japan }, null, { __typename: 'Article', id: 'api-uae' }]);
    expect(d.theme.__typename).toBe('Theme');
    const tooMany = await api.gql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 101 }, (_, i) => `x${i}`) });
    expect(onlyError(tooMany).code).toBe('BAD_USER_INPUT');
  });

  it('lists articles filtered by entity, theme, language, source and dates, each with its entities', async () => {
    const xs = corpus();
    const api = await startApi({ extractions: xs });
    const ids = async (filter: Record<string, string>) =>
      nodeIds((await api.data(`query ($f: ArticleFilter) { articles(filter: $f, first: 100) { edges { node { id } } } }`, { f: filter })).articles).sort();
    const having = (pred: (x: (typeof xs)[number]) => boolean) => xs.filter(pred).map((x) => x.article.id).sort();
    expect(await ids({ entity: ID.skHynix })).toEqual(having((x) => x.entities.some((e) => e.id === ID.skHynix)));
    expect(await ids({ theme: 'data-centers' })).toEqual(having((x) => x.entities.some((e) => e.id === ID.dataCenters)));
    expect(await ids({ language: 'id' })).toEqual(['api-huang-plan', 'api-uae']);
    expect(await ids({ source: 'Example Wire' })).toEqual(['api-seoul-1', 'api-tokyo']);
    expect(await ids({ from: '2024-03-01', to: '2024-03-21' })).toEqual(['api-huang-seoul', 'api-seoul-2', 'api-tokyo']);
    expect(await ids({ entity: ID.altman, source: 'Example Wire', from: '2024-02-01' })).toEqual(['api-tokyo']);

    const { articles } = await api.data(`{
      articles(filter: { theme: "memory" }) { totalCount edges { node { id source entities { entity { id type } count aliases } people: entities(type: PERSON) { entity { id } } } } }
    }`);
    expect(articles.totalCount).toBe(2);
    const huang = articles.edges[0].node;
    expect(huang.id).toBe('api-huang-seoul');
    // Most mentioned first.
    expect(huang.entities.map((m: any) => m.count)).toEqual([...huang.entities.map((m: any) => m.count)].sort((a: number, b: number) => b - a));
    expect(huang.entities).toHaveLength(5);
    expect(huang.people).toEqual([{ entity: { id: ID.huang } }]);
    expect(onlyError(await api.gql(`{ articles(filter: { from: "last week" }) { totalCount } }`)).code).toBe('BAD_USER_INPUT');
  });
});
