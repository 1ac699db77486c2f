// Research reads of the Neo4j adapter: batch lookups for the API's DataLoaders, paged claim search,
// relation aggregates (read from the derived VISITED / MET_WITH / … relationships), neighbours for
// path search, mention activity and new entities. Each batch is one statement over `UNWIND $ids`.
import { RELATION_TYPES } from '../../domain/types.js';
import type {
  ActivityQuery,
  ActivityRecord,
  ArticlePageQuery,
  ArticleRecord,
  ClaimRecord,
  ClaimSearch,
  EntityClaimsQuery,
  EntityRecord,
  MentionRecord,
  NeighborQuery,
  NeighborRecord,
  NewEntityQuery,
  Page,
  RelationQuery,
  RelationRecord,
} from '../port.js';
import {
  checkActivityQuery,
  checkArticlePageQuery,
  checkClaimSearch,
  checkEntityClaimsQuery,
  checkIds,
  checkNeighborQuery,
  checkNewEntityQuery,
  checkRelationQuery,
} from '../research-checks.js';
import { claimMatch } from './claim-filter.js';
import { int, type Params, type Tx } from './connection.js';
import { paged } from './read.js';
import {
  ARTICLE_MAP,
  ARTICLE_ORDER,
  CLAIM_ENDS,
  CLAIM_MAP,
  CLAIM_ORDER,
  ENTITY_MAP,
  MENTION_MAP,
  toArticle,
  toClaim,
  toEntity,
  toMention,
  type ArticleRow,
  type ClaimRow,
  type EntityRow,
  type MentionRow,
} from './rows.js';

/** Every derived relationship type, as a pattern alternative: `VISITED|MET_WITH|…` (a fixed list). */
const DERIVED = RELATION_TYPES.join('|');

/** Groups keyed rows into one list per requested key, in the keys' order. */
function groupBy<R, T>(keys: readonly string[], rows: readonly R[], keyOf: (r: R) => string, map: (r: R) => T): T[][] {
  const byKey = new Map<string, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    let list = byKey.get(k);
    if (!list) byKey.set(k, (list = []));
    list.push(map(row));
  }
  return keys.map((k) => [...(byKey.get(k) ?? [])]);
}

