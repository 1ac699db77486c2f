// Neo4j-specific behaviour beyond the contract, on the real engine: schema at init(), idempotent
// writes counted in nodes and relationships, all-or-nothing saves that fail inside the database or
// half-way, batched writes, the derived relationships, concurrent writers, stored value types.
// Runs when NEO4J_URI is set; in CI without it, fails. The unreachable-server test always runs.
import type { Driver } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Neo4jConfig } from '../../../src/config/env.js';
import type { ExtractedEntity, ExtractedRelation, Extraction } from '../../../src/domain/types.js';
import { Neo4jStore, openNeo4jStore, type QueryObserver } from '../../../src/store/neo4j/index.js';
import { schemaStatements } from '../../../src/store/neo4j/schema.js';
import { rejectionOf, saveAll, snapshot } from '../../contract/harness.js';
import {
  IDS,
  allExtractions,
  altmanSeoul,
  altmanSeoulRevised,
  altmanUae,
  article,
  evidence,
  withNewText,
} from '../../fixtures/extractions.js';
import {
  endTurns,
  neo4jConfigured,
  neo4jMissingInCi,
  sessionOf,
  takeTurn,
  testDriver,
  testNeo4jConfig,
  wipeTestDatabase,
} from './test-database.js';

describe('Neo4j store without a server', () => {
  it('reports an unreachable server as STORE_UNAVAILABLE, naming it', async () => {
    const started = Date.now();
    const err = await rejectionOf(
      openNeo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '', database: undefined }),
    );
    expect(err.code).toBe('STORE_UNAVAILABLE');
    expect(err.message).toContain('bolt://127.0.0.1:1');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('rejects use before init() and after close()', async () => {
    const store = new Neo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '', database: undefined });
    expect((await rejectionOf(store.stats())).code).toBe('INTERNAL');
    await store.close();
    expect((await rejectionOf(store.stats())).code).toBe('STORE_UNAVAILABLE');
  });
});

if (neo4jMissingInCi) {
  describe('Neo4j store on the real engine', () => {
    it('needs NEO4J_URI in CI', () => {
      throw new Error('CI requires NEO4J_URI: the Neo4j adapter must be tested against a real Neo4j in CI');
    });
  });
}

/** Nodes per label set and relationships per type, the test marker left out. */
async function graphCounts(driver: Driver, config: Neo4jConfig): Promise<Record<string, number>> {
  const session = sessionOf(driver, config);
  try {
    const nodes = await session.run(
      `MATCH (n) WHERE NOT n:JejakTestDatabase
       WITH [l IN labels(n) | l] AS ls UNWIND ls AS l WITH l ORDER BY l
       RETURN l AS key, count(*) AS n`,
    );
    const rels = await session.run('MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n');
    const out: Record<string, number> = {};
    for (const r of [...nodes.records, ...rels.records]) out[String(r.get('key'))] = Number(r.get('n'));
    return out;
  } finally {
    await session.close();
  }
}

