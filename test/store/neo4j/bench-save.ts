// Times saving N generated articles into an empty SQLite file and an empty Neo4j (NEO4J_URI, which
// is EMPTIED first: a throwaway instance only). Not a test; run by hand:
//   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx test/store/neo4j/bench-save.ts [N=500]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityType, ExtractedEntity, ExtractedRelation, Extraction } from '../../../src/domain/types.js';
import { Tx } from '../../../src/store/neo4j/connection.js';
import { openNeo4jStore } from '../../../src/store/neo4j/index.js';
import type { GraphStore } from '../../../src/store/port.js';
import { openSqliteStore } from '../../../src/store/sqlite/index.js';
import { article, evidence } from '../../fixtures/extractions.js';
import { endTurns, takeTurn, testNeo4jConfig, wipeTestDatabase } from './test-database.js';

/** Deterministic choices, so both stores get the same articles run after run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const POOL: Record<EntityType, number> = { Person: 200, Organization: 100, Country: 60, Region: 8, City: 30, Theme: 20 };

function pick(rnd: () => number, type: EntityType, n: number): ExtractedEntity[] {
  const chosen = new Set<number>();
  while (chosen.size < n) chosen.add(Math.floor(rnd() * POOL[type]));
  return [...chosen].map((i) => ({
    id: `${type.toLowerCase()}:${type.toLowerCase()}-${i}`,
    type,
    name: `${type} Number ${i}`,
    ...(type === 'Country' || type === 'Theme' ? { code: `c${i}` } : {}),
    aliases: rnd() < 0.3 ? [`${type.slice(0, 3)} ${i}`] : [],
    mentions: 1 + Math.floor(rnd() * 4),
  }));
}

/** About 15 entities and 11 claims per article, drawn from shared pools so entities recur. */
export function generated(i: number): Extraction {
  const rnd = random(i + 1);
  const people = pick(rnd, 'Person', 3);
  const orgs = pick(rnd, 'Organization', 3);
  const countries = pick(rnd, 'Country', 4);
  const cities = pick(rnd, 'City', 2);
  const themes = pick(rnd, 'Theme', 3);
  const planned: Array<readonly [ExtractedRelation['type'], ExtractedEntity, ExtractedEntity, string]> = [
    ...people.map((p, k) => ['VISITED', p, countries[k]!, `${p.name} visited ${countries[k]!.name} for talks.`] as const),
    ['MET_WITH', people[0]!, people[1]!, `${people[0]!.name} met ${people[1]!.name}.`],
    ['MET_WITH', people[1]!, people[2]!, `${people[1]!.name} met ${people[2]!.name}.`],
    ...people.map((p, k) => ['ROLE_AT', p, orgs[k]!, `${p.name} leads ${orgs[k]!.name}.`] as const),
    ['PARTNERED_WITH', orgs[0]!, orgs[1]!, `${orgs[0]!.name} partnered with ${orgs[1]!.name}.`],
    ...cities.map((c, k) => ['LOCATED_IN', c, countries[k]!, `${c.name} is in ${countries[k]!.name}.`] as const),
  ];
  const text = planned.map(([, , , s]) => s).join(' ');
  const a = article({
    id: `bench-${String(i).padStart(6, '0')}`,
    title: `Generated article ${i}`,
    text,
    publishedAt: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    source: `Outlet ${i % 7}`,
  });
  const relations: ExtractedRelation[] = planned.map(([type, s, t, sentence]) => ({
    type,
    source: s.id,
    target: t.id,
    status: rnd() < 0.1 ? 'planned' : 'reported',
    confidence: 0.5 + rnd() / 2,
    ...(type === 'VISITED' ? { purposes: themes.slice(0, 2).map((th) => th.code!) } : {}),
    ...(type === 'ROLE_AT' ? { role: 'CEO' } : {}),
    evidence: [evidence(text, sentence)],
  }));
  return { article: a, entities: [...people, ...orgs, ...countries, ...cities, ...themes], relations };
}

async function time(label: string, store: GraphStore, xs: readonly Extraction[]): Promise<void> {
  const run = async (what: string, batch: readonly Extraction[]) => {
    const started = performance.now();
    for (const x of batch) await store.save(x);
    const ms = performance.now() - started;
    console.log(`${label.padEnd(7)} ${what.padEnd(26)} ${batch.length} articles ${ms.toFixed(0).padStart(7)} ms  ${(ms / batch.length).toFixed(2).padStart(7)} ms/article`);
  };
  await run('save new', xs);
  await run('save again (unchanged)', xs);
  const changed = xs.slice(0, Math.ceil(xs.length / 4)).map((x) => ({ ...x, article: { ...x.article, hash: `${x.article.hash}-2` } }));
  await run('save changed (update)', changed);
  console.log(`${label.padEnd(7)} holds ${JSON.stringify(await store.stats())}`);
}

/** With BENCH_PROFILE=1: time spent per Neo4j statement, named by its first two lines. */
const profile = new Map<string, { calls: number; ms: number }>();
if (process.env.BENCH_PROFILE === '1') {
  const rows = Tx.prototype.rows;
  Tx.prototype.rows = async function timed<T>(this: Tx, cypher: string, params?: Record<string, unknown>): Promise<T[]> {
    const key = cypher.trim().split('\n').slice(0, 2).join(' ').slice(0, 70);
    const started = performance.now();
    try {
      return await rows.call(this, cypher, params) as T[];
    } finally {
      const p = profile.get(key) ?? { calls: 0, ms: 0 };
      p.calls += 1;
      p.ms += performance.now() - started;
      profile.set(key, p);
    }
  };
}

const n = Number(process.argv[2] ?? 500);
const xs = Array.from({ length: n }, (_, i) => generated(i));
console.log(`${n} articles, ${xs.reduce((k, x) => k + x.entities.length, 0)} mentions, ${xs.reduce((k, x) => k + x.relations.length, 0)} claims`);

const dir = mkdtempSync(join(tmpdir(), 'jejak-bench-'));
const sqlite = await openSqliteStore(join(dir, 'bench.db'));
try {
  await time('sqlite', sqlite, xs);
} finally {
  await sqlite.close();
  rmSync(dir, { recursive: true, force: true });
}

const config = testNeo4jConfig();
const release = await takeTurn(config);
try {
  await wipeTestDatabase(config);
  const neo = await openNeo4jStore(config);
  try {
    await time('neo4j', neo, xs);
  } finally {
    await neo.close();
  }
  await wipeTestDatabase(config);
} finally {
  release();
  endTurns(config);
}
for (const [key, p] of [...profile.entries()].sort((a, b) => b[1].ms - a[1].ms)) {
  console.log(`${p.ms.toFixed(0).padStart(7)} ms ${String(p.calls).padStart(6)} calls  ${key}`);
}
