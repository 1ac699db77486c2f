// Store-to-store copy: SQLite → Neo4j → SQLite gives the same graph, the same flagship answers,
// and copying again changes nothing; `jejak copy` names its stores the same way. The store-spec
// checks always run; the copies need NEO4J_URI (and fail in CI without it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseStoreSpec, runCopy } from '../../../src/cli/commands/copy.js';
import { copyStore } from '../../../src/store/copy.js';
import { openNeo4jStore } from '../../../src/store/neo4j/index.js';
import type { GraphStore } from '../../../src/store/port.js';
import { openSqliteStore } from '../../../src/store/sqlite/index.js';
import { rejectionOf, saveAll, snapshot, type Snapshot } from '../../contract/harness.js';
import { IDS, allExtractions, altmanSeoulRevised } from '../../fixtures/extractions.js';
import { endTurns, neo4jConfigured, neo4jMissingInCi, takeTurn, testNeo4jConfig, wipeTestDatabase } from './test-database.js';

describe('jejak copy store names', () => {
  const env = { JEJAK_DB: '/tmp/x/jejak.db', NEO4J_URI: 'bolt://db.example:7687', NEO4J_PASSWORD: 'secret' };

  it('reads sqlite and neo4j, with or without a path or URI', () => {
    expect(parseStoreSpec('--from', 'sqlite', env).label).toBe('sqlite:/tmp/x/jejak.db');
    expect(parseStoreSpec('--from', 'sqlite:/data/other.db', env).config).toMatchObject({
      neo4j: null,
      sqlitePath: '/data/other.db',
    });
    expect(parseStoreSpec('--to', 'neo4j', env).config.neo4j).toMatchObject({ uri: 'bolt://db.example:7687', password: 'secret' });
    const explicit = parseStoreSpec('--to', 'neo4j:neo4j+s://graph.example:7687', env);
    expect(explicit.label).toBe('neo4j:neo4j+s://graph.example:7687');
    expect(explicit.config.neo4j).toMatchObject({ uri: 'neo4j+s://graph.example:7687', user: 'neo4j', password: 'secret' });
    expect(parseStoreSpec('--to', 'bolt://localhost:7688', env).config.neo4j?.uri).toBe('bolt://localhost:7688');
  });

  it('rejects what it cannot read, naming the option', () => {
    for (const [spec, env2, text] of [
      ['mysql:x', env, '--to: expected sqlite'],
      ['neo4j', { JEJAK_DB: 'x.db' }, 'needs NEO4J_URI'],
      ['neo4j:http://x', env, 'is not a Neo4j URI'],
    ] as const) {
      let message = '';
      try {
        parseStoreSpec('--to', spec, env2);
      } catch (err) {
        message = (err as Error).message;
        expect((err as { code?: string }).code).toBe('BAD_USER_INPUT');
      }
      expect(message, spec).toContain(text);
    }
  });

  it('refuses to copy a store onto itself, or from a SQLite file that does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jejak-copy-'));
    try {
      const file = join(dir, 'a.db');
      expect((await rejectionOf(runCopy(`sqlite:${file}`, `sqlite:${file}`, { progress: false }))).message).toContain(
        'same store',
      );
      expect((await rejectionOf(runCopy(`sqlite:${join(dir, 'none.db')}`, `sqlite:${file}`, { progress: false }))).message).toContain(
        'no SQLite store',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

if (neo4jMissingInCi) {
  describe('copy between SQLite and Neo4j', () => {
    it('needs NEO4J_URI in CI', () => {
      throw new Error('CI requires NEO4J_URI: store-to-store copy must be tested against a real Neo4j in CI');
    });
  });
}

/** Storage times differ between two saves of the same content; everything else must not. */
function withoutStorageTimes(s: Snapshot): unknown {
  const stamps = new Set(s.articles.map((a) => a.ingestedAt));
  const stamp = (d: string | null) => (d !== null && stamps.has(d) ? 'ingestedAt' : d);
  return {
    ...s,
    articles: s.articles.map(({ ingestedAt: _ingestedAt, ...a }) => a),
    entities: s.entities.map((e) => ({ ...e, firstSeen: stamp(e.firstSeen), lastSeen: stamp(e.lastSeen) })),
  };
}

/** The answers an analyst relies on: Altman's visits with their evidence, the relation figures, search. */
async function flagship(store: GraphStore) {
  return {
    visits: await store.claims({ source: IDS.altman, type: 'VISITED' }),
    relations: await store.relations({ limit: 1000 }),
    search: (await store.findEntities({ search: 'emirat' })).items.map((e) => e.id),
    evidence: (await store.claims({ search: 'mengunjungi' })).map((c) => c.id),
  };
}

if (neo4jConfigured) {
  describe('copy between SQLite and Neo4j', () => {
    const config = testNeo4jConfig();
    const dirs: string[] = [];
    const open: GraphStore[] = [];
    let release: () => void;

    const sqlite = async (name: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'jejak-copy-'));
      dirs.push(dir);
      const s = await openSqliteStore(join(dir, name));
      open.push(s);
      return { store: s, path: join(dir, name) };
    };

    beforeEach(async () => {
      release = await takeTurn(config);
      await wipeTestDatabase(config);
    });
    afterEach(async () => {
      for (const s of open.splice(0)) await s.close();
      release();
    });
    afterAll(() => {
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
      endTurns(config);
    });

    it('copies SQLite to Neo4j and back: same counts, same graph, same flagship answers; again changes nothing', async () => {
      const { store: source } = await sqlite('source.db');
      const xs = [...allExtractions(), altmanSeoulRevised()];
      await saveAll(source, xs);
      const neo = await openNeo4jStore(config);
      open.push(neo);

      const seen: number[] = [];
      const summary = await copyStore(source, neo, (p) => seen.push(p.done));
      const articles = (await source.stats()).articles;
      expect(summary).toMatchObject({ articles, new: articles, updated: 0, unchanged: 0 });
      expect(seen).toEqual(Array.from({ length: articles }, (_, i) => i + 1));
      expect(await neo.stats()).toEqual(await source.stats());
      expect(summary.target).toEqual(await source.stats());
      expect(withoutStorageTimes(await snapshot(neo))).toEqual(withoutStorageTimes(await snapshot(source)));
      expect(await flagship(neo)).toEqual(await flagship(source));

      const again = await copyStore(source, neo);
      expect(again).toMatchObject({ articles, new: 0, unchanged: articles });

      const { store: back } = await sqlite('back.db');
      expect((await copyStore(neo, back)).new).toBe(articles);
      expect(withoutStorageTimes(await snapshot(back))).toEqual(withoutStorageTimes(await snapshot(source)));
      expect(await flagship(back)).toEqual(await flagship(source));
    });

    it('runs as `jejak copy --from sqlite:<path> --to neo4j:<uri>` and back', async () => {
      const { store: source, path } = await sqlite('cli.db');
      await saveAll(source, allExtractions());
      const stats = await source.stats();
      const lines: string[] = [];
      const out = { line: (t = '') => lines.push(t), error: (t: string) => lines.push(t) };
      const summary = await runCopy(`sqlite:${path}`, `neo4j:${config.uri}`, { progress: false }, out);
      expect(summary.new).toBe(stats.articles);
      expect(lines[0]).toContain(`copied ${stats.articles} articles from sqlite:${path} to neo4j:${config.uri}`);
      expect(lines[1]).toContain(`${stats.articles} articles, ${stats.entities} entities, ${stats.claims} claims`);

      const target = join(dirs[0]!, 'from-neo4j.db');
      await runCopy(`neo4j:${config.uri}`, `sqlite:${target}`, { progress: false }, out);
      const copied = await openSqliteStore(target);
      open.push(copied);
      expect(await copied.stats()).toEqual(stats);
    });
  });
}