async function cypher(driver: Driver, config: Neo4jConfig, query: string, params: Record<string, unknown> = {}) {
  const session = sessionOf(driver, config);
  try {
    return (await session.run(query, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

/** One article naming `n` organisations, each PARTNERED_WITH the first: many entities, many claims. */
function crowdedArticle(id: string, n: number): Extraction {
  const names = Array.from({ length: n }, (_, i) => `Company ${String(i).padStart(3, '0')}`);
  const sentences = names.slice(1).map((name) => `${names[0]} partnered with ${name}.`);
  const a = article({ id, title: `Crowded ${n}`, text: sentences.join(' ') || 'Nothing.', publishedAt: '2024-05-01' });
  const entities: ExtractedEntity[] = names.map((name) => ({
    id: `organization:${name.toLowerCase().replace(/ /g, '-')}`,
    type: 'Organization',
    name,
    aliases: [],
    mentions: 1,
  }));
  const relations: ExtractedRelation[] = sentences.map((s, i) => ({
    type: 'PARTNERED_WITH',
    source: entities[0]!.id,
    target: entities[i + 1]!.id,
    status: 'reported',
    confidence: 0.8,
    evidence: [evidence(a.text, s)],
  }));
  return { article: a, entities, relations };
}

/** Article `i` of a series that all say Altman visited South Korea. */
function seoulStory(i: number): Extraction {
  const text = `Sam Altman visited South Korea, report ${i} says.`;
  const a = article({ id: `test-seoul-story-${i}`, title: `Story ${i}`, text, publishedAt: `2024-06-${String(i + 1).padStart(2, '0')}`, source: `Outlet ${i % 3}` });
  return {
    article: a,
    entities: [
      { id: IDS.altman, type: 'Person', name: 'Sam Altman', aliases: i % 2 === 0 ? ['Altman'] : [], mentions: 1 + (i % 2) },
      { id: IDS.korea, type: 'Country', name: 'South Korea', code: 'KR', aliases: [], mentions: 1 },
    ],
    relations: [
      {
        type: 'VISITED',
        source: IDS.altman,
        target: IDS.korea,
        status: 'reported',
        confidence: 0.9,
        purposes: i % 2 === 0 ? ['memory'] : ['ai'],
        evidence: [evidence(text, text)],
      },
    ],
  };
}

if (neo4jConfigured) {
  describe('Neo4j store on the real engine', () => {
    const config = testNeo4jConfig();
    let driver: Driver;
    let store: Neo4jStore;
    let release: () => void;
    let queries: string[] = [];
    let failOn: RegExp | null = null;

    const observer: QueryObserver = (query) => {
      queries.push(query);
      if (failOn?.test(query)) throw new Error('injected failure');
    };

    beforeAll(() => {
      driver = testDriver(config);
    });
    afterAll(async () => {
      await driver.close();
      endTurns(config);
    });
    beforeEach(async () => {
      release = await takeTurn(config);
      await wipeTestDatabase(config);
      store = await openNeo4jStore(config, { onQuery: observer });
      queries = [];
      failOn = null;
    });
    afterEach(async () => {
      await store.close();
      release();
    });

    it('creates every constraint and index of schema/neo4j.cypher at init(), online; init() again changes nothing', async () => {
      const names = schemaStatements().map((s) => /^CREATE (?:CONSTRAINT|(?:FULLTEXT )?INDEX) (\w+) IF NOT EXISTS/.exec(s)?.[1]);
      expect(names.every((n) => typeof n === 'string')).toBe(true);
      const show = async () => ({
        constraints: (await cypher(driver, config, 'SHOW CONSTRAINTS YIELD name, type RETURN name, type ORDER BY name')),
        indexes: await cypher(driver, config, 'SHOW INDEXES YIELD name, type, state, options RETURN name, type, state, options ORDER BY name'),
      });
      const before = await show();
      const constraintNames = before.constraints.map((c) => c.name);
      const indexNames = before.indexes.map((i) => i.name);
      for (const name of names) expect([...constraintNames, ...indexNames], name).toContain(name);
      expect(constraintNames).toEqual(expect.arrayContaining(['article_id', 'entity_id', 'claim_id', 'person_id', 'country_id']));
      expect(before.constraints.filter((c) => c.name.endsWith('_id')).every((c) => c.type === 'UNIQUENESS')).toBe(true);
      for (const i of before.indexes) expect(i.state, String(i.name)).toBe('ONLINE');
      const fulltext = before.indexes.filter((i) => i.type === 'FULLTEXT');
      expect(fulltext.map((i) => i.name).sort()).toEqual(['claim_evidence', 'entity_search']);
      for (const i of fulltext) {
        expect((i.options as { indexConfig: Record<string, unknown> }).indexConfig['fulltext.analyzer']).toBe('whitespace');
      }
      expect(indexNames).toContain('article_published_at');

      await saveAll(store, allExtractions());
      const counts = await graphCounts(driver, config);
      await store.init();
      await store.init();
      expect(await show()).toEqual(before);
      expect(await graphCounts(driver, config)).toEqual(counts);
    });

    it('leaves node and relationship counts unchanged when the same extractions are saved again', async () => {
      const xs = allExtractions();
      await saveAll(store, xs);
      const counts = await graphCounts(driver, config);
      expect(counts).toMatchObject({ Article: xs.length, Claim: (await store.stats()).claims });
      expect(counts.VISITED).toBeGreaterThan(0);

      // Same content: nothing is written.
      queries = [];
      const again = await saveAll(store, allExtractions());
      expect(again.every((o) => o.status === 'unchanged')).toBe(true);
      expect(queries.every((q) => !/MERGE|CREATE|DELETE|SET /.test(q))).toBe(true);
      expect(await graphCounts(driver, config)).toEqual(counts);

      // Same content under a new hash: everything is rewritten, and still nothing is duplicated.
      for (const x of allExtractions()) {
        const outcome = await store.save({ ...x, article: { ...x.article, hash: `${x.article.hash}-again` } });
        expect(outcome.status).toBe('updated');
      }
      expect(await graphCounts(driver, config)).toEqual(counts);
    });

    it('rolls back a save that the database rejects half-way, new article or update', async () => {
      await saveAll(store, [altmanSeoul(), altmanUae()]);
      // A Person node outside the model holds an id the next save needs: the person_id constraint
      // fails when the save labels its entity, after the article, mentions and other entities were written.
      await cypher(driver, config, "CREATE (:Person {id: 'person:jose-ramos-horta'})");
      const before = await snapshot(store);
      const counts = await graphCounts(driver, config);

      const horta = allExtractions()[3]!;
      const err = await rejectionOf(store.save(horta));
      expect(err.code).toBe('INTERNAL');
      expect(err.message).toContain(horta.article.id);
      expect(await store.getArticle(horta.article.id)).toBeNull();
      expect(await snapshot(store)).toEqual(before);
      expect(await graphCounts(driver, config)).toEqual(counts);

      const update = withNewText(altmanSeoul(), 'José Ramos-Horta was also there.');
      update.entities.push({ id: IDS.ramosHorta, type: 'Person', name: 'José Ramos-Horta', aliases: [], mentions: 1 });
      expect((await rejectionOf(store.save(update))).code).toBe('INTERNAL');
      expect(await store.articleHash(update.article.id)).toBe(altmanSeoul().article.hash);
      expect(await snapshot(store)).toEqual(before);
      expect(await graphCounts(driver, config)).toEqual(counts);
    });

    it('rolls back a save interrupted after most of its statements, and a delete likewise', async () => {
      await saveAll(store, [altmanSeoul(), altmanUae()]);
      const before = await snapshot(store);
      const counts = await graphCounts(driver, config);

      failOn = /UNWIND \$pairs/; // the derived relationships, written after entities, mentions and claims
      queries = [];
      const revised = altmanSeoulRevised();
      expect((await rejectionOf(store.save(revised))).message).toContain('injected failure');
      expect(queries.filter((q) => /MERGE \(c:Claim/.test(q))).toHaveLength(1);
      expect(await snapshot(store)).toEqual(before);
      expect(await graphCounts(driver, config)).toEqual(counts);

      failOn = /UNWIND \$ids AS id\s+MATCH \(e:Entity \{id: id\}\)\s+WHERE NOT EXISTS/; // orphan removal, last
      expect((await rejectionOf(store.deleteArticle('test-altman-seoul'))).message).toContain('injected failure');
      expect(await snapshot(store)).toEqual(before);

      failOn = null;
      expect((await store.save(revised)).status).toBe('updated');
      expect(await store.deleteArticle('test-altman-seoul')).toBe(true);
    });

    it('writes an article in a fixed handful of statements, however many entities and claims it has', async () => {
      const statementsFor = async (x: Extraction) => {
        queries = [];
        await store.save(x);
        return queries.length;
      };
      const small = await statementsFor(crowdedArticle('test-crowd-3', 3));
      const large = await statementsFor(crowdedArticle('test-crowd-50', 50));
      expect(large).toBe(small);
      expect(large).toBeLessThanOrEqual(8);
      const stats = await store.stats();
      expect(stats).toMatchObject({ articles: 2, claims: 2 + 49 });
      // An update of the 50-entity article (old mentions recounted) stays as small.
      const updated = withNewText(crowdedArticle('test-crowd-50', 50), 'More later.');
      expect(await statementsFor(updated)).toBeLessThanOrEqual(9);
      expect((await store.getEntity('organization:company-000'))?.mentions).toBe(2);
    });

    it('keeps one derived relationship per (type, source, target), with the figures of its claims', async () => {
      await saveAll(store, [altmanSeoul(), altmanUae(), seoulStory(1)]);
      const visited = async () =>
        cypher(
          driver,
          config,
          `MATCH (:Person {id: $p})-[v:VISITED]->(c:Country) RETURN c.id AS country, properties(v) AS v ORDER BY country`,
          { p: IDS.altman },
        );
      const rel = (await store.relations({ type: 'VISITED', entity: IDS.altman, limit: 100 })).items;
      const rows = await visited();
      expect(rows.map((r) => r.country)).toEqual(rel.map((r) => r.target).sort());
      const korea = rows.find((r) => r.country === IDS.korea)?.v as Record<string, unknown>;
      const koreaClaims = await store.claims({ source: IDS.altman, target: IDS.korea, type: 'VISITED' });
      expect(korea).toMatchObject({
        claims: 2,
        articles: 2,
        sources: 2,
        reported: 2,
        planned: 0,
        claimIds: koreaClaims.map((c) => c.id),
        purposes: ['ai', 'memory', 'semiconductors'],
        firstDate: koreaClaims[0]?.date,
        lastDate: koreaClaims.at(-1)?.date,
      });
      // MET_WITH exists only in the first Seoul article: its revision drops the claim, and the edge with it.
      const metWith = 'MATCH (:Person)-[m:MET_WITH]->(:Person) RETURN count(m) AS n';
      expect((await cypher(driver, config, metWith))[0]?.n).toBe(1);
      await store.save(altmanSeoulRevised());
      expect((await cypher(driver, config, metWith))[0]?.n).toBe(0);
      await store.deleteArticle(seoulStory(1).article.id);
      const after = (await visited()).find((r) => r.country === IDS.korea)?.v as Record<string, unknown>;
      expect(after).toMatchObject({ claims: 1, sources: 1 });
    });

    it('keeps exact figures when many saves touching the same entities run at once', async () => {
      const stories = Array.from({ length: 12 }, (_, i) => seoulStory(i));
      const outcomes = await Promise.all(stories.map((x) => store.save(x)));
      expect(outcomes.every((o) => o.status === 'new')).toBe(true);
      const altman = await store.getEntity(IDS.altman);
      expect(altman).toMatchObject({
        mentions: stories.reduce((n, x) => n + x.entities[0]!.mentions, 0),
        articleCount: stories.length,
        aliases: ['Altman'],
        firstSeen: '2024-06-01',
        lastSeen: '2024-06-12',
      });
      const [korea] = (await store.relations({ type: 'VISITED', entity: IDS.korea })).items;
      expect(korea).toMatchObject({ sources: 3, reported: stories.length });
      expect(korea?.claimIds).toHaveLength(stories.length);
      // And concurrent deletes of half of them.
      await Promise.all(stories.slice(0, 6).map((x) => store.deleteArticle(x.article.id)));
      expect(await store.getEntity(IDS.altman)).toMatchObject({ articleCount: 6, firstSeen: '2024-06-07' });
      expect((await store.relations({ type: 'VISITED', entity: IDS.korea })).items[0]?.claimIds).toHaveLength(6);
    });

    it('keeps the graph whole when a delete races a save of another article sharing its entities, or of itself', async () => {
      const story = (id: string, extra: string): Extraction => ({
        article: article({ id, title: id, text: `Sam Altman and ${extra}.` }),
        entities: [
          { id: IDS.altman, type: 'Person', name: 'Sam Altman', aliases: [], mentions: 1 },
          { id: `person:${extra.toLowerCase()}`, type: 'Person', name: extra, aliases: [], mentions: 1 },
        ],
        relations: [],
      });
      for (let i = 0; i < 10; i++) {
        // The delete leaves Altman without mentions (it would remove him) while the save adds one.
        await store.save(story('test-race-a', 'Ann'));
        await Promise.all([store.deleteArticle('test-race-a'), store.save(story('test-race-b', 'Bob'))]);
        expect(await store.getEntity(IDS.altman), `round ${i}`).toMatchObject({ articleCount: 1, mentions: 1 });
        expect(await store.mentions({ articleId: 'test-race-b' })).toHaveLength(2);
        expect(await store.stats()).toEqual({ articles: 1, entities: 2, claims: 0, mentions: 2 });
        await store.deleteArticle('test-race-b');

        // The same article deleted and saved in a new version at once: whichever comes last wins, whole.
        await store.save(story('test-race-a', 'Ann'));
        await Promise.all([store.deleteArticle('test-race-a'), store.save(story('test-race-a', 'Cid'))]);
        const kept = await store.getArticle('test-race-a');
        expect(await store.stats()).toEqual(
          kept ? { articles: 1, entities: 2, claims: 0, mentions: 2 } : { articles: 0, entities: 0, claims: 0, mentions: 0 },
        );
        if (kept) expect(kept.text).toContain('Cid');
        await store.deleteArticle('test-race-a');
      }
    });

    it('stores keys as strings and counts and offsets as integers, never floats', async () => {
      await saveAll(store, allExtractions());
      const [types] = await cypher(
        driver,
        config,
        `MATCH (a:Article)-[m:MENTIONS]->(e:Entity), (c:Claim)-[:STATED_IN]->(a), (:Entity)-[v:VISITED]->(:Entity)
         WHERE size(c.evidence) > 0
         RETURN valueType(a.id) AS articleId, valueType(e.id) AS entityId, valueType(c.id) AS claimId,
                valueType(m.count) AS count, valueType(e.mentions) AS mentions,
                valueType(c.evidenceStart) AS starts, valueType(c.confidence) AS confidence,
                valueType(v.claims) AS derived
         LIMIT 1`,
      );
      expect(types).toEqual({
        articleId: 'STRING NOT NULL',
        entityId: 'STRING NOT NULL',
        claimId: 'STRING NOT NULL',
        count: 'INTEGER NOT NULL',
        mentions: 'INTEGER NOT NULL',
        starts: 'LIST<INTEGER NOT NULL> NOT NULL',
        confidence: 'FLOAT NOT NULL',
        derived: 'INTEGER NOT NULL',
      });
    });
  });
}
