// Read side of the Neo4j adapter: articles, entities, claims, mentions, stats, export.
// Each function runs inside the caller's read transaction.
import { entityId } from '../../domain/ids.js';
import type { ExtractedEntity, ExtractedRelation, Extraction } from '../../domain/types.js';
import { aliasesWithoutName } from '../merge.js';
import type {
  ArticleQuery,
  ArticleRecord,
  ClaimQuery,
  ClaimRecord,
  EntityQuery,
  EntityRecord,
  MentionRecord,
  Page,
  StoreStats,
} from '../port.js';
import { checkArticleQuery, checkClaimQuery, checkEntityQuery } from '../validate.js';
import { claimMatch } from './claim-filter.js';
import { int, type Params, type Tx } from './connection.js';
import {
  ARTICLE_MAP,
  ARTICLE_ORDER,
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
import { luceneQuery, nameKey } from './search.js';

/** Articles read per round trip while exporting; keyset paging lets writes happen in between. */
export const EXPORT_PAGE = 100;

function where(conditions: readonly string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
}

/** `theme` in queries is a taxonomy code ("memory"); an id ("theme:memory") is accepted as well. */
function themeEntityId(theme: string): string {
  return theme.startsWith('theme:') ? theme : entityId('Theme', theme);
}

/**
 * Count of `match` rows, then one ordered page of them, in the caller's transaction. `variables`
 * are those the match binds and the order and projection use; the first is the one counted.
 */
export async function paged<R, T>(
  tx: Tx,
  match: string,
  variables: string,
  order: string,
  projection: string,
  params: Params,
  page: { limit: number; offset: number },
  map: (row: R) => T,
): Promise<Page<T>> {
  const counted = await tx.first<{ n: number }>(
    `${match}\nRETURN count(${variables.split(',')[0]}) AS n`,
    params,
  );
  const rows = await tx.rows<{ x: R }>(
    `${match}\nWITH ${variables}\nORDER BY ${order}\nSKIP $offset LIMIT $limit\nRETURN ${projection} AS x`,
    { ...params, offset: int(page.offset), limit: int(page.limit) },
  );
  return { items: rows.map((r) => map(r.x)), total: counted?.n ?? 0 };
}

export async function articleHash(tx: Tx, id: string): Promise<string | null> {
  const row = await tx.first<{ hash: string }>('MATCH (a:Article {id: $id}) RETURN a.hash AS hash', { id });
  return row?.hash ?? null;
}

export async function getArticle(tx: Tx, id: string): Promise<ArticleRecord | null> {
  const row = await tx.first<{ a: ArticleRow }>(`MATCH (a:Article {id: $id}) RETURN ${ARTICLE_MAP} AS a`, { id });
  return row ? toArticle(row.a) : null;
}

/** The MATCH … WHERE of listArticles, binding `a`. */
export function articleMatch(query: ArticleQuery): { cypher: string; params: Params } {
  const conditions: string[] = [];
  const params: Params = {};
  if (query.entityId !== undefined) {
    conditions.push('EXISTS { (a)-[:MENTIONS]->(:Entity {id: $entityId}) }');
    params.entityId = query.entityId;
  }
  if (query.theme !== undefined) {
    conditions.push('EXISTS { (a)-[:MENTIONS]->(:Entity {id: $themeId}) }');
    params.themeId = themeEntityId(query.theme);
  }
  if (query.language !== undefined) {
    conditions.push('a.language = $language');
    params.language = query.language;
  }
  if (query.source !== undefined) {
    conditions.push('a.source = $source');
    params.source = query.source;
  }
  if (query.from !== undefined) {
    conditions.push('a.publishedAt >= $from');
    params.from = query.from;
  }
  if (query.to !== undefined) {
    // Inclusive: a date bound takes in every time of that day.
    conditions.push('substring(a.publishedAt, 0, size($to)) <= $to');
    params.to = query.to;
  }
  // Starting from the entity keeps a filtered listing proportional to that entity's articles.
  const start =
    query.entityId !== undefined ? 'MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $entityId})' : 'MATCH (a:Article)';
  return { cypher: `${start}\n${where(conditions)}`, params };
}

export async function listArticles(tx: Tx, query?: ArticleQuery): Promise<Page<ArticleRecord>> {
  const q = checkArticleQuery(query);
  const m = articleMatch(q);
  return paged(tx, m.cypher, 'a', ARTICLE_ORDER, ARTICLE_MAP, m.params, q, toArticle);
}

export async function getEntities(tx: Tx, ids: readonly string[]): Promise<Array<EntityRecord | null>> {
  if (ids.length === 0) return [];
  const rows = await tx.rows<{ e: EntityRow }>(
    `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN ${ENTITY_MAP} AS e`,
    { ids: [...new Set(ids)] },
  );
  const byId = new Map(rows.map((r) => [r.e.id, toEntity(r.e)]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function findEntities(tx: Tx, query?: EntityQuery): Promise<Page<EntityRecord>> {
  const q = checkEntityQuery(query);
  const conditions: string[] = [];
  const params: Params = {};
  let start = 'MATCH (e:Entity)';
  let exactFirst = '';
  if (q.type !== undefined) {
    conditions.push('e.type = $type');
    params.type = q.type;
  }
  if (q.search !== undefined) {
    const lucene = luceneQuery(q.search);
    if (lucene === null) return { items: [], total: 0 };
    start = "CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node AS e";
    params.lucene = lucene;
    params.nameKey = nameKey(q.search);
    exactFirst = 'e.nameKey = $nameKey DESC, ';
  }
  return paged(
    tx,
    `${start}\n${where(conditions)}`,
    'e',
    `${exactFirst}e.mentions DESC, e.name, e.id`,
    ENTITY_MAP,
    params,
    q,
    toEntity,
  );
}

export async function claims(tx: Tx, query?: ClaimQuery): Promise<ClaimRecord[]> {
  const q = checkClaimQuery(query);
  const m = claimMatch({ ...q, ...(q.type !== undefined ? { types: [q.type] } : {}) });
  if (!m) return [];
  const rows = await tx.rows<{ c: ClaimRow }>(
    `${m.cypher}\nRETURN ${CLAIM_MAP} AS c\nORDER BY ${CLAIM_ORDER}\nLIMIT $limit`,
    { ...m.params, limit: int(q.limit) },
  );
  return rows.map((r) => toClaim(r.c));
}

export async function mentions(tx: Tx, query: { articleId?: string; entityId?: string }): Promise<MentionRecord[]> {
  const conditions: string[] = [];
  const params: Params = {};
  if (query.articleId !== undefined) {
    conditions.push('a.id = $articleId');
    params.articleId = query.articleId;
  }
  if (query.entityId !== undefined) {
    conditions.push('e.id = $entityId');
    params.entityId = query.entityId;
  }
  const rows = await tx.rows<{ m: MentionRow }>(
    `MATCH (a:Article)-[m:MENTIONS]->(e:Entity) ${where(conditions)}
     RETURN ${MENTION_MAP} AS m ORDER BY a.id, e.id`,
    params,
  );
  return rows.map((r) => toMention(r.m));
}

export async function stats(tx: Tx): Promise<StoreStats> {
  const row = await tx.first<StoreStats>(
    `RETURN COUNT { MATCH (:Article) } AS articles, COUNT { MATCH (:Entity) } AS entities,
            COUNT { MATCH (:Claim) } AS claims, COUNT { MATCH (:Article)-[:MENTIONS]->(:Entity) } AS mentions`,
  );
  return row ?? { articles: 0, entities: 0, claims: 0, mentions: 0 };
}

interface ExportRow {
  a: ArticleRow;
  entities: Array<{
    id: string;
    type: ExtractedEntity['type'];
    name: string;
    code: string | null;
    wikidata: string | null;
    count: number;
    aliases: string[] | null;
  }>;
  claims: ClaimRow[];
}

/** One page of articles (by id, after `afterId`) as Extractions: entities as each article saw them. */
export async function exportPage(tx: Tx, afterId: string): Promise<Extraction[]> {
  const rows = await tx.rows<ExportRow>(
    `MATCH (a:Article) WHERE a.id > $after
     WITH a ORDER BY a.id LIMIT $limit
     RETURN ${ARTICLE_MAP} AS a,
       COLLECT { MATCH (a)-[m:MENTIONS]->(e:Entity)
                 RETURN {id: e.id, type: e.type, name: e.name, code: e.code, wikidata: e.wikidata,
                         count: m.count, aliases: m.aliases} AS x ORDER BY e.id } AS entities,
       COLLECT { MATCH (c:Claim)-[:STATED_IN]->(a) WITH c, a
                 MATCH (s:Entity)-[:SUBJECT_OF]->(c)-[:OBJECT]->(t:Entity)
                 RETURN ${CLAIM_MAP} AS x ORDER BY ${CLAIM_ORDER} } AS claims
     ORDER BY a.id`,
    { after: afterId, limit: int(EXPORT_PAGE) },
  );
  return rows.map((row) => {
    const { ingestedAt: _ingestedAt, ...article } = toArticle(row.a);
    const entities = row.entities.map((e): ExtractedEntity => ({
      id: e.id,
      type: e.type,
      name: e.name,
      ...(e.code !== null ? { code: e.code } : {}),
      aliases: aliasesWithoutName(e.name, e.aliases ?? []),
      mentions: e.count,
      ...(e.wikidata !== null ? { wikidata: e.wikidata } : {}),
    }));
    const relations = row.claims.map((c): ExtractedRelation => {
      const claim = toClaim(c);
      return {
        type: claim.type,
        source: claim.source,
        target: claim.target,
        status: claim.status,
        confidence: claim.confidence,
        purposes: claim.purposes,
        ...(claim.role !== null ? { role: claim.role } : {}),
        themes: claim.themes,
        // The stated date only: the article's own date must not become a stated one on re-import.
        date: c.statedDate ?? null,
        evidence: claim.evidence,
      };
    });
    return { article, entities, relations };
  });
}