function where(conditions: readonly string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export async function getArticles(tx: Tx, ids: readonly string[]): Promise<Array<ArticleRecord | null>> {
  const wanted = checkIds('ids', ids);
  if (wanted.length === 0) return [];
  const rows = await tx.rows<{ a: ArticleRow }>(
    `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN ${ARTICLE_MAP} AS a`,
    { ids: [...new Set(wanted)] },
  );
  const byId = new Map(rows.map((r) => [r.a.id, toArticle(r.a)]));
  return wanted.map((id) => byId.get(id) ?? null);
}

export async function getClaims(tx: Tx, ids: readonly string[]): Promise<Array<ClaimRecord | null>> {
  const wanted = checkIds('ids', ids);
  if (wanted.length === 0) return [];
  const rows = await tx.rows<{ c: ClaimRow }>(
    `UNWIND $ids AS id MATCH (c:Claim {id: id})\n${CLAIM_ENDS}\nRETURN ${CLAIM_MAP} AS c`,
    { ids: [...new Set(wanted)] },
  );
  const byId = new Map(rows.map((r) => [r.c.id, toClaim(r.c)]));
  return wanted.map((id) => byId.get(id) ?? null);
}

export async function mentionsOfArticles(tx: Tx, articleIds: readonly string[]): Promise<MentionRecord[][]> {
  const keys = checkIds('articleIds', articleIds);
  if (keys.length === 0) return [];
  const rows = await tx.rows<{ m: MentionRow }>(
    `UNWIND $ids AS id MATCH (a:Article {id: id})-[m:MENTIONS]->(e:Entity)
     RETURN ${MENTION_MAP} AS m ORDER BY a.id, m.count DESC, e.id`,
    { ids: [...new Set(keys)] },
  );
  return groupBy(keys, rows, (r) => r.m.articleId, (r) => toMention(r.m));
}

export async function claimsOfArticles(tx: Tx, articleIds: readonly string[]): Promise<ClaimRecord[][]> {
  const keys = checkIds('articleIds', articleIds);
  if (keys.length === 0) return [];
  const rows = await tx.rows<{ c: ClaimRow }>(
    `UNWIND $ids AS id MATCH (c:Claim)-[:STATED_IN]->(:Article {id: id})
     ${CLAIM_ENDS}
     RETURN ${CLAIM_MAP} AS c ORDER BY a.id, ${CLAIM_ORDER}`,
    { ids: [...new Set(keys)] },
  );
  return groupBy(keys, rows, (r) => r.c.articleId, (r) => toClaim(r.c));
}

/** How a claim is reached from the entity `key`, by the end asked for. */
const CLAIMS_AT_END = {
  source: 'MATCH (:Entity {id: key})-[:SUBJECT_OF]->(c:Claim)',
  target: 'MATCH (c:Claim)-[:OBJECT]->(:Entity {id: key})',
  // A claim from the entity to itself is taken once.
  either: 'MATCH (:Entity {id: key})-[:SUBJECT_OF|OBJECT]-(c:Claim) WITH DISTINCT c',
} as const;

export async function claimsOfEntities(
  tx: Tx,
  entityIds: readonly string[],
  query: EntityClaimsQuery,
): Promise<ClaimRecord[][]> {
  const keys = checkIds('entityIds', entityIds);
  const q = checkEntityClaimsQuery(query);
  if (keys.length === 0) return [];
  const typeFilter = q.types.length > 0 ? 'WHERE c.type IN $types' : '';
  const rows = await tx.rows<{ key: string; claims: ClaimRow[] }>(
    `UNWIND $ids AS key
     CALL (key) {
       ${CLAIMS_AT_END[q.end]}
       ${CLAIM_ENDS}
       ${typeFilter}
       WITH c, s, t, a ORDER BY ${CLAIM_ORDER} LIMIT $limit
       RETURN collect(${CLAIM_MAP}) AS claims
     }
     RETURN key, claims`,
    { ids: [...new Set(keys)], types: q.types, limit: int(q.limitPerEntity) },
  );
  const byKey = new Map(rows.map((r) => [r.key, r.claims.map(toClaim)]));
  return keys.map((k) => [...(byKey.get(k) ?? [])]);
}

export async function articlesOfEntities(
  tx: Tx,
  entityIds: readonly string[],
  query?: ArticlePageQuery,
): Promise<Array<Page<ArticleRecord>>> {
  const keys = checkIds('entityIds', entityIds);
  const q = checkArticlePageQuery(query);
  if (keys.length === 0) return [];
  const rows = await tx.rows<{ key: string; total: number; items: ArticleRow[] }>(
    `UNWIND $ids AS key
     MATCH (e:Entity {id: key})
     RETURN key,
       COUNT { MATCH (:Article)-[:MENTIONS]->(e) } AS total,
       COLLECT { MATCH (a:Article)-[:MENTIONS]->(e)
                 WITH a ORDER BY ${ARTICLE_ORDER} SKIP $offset LIMIT $limit
                 RETURN ${ARTICLE_MAP} } AS items`,
    { ids: [...new Set(keys)], offset: int(q.offset), limit: int(q.limit) },
  );
  const byKey = new Map(rows.map((r) => [r.key, { items: r.items.map(toArticle), total: r.total }]));
  return keys.map((k) => {
    const page = byKey.get(k);
    return page ? { items: [...page.items], total: page.total } : { items: [], total: 0 };
  });
}

export async function findClaims(tx: Tx, query?: ClaimSearch): Promise<Page<ClaimRecord>> {
  const q = checkClaimSearch(query);
  const m = claimMatch(q);
  if (!m) return { items: [], total: 0 };
  return paged(tx, m.cypher, 'c, s, t, a', CLAIM_ORDER, CLAIM_MAP, m.params, q, toClaim);
}

interface RelationRow {
  type: RelationRecord['type'];
  source: string;
  target: string;
  claimIds: string[];
  sources: number;
  reported: number;
  planned: number;
  firstDate: string | null;
  lastDate: string | null;
}

const RELATION_MAP = `{type: type(r), source: s.id, target: t.id, claimIds: r.claimIds, sources: r.sources,
  reported: r.reported, planned: r.planned, firstDate: r.firstDate, lastDate: r.lastDate}`;

export async function relations(tx: Tx, query?: RelationQuery): Promise<Page<RelationRecord>> {
  const q = checkRelationQuery(query);
  const conditions: string[] = [];
  const params: Params = {};
  let match = `MATCH (s:Entity)-[r:${DERIVED}]->(t:Entity)`;
  if (q.entity !== undefined) {
    // Either end; UNION keeps a relationship from the entity to itself once.
    match = `CALL () {
      MATCH (s:Entity {id: $entity})-[r:${DERIVED}]->(t:Entity) RETURN s, r, t
      UNION
      MATCH (s:Entity)-[r:${DERIVED}]->(t:Entity {id: $entity}) RETURN s, r, t
    }
    WITH s, r, t`;
    params.entity = q.entity;
  }
  if (q.type !== undefined) {
    conditions.push('type(r) = $type');
    params.type = q.type;
  }
  if (q.maxSources !== undefined) {
    conditions.push('r.sources <= $maxSources');
    params.maxSources = int(q.maxSources);
  }
  return paged(
    tx,
    `${match}\n${where(conditions)}`,
    'r, s, t',
    'r.claims DESC, r.lastDate IS NULL, r.lastDate DESC, type(r), s.id, t.id',
    RELATION_MAP,
    params,
    q,
    (r: RelationRow): RelationRecord => ({
      type: r.type,
      source: r.source,
      target: r.target,
      claimIds: r.claimIds ?? [],
      sources: r.sources,
      reported: r.reported,
      planned: r.planned,
      firstDate: r.firstDate ?? null,
      lastDate: r.lastDate ?? null,
    }),
  );
}

interface NeighborRow {
  from: string;
  to: string;
  claims: number;
  claimIds: string[];
  coMentions: number;
  articleIds: string[];
}

export async function neighbors(tx: Tx, ids: readonly string[], query: NeighborQuery): Promise<NeighborRecord[]> {
  const keys = checkIds('ids', ids);
  const q = checkNeighborQuery(query);
  if (keys.length === 0) return [];
  // Claims come from the derived relationships (each claim is counted by exactly one of them);
  // co-mentions from pairs of MENTIONS of one article. Themes are topics, never neighbours.
  const coMentions = q.coMention
    ? `UNION ALL
       MATCH (f)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(t:Entity)
       WHERE t <> f
       RETURN t, [] AS claimIds, [a.id] AS articleIds`
    : '';
  const rows = await tx.rows<NeighborRow>(
    `UNWIND $ids AS key
     WITH DISTINCT key
     MATCH (f:Entity {id: key})
     CALL (f) {
       MATCH (f)-[r:${DERIVED}]-(t:Entity)
       WHERE t <> f
       RETURN t, r.claimIds AS claimIds, [] AS articleIds
       ${coMentions}
     }
     WITH f, t, collect(claimIds) AS claimLists, collect(articleIds) AS articleLists
     WHERE t.type <> 'Theme'
     WITH f, t, reduce(all = [], l IN claimLists | all + l) AS claimIds,
                reduce(all = [], l IN articleLists | all + l) AS articleIds
     WITH f, t, claimIds, articleIds, size(claimIds) + size(articleIds) AS strength
     ORDER BY f.id, strength DESC, t.id
     WITH f, collect({t: t, claimIds: claimIds, articleIds: articleIds})[0..$limit] AS strongest
     UNWIND strongest AS n
     RETURN f.id AS from, n.t.id AS to, size(n.claimIds) AS claims, size(n.articleIds) AS coMentions,
       COLLECT { UNWIND n.claimIds AS x RETURN x ORDER BY x LIMIT $idsPerPair } AS claimIds,
       COLLECT { UNWIND n.articleIds AS x RETURN x ORDER BY x LIMIT $idsPerPair } AS articleIds`,
    { ids: keys, limit: int(q.limitPerEntity), idsPerPair: int(q.idsPerPair) },
  );
  // Grouped by `from`, strongest first, then by `to`: sorted here too, as Cypher's sort is not stable.
  return rows
    .map((r) => ({ ...r, claimIds: [...r.claimIds], articleIds: [...r.articleIds] }))
    .sort(
      (a, b) =>
        byCodeUnits(a.from, b.from) || b.claims + b.coMentions - (a.claims + a.coMentions) || byCodeUnits(a.to, b.to),
    );
}

export async function mentionActivity(tx: Tx, query?: ActivityQuery): Promise<ActivityRecord[]> {
  const q = checkActivityQuery(query);
  const conditions: string[] = [];
  const params: Params = {};
  if (q.type !== undefined) {
    conditions.push('e.type = $type');
    params.type = q.type;
  }
  if (q.from !== undefined) {
    conditions.push('a.publishedAt >= $from');
    params.from = q.from;
  }
  if (q.to !== undefined) {
    conditions.push('substring(a.publishedAt, 0, size($to)) <= $to');
    params.to = q.to;
  }
  if (q.coMentionedWith !== undefined) {
    conditions.push('EXISTS { (a)-[:MENTIONS]->(:Entity {id: $with}) }');
    params.with = q.coMentionedWith;
  }
  const day = q.byDay === true ? 'substring(a.publishedAt, 0, 10)' : 'null';
  const rows = await tx.rows<ActivityRecord>(
    `MATCH (a:Article)-[m:MENTIONS]->(e:Entity) ${where(conditions)}
     WITH e.id AS entityId, ${day} AS day, m
     RETURN entityId, day, count(*) AS articles, sum(m.count) AS mentions
     ORDER BY entityId, day IS NOT NULL, day`,
    params,
  );
  return rows.map((r) => ({ entityId: r.entityId, day: r.day ?? null, articles: r.articles, mentions: r.mentions }));
}

export async function newEntities(tx: Tx, query: NewEntityQuery): Promise<Page<EntityRecord>> {
  const q = checkNewEntityQuery(query);
  const conditions = ['e.firstSeen >= $since'];
  const params: Params = { since: q.since };
  if (q.type !== undefined) {
    conditions.push('e.type = $type');
    params.type = q.type;
  }
  return paged(
    tx,
    `MATCH (e:Entity) ${where(conditions)}`,
    'e',
    'e.firstSeen DESC, e.id',
    ENTITY_MAP,
    params,
    q,
    (r: EntityRow) => toEntity(r),
  );
}
